// Strict UTF-8 validation, fast enough to run on every input before anything else.
//
//   if (!vanban::utf8::is_valid(bytes)) {
//     size_t at = vanban::utf8::first_invalid(bytes);   // byte offset of the bad sequence
//     …
//   }
//
// Strict means RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF, no sequence
// cut short by the end of the input.
#pragma once
#include <cstddef>
#include <string_view>

namespace vanban::utf8 {

// Blocks of 16 bytes: all ASCII, skipped with one SSE2 test; holding only ASCII, two-byte and
// common three-byte sequences (Vietnamese text), checked with SSE2 masks; any other, through
// a small state machine (three instructions a byte, unrolled).
// From kSimdjsonFrom bytes on, simdjson's validator is used instead (same rules).
bool is_valid(std::string_view s);
constexpr size_t kSimdjsonFrom = 256;
// is_valid without simdjson, at any length (tests compare the two).
bool is_valid_blocks(std::string_view s);
// Byte offset where the first invalid sequence starts (its lead byte, or the stray byte), or
// std::string_view::npos when s is valid. Slower than is_valid: call it to report an error.
size_t first_invalid(std::string_view s);

}  // namespace vanban::utf8
