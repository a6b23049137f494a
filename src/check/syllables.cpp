#include "check/syllables.h"

#include "text/fold.h"

namespace vanban {

// Letters without an ICU call for the blocks Vietnamese is written in.
bool is_syllable_letter(char32_t c) {
  if (c < 0x80) return ((c | 32) >= 'a' && (c | 32) <= 'z');
  if ((c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) || (c >= 0x1EA0 && c <= 0x1EF9)) return true;
  if (c >= 0x2000 && c <= 0x2BFF) return false;  // punctuation, symbols, arrows
  return is_letter(c);
}

char32_t lower_syllable_char(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z' ? c + 32 : c;
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 32;
  if (c >= 0x1EA0 && c <= 0x1EF9) return c | 1;  // Latin Extended Additional: upper even, lower odd
  return lower(c);
}

const SyllableChars& SyllableChars::get() {
  static const SyllableChars chars;
  return chars;
}

SyllableChars::SyllableChars() {
  for (char32_t c = 0; c < kLowEnd; ++c) low_[c] = {lower_syllable_char(c), is_syllable_letter(c)};
  for (char32_t k = 0; k < additional_.size(); ++k)
    additional_[k] = {lower_syllable_char(kAdditional + k), is_syllable_letter(kAdditional + k)};
}

}  // namespace vanban
