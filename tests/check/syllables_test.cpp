// The syllable reader's tables answer like the definitions they are built from, for every code
// point, and the reader splits and hashes syllables as the repeat finder expects.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "check/syllables.h"
#include "text/fold.h"

namespace {

std::vector<vanban::Syllable> read_all(std::string_view text) {
  std::vector<vanban::Syllable> out;
  vanban::SyllableReader reader(text);
  for (vanban::Syllable s; reader.next(s);) out.push_back(s);
  return out;
}

}  // namespace

TEST_CASE("the character tables agree with the definitions everywhere") {
  const vanban::SyllableChars& chars = vanban::SyllableChars::get();
  size_t mismatches = 0;
  for (char32_t c = 0; c < 0x30000; ++c) {
    if (c >= 0xD800 && c <= 0xDFFF) continue;
    mismatches += chars.is_letter(c) != vanban::is_syllable_letter(c);
    mismatches += chars.lower(c) != vanban::lower_syllable_char(c);
  }
  CHECK(mismatches == 0);
}

TEST_CASE("the definitions agree with ICU on the Vietnamese blocks") {
  for (char32_t c = 0; c < 0x250; ++c) {
    if (c == 0xD7 || c == 0xF7 || (c >= 0x80 && c < 0xC0)) continue;  // × ÷ and Latin-1 signs
    INFO(static_cast<uint32_t>(c));
    CHECK(vanban::is_syllable_letter(c) == vanban::is_letter(c));
    CHECK(vanban::lower_syllable_char(c) == vanban::lower(c));
  }
  for (char32_t c = 0x1EA0; c <= 0x1EF9; ++c) {
    INFO(static_cast<uint32_t>(c));
    CHECK(vanban::is_syllable_letter(c));
    CHECK(vanban::lower_syllable_char(c) == vanban::lower(c));
  }
  CHECK(vanban::lower_syllable_char(U'Đ') == U'đ');
  CHECK(vanban::lower_syllable_char(U'Ư') == U'ư');
  CHECK_FALSE(vanban::is_syllable_letter(U'“'));
  CHECK_FALSE(vanban::is_syllable_letter(U'→'));
}

TEST_CASE("syllables, their separators and their hashes") {
  const std::string text = "Được\n(được), ĐƯỢC 12. Ab-c|x";
  const std::vector<vanban::Syllable> s = read_all(text);
  REQUIRE(s.size() == 7);
  CHECK(text.substr(s[0].begin, s[0].end - s[0].begin) == "Được");
  CHECK(s[0].gap == vanban::Gap::Break);  // the first syllable opens a paragraph
  CHECK(s[1].gap == vanban::Gap::Break);  // "\n(" : the break wins over the bracket
  CHECK(s[2].gap == vanban::Gap::Other);
  CHECK(vanban::clause_before(text, s[2]));                     // "), "
  CHECK_FALSE(vanban::clause_before(text, s[1]));
  CHECK(s[0].hash == s[1].hash);
  CHECK(s[1].hash == s[2].hash);
  CHECK(s[3].gap == vanban::Gap::Space);
  CHECK_FALSE(s[3].letters);              // "12"
  CHECK(vanban::clause_before(text, s[4]));                     // ". " is a sentence stop
  CHECK(s[5].gap == vanban::Gap::Other);  // "-"
  CHECK_FALSE(vanban::clause_before(text, s[5]));
  CHECK(s[6].gap == vanban::Gap::Break);  // "|" opens a table cell
  CHECK_FALSE(vanban::same_separator(text, s[2], s[5]));
}

TEST_CASE("a stop counts only before a space") {
  const std::string text = "a.b a. b a.";
  const std::vector<vanban::Syllable> s = read_all(text);
  REQUIRE(s.size() == 5);
  CHECK_FALSE(vanban::clause_before(text, s[1]));  // "a.b"
  CHECK(vanban::clause_before(text, s[3]));        // ". "
}

TEST_CASE("bytes that are no UTF-8 separate syllables") {
  const std::string text = std::string("ab") + '\xff' + "ab" + '\x80' + "\xe1\xba" + "ab";
  const std::vector<vanban::Syllable> s = read_all(text);
  REQUIRE(s.size() == 3);
  CHECK(s[0].hash == s[1].hash);
  CHECK(s[1].hash == s[2].hash);
  CHECK(s[1].gap == vanban::Gap::Other);
  CHECK_FALSE(vanban::same_separator(text, s[1], s[2]));
}

TEST_CASE("a lead byte without its continuation bytes is a separator") {
  const std::string text = std::string("ab") + '\xc3' + "ab" + '\xe1' + '\xbb' + " ab" + '\xe1';
  const std::vector<vanban::Syllable> s = read_all(text);
  REQUIRE(s.size() == 3);
  CHECK(s[0].hash == s[1].hash);
  CHECK(s[1].hash == s[2].hash);
  CHECK(s[1].gap == vanban::Gap::Other);
  CHECK(s[2].gap == vanban::Gap::Other);
  CHECK_FALSE(vanban::same_separator(text, s[1], s[2]));
}

TEST_CASE("two- and three-byte letters fold like their code points") {
  const std::vector<vanban::Syllable> s = read_all("ĐỰƠC đựơc Ǆ ǆ");
  REQUIRE(s.size() == 4);
  CHECK(s[0].hash == s[1].hash);
  CHECK(s[2].hash == s[3].hash);  // U+01C4 lowers to U+01C6
}

// The definition of window_entry, from common_multi_byte.
unsigned window_entry_plain(unsigned c) {
  if (c & vanban::SyllableChars::kFoldingLetter) return (1u << (c >> 8)) - 1;
  if (c != 0 && !(c & vanban::SyllableChars::kLetter)) return vanban::SyllableChars::kWindowEnds;
  return 0;
}

TEST_CASE("window_entry answers like common_multi_byte for every lead byte and the two bytes after it") {
  const vanban::SyllableChars& chars = vanban::SyllableChars::get();
  size_t mismatches = 0;
  unsigned char bytes[4] = {0, 0, 0, 0x41};
  for (unsigned x = 0; x < (1u << 22); ++x) {
    bytes[0] = static_cast<unsigned char>(x >> 16 | 0xC0);  // a lead byte: what the window looks up
    bytes[1] = static_cast<unsigned char>(x >> 8);
    bytes[2] = static_cast<unsigned char>(x);
    mismatches += chars.window_entry(bytes) != window_entry_plain(chars.common_multi_byte(bytes));
  }
  CHECK(mismatches == 0);
  CHECK(chars.window_entry(reinterpret_cast<const unsigned char*>("\xc3\xa0xx")) == 3);      // à
  CHECK(chars.window_entry(reinterpret_cast<const unsigned char*>("\xe1\xbb\x87x")) == 7);  // ệ
  CHECK(chars.window_entry(reinterpret_cast<const unsigned char*>("\xc6\xafxx")) == 0);      // Ư
  CHECK(chars.window_entry(reinterpret_cast<const unsigned char*>("\xc2\xa0xx")) == 8);      // NBSP
  CHECK(chars.window_entry(reinterpret_cast<const unsigned char*>("\xe2\x80\x9cx")) == 0);  // “
}
