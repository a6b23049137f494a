// Words of Vietnamese text for the scanners that match them (dates, citations): where a word
// ends, and whether the word at a position is a given one, case and tone placement aside.
//
//   size_t end = vanban::vn::word_end(text, pos);          // "Tỉnh" in "Tỉnh uỷ" ends at 6
//   if (vanban::vn::word_is(text, pos, "tháng")) …         // "tháng", "Tháng", "THÁNG"
//
// Folding itself (lower case, tone placement) is text/fold.h's.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

#include "text/fold.h"

namespace vanban::vn {

// A letter of a word: a letter, or a combining mark that NFC left on one.
inline bool is_letter(char32_t c) { return vanban::is_letter(c) || is_combining_mark(c); }
inline bool is_digit(char32_t c) { return c - '0' < 10; }
inline bool is_alnum(char32_t c) { return is_digit(c) || is_letter(c); }

// Does a word equal to `folded` (already folded, one word) start at pos and end there?
bool word_is(std::string_view text, size_t pos, std::string_view folded);

// End of the run of letters (and inner apostrophes) that starts at pos.
size_t word_end(std::string_view text, size_t pos);

}  // namespace vanban::vn

namespace vanban {
// Runs of white space (line breaks included) as one space, none at either end: an issuer or
// a title that a line wrap cut, as it reads.
std::string collapse_spaces(std::string_view s);
}  // namespace vanban
