#include "text/mapped_text.h"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <atomic>
#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "text/inert_block.h"
#include "text/segment_memo.h"
#include "text/utf8.h"
#include "text/utf8_check.h"

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
  // Every bit starts set ("look closely"), so the hot path is one load: a clear bit is a code
  // point known to be inert. A set bit in a block not yet filled fills it and reads again.
  AttentionTable() {
    for (auto& w : bits_) w.store(~uint64_t{0}, std::memory_order_relaxed);
  }
  // Code points above the BMP are rare in documents: always look at them closely.
  bool needs_attention(char32_t c) const {
    if (c >= 0x10000) return true;
    const size_t word = c >> 6;
    if (!((bits_[word].load(std::memory_order_relaxed) >> (c & 63)) & 1)) return false;
    if (!((ready_[word >> 6].load(std::memory_order_acquire) >> (word & 63)) & 1)) fill(word);
    return (bits_[word].load(std::memory_order_relaxed) >> (c & 63)) & 1;
  }
  // Normalizer2::hasBoundaryBefore(c), without a call into ICU for the BMP: a code point that
  // needs no attention has a boundary before it; for the others the table keeps a bit.
  bool has_boundary_before(char32_t c) const {
    if (c >= 0x10000) return nfc().hasBoundaryBefore(static_cast<UChar32>(c));
    if (!needs_attention(c)) return true;  // which fills c's block if needed
    return !((no_boundary_[c >> 6].load(std::memory_order_relaxed) >> (c & 63)) & 1);
  }

 private:
  // A code point without an NFC boundary before it also needs attention: then every inert code
  // point starts a segment of its own, and a line can be copied up to the code point before the
  // first one that needs attention (the segment that holds it starts there at the earliest).
  static bool compute(UChar32 c, bool boundary_before) {
    return u_getCombiningClass(c) != 0 || u_getIntPropertyValue(c, UCHAR_NFC_QUICK_CHECK) != UNORM_YES ||
           clean_char(static_cast<char32_t>(c)) != static_cast<char32_t>(c) || dropped_char(static_cast<char32_t>(c)) ||
           !boundary_before;
  }
  // Out of the scan's way: called a dozen times per process, it would otherwise make the
  // compiler keep the scan's variables in memory.
  [[gnu::cold, gnu::noinline]] void fill(size_t word) const {
    uint64_t bits = 0, no_boundary = 0;
    for (UChar32 k = 0; k < 64; ++k) {
      const auto c = static_cast<UChar32>(word * 64) + k;
      const bool boundary_before = nfc().hasBoundaryBefore(c);
      if (compute(c, boundary_before)) bits |= uint64_t{1} << k;
      if (!boundary_before) no_boundary |= uint64_t{1} << k;
    }
    no_boundary_[word].store(no_boundary, std::memory_order_relaxed);
    bits_[word].store(bits, std::memory_order_relaxed);
    ready_[word >> 6].fetch_or(uint64_t{1} << (word & 63), std::memory_order_release);
  }
  mutable std::atomic<uint64_t> bits_[0x10000 / 64];
  mutable std::atomic<uint64_t> ready_[0x10000 / 64 / 64] = {};
  mutable std::atomic<uint64_t> no_boundary_[0x10000 / 64] = {};  // valid once the block is ready
};

const AttentionTable& attention() {
  static const AttentionTable table;
  return table;
}

// The bytes of an 8-byte word that are not printable ASCII (a control character, or a byte of
// a multi-byte UTF-8 sequence), as their high bits. A borrow can mark a byte after a control
// character too, but never one before the first marked byte: only the lowest mark is exact,
// and that is the only one read.
uint64_t special_bytes(const char* p) {
  uint64_t w;
  std::memcpy(&w, p, sizeof w);
  const uint64_t below_space = (w - 0x2020202020202020ULL) & ~w & 0x8080808080808080ULL;
  return (w & 0x8080808080808080ULL) | below_space;
}

// How many printable ASCII bytes s[i, …) starts with, looking at the next 16 bytes (SSE2: as
// signed bytes, the others are all below 0x20), else at the next 8; 0 when fewer are left.
// `block` is set to how many were looked at: a result equal to it means all were printable.
size_t printable_prefix(std::string_view s, size_t i, size_t& block) {
#if defined(__SSE2__)
  if (i + 16 <= s.size()) {
    block = 16;
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
    const auto special = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmplt_epi8(v, _mm_set1_epi8(0x20))));
    return special == 0 ? 16 : static_cast<size_t>(__builtin_ctz(special));
  }
