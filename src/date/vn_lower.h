// Fast case folding of Vietnamese words for matching, without ICU (hot paths of the date and
// citation scanners call it for every candidate word).
//
//   std::string w = vanban::vn::fold_word("Uỷ");          // "ủy"
//   if (vanban::vn::word_is(text, pos, "tháng")) …         // "tháng", "Tháng", "THÁNG"
//
// lower() knows the letters of Vietnamese (Latin-1, Ă Đ Ĩ Ũ Ơ Ư and U+1EA0–U+1EF9); other code
// points are returned unchanged. fold_word() also moves an old-style tone mark to the new place
// at the end of a syllable ("hoá" → "hóa", "uỷ" → "ủy"), as text/fold.h does.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

#include "text/utf8.h"

namespace vanban::vn {

inline char32_t lower(char32_t c) {
  if (c < 0x80) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 32;
  switch (c) {
    case 0x0102: case 0x0110: case 0x0128: case 0x0168: case 0x01A0: case 0x01AF: return c + 1;
    default: break;
  }
  if (c >= 0x1EA0 && c <= 0x1EF9 && (c & 1) == 0) return c + 1;
  return c;
}

inline bool is_upper(char32_t c) { return lower(c) != c; }

// Letters of Vietnamese text (and the other Latin letters), for word boundaries.
inline bool is_letter(char32_t c) {
  if (c < 0x80) return (c | 32) >= 'a' && (c | 32) <= 'z';
  return (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) || (c >= 0x1E00 && c <= 0x1EFF) ||
         (c >= 0x300 && c <= 0x36F);
}

inline bool is_digit(char32_t c) { return c >= '0' && c <= '9'; }
inline bool is_alnum(char32_t c) { return is_digit(c) || is_letter(c); }

// Lower case plus new-style tone placement; one code point per code point.
std::string fold_word(std::string_view word);

// Does a word equal to `folded` (already folded, one word) start at pos and end there?
bool word_is(std::string_view text, size_t pos, std::string_view folded);

// End of the run of letters (and inner apostrophes) that starts at pos.
size_t word_end(std::string_view text, size_t pos);

}  // namespace vanban::vn
