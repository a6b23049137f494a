// fold(), lower(), is_letter() and is_upper() answer from a table for the Latin blocks and fold
// in one pass; these tests hold them to the plain definition: ICU per code point, and the
// two-pass fold over a vector of code points that fold() used to be.
#include <unicode/uchar.h>

#include <array>
#include <catch2/catch.hpp>
#include <random>
#include <string>

#include "text/fold.h"
#include "text/utf8.h"
#include "../corpus_texts.h"
#include "../random_pieces.h"

namespace {

// The definition: lower every code point with ICU, then move an old-style tone on each pair
// that ends a syllable (the next code point is neither a letter nor a combining mark), looking
// at the code points as already changed.
std::string reference_fold(std::string_view s) {
  constexpr std::array<std::array<char32_t, 6>, 4> tones = {{
      {U'a', U'à', U'á', U'ả', U'ã', U'ạ'},
      {U'e', U'è', U'é', U'ẻ', U'ẽ', U'ẹ'},
      {U'y', U'ỳ', U'ý', U'ỷ', U'ỹ', U'ỵ'},
      {U'o', U'ò', U'ó', U'ỏ', U'õ', U'ọ'},
  }};
  constexpr std::array<char32_t, 6> u_row = {U'u', U'ù', U'ú', U'ủ', U'ũ', U'ụ'};
  auto tone_of = [](char32_t c, const std::array<char32_t, 6>& row) {
    for (int t = 1; t < 6; ++t)
      if (row[t] == c) return t;
    return 0;
  };
  std::u32string cps;
  for (size_t i = 0; i < s.size();) cps.push_back(static_cast<char32_t>(u_tolower(static_cast<UChar32>(vanban::utf8::next(s, i)))));
  for (size_t k = 1; k < cps.size(); ++k) {
    const char32_t next = k + 1 < cps.size() ? cps[k + 1] : 0;
    if (u_isalpha(static_cast<UChar32>(next)) || (next >= 0x300 && next <= 0x36F)) continue;  // inside the syllable
    char32_t& first = cps[k - 1];
    char32_t& second = cps[k];
    if (first == U'o') {
      for (int row : {0, 1})
        if (int t = tone_of(second, tones[row])) {
          first = tones[3][t];
          second = tones[row][0];
        }
    } else if (first == U'u' && !(k >= 2 && cps[k - 2] == U'q')) {
      if (int t = tone_of(second, tones[2])) {
        first = u_row[t];
        second = U'y';
      }
    }
  }
  std::string out;
  for (char32_t c : cps) vanban::utf8::append(out, c);
  return out;
}

}  // namespace

TEST_CASE("lower, is_letter and is_upper give ICU's answers on every BMP code point") {
  size_t differences = 0;
  for (char32_t c = 0; c < 0x10000; ++c) {
    if (c >= 0xD800 && c <= 0xDFFF) continue;
    const auto u = static_cast<UChar32>(c);
    const bool letter = c < 0x80 ? ((c | 32) >= 'a' && (c | 32) <= 'z') : u_isalpha(u) != 0;
    const bool upper = c < 0x80 ? (c >= 'A' && c <= 'Z') : u_isupper(u) != 0;
    differences += vanban::lower(c) != static_cast<char32_t>(u_tolower(u));
    differences += vanban::is_letter(c) != letter;
    differences += vanban::is_upper(c) != upper;
  }
  CHECK(differences == 0);
}

TEST_CASE("fold in one pass equals the two-pass definition") {
  const std::string nfd_hoa = "ho\xCC\x80";  // o + combining grave: NFD, not folded to hòa
  const char* cases[] = {
      "",
      "a",
      "Ban Thường vụ Tỉnh uỷ",
      "HOÀ BÌNH, hoà bình; Hoà-Bình",
      "thuý Quý QUÝ quỷ uỷ Uỷ ban khoẻ KHOẺ oè oẽ oạ",
      "quuỷ uuỷ ouý oà oàa hoàn thành",
      "oà", "uỷ", "xuỷ", "qoà",
      "24-CT/TU Điều 5. ĐẢNG İstanbul ΣΊΣΥΦΟΣ Ⅻ Ⓐ",
      "ascii only text, with digits 123 and punctuation!",
      "bad \xFF\xFE bytes \xE1\xBB oà\xC3",
      "ho\xCC\x80 u\xCC\x89y",
      "𝐀𝐁 🙂 hoà🙂uỷ",
  };
  for (const char* s : cases) {
    INFO(s);
    CHECK(vanban::fold(s) == reference_fold(s));
  }
  CHECK(vanban::fold(nfd_hoa) == reference_fold(nfd_hoa));
  // Every pair of a few letters around a syllable end, so each tone rule meets each neighbour.
  const std::array<std::string_view, 14> pieces = {"o", "u", "q", "à", "ẻ", "ỷ", "Ý", "Ọ", "a", " ", "-", "Đ", "\xCC\x81", "y"};
  size_t differences = 0;
  for (auto a : pieces)
    for (auto b : pieces)
      for (auto c : pieces)
        for (auto d : pieces) {
          const std::string s = std::string(a) + std::string(b) + std::string(c) + std::string(d);
          differences += vanban::fold(s) != reference_fold(s);
        }
  CHECK(differences == 0);
}

