// The scan for inline footnote markers reads eight bytes at a time; it must stop exactly where
// the byte-by-byte pre-test would, wherever the byte falls in a word and whatever precedes it.
#include <catch2/catch.hpp>
#include <array>
#include <optional>
#include <random>
#include <string>

#include "layout/line_shape.h"
#include "text/mapped_text.h"
#include "text/utf8.h"
#include "../corpus_texts.h"

namespace {
size_t byte_by_byte(std::string_view s, size_t from) {
  for (size_t i = from; i < s.size(); ++i)
    if (vanban::layout::may_start_inline_marker(static_cast<unsigned char>(s[i]))) return i;
  return s.size();
}
}  // namespace

TEST_CASE("next_inline_marker_byte stops where the byte-by-byte pre-test does") {
  const std::string lines[] = {
      "",
      "không có dấu chú thích nào trên dòng này cả, dù dòng khá dài",
      "công lập[1] và ngoài công lập[12], theo “Luật”¹² …",
      "[3] Luật này quy định",
      "\x01\x01\x01\x01[\xC2\xB9\xE2\x81\xB4",  // bytes that borrow in the word arithmetic
      "\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF[",
      std::string("\0\0\0\0\0\0\0\0x[", 10),
  };
  size_t differences = 0;
  for (const std::string& s : lines)
    for (size_t from = 0; from <= s.size(); ++from)
      differences += vanban::layout::next_inline_marker_byte(s, from) != byte_by_byte(s, from);
  // One marker byte at every place of a 40-byte line (16- and 8-byte blocks and the tail),
  // after every kind of byte.
  for (int before : {0x00, 0x01, 0x5A, 0x5B, 0xC1, 0xC2, 0xC3, 0xE1, 0xE2, 0xE3, 0xFF})
    for (int marker : {0x5B, 0xC2, 0xE2})
      for (size_t at = 0; at < 40; ++at) {
        std::string s(40, static_cast<char>(before == '[' || before == 0xC2 || before == 0xE2 ? 'a' : before));
        s[at] = static_cast<char>(marker);
        for (size_t from = 0; from <= s.size(); ++from)
          differences += vanban::layout::next_inline_marker_byte(s, from) != byte_by_byte(s, from);
      }
  CHECK(differences == 0);
}

namespace {
// Random lines of the pieces the fused scan must count and stop at: precomposed and decomposed
// letters, markers, quotes, CRLF, tabs and trailing white space, lone lead and continuation bytes.
std::string random_line(std::mt19937& rng) {
  static const std::array<std::string, 24> kPieces = {
      "a", "Q", "Đ", "ư", "Người", "việc", "ế", "e\xCC\x81", "o\xCC\x9B\xCC\x80", "[", "[12]", "¹", "⁴",
      "“", "”", "…", " ", "  ", "\t", "\r\n", "\r", "\xC4", "\x90", "2.5"};
  std::string s;
  const size_t pieces = rng() % 90;
  for (size_t k = 0; k < pieces; ++k) s += kPieces[rng() % kPieces.size()];
  return s;
}

bool scan_matches_definition(std::string_view s) {
  const vanban::layout::LineScan scan = vanban::layout::scan_line(s);
  return scan.width == vanban::layout::visible_length(s) &&
         scan.first_marker == vanban::layout::next_inline_marker_byte(s, 0);
}
}  // namespace

TEST_CASE("scan_line gives visible_length and the first marker byte of random lines") {
  std::mt19937 rng(20261128);
  size_t differences = 0;
  for (int k = 0; k < 100000; ++k) {
    const std::string s = random_line(rng);
    if (!scan_matches_definition(s)) {
      ++differences;
      INFO("line: " << s);
      CHECK(scan_matches_definition(s));
    }
  }
  // One marker byte at every place of a 40-byte line, before trailing spaces or not.
  for (int marker : {0x5B, 0xC2, 0xE2})
    for (size_t at = 0; at < 40; ++at)
      for (const char* tail : {"", " ", "  \t"}) {
        std::string s(40, 'a');
        s[at] = static_cast<char>(marker);
        s += tail;
        differences += !scan_matches_definition(s);
      }
  CHECK(differences == 0);
}