#endif
  if (i + 8 <= s.size()) {
    block = 8;
    const uint64_t special = special_bytes(s.data() + i);
    return special == 0 ? 8 : static_cast<size_t>(__builtin_ctzll(special)) / 8;
  }
  block = 1;  // never reached by a prefix of 0
  return 0;
}

// Decodes like utf8::next (length included), with the two- and three-byte forms of
// Vietnamese letters inline.
struct Decoded {
  char32_t cp;
  size_t length;
};
inline Decoded decode_at(std::string_view s, size_t i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if ((b0 & 0xE0) == 0xC0 && i + 1 < s.size() && utf8::is_continuation(static_cast<unsigned char>(s[i + 1])))
    return {(char32_t{b0 & 0x1Fu} << 6) | (static_cast<unsigned char>(s[i + 1]) & 0x3Fu), 2};
  if ((b0 & 0xF0) == 0xE0 && i + 2 < s.size() && utf8::is_continuation(static_cast<unsigned char>(s[i + 1])) &&
      utf8::is_continuation(static_cast<unsigned char>(s[i + 2])))
    return {(char32_t{b0 & 0x0Fu} << 12) | ((static_cast<unsigned char>(s[i + 1]) & 0x3Fu) << 6) |
                (static_cast<unsigned char>(s[i + 2]) & 0x3Fu),
            3};
  size_t j = i;
  const char32_t c = utf8::next(s, j);
  return {c, j - i};
}

// The code point at i, where a fast skip stopped: false when it needs attention (i stays on
// it); otherwise moves past it, counting it.
inline bool pass_code_point(const AttentionTable& table, std::string_view s, size_t& i, uint32_t& cps,
                            size_t& last_begin) {
  const auto b = static_cast<unsigned char>(s[i]);
  const Decoded d = b < 0x80 ? Decoded{b, 1} : decode_at(s, i);
  if ((b < 0x20 || b >= 0x80) && table.needs_attention(d.cp)) return false;
  last_begin = i;
  i += d.length;
  ++cps;
  return true;
}

}  // namespace

namespace detail {

namespace {

// plain_run, or with count_to_end false, first_attention. Stretches of whole 16-byte chunks
// vouch for most code points at once (text/inert_block.h); the code point a stretch ends at is
// decoded and looked up as in plain_run_by_code_point, the definition, and a fresh stretch
// starts after it. A stretch is well-formed UTF-8: utf8::count counts its code points.
PlainRun scan_plain(std::string_view s, size_t from, bool count_to_end) {
  const size_t n = s.size();
#if !defined(__SSE2__)
  return plain_run_by_code_point(s, from);  // no chunks without SSE2
#else
  if (n < 16) return plain_run_by_code_point(s, from);
  const AttentionTable& table = attention();
  size_t i = from, last_begin = from;
  uint32_t cps = 0;
  while (i < n) {
    const size_t end = inert_stretch(s, i);
    if (end > i) {
      if (end == n && !count_to_end) return {n, 0, from};
      cps += static_cast<uint32_t>(utf8::count(s.substr(i, end - i)));
      last_begin = end - 1;
      while (last_begin > i && utf8::is_continuation(static_cast<unsigned char>(s[last_begin]))) --last_begin;
      i = end;
      if (i == n) break;
    }
    if (!pass_code_point(table, s, i, cps, last_begin)) return {i, cps, last_begin};
  }
  return {n, cps, last_begin};
#endif
}

}  // namespace

PlainRun plain_run(std::string_view s, size_t from) { return scan_plain(s, from, true); }
PlainRun first_attention(std::string_view s, size_t from) { return scan_plain(s, from, false); }

PlainRun plain_run_by_code_point(std::string_view s, size_t from) {
  const AttentionTable& table = attention();
  const size_t n = s.size();
  size_t i = from, last_begin = from;
  uint32_t cps = 0;
  while (i < n) {
    size_t block;
    if (const size_t ascii = printable_prefix(s, i, block); ascii > 0) {
      i += ascii;
      cps += static_cast<uint32_t>(ascii);
      last_begin = i - 1;
      if (ascii == block) continue;
    }  // and on with the byte that stopped the skip
    if (!pass_code_point(table, s, i, cps, last_begin)) return {i, cps, last_begin};
  }
  return {n, cps, last_begin};
}

bool needs_attention(char32_t c) { return attention().needs_attention(c); }
bool has_boundary_before(char32_t c) { return attention().has_boundary_before(c); }

}  // namespace detail