TEST_CASE("a combining mark left after NFC stays in its syllable: no tone moves before it") {
  // "hoạ" + combining breve: the syllable goes on, so "oạ" does not end it.
  const std::string hoac = "ho\xE1\xBA\xA1\xCC\x86" "c";
  CHECK(vanban::fold(hoac) == hoac);
  CHECK(vanban::fold(hoac) == reference_fold(hoac));
  CHECK(vanban::fold("ho\xE1\xBA\xA1") == "h\xE1\xBB\x8D" "a");  // "hoạ" alone: "họa"
}

TEST_CASE("lower_word lowers case only, as ICU does code point by code point") {
  CHECK(vanban::lower_word("Tổng SỐ HOÀ Uỷ") == "tổng số hoà uỷ");  // tones stay where they are
  CHECK(vanban::lower_word("đã có") == "đã có");
  CHECK(vanban::lower_word("đã Có") == "đã có");
  CHECK(vanban::lower_word("12 NGƯỜI") == "12 người");
  CHECK(vanban::lower_word("ǅ") == "ǆ");  // title case: not upper, yet lower case changes it
  size_t differences = 0;
  for (char32_t c = 0; c < 0x2000; ++c) {
    if (c >= 0xD800 && c <= 0xDFFF) continue;
    std::string s;
    vanban::utf8::append(s, c);
    std::string expected;
    vanban::utf8::append(expected, static_cast<char32_t>(u_tolower(static_cast<UChar32>(c))));
    differences += vanban::lower_word(s) != expected;
    differences += vanban::lower_word("xy" + s + "z") != "xy" + expected + "z";
  }
  CHECK(differences == 0);
}

namespace {

// lower_word as first written: copied as it is up to the first code point lower case changes,
// then each code point appended lowered (an invalid byte as U+FFFD).
std::string reference_lower_word(std::string_view word) {
  size_t first = word.size();
  for (size_t i = 0; i < word.size();) {
    const size_t at = i;
    const char32_t c = vanban::utf8::next(word, i);
    if (static_cast<char32_t>(u_tolower(static_cast<UChar32>(c))) != c) {
      first = at;
      break;
    }
  }
  std::string out(word.substr(0, first));
  for (size_t i = first; i < word.size();)
    vanban::utf8::append(out, static_cast<char32_t>(u_tolower(static_cast<UChar32>(vanban::utf8::next(word, i)))));
  return out;
}

const char* const kLowerPieces[] = {"a", "Z", "T", "ổ", "Ổ", "Đ", "đ", "Ư", "ư", "Ộ", "Ạ", "É", "ǅ", "Ⱥ", "Ⱦ", "İ",
                                    "\u212A", "Ω", "\u2126", "Ж", "中", "😀", "𐐀", "e\u0301", " ", "1", ".", "\x7f",
                                    "\xc3", "\xe1\xbb", "\x80", "\xc0\x80", "\xed\xa0\x80", "\xf4\x90\x80\x80",
                                    "\xf7\xbf\xbf\xbf", "\xf8\x88\x80\x80", "\xff"};

}  // namespace

TEST_CASE("lower_word lowering in place answers as appending each code point, on random and corpus text") {
  std::mt19937 rng(2026);
  for (int round = 0; round < 20000; ++round) {
    const std::string word = vanban::testing::random_pieces(rng, kLowerPieces, 8, 25);
    INFO(word);
    REQUIRE(vanban::lower_word(word) == reference_lower_word(word));
  }
  for (const std::string& text : vanban::testing::corpus_texts()) {
    for (size_t a = 0; a < text.size();) {  // each space-separated word, and each whole line
      size_t b = a;
      while (b < text.size() && text[b] != ' ' && text[b] != '\n') ++b;
      const std::string_view word(text.data() + a, b - a);
      REQUIRE(vanban::lower_word(word) == reference_lower_word(word));
      a = b + 1;
    }
    for (size_t a = 0; a < text.size();) {
      size_t b = text.find('\n', a);
      if (b == std::string::npos) b = text.size();
      const std::string_view line(text.data() + a, b - a);
      REQUIRE(vanban::lower_word(line) == reference_lower_word(line));
      a = b + 1;
    }
  }
}
