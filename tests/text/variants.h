// Re-encodings of one text for position tests: NFD, CRLF, BOM, UTF-16 LE/BE, old tone marks.
#pragma once
#include <string>
#include <string_view>

namespace vanban::test {

std::string to_nfd(std::string_view utf8);
std::string to_crlf(std::string_view utf8);
std::string with_bom(std::string_view utf8);
std::string to_utf16(std::string_view utf8, bool big_endian);  // with BOM
std::string to_charset(std::string_view utf8, const char* charset);  // through ICU
std::string read_file(const std::string& path);

}  // namespace vanban::test