namespace {

using detail::plain_run;
using detail::PlainRun;

// A letter carries a few combining marks; a segment longer than this is hostile (ICU reorders
// marks by insertion, quadratic in their number). It is cut, as the Stream-Safe Text Format
// of UAX #15 does after 30 marks: real text normalizes exactly as before.
constexpr uint32_t kMaxSegment = 32;

// NFC straight from UTF-8 to UTF-8 (no round trip through UTF-16 and its allocations) on a
// well-formed segment; an ill-formed one, which ICU would treat otherwise, goes through
// UTF-16 as before.
void nfc_of_segment(const icu::Normalizer2& norm, std::string_view seg, std::string& nfc_out) {
  const icu::StringPiece piece(seg.data(), static_cast<int32_t>(seg.size()));
  UErrorCode status = U_ZERO_ERROR;
  if (utf8::is_valid(seg)) {
    icu::StringByteSink<std::string> sink(&nfc_out);
    norm.normalizeUTF8(0, piece, sink, nullptr, status);
    if (U_SUCCESS(status)) return;
    nfc_out.clear();
    status = U_ZERO_ERROR;
  }
  const icu::UnicodeString n = norm.normalize(icu::UnicodeString::fromUTF8(piece), status);
  n.toUTF8String(nfc_out);
}

thread_local SegmentMemo segment_memo;

// NFC of one segment (it starts at a normalization boundary), then the one-to-one clean-ups.
void normalize_segment_uncached(const icu::Normalizer2& norm, std::string_view seg, std::string& out, std::string& scratch) {
  // A lone code point that only a clean-up changes (a no-break space, a tab, a soft hyphen…,
  // the commonest segment after decomposed letters): NFC leaves every one of those as it is
  // (tests/hostile checks each code point against ICU), so ICU is not asked.
  size_t k = 0;
  if (const char32_t c = utf8::next(seg, k); k == seg.size() && (clean_char(c) != c || dropped_char(c))) {
    if (!dropped_char(c)) utf8::append(out, clean_char(c));
    return;
  }
  scratch.clear();
  nfc_of_segment(norm, seg, scratch);
  for (size_t k = 0; k < scratch.size();) {
    const char32_t e = utf8::next(scratch, k);
    if (!dropped_char(e)) utf8::append(out, clean_char(e));
  }
}

// normalize_segment_uncached, remembered for short segments. `scratch` is reused from segment
// to segment.
void normalize_segment(const icu::Normalizer2& norm, std::string_view seg, std::string& out, std::string& scratch) {
  if (seg.size() > SegmentMemo::kMaxBytes) return normalize_segment_uncached(norm, seg, out, scratch);
  if (segment_memo.recall(seg, out)) return;
  const size_t start = out.size();
  normalize_segment_uncached(norm, seg, out, scratch);
  segment_memo.remember(seg, std::string_view(out).substr(start));
}

}  // namespace

uint32_t NormalizedView::column_at(size_t offset) const {
  offset = std::min(offset, text.size());
  if (!anchors || anchors->empty()) return 1 + static_cast<uint32_t>(utf8::count(text.substr(0, offset)));
  auto it = std::upper_bound(anchors->begin(), anchors->end(), offset,
                             [](size_t off, const NormalizedLine::Anchor& a) { return off < a.offset; });
  const NormalizedLine::Anchor from = it == anchors->begin() ? NormalizedLine::Anchor{0, 1} : *std::prev(it);
  return from.column + static_cast<uint32_t>(utf8::count(text.substr(from.offset, offset - from.offset)));
}

uint32_t NormalizedLine::column_at(size_t offset) const { return NormalizedView(*this).column_at(offset); }

bool is_normalized(std::string_view original) { return detail::first_attention(original, 0).end == original.size(); }

namespace {

// Walks the line in segments that start at an NFC boundary; a segment whose normalized,
// cleaned form differs from the original gets anchors at both ends. Inert stretches are copied
// whole (plain_run finds where they end); only a segment holding a code point that needs
// attention goes through ICU. The segments are the same as a walk from the start of the line
// would cut, since every inert code point has a boundary before it.

// normalize_line of a line whose first code point needing attention `run` found (run.end is
// inside the line): the scan up to it is not done twice.
NormalizedLine normalize_after(std::string_view original, PlainRun run) {
  NormalizedLine out;
  const icu::Normalizer2& norm = nfc();
  const AttentionTable& table = attention();
  out.text.reserve(original.size() + 8);
  out.anchors.reserve(8);
  size_t i = 0;
  uint32_t column = 1;
  std::string scratch;
  while (run.end < original.size()) {
    // The segment that holds the code point needing attention starts at it, or at the inert
    // code point before it when it has no boundary before it (a base letter and its marks).
    size_t seg_begin = run.end, seg_end = run.end;
    uint32_t inert = run.cps;
    if (!table.has_boundary_before(utf8::next(original, seg_end)) && run.end > i) {
      seg_begin = run.last_begin;
      --inert;
    }
    out.text.append(original, i, seg_begin - i);
    column += inert;
    uint32_t seg_cps = seg_begin == run.end ? 1 : 2;
    while (seg_end < original.size() && seg_cps < kMaxSegment) {
      size_t j = seg_end;
      if (table.has_boundary_before(utf8::next(original, j))) break;
      seg_end = j;
      ++seg_cps;
    }
    const std::string_view seg = original.substr(seg_begin, seg_end - seg_begin);
    const size_t start = out.text.size();
    normalize_segment(norm, seg, out.text, scratch);
    if (std::string_view(out.text).substr(start) != seg) {
      if (!out.anchors.empty() && out.anchors.back().offset == start)
        out.anchors.back().column = column;
      else
        out.anchors.push_back({static_cast<uint32_t>(start), column});
      out.anchors.push_back({static_cast<uint32_t>(out.text.size()), column + seg_cps});
    }
    column += seg_cps;
    i = seg_end;
    run = detail::first_attention(original, i);
  }
  out.text.append(original, i, std::string_view::npos);
  return out;
}

}  // namespace

