// JSON strings escaped byte for byte as nlohmann's dump(indent, ' ', false,
// error_handler_t::replace) escapes them, written into memory the caller has made room for.
// report/json_writer.h writes every string through it.
//
//   std::string out;
//   vanban::append_json_string(out, "Điều 5\t\"a\"");   // out == "\"Điều 5\\t\\\"a\\\"\""
//
//   char* end = vanban::escape_json_string(room, s);     // room: max_escaped_size(s) bytes
//
// What is escaped: \" \\ \b \f \n \r \t by name, other control characters as \u00XX (lower-case
// hex); DEL and all valid UTF-8 are copied as they are. Invalid UTF-8 becomes U+FFFD exactly
// where nlohmann's `replace` handler puts one: a byte that cannot start a sequence is replaced
// alone; a sequence broken by an unexpected byte is replaced up to that byte, which is then
// read again; a sequence cut by the end of the string is replaced whole.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace vanban {

// Appends s to out as a quoted, escaped JSON string.
void append_json_string(std::string& out, std::string_view s);

// The most escape_json_string may write for s, quotes included: 6 bytes for 1 ("\u0001").
size_t max_escaped_size(std::string_view s);
// Writes s, quoted and escaped, at dst, which has room for max_escaped_size(s) bytes (all of
// which may be written over); returns the end of what was written.
char* escape_json_string(char* dst, std::string_view s);

}  // namespace vanban
