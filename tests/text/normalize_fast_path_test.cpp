// normalize_line copies inert stretches of a line whole and sends only the segments around a
// code point that needs attention through ICU. These tests hold it to the general path: every
// segment of the line, cut at each NFC boundary (and after 32 code points), through ICU, with
// anchors wherever a segment changed. Text and anchors must be the same, on lines that mix
// ASCII, precomposed Vietnamese, NFD letters, old tone marks, exotic spaces, invisible marks
// and invalid bytes.
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <random>
#include <string>
#include <vector>

#include "text/mapped_text.h"
#include "text/utf8.h"

namespace {

char32_t cleaned(char32_t c) {
  switch (c) {
    case 0x09: case 0x0B: case 0x0C: case 0xA0: case 0x2002: case 0x2003: case 0x2007: case 0x2009: case 0x202F:
      return ' ';
    case 0xD0: return 0x110;
    case 0xF0: return 0x111;
    default: return c;
  }
}

bool dropped(char32_t c) { return c == 0xAD || c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF; }

// Needs no normalizing nor cleaning (an invalid byte decodes to U+FFFD, which does not).
bool inert(char32_t c) {
  const auto u = static_cast<UChar32>(c);
  return u_getCombiningClass(u) == 0 && u_getIntPropertyValue(u, UCHAR_NFC_QUICK_CHECK) == UNORM_YES &&
         cleaned(c) == c && !dropped(c);
}

// The general path: every segment goes through ICU, except one of inert code points only,
// which is its own NFC and is kept as it is (with any invalid byte in it).
vanban::NormalizedLine general_path(std::string_view s) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2& nfc = *icu::Normalizer2::getNFCInstance(status);
  vanban::NormalizedLine out;
  uint32_t column = 1;
  for (size_t i = 0; i < s.size();) {
    const size_t begin = i;
    uint32_t cps = 1;
    bool all_inert = inert(vanban::utf8::next(s, i));
    while (i < s.size()) {
      size_t j = i;
      const char32_t d = vanban::utf8::next(s, j);
      if (nfc.hasBoundaryBefore(static_cast<UChar32>(d)) || cps >= 32) break;
      all_inert = all_inert && inert(d);
      i = j;
      ++cps;
    }
    const std::string_view seg = s.substr(begin, i - begin);
    if (all_inert) {
      out.text += seg;
      column += cps;
      continue;
    }
    std::string normalized, seg_out;
    nfc.normalize(icu::UnicodeString::fromUTF8(icu::StringPiece(seg.data(), static_cast<int32_t>(seg.size()))), status)
        .toUTF8String(normalized);
    for (size_t k = 0; k < normalized.size();) {
      const char32_t c = vanban::utf8::next(normalized, k);
      if (!dropped(c)) vanban::utf8::append(seg_out, cleaned(c));
    }
    if (seg_out != seg) {
      if (!out.anchors.empty() && out.anchors.back().offset == out.text.size())
        out.anchors.back().column = column;
      else
        out.anchors.push_back({static_cast<uint32_t>(out.text.size()), column});
      out.text += seg_out;
      out.anchors.push_back({static_cast<uint32_t>(out.text.size()), column + cps});
    } else {
      out.text += seg_out;
    }
    column += cps;
  }
  return out;
}

bool same(const vanban::NormalizedLine& a, const vanban::NormalizedLine& b) {
  if (a.text != b.text || a.anchors.size() != b.anchors.size()) return false;
  for (size_t k = 0; k < a.anchors.size(); ++k)
    if (a.anchors[k].offset != b.anchors[k].offset || a.anchors[k].column != b.anchors[k].column) return false;
  return true;
}

}  // namespace

TEST_CASE("normalize_line gives the general path's text and anchors") {
  std::string many_marks = "a";
  for (int k = 0; k < 40; ++k) many_marks += "\xCC\x81";
  const std::string cases[] = {
      "",
      "plain ascii line, long enough to be read eight bytes at a time: 0123456789",
      "Điều 5. Quyết định của Ban Thường vụ Tỉnh ủy về công tác cán bộ năm 2020",
      "Tỉnh uỷ, hoà bình, thuý, khoẻ (old tone marks, precomposed)",
      "Ho\xCC\x80" "a bi\xCC\x80" "nh, U\xCC\x89y ban nhân dân",  // NFD
      "a\xC2\xA0" "b\tc\xE2\x80\x8B" "d\xC2\xAD" "e \xC3\x90iều \xC3\xB0",  // spaces, invisible marks, Ð
      "\xCC\x81 starts with a mark, then text",
      "text then a mark at the very end e\xCC\x82\xCC\x81",
      "bad \xFF bytes \xE1\xBB \xC3 \x80\xCC\x81 and \xF0\x9F\x99\x82 emoji",
      "\xE1\xBB\x9D\xCC\x80\xCC\xA3 ạ\xCC\x81 ᄀ\xE1\x85\xA1 Hangul jamo",  // reordering, composition
      "Ω Å Å ﬁ \xEF\xAC\x81 singletons and compatibility",
      many_marks + " after forty marks ",
      "12345678" "\xCC\x81" "12345678\xC2\xA0" "abcdefgh",
  };
  for (const std::string& s : cases) {
    INFO(s);
    CHECK(same(vanban::normalize_line(s), general_path(s)));
  }
  // Every order of a few pieces, each of which takes a different path.
  const std::vector<std::string> pieces = {"abcdefghi", "\t", "ệ", "e\xCC\x82\xCC\xA3", "\xCC\x81", "\xC2\xA0", "\xFF", " ", "Ð", "\xE2\x80\x8B"};
  size_t differences = 0;
  for (const auto& a : pieces)
    for (const auto& b : pieces)
      for (const auto& c : pieces)
        for (const auto& d : pieces) {
          const std::string s = a + b + c + d;
          differences += !same(vanban::normalize_line(s), general_path(s));
        }
  CHECK(differences == 0);
}

