#include "variants.h"

#include <unicode/normalizer2.h>
#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include <fstream>
#include <iterator>
#include <stdexcept>

namespace vanban::test {

std::string to_nfd(std::string_view utf8) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  std::string out;
  nfd->normalize(s, status).toUTF8String(out);
  return out;
}

std::string to_crlf(std::string_view utf8) {
  std::string out;
  for (char c : utf8) {
    if (c == '\n') out += '\r';
    out += c;
  }
  return out;
}

std::string with_bom(std::string_view utf8) { return "\xEF\xBB\xBF" + std::string(utf8); }

std::string to_utf16(std::string_view utf8, bool big_endian) {
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  std::string out = big_endian ? "\xFE\xFF" : "\xFF\xFE";
  for (int32_t i = 0; i < s.length(); ++i) {
    const char16_t u = s.charAt(i);
    const char hi = static_cast<char>(u >> 8), lo = static_cast<char>(u & 0xFF);
    out += big_endian ? hi : lo;
    out += big_endian ? lo : hi;
  }
  return out;
}

std::string to_charset(std::string_view utf8, const char* charset) {
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  UErrorCode status = U_ZERO_ERROR;
  UConverter* conv = ucnv_open(charset, &status);
  std::string out(utf8.size() * 4 + 16, '\0');
  int32_t n = ucnv_fromUChars(conv, out.data(), static_cast<int32_t>(out.size()), s.getBuffer(), s.length(), &status);
  ucnv_close(conv);
  if (U_FAILURE(status)) throw std::runtime_error("cannot encode to " + std::string(charset));
  out.resize(n);
  return out;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

}  // namespace vanban::test