NormalizedLine normalize_line(std::string_view original) {
  const PlainRun run = detail::first_attention(original, 0);
  if (run.end == original.size()) {  // the common line: nothing to change
    NormalizedLine out;
    out.text.assign(original);
    return out;
  }
  return normalize_after(original, run);
}

std::optional<NormalizedLine> normalize_if_changed(std::string_view original) {
  const PlainRun run = detail::first_attention(original, 0);
  if (run.end == original.size()) return std::nullopt;
  return normalize_after(original, run);
}

void MappedText::append(const NormalizedView& norm, uint32_t line, size_t a, size_t b) {
  append_counted(norm, line, a, b, kNotCounted);
}

void MappedText::append_counted(const NormalizedView& norm, uint32_t line, size_t a, size_t b, size_t code_points) {
  if (b <= a) return;
  const std::string_view text = norm.text;
  const size_t base = text_.size();
  size_t last = a;  // the last anchored byte of norm.text, and its column
  const uint32_t column_at_a = norm.column_at(a);
  uint32_t column = column_at_a;
  auto anchor = [&](size_t offset, uint32_t col) {
    add_anchor({static_cast<uint32_t>(base + offset - a), line, col, false});
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
  if (norm.anchors)
    for (const auto& an : *norm.anchors)
      if (an.offset > a && an.offset < b) {
        checkpoints_until(an.offset);
        anchor(an.offset, an.column);
      }
  checkpoints_until(b);
  text_.append(norm.text.substr(a, b - a));
  // The column at b, counted on from the last anchor placed rather than from the line's start;
  // an anchor of normalization at b itself (never placed) gives it instead. Without any
  // anchor of normalization, it is the column at a and the code points up to b, when known.
  const bool normalized = norm.anchors && !norm.anchors->empty();
  const bool anchored_at_b = normalized && norm.anchors->back().offset >= b;
  if (anchored_at_b)
    after_last_ = {line, norm.column_at(b)};
  else if (!normalized && code_points != kNotCounted)
    after_last_ = {line, column_at_a + static_cast<uint32_t>(code_points)};
  else
    after_last_ = {line, column + static_cast<uint32_t>(utf8::count(text.substr(last, b - last)))};
}

void MappedText::append_synthetic(std::string_view s) {
  if (s.empty()) return;
  add_anchor({static_cast<uint32_t>(text_.size()), after_last_.line, after_last_.column, true});
  text_.append(s);
}

Position MappedText::position(size_t offset) const {
  if (anchors_.empty()) return {1, 1};
  // The anchor just after `offset` is among those from the first of its bucket to the first
  // of the next bucket: the anchors before are before the bucket, those after, after it.
  const size_t bucket = offset / kBucketBytes;
  if (bucket >= bucket_first_.size()) return position_from(anchors_.end(), offset);  // past the last anchor
  const auto from = anchors_.begin() + bucket_first_[bucket];
  const auto to = bucket + 1 < bucket_first_.size() ? anchors_.begin() + bucket_first_[bucket + 1] : anchors_.end();
  return position_from(std::upper_bound(from, to, offset, [](size_t off, const Anchor& a) { return off < a.offset; }), offset);
}

Position MappedText::position_by_search(size_t offset) const {
  if (anchors_.empty()) return {1, 1};
  return position_from(std::upper_bound(anchors_.begin(), anchors_.end(), offset,
                                        [](size_t off, const Anchor& a) { return off < a.offset; }),
                       offset);
}

// The position of `offset`, given the first anchor after it.
Position MappedText::position_from(std::vector<Anchor>::const_iterator it, size_t offset) const {
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
