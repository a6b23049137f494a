#include "report/display.h"

#include <unicode/uchar.h>

#include "text/utf8.h"

namespace vanban {

int display_width(char32_t cp) {
  if (cp < 0x300) return 1;  // ASCII and Latin-1/Extended: the common case, no ICU call
  const auto type = static_cast<UCharCategory>(u_charType(static_cast<UChar32>(cp)));
  if (type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK || type == U_FORMAT_CHAR) return 0;
  const int hangul = u_getIntPropertyValue(static_cast<UChar32>(cp), UCHAR_HANGUL_SYLLABLE_TYPE);
  if (hangul == U_HST_VOWEL_JAMO || hangul == U_HST_TRAILING_JAMO) return 0;
  const int eaw = u_getIntPropertyValue(static_cast<UChar32>(cp), UCHAR_EAST_ASIAN_WIDTH);
  return eaw == U_EA_WIDE || eaw == U_EA_FULLWIDTH ? 2 : 1;
}

size_t display_width(std::string_view s) {
  size_t width = 0;
  for (size_t i = 0; i < s.size();) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      ++width;
      ++i;
      continue;
    }
    width += display_width(utf8::next(s, i));
  }
  return width;
}

std::string terminal_safe(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    const size_t start = i;
    const char32_t cp = utf8::next(s, i);
    const bool control = (cp < 0x20 && cp != '\t') || cp == 0x7F || (cp >= 0x80 && cp < 0xA0);
    if (control || cp == 0xFFFD) utf8::append(out, 0xFFFD);  // also a stray invalid byte
    else out.append(s.substr(start, i - start));
  }
  return out;
}

}  // namespace vanban