// scan_line's one pass sums its lanes every 255 blocks and reads the last bytes in a block that
// ends with the line: long lines of multi-byte letters, a marker byte at every place near the
// block and batch edges, with trailing blanks or not, and lines cut inside a character.
TEST_CASE("scan_line gives visible_length and the first marker byte of long lines") {
  size_t differences = 0;
  for (size_t length : {15, 16, 17, 31, 33, 4079, 4080, 4081, 4096, 5000, 9000}) {
    std::string letters;
    while (letters.size() < length) letters += "ệ";  // three bytes, two of them continuations
    letters.resize(length);                         // may cut the last one short
    for (const char* tail : {"", " ", "\t \t", "\xE1\xBB"}) {
      differences += !scan_matches_definition(letters + tail);
      for (int marker : {0x5B, 0xC2, 0xE2})
        for (size_t at : {size_t{0}, size_t{15}, size_t{16}, length / 2, length - 17, length - 16, length - 1}) {
          if (at >= length) continue;
          std::string s = letters + tail;
          s[at] = static_cast<char>(marker);
          differences += !scan_matches_definition(s);
          s[at] = '\0';  // NUL bytes are neither markers nor continuations
          differences += !scan_matches_definition(s);
        }
    }
  }
  CHECK(differences == 0);
}

TEST_CASE("scan_line gives visible_length and the first marker byte of every corpus line") {
  size_t compared = 0, differences = 0;
  for (const std::string& text : vanban::testing::corpus_texts()) {
    for (size_t at = 0; at < text.size();) {
      const size_t nl = std::min(text.find('\n', at), text.size());
      differences += !scan_matches_definition(std::string_view(text).substr(at, nl - at));
      ++compared;
      at = nl + 1;
    }
  }
  CHECK(compared > 100);
  CHECK(differences == 0);
}

namespace {
bool residue_by_definition(std::string_view s) {
  using namespace vanban::layout;
  return is_blank(s) || is_footnote_separator(s) || is_decoration(s) || is_page_label(s) || is_lone_number(s);
}
}  // namespace

TEST_CASE("may_be_residue is true of every line the five residue tests accept") {
  std::mt19937 rng(7);
  size_t misses = 0, residue = 0;
  static const std::array<std::string, 14> kResidue = {
      "", "   ", "\t", "12", " 3 ", "- 12 -", "Trang 3", "trang 3/10", "_____", "----------", "***", "———", " – – – ",
      "                         "};
  for (const std::string& s : kResidue) {
    residue += residue_by_definition(s);
    misses += residue_by_definition(s) && !vanban::layout::may_be_residue(s);
  }
  for (int k = 0; k < 100000; ++k) {
    std::string s = random_line(rng);
    if (k % 3 == 0) s = kResidue[rng() % kResidue.size()] + s.substr(0, rng() % 4);
    residue += residue_by_definition(s);
    misses += residue_by_definition(s) && !vanban::layout::may_be_residue(s);
  }
  CHECK(residue > 1000);
  CHECK(misses == 0);
}

TEST_CASE("a whole line trimmed of spaces holds its width less its leading spaces in code points") {
  // Builder::add hands this count to MappedText::append_counted instead of counting again.
  std::mt19937 rng(13);
  size_t checked = 0, differences = 0;
  for (int k = 0; k < 100000; ++k) {
    const std::string raw = random_line(rng);
    const std::optional<vanban::NormalizedLine> changed = vanban::normalize_if_changed(raw);
    const std::string_view s = changed ? std::string_view(changed->text) : std::string_view(raw);
    size_t a = 0, b = s.size();
    while (a < b && s[a] == ' ') ++a;
    while (b > a && s[b - 1] == ' ') --b;
    if (a == b || s[b - 1] == '\t') continue;
    ++checked;
    differences += vanban::layout::scan_line(s).width - a != vanban::utf8::count(s.substr(a, b - a));
  }
  CHECK(checked > 10000);
  CHECK(differences == 0);
}
