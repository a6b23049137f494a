// Folding for matching: lower case, and old-style tone placement moved to the new style
// ("hoà" → "hòa", "uỷ" → "ủy", "thuý" → "thúy") at the end of a syllable.
//
//   if (vanban::fold("Ban Thường vụ Tỉnh uỷ") == vanban::fold("ban thường vụ tỉnh ủy")) …
//
// Input is NFC UTF-8. The result is only for comparing; users always see the original text.
// Folding keeps one code point for one code point, so offsets in code points are preserved.
#pragma once
#include <string>
#include <string_view>

namespace vanban {
std::string fold(std::string_view nfc);
// Lower case only (Vietnamese letters included), one code point for one.
char32_t lower(char32_t c);
bool is_letter(char32_t c);
bool is_upper(char32_t c);
}  // namespace vanban
