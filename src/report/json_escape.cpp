#include "report/json_escape.h"

#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <simdjson.h>  // validate_utf8: a SIMD validator, several GB/s
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace vanban {
namespace {

constexpr unsigned char kReplacement[] = {0xEF, 0xBF, 0xBD};  // U+FFFD in UTF-8

// What the escaper does with a byte met where a character starts. The common cases (ASCII
// to copy, and the two- and three-byte sequences that Vietnamese letters are made of) are
// handled by escape_long and escape_short; everything else by escape_or_replace.
enum ByteClass : unsigned char { kCopy, kLead2, kLead3, kRare };

constexpr std::array<unsigned char, 256> kByteClass = [] {
  std::array<unsigned char, 256> classes{};
  for (int b = 0; b < 256; ++b) {
    if (b >= 0x20 && b < 0x80 && b != '"' && b != '\\') classes[b] = kCopy;
    else if (b >= 0xC2 && b <= 0xDF) classes[b] = kLead2;
    // E0 and ED restrict their second byte (overlongs, surrogates): left to decode_utf8.
    else if (b >= 0xE1 && b <= 0xEF && b != 0xED) classes[b] = kLead3;
    else classes[b] = kRare;
  }
  return classes;
}();

bool is_continuation(unsigned char b) { return (b & 0xC0) == 0x80; }

// How many of the 8 bytes at `at` are plain ASCII before the first one that the main loop
// must look at (a control character, '"', '\\' or a non-ASCII byte): 8 when none is. Eight
// bytes are tested at once; where a test flags more than one byte, the lowest flag is exact.
size_t plain_ascii_prefix(const unsigned char* at) {
  constexpr uint64_t kOnes = 0x0101010101010101, kHighs = 0x8080808080808080;
  uint64_t x;
  std::memcpy(&x, at, sizeof x);
  if constexpr (std::endian::native == std::endian::big) x = __builtin_bswap64(x);
  const auto zero_bytes = [](uint64_t v) { return (v - kOnes) & ~v & kHighs; };
  const uint64_t flags = (x & kHighs)                  // non-ASCII
                         | ((x - kOnes * 0x20) & ~x & kHighs)  // control characters
                         | zero_bytes(x ^ (kOnes * '"')) | zero_bytes(x ^ (kOnes * '\\'));
  return static_cast<size_t>(std::countr_zero(flags)) / 8;
}

// Writes the escape of an ASCII byte that cannot stand as is in a JSON string.
char* write_escape(char* dst, unsigned char b) {
  char named = 0;
  switch (b) {
    case '"': named = '"'; break;
    case '\\': named = '\\'; break;
    case '\b': named = 'b'; break;
    case '\f': named = 'f'; break;
    case '\n': named = 'n'; break;
    case '\r': named = 'r'; break;
    case '\t': named = 't'; break;
  }
  *dst++ = '\\';
  if (named) {
    *dst++ = named;
    return dst;
  }
  static constexpr char kHex[] = "0123456789abcdef";
  const char rest[] = {'u', '0', '0', kHex[b >> 4], kHex[b & 0xF]};
  std::memcpy(dst, rest, sizeof rest);
  return dst + sizeof rest;
}

// What the UTF-8 decoder makes of the sequence that starts at a non-ASCII byte.
struct Utf8Step {
  bool valid;     // a well-formed code point
  size_t length;  // valid: its bytes; invalid: the bytes dropped before decoding resumes
};

// Decodes the well-formed sequences of Unicode table 3-7, as the DFA in nlohmann's serializer
// does, and fails where it fails: a byte that cannot start a sequence is dropped alone; a
// sequence broken by an unexpected byte is dropped up to that byte, which is then read again
// as the start of what follows; a sequence cut by the end of the string is dropped whole.
Utf8Step decode_utf8(const unsigned char* at, const unsigned char* end) {
  const unsigned char lead = *at;
  size_t length = 0;
  unsigned char low = 0x80, high = 0xBF;  // the range allowed for the second byte
  if (lead >= 0xC2 && lead <= 0xDF) length = 2;
  else if (lead >= 0xE0 && lead <= 0xEF) length = 3;
  else if (lead >= 0xF0 && lead <= 0xF4) length = 4;
  else return {false, 1};
  if (lead == 0xE0) low = 0xA0;        // overlong
  else if (lead == 0xED) high = 0x9F;  // surrogates
  else if (lead == 0xF0) low = 0x90;   // overlong
  else if (lead == 0xF4) high = 0x8F;  // beyond U+10FFFF
  for (size_t k = 1; k < length; ++k) {
    if (k >= static_cast<size_t>(end - at)) return {false, static_cast<size_t>(end - at)};
    if (at[k] < low || at[k] > high) return {false, k};
    low = 0x80, high = 0xBF;
  }
  return {true, length};
}

char* copy(char* dst, const unsigned char* from, const unsigned char* to) {
  std::memcpy(dst, from, static_cast<size_t>(to - from));
  return dst + (to - from);
}

// The character at `at`, which the main loop does not copy as is: writes its escape, or its
// bytes, or U+FFFD in place of an invalid sequence, and moves `at` to the next character.
char* escape_or_replace(char* dst, const unsigned char*& at, const unsigned char* end) {
  if (*at < 0x80) return write_escape(dst, *at++);
  const Utf8Step step = decode_utf8(at, end);
  if (step.valid) dst = copy(dst, at, at + step.length);
  else dst = copy(dst, kReplacement, kReplacement + sizeof kReplacement);
  at += step.length;
  return dst;
}

// The length of a two- or three-byte sequence whose continuation bytes may be any of 80–BF
// (the letters of Vietnamese), from its lead byte; 0 for other bytes.
constexpr std::array<unsigned char, 256> kCommonLength = [] {
  std::array<unsigned char, 256> lengths{};
  for (int b = 0; b < 256; ++b) {
    if (kByteClass[b] == kLead2) lengths[b] = 2;
    if (kByteClass[b] == kLead3) lengths[b] = 3;
  }
  return lengths;
}();

// Writes the plain ASCII at `at` and the character after it, when at least eight bytes remain.
// Fixed-size copies: eight bytes at a time (those past the first special byte are written
// over next, and the room of six bytes per byte left covers them), four for a letter of two
// or three bytes. Both sequence lengths take the same path, without a branch between them.
char* escape_long(char* dst, const unsigned char*& at, const unsigned char* end) {
  const size_t plain = plain_ascii_prefix(at);
  std::memcpy(dst, at, 8);
  dst += plain, at += plain;
  if (plain == 8 || end - at < 4) return dst;
  const unsigned length = kCommonLength[*at];
  const unsigned continuations = at[1] | (at[2] << 8);
  const unsigned mask = length == 3 ? 0xC0C0 : 0x00C0;
  if (length != 0 && (continuations & mask) == (mask & 0x8080)) {
    std::memcpy(dst, at, 4);
    dst += length, at += length;
    return dst;
  }
  return escape_or_replace(dst, at, end);
}

// The last bytes of a string (fewer than eight left), one character at a time.
char* escape_short(char* dst, const unsigned char*& at, const unsigned char* end) {
  switch (kByteClass[*at]) {
    case kCopy:
      *dst++ = static_cast<char>(*at++);
      return dst;
    case kLead2:
      if (end - at >= 2 && is_continuation(at[1])) {
        std::memcpy(dst, at, 2);
        dst += 2, at += 2;
        return dst;
      }
      break;
    case kLead3:
      if (end - at >= 3 && is_continuation(at[1]) && is_continuation(at[2])) {
        std::memcpy(dst, at, 3);
        dst += 3, at += 3;
        return dst;
      }
      break;
  }
  return escape_or_replace(dst, at, end);
}

// Does s hold an ASCII byte that JSON cannot hold as it is (a control character, '"' or '\\')?
// Sixteen bytes at a time where SSE2 is there.
bool has_ascii_to_escape(std::string_view s) {
  size_t i = 0;
#if defined(__SSE2__)
  const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\'), last_control = _mm_set1_epi8(0x1F);
  for (; i + 16 <= s.size(); i += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
    const __m128i control = _mm_cmpeq_epi8(_mm_max_epu8(v, last_control), last_control);  // v <= 0x1F
    const __m128i hit = _mm_or_si128(control, _mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)));
    if (_mm_movemask_epi8(hit) != 0) return true;
  }
#endif
  for (; i < s.size(); ++i) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x20 || b == '"' || b == '\\') return true;
  }
  return false;
}

// Strings this long are first checked whole: most have nothing to escape and are valid UTF-8,
// and are then copied in one piece instead of character by character.
constexpr size_t kCheckWholeFrom = 16;

}  // namespace

size_t max_escaped_size(std::string_view s) { return 6 * s.size() + 2; }

char* escape_json_string(char* dst, std::string_view s) {
  if (s.size() >= kCheckWholeFrom && !has_ascii_to_escape(s) && simdjson::validate_utf8(s.data(), s.size())) {
    *dst++ = '"';
    std::memcpy(dst, s.data(), s.size());
    dst += s.size();
    *dst++ = '"';
    return dst;
  }
  const auto* at = reinterpret_cast<const unsigned char*>(s.data());
  const auto* const end = at + s.size();
  *dst++ = '"';
  while (end - at >= 8) dst = escape_long(dst, at, end);
  while (at < end) dst = escape_short(dst, at, end);
  *dst++ = '"';
  return dst;
}

void append_json_string(std::string& out, std::string_view s) {
  const size_t old_size = out.size();
  out.resize(old_size + max_escaped_size(s));
  char* start = out.data() + old_size;
  out.resize(old_size + static_cast<size_t>(escape_json_string(start, s) - start));
}

}  // namespace vanban