// The layout asks once per line: normalize_if_changed must answer what is_normalized and
// normalize_line answer together, on every kind of line the test above builds.
TEST_CASE("normalize_if_changed agrees with is_normalized and normalize_line") {
  const std::vector<std::string> pieces = {"abcdefghi", "\t", "ệ", "e\xCC\x82\xCC\xA3", "\xCC\x81", "\xC2\xA0", "\xFF",
                                           " ", "Ð", "\xE2\x80\x8B", "Quyết định của Ban Thường vụ Tỉnh ủy "};
  size_t differences = 0, changed = 0;
  for (const auto& a : pieces)
    for (const auto& b : pieces)
      for (const auto& c : pieces) {
        const std::string s = a + b + c;
        const std::optional<vanban::NormalizedLine> n = vanban::normalize_if_changed(s);
        changed += n.has_value();
        if (!n) differences += !vanban::is_normalized(s);
        else differences += vanban::is_normalized(s) || !same(*n, vanban::normalize_line(s));
      }
  CHECK(differences == 0);
  CHECK(changed > 0);
  CHECK(changed < pieces.size() * pieces.size() * pieces.size());
}

// plain_run vouches for 16-byte chunks at a time and steps over the other code points one by
// one: long random lines put every piece (a control, a four-byte letter, a mark that needs ICU,
// a no-break space, an old-style Ð, a three-byte quote) at every offset of a chunk, where the columns of
// the anchors after it show any miscount. (Lines are valid UTF-8 here, as the decoder
// guarantees; the fixed cases above hold invalid bytes.)
TEST_CASE("normalize_line gives the general path's text and anchors on long random lines") {
  const std::vector<std::string> pieces = {"a", "Điều 5. ", "ệ", "“", "thành phố ", "0123456789abcdef", "\t", "\x01", "😀",
                                           "e\xCC\x82\xCC\xA3", "\xCC\x81", "\xC2\xA0", "Ð", "\xE2\x80\x8B", "\xEF\xBB\xBF"};
  std::mt19937 rng(5);
  size_t differences = 0, changed = 0;
  for (int round = 0; round < 20000; ++round) {
    std::string s;
    const int count = 1 + static_cast<int>(rng() % 24);
    const size_t kinds = round % 3 == 0 ? pieces.size() : 6;  // two rounds in three: NFC text only
    for (int k = 0; k < count; ++k) s += pieces[rng() % kinds];
    const vanban::NormalizedLine n = vanban::normalize_line(s);
    changed += !n.anchors.empty();
    if (!same(n, general_path(s)) && differences++ == 0) {
      std::string hex;
      for (unsigned char c : s) hex += "0123456789ABCDEF"[c >> 4], hex += "0123456789ABCDEF"[c & 15], hex += ' ';
      FAIL_CHECK("first line that differs: " << hex);
    }
  }
  CHECK(differences == 0);
  CHECK(changed > 1000);
}

// Short segments' normalized forms are remembered (1,024 slots, a new segment takes its slot):
// thousands of different letter-and-mark segments, each met several times in a shuffled order,
// evict one another, and every line must still come out as the general path makes it.
TEST_CASE("normalize_line remembers short segments exactly, through evictions") {
  std::vector<std::string> lines;
  const std::vector<std::string> bases = {"a", "e", "o", "u", "y", "A", "E", "O", "â", "ê", "ô", "ơ", "ư", "Ơ", "ă",
                                          "i", "n", "c", "\xC2\xA0", "\xE1\xBA\xA1", "\xE1\xBB\x8D", "\xCC\x81"};
  for (const std::string& base : bases)
    for (char32_t mark = 0x300; mark < 0x370; ++mark) {
      std::string line = "Ban Th";
      line += base;
      vanban::utf8::append(line, mark);
      line += "ng v\xE1\xBB\xA5 ";
      line += base + std::string(1, static_cast<char>(mark & 0x7F)) + "\xC2\xA0" + std::string("\0", 1) + "x";
      lines.push_back(line);
    }
  std::mt19937 rng(256);
  std::vector<size_t> order;
  for (int round = 0; round < 3; ++round)
    for (size_t k = 0; k < lines.size(); ++k) order.push_back(k);
  std::shuffle(order.begin(), order.end(), rng);
  size_t differences = 0;
  for (size_t k : order) differences += !same(vanban::normalize_line(lines[k]), general_path(lines[k]));
  CHECK(differences == 0);
}
