#include "text/mapped_text.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <atomic>
#include <cstring>

#include "text/utf8.h"

namespace vanban {
namespace {

// One-to-one clean-ups that keep the column count: exotic spaces become a plain space, the
// Icelandic Ð that converters put for Đ becomes Đ.
char32_t clean_char(char32_t c) {
  switch (c) {
    case 0x00A0: case 0x2007: case 0x202F: case 0x2002: case 0x2003: case 0x2009: case '\t': case 0x000B: case 0x000C:
      return ' ';
    case 0x00D0: return 0x0110;
    case 0x00F0: return 0x0111;
    default: return c;
  }
}

// Characters that carry nothing and are dropped: zero-width spaces and joiners, BOM, soft hyphen.
bool dropped_char(char32_t c) {
  return c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF || c == 0x00AD;
}

const icu::Normalizer2& nfc() {
  UErrorCode status = U_ZERO_ERROR;
  static const icu::Normalizer2* n = icu::Normalizer2::getNFCInstance(status);
  return *n;
}

// Code points of the Basic Multilingual Plane that need a closer look: those that may change
// under NFC (a combining mark, or NFC quick check not "yes") and those clean_char or
// dropped_char change. Everything else is copied as it is, which spares the per-segment ICU
// round trip on the precomposed Vietnamese text that is nearly all input. The table is filled
// 64 code points at a time when first needed (a document touches a dozen such blocks), so a
// process that reads one small file does not pay for the whole BMP. Atomics make concurrent
// filling by several threads safe: they compute and store the same bits.
class AttentionTable {
 public:
  // Code points above the BMP are rare in documents: always look at them closely.
  bool needs_attention(char32_t c) const {
    if (c >= 0x10000) return true;
    const size_t word = c >> 6;
    if (!((ready_[word >> 6].load(std::memory_order_acquire) >> (word & 63)) & 1)) fill(word);
    return (bits_[word].load(std::memory_order_relaxed) >> (c & 63)) & 1;
  }

 private:
  static bool compute(UChar32 c) {
    return u_getCombiningClass(c) != 0 || u_getIntPropertyValue(c, UCHAR_NFC_QUICK_CHECK) != UNORM_YES ||
           clean_char(static_cast<char32_t>(c)) != static_cast<char32_t>(c) || dropped_char(static_cast<char32_t>(c));
  }
  void fill(size_t word) const {
    uint64_t bits = 0;
    for (UChar32 k = 0; k < 64; ++k)
      if (compute(static_cast<UChar32>(word * 64) + k)) bits |= uint64_t{1} << k;
    bits_[word].store(bits, std::memory_order_relaxed);
    ready_[word >> 6].fetch_or(uint64_t{1} << (word & 63), std::memory_order_release);
  }
  mutable std::atomic<uint64_t> bits_[0x10000 / 64] = {};
  mutable std::atomic<uint64_t> ready_[0x10000 / 64 / 64] = {};
};

const AttentionTable& attention() {
  static const AttentionTable table;
  return table;
}

// Eight ASCII bytes none of which is a control character (tab, VT and FF are cleaned).
bool plain_ascii_word(const char* p) {
  uint64_t w;
  std::memcpy(&w, p, sizeof w);
  const uint64_t below_space = (w - 0x2020202020202020ULL) & ~w & 0x8080808080808080ULL;
  return ((w & 0x8080808080808080ULL) | below_space) == 0;
}

// True when some code point of s needs normalizing or cleaning; otherwise s is its own result.
bool needs_work(std::string_view s) {
  const AttentionTable& table = attention();
  const size_t n = s.size();
  for (size_t i = 0; i < n;) {
    if (i + 8 <= n && plain_ascii_word(s.data() + i)) {
      i += 8;
      continue;
    }
    const auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      if (b < 0x20 && table.needs_attention(b)) return true;
      ++i;
      continue;
    }
    if (table.needs_attention(utf8::next(s, i))) return true;
  }
  return false;
}

// A letter carries a few combining marks; a segment longer than this is hostile (ICU reorders
// marks by insertion, quadratic in their number). It is cut, as the Stream-Safe Text Format
// of UAX #15 does after 30 marks: real text normalizes exactly as before.
constexpr uint32_t kMaxSegment = 32;

// NFC of one segment (it starts at a normalization boundary), then the one-to-one clean-ups.
void normalize_segment(const icu::Normalizer2& norm, std::string_view seg, std::string& out) {
  icu::UnicodeString us = icu::UnicodeString::fromUTF8(icu::StringPiece(seg.data(), static_cast<int32_t>(seg.size())));
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString n = norm.normalize(us, status);
  std::string tmp;
  n.toUTF8String(tmp);
  for (size_t k = 0; k < tmp.size();) {
    const char32_t e = utf8::next(tmp, k);
    if (!dropped_char(e)) utf8::append(out, clean_char(e));
  }
}

}  // namespace

