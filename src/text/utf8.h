// Small UTF-8 helpers used on hot paths, where going through ICU per character would cost
// more than the work itself.
//
//   size_t i = 0; char32_t c = vanban::utf8::next(s, i);   // advances i; U+FFFD on bad bytes
//   size_t n = vanban::utf8::count(s.substr(a, b - a));     // code points in a valid run
//
// Input to these helpers is valid UTF-8 (the decoder rejects anything else), but they never
// read out of bounds on invalid input either.
#pragma once
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace vanban::utf8 {

inline bool is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// Decodes the code point at s[i] and moves i past it.
inline char32_t next(std::string_view s, size_t& i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) { ++i; return b0; }
  int len = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : b0 >= 0xC0 ? 2 : 1;
  if (len == 1 || i + len > s.size()) { ++i; return 0xFFFD; }
  char32_t cp = b0 & (0x7F >> len);
  for (int k = 1; k < len; ++k) {
    const auto b = static_cast<unsigned char>(s[i + k]);
    if (!is_continuation(b)) { ++i; return 0xFFFD; }
    cp = (cp << 6) | (b & 0x3F);
  }
  i += len;
  return cp;
}

// Decodes the code point that ends just before s[i] and moves i to its first byte.
inline char32_t prev(std::string_view s, size_t& i) {
  size_t j = i;
  do { --j; } while (j > 0 && is_continuation(static_cast<unsigned char>(s[j])) && i - j < 4);
  size_t k = j;
  char32_t cp = next(s, k);
  i = j;
  return cp;
}

#if defined(__SSE2__)
namespace detail {
// The sum of the 16 byte lanes of v (each at most 255).
inline size_t lane_sum(__m128i v) {
  const __m128i sums = _mm_sad_epu8(v, _mm_setzero_si128());
  return static_cast<size_t>(_mm_cvtsi128_si32(sums)) + static_cast<size_t>(_mm_extract_epi16(sums, 4));
}
// 1 in each lane of the 16 bytes at p that holds a continuation byte: as a signed byte, below
// 0xC0 (-64).
inline __m128i continuation_lanes(const char* p) {
  const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  return _mm_sub_epi8(_mm_setzero_si128(), _mm_cmplt_epi8(v, _mm_set1_epi8(static_cast<char>(0xC0))));
}
}  // namespace detail
#endif

// Code points = bytes that are not continuation bytes (10xxxxxx). With SSE2, from 16 bytes on:
// 16 bytes a compare, the lanes summed every 255 blocks, and the bytes after the last whole
// block read in one more block that ends with the string (its lanes already counted masked
// off). Otherwise eight bytes at a time in a word.
inline size_t count(std::string_view s) {
#if defined(__SSE2__)
  if (s.size() >= 16) {
    const size_t whole = s.size() & ~size_t{15};
    size_t i = 0, continuation = 0;
    while (i < whole) {
      const size_t batch_end = std::min(whole, i + 255 * 16);
      __m128i lanes = _mm_setzero_si128();
      for (; i < batch_end; i += 16) lanes = _mm_add_epi8(lanes, detail::continuation_lanes(s.data() + i));
      continuation += detail::lane_sum(lanes);
    }
    if (const size_t rest = s.size() - whole; rest > 0) {
      // kLastLanes + rest: 16 - rest zero lanes, then rest lanes kept.
      static constexpr char kLastLanes[32] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                                              1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
      const __m128i keep = _mm_loadu_si128(reinterpret_cast<const __m128i*>(kLastLanes + rest));
      continuation += detail::lane_sum(_mm_and_si128(detail::continuation_lanes(s.data() + s.size() - 16), keep));
    }
    return s.size() - continuation;
  }
#endif
  size_t n = 0, i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t w;
    std::memcpy(&w, s.data() + i, sizeof w);
    const uint64_t continuation = w & ~(w << 1) & 0x8080808080808080ULL;  // bit 7 set, bit 6 clear
    n += 8 - static_cast<size_t>(((continuation >> 7) * 0x0101010101010101ULL) >> 56);
  }
  for (; i < s.size(); ++i) n += !is_continuation(static_cast<unsigned char>(s[i]));
  return n;
}

// The bytes cp takes in UTF-8.
inline size_t encoded_length(char32_t cp) { return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4; }

// Writes cp's encoded_length(cp) bytes at p.
inline void encode(char32_t cp, char* p) {
  if (cp < 0x80) {
    p[0] = static_cast<char>(cp);
  } else if (cp < 0x800) {
    p[0] = static_cast<char>(0xC0 | (cp >> 6));
    p[1] = static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    p[0] = static_cast<char>(0xE0 | (cp >> 12));
    p[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    p[2] = static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    p[0] = static_cast<char>(0xF0 | (cp >> 18));
    p[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    p[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    p[3] = static_cast<char>(0x80 | (cp & 0x3F));
  }
}

inline void append(std::string& out, char32_t cp) {
  char bytes[4];
  encode(cp, bytes);
  out.append(bytes, encoded_length(cp));
}

inline bool is_ascii(std::string_view s) {
  for (unsigned char c : s)
    if (c >= 0x80) return false;
  return true;
}

}  // namespace vanban::utf8
