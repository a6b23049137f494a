// Skipping the bytes that cannot start a match, sixteen at a time (SSE2 where the target has
// it, one byte at a time elsewhere). The scanners of dates, citations and figures stop only at
// ASCII digits (and a few capitals); everything else of a text is passed over here.
//
//   size_t i = vanban::byteskip::to_digit(text, pos);             // next '0'…'9', or text.size()
//   size_t j = vanban::byteskip::to_digit_or(text, pos, "LBHP");  // a digit or one of ≤ 4 bytes
//
// Both return the first matching position at or after pos, exactly as a byte loop would.
#pragma once
#include <cstddef>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace vanban::byteskip {

inline bool is_digit(char c) { return c >= '0' && c <= '9'; }

inline bool is_stop(char c, std::string_view extra) {
  return is_digit(c) || extra.find(c) != std::string_view::npos;
}

#if defined(__SSE2__)
namespace detail {

// Bit k set when byte k of the block is an ASCII digit.
inline unsigned digit_mask(__m128i block) {
  const __m128i d = _mm_sub_epi8(block, _mm_set1_epi8('0'));
  const __m128i low = _mm_cmpeq_epi8(_mm_min_epu8(d, _mm_set1_epi8(9)), d);  // d ≤ 9 unsigned
  return static_cast<unsigned>(_mm_movemask_epi8(low));
}

}  // namespace detail
#endif

inline size_t to_digit(std::string_view t, size_t i) {
  const size_t n = t.size();
#if defined(__SSE2__)
  for (; i + 16 <= n; i += 16) {
    const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i*>(t.data() + i));
    if (unsigned m = detail::digit_mask(block)) return i + static_cast<size_t>(__builtin_ctz(m));
  }
#endif
  while (i < n && !is_digit(t[i])) ++i;
  return i;
}

// `extra`: the other bytes to stop at; up to four take the fast path, more go byte by byte.
inline size_t to_digit_or(std::string_view t, size_t i, std::string_view extra) {
  if (extra.empty()) return to_digit(t, i);
  const size_t n = t.size();
#if defined(__SSE2__)
  if (extra.size() <= 4) {
    __m128i wanted[4];
    for (size_t k = 0; k < 4; ++k) wanted[k] = _mm_set1_epi8(extra[k < extra.size() ? k : 0]);
    for (; i + 16 <= n; i += 16) {
      const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i*>(t.data() + i));
      __m128i hit = _mm_or_si128(_mm_cmpeq_epi8(block, wanted[0]), _mm_cmpeq_epi8(block, wanted[1]));
      hit = _mm_or_si128(hit, _mm_or_si128(_mm_cmpeq_epi8(block, wanted[2]), _mm_cmpeq_epi8(block, wanted[3])));
      const unsigned m = detail::digit_mask(block) | static_cast<unsigned>(_mm_movemask_epi8(hit));
      if (m) return i + static_cast<size_t>(__builtin_ctz(m));
    }
  }
#endif
  while (i < n && !is_stop(t[i], extra)) ++i;
  return i;
}

}  // namespace vanban::byteskip
