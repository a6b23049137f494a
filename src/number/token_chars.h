// The characters and runs tokenize reads, shared by the tokenizer (tokens.cpp) and its
// previews (token_preview.cpp), which must read a text exactly as it does. Internal to the
// number stage.
//
//   size_t j = vanban::tokchars::word_end(text, k, end, any_upper);  // past a word's letters
//   if (vanban::tokchars::is_punct_char(c)) …                        // a punctuation token
#pragma once
#include <cstddef>
#include <string_view>

#include "number/vn_number.h"
#include "number/words.h"
#include "text/utf8.h"

namespace vanban::tokchars {

inline bool is_punct_char(char32_t c) {
  switch (c) {
    case '(': case ')': case '[': case ']': case ',': case ';': case ':': case '.': case '!': case '?':
    case '/': case '-': case '+': case '=': case '"': case '\'':
    case U'…': case U'–': case U'—': case U'“': case U'”': case U'‘': case U'’':
      return true;
    default:
      return false;
  }
}

inline bool is_space_byte(unsigned char b) { return b == ' ' || b == '\t' || b == '\n'; }

inline bool is_cont(char c) { return utf8::is_continuation(static_cast<unsigned char>(c)); }

// The letter and capital flags of the characters Vietnamese words are written with beyond
// ASCII, indexed by their UTF-8 bytes: a two-byte sequence with lead C3-C6 (U+00C0-U+01BF:
// "đ", "ư", "ơ", "à") or a three-byte one E1 BA/BB xx (U+1E80-U+1EFF: "ả", "ế", "ộ"). Built
// once from fold.h's is_letter and is_upper: one look-up a character, where asking both finds
// the character's slot and checks that fold.h's table is built twice.
class VnLetterFlags {
 public:
  static constexpr unsigned char kLetter = 1, kUpper = 2;
  VnLetterFlags() {
    for (char32_t c = 0xC0; c < 0x1C0; ++c) flags_[c - 0xC0] = flags_of(c);
    for (char32_t c = 0x1E80; c < 0x1F00; ++c) flags_[0x100 + (c - 0x1E80)] = flags_of(c);
  }
  // lead in C3-C6, cont a continuation byte.
  unsigned char two_byte(unsigned char lead, unsigned char cont) const {
    return flags_[((lead & 0x1Fu) << 6 | (cont & 0x3Fu)) - 0xC0];
  }
  // mid BA or BB, last a continuation byte.
  unsigned char three_byte(unsigned char mid, unsigned char last) const {
    return flags_[0x100 + ((mid & 1u) << 6 | (last & 0x3Fu))];
  }

 private:
  static unsigned char flags_of(char32_t c) {
    return static_cast<unsigned char>((is_letter(c) ? kLetter : 0) | (is_upper(c) ? kUpper : 0));
  }
  unsigned char flags_[0x180] = {};
};

inline const VnLetterFlags& vn_letter_flags() {
  static const VnLetterFlags table;
  return table;
}

// The flags (VnLetterFlags) of the character at text[j] (not ASCII) and its byte length, when
// it is one the table holds, whole before the text's end (as utf8::next would decode it);
// false for any other character (decode it the general way).
inline bool vn_letter_at(const VnLetterFlags& table, std::string_view text, size_t j, unsigned char& flags, size_t& len) {
  const auto b = static_cast<unsigned char>(text[j]);
  if (b - 0xC3u <= 3u) {
    if (j + 1 >= text.size() || !is_cont(text[j + 1])) return false;
    flags = table.two_byte(b, static_cast<unsigned char>(text[j + 1]));
    len = 2;
    return true;
  }
  if (b == 0xE1 && j + 2 < text.size()) {
    const auto b1 = static_cast<unsigned char>(text[j + 1]);
    if ((b1 != 0xBA && b1 != 0xBB) || !is_cont(text[j + 2])) return false;
    flags = table.three_byte(b1, static_cast<unsigned char>(text[j + 2]));
    len = 3;
    return true;
  }
  return false;
}

// One past the last letter of the word whose letters go on at j (up to end), noting whether
// one is a capital. An ASCII byte is answered on the byte, the way fold.h answers it; any other
// character is looked up in VnLetterFlags when it is there, else decoded and asked of fold.h.
inline size_t word_end(std::string_view text, size_t j, size_t end, bool& any_upper) {
  const VnLetterFlags& table = vn_letter_flags();
  bool upper = any_upper;  // a local the compiler keeps in a register, not the caller's flag
  while (j < end) {
    const auto b = static_cast<unsigned char>(text[j]);
    if (b < 0x80) {
      if ((b | 32u) - 'a' >= 26u) break;
      upper |= b <= 'Z';
      ++j;
      continue;
    }
    unsigned char flags = 0;
    size_t len = 0;
    if (vn_letter_at(table, text, j, flags, len)) {
      if (!(flags & VnLetterFlags::kLetter)) break;
      upper |= (flags & VnLetterFlags::kUpper) != 0;
      j += len;
      continue;
    }
    size_t m = j;
    const char32_t d = utf8::next(text, m);
    if (!numwords::is_word_char(d)) break;
    upper = upper || numwords::is_upper_char(d);
    j = m;
  }
  any_upper = upper;
  return j;
}

// text[i, j), with i <= j <= text.size() known: substr's check and clamp cost a few
// instructions on each of the tens of thousands of tokens a report has.
inline std::string_view between(std::string_view text, size_t i, size_t j) { return {text.data() + i, j - i}; }

// Past the figure run at i: digits, and a dot or comma between two digits.
inline size_t figure_end(std::string_view text, size_t i, size_t end) {
  size_t j = i;
  while (j < end && (is_ascii_digit(text[j]) ||
                     ((text[j] == '.' || text[j] == ',') && j + 1 < end && is_ascii_digit(text[j + 1]))))
    ++j;
  return j;
}


}  // namespace vanban::tokchars