uint32_t NormalizedLine::column_at(size_t offset) const {
  offset = std::min(offset, text.size());
  auto it = std::upper_bound(anchors.begin(), anchors.end(), offset,
                             [](size_t off, const Anchor& a) { return off < a.offset; });
  const Anchor from = it == anchors.begin() ? Anchor{0, 1} : *std::prev(it);
  return from.column + static_cast<uint32_t>(utf8::count(std::string_view(text).substr(from.offset, offset - from.offset)));
}

NormalizedLine normalize_line(std::string_view original) {
  NormalizedLine out;
  if (!needs_work(original)) {
    out.text.assign(original);
    return out;
  }
  const icu::Normalizer2& norm = nfc();
  const AttentionTable& table = attention();
  // Walk the line in segments that start at an NFC boundary; a segment whose normalized,
  // cleaned form differs from the original gets anchors at both ends. Only segments holding a
  // code point that needs attention go through ICU.
  size_t i = 0;
  uint32_t column = 1;
  std::string segment_out;
  while (i < original.size()) {
    const size_t seg_begin = i;
    uint32_t seg_cps = 1;
    bool plain = !table.needs_attention(utf8::next(original, i));
    while (i < original.size()) {
      size_t j = i;
      const char32_t d = utf8::next(original, j);
      if (norm.hasBoundaryBefore(static_cast<UChar32>(d)) || seg_cps >= kMaxSegment) break;
      plain = plain && !table.needs_attention(d);
      i = j;
      ++seg_cps;
    }
    const std::string_view seg = original.substr(seg_begin, i - seg_begin);
    if (plain) {
      out.text += seg;
      column += seg_cps;
      continue;
    }
    segment_out.clear();
    normalize_segment(norm, seg, segment_out);
    if (segment_out != seg) {
      if (!out.anchors.empty() && out.anchors.back().offset == out.text.size())
        out.anchors.back().column = column;
      else
        out.anchors.push_back({static_cast<uint32_t>(out.text.size()), column});
      out.text += segment_out;
      out.anchors.push_back({static_cast<uint32_t>(out.text.size()), column + seg_cps});
    } else {
      out.text += segment_out;
    }
    column += seg_cps;
  }
  return out;
}

void MappedText::append(const NormalizedLine& norm, uint32_t line, size_t a, size_t b) {
  if (b <= a) return;
  const std::string_view text = norm.text;
  const size_t base = text_.size();
  size_t last = a;  // the last anchored byte of norm.text, and its column
  uint32_t column = norm.column_at(a);
  auto anchor = [&](size_t offset, uint32_t col) {
    anchors_.push_back({static_cast<uint32_t>(base + offset - a), line, col, false});
    last = offset;
    column = col;
  };
  // Between the anchors normalization left, one every kCheckpointBytes: position() then counts
  // at most that many bytes, however long the line (a 100 MB line with many findings).
  auto checkpoints_until = [&](size_t end) {
    while (end - last > kCheckpointBytes) {
      const size_t next = last + kCheckpointBytes;
      anchor(next, column + static_cast<uint32_t>(utf8::count(text.substr(last, next - last))));
    }
  };
  anchor(a, column);
  for (const auto& an : norm.anchors)
    if (an.offset > a && an.offset < b) {
      checkpoints_until(an.offset);
      anchor(an.offset, an.column);
    }
  checkpoints_until(b);
  text_.append(norm.text, a, b - a);
  after_last_ = {line, norm.column_at(b)};
}

void MappedText::append_synthetic(std::string_view s) {
  if (s.empty()) return;
  anchors_.push_back({static_cast<uint32_t>(text_.size()), after_last_.line, after_last_.column, true});
  text_.append(s);
}

Position MappedText::position(size_t offset) const {
  if (anchors_.empty()) return {1, 1};
  auto it = std::upper_bound(anchors_.begin(), anchors_.end(), offset,
                             [](size_t off, const Anchor& a) { return off < a.offset; });
  if (it == anchors_.begin()) return {anchors_.front().line, anchors_.front().column};
  --it;
  if (it->synthetic) return {it->line, it->column};
  offset = std::min(offset, text_.size());
  return {it->line, it->column + static_cast<uint32_t>(utf8::count(std::string_view(text_).substr(it->offset, offset - it->offset)))};
}

Position MappedText::last_position(Span span) const {
  if (span.end <= span.begin) return position(span.begin);
  size_t last = std::min(span.end, text_.size());
  utf8::prev(text_, last);
  // Skip back over synthetic whitespace so a span never ends on a joining space.
  return position(std::max(last, span.begin));
}

}  // namespace vanban
