// The byte-level pre-test of the normalizer's scan (text/mapped_text.cpp, plain_run): how far
// the code points from s[i] on are certainly inert (copied as they are by normalization),
// judged 16 bytes at a time with SSE2 rather than decoded one by one.
//
//   // s.size() >= 16, i < s.size(), i the start of a code point
//   vanban::InertStretch r = vanban::detail::inert_stretch(s, i);
//   // s[i, r.end) are whole inert code points, r.cps of them, the last starting at
//   // r.last_begin (when r.end > i); the code point at r.end, when r.end < s.size(), is one
//   // the caller must decode and look up itself.
//
// Vouched for: printable ASCII (20–7F), the two-byte letters with lead C3–C6 (U+00C0–U+01BF)
// except Ð ð (C3 90, C3 B0, which a clean-up changes), and the three-byte letters E1 B8–BB xx
// (U+1E00–U+1EFF, the precomposed Vietnamese letters). Every other byte, and any ill-formed
// sequence, ends the stretch. Vietnamese text has a letter of two or three bytes every few
// bytes, so these pass inside a block with no stop of their own. That the attention table
// agrees for every code point vouched for is tested (tests/text/plain_run_test.cpp).
#pragma once
#include <cstddef>
#include <cstdint>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>

namespace vanban {

struct InertStretch {
  size_t end = 0;
  size_t cps = 0;
  size_t last_begin = 0;
};

namespace detail {

// Bit count of a 16-bit mask, without a popcnt instruction (x86-64 baseline has none).
inline unsigned count_bits16(unsigned x) {
  x = x - ((x >> 1) & 0x5555u);
  x = (x & 0x3333u) + ((x >> 2) & 0x3333u);
  x = (x + (x >> 4)) & 0x0F0Fu;
  return (x + (x >> 8)) & 0x1Fu;
}

inline __m128i load16(const char* p) { return _mm_loadu_si128(reinterpret_cast<const __m128i*>(p)); }
inline __m128i bytes_equal(__m128i v, int c) { return _mm_cmpeq_epi8(v, _mm_set1_epi8(static_cast<char>(c))); }
// Continuation bytes 80–BF: as signed bytes, below -64.
inline __m128i continuation_lanes(__m128i v) { return _mm_cmplt_epi8(v, _mm_set1_epi8(-64)); }

// The lanes of the 16 bytes v that break the vouched form (movemask bits), given v1 and v2:
// the byte one and two places before each lane (0 where a code point starts afresh). Only the
// lowest fault is exact: after it, a lane may read a byte before it as a vouched lead.
inline unsigned chunk_faults(__m128i v, __m128i v1, __m128i v2) {
  // Bytes a code point may start with: 20–7F, C3–C6 (signed -61…-58), E1.
  const __m128i lead2 = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(-62)), _mm_cmplt_epi8(v, _mm_set1_epi8(-57)));
  const __m128i starts = _mm_or_si128(_mm_or_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(0x1F)), lead2), bytes_equal(v, 0xE1));
  // A continuation byte is owed after a lead (C0–FF: before the first fault, a vouched one)
  // and two bytes after E1; a byte that is not owed one starts a code point.
  const __m128i lead_before = _mm_cmpgt_epi8(_mm_xor_si128(v1, _mm_set1_epi8(static_cast<char>(0x80))), _mm_set1_epi8(0x3F));
  const __m128i owed = _mm_or_si128(lead_before, bytes_equal(v2, 0xE1));
  const __m128i well_formed = _mm_or_si128(_mm_and_si128(owed, continuation_lanes(v)), _mm_andnot_si128(owed, starts));
  // Ð ð (C3 90, C3 B0) and E1 but for E1 B8–BB.
  const __m128i eth = _mm_and_si128(bytes_equal(v1, 0xC3), bytes_equal(_mm_or_si128(v, _mm_set1_epi8(0x20)), 0xB0));
  const __m128i not_letter = _mm_andnot_si128(bytes_equal(_mm_and_si128(v, _mm_set1_epi8(static_cast<char>(0xFC))), 0xB8),
                                              bytes_equal(v1, 0xE1));
  const __m128i inert = _mm_andnot_si128(_mm_or_si128(eth, not_letter), well_formed);
  return ~static_cast<unsigned>(_mm_movemask_epi8(inert)) & 0xFFFFu;
}

// Lanes k and up all ones: where lanes before k must read as zero (no lead before a fresh start).
inline __m128i lanes_from(unsigned k) {
  static constexpr unsigned char kLanes[33] = {0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,
                                               0,    0,    0,    0,    0,    0,    0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
                                               0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF};
  return _mm_loadu_si128(reinterpret_cast<const __m128i*>(kLanes + 17 - k));  // k ≤ 17
}

// The last 16 bytes of s when fewer than 16 follow a fresh start i: the lanes before i are
// skipped, and read as zero by the lanes after them.
inline unsigned short_tail_faults(const char* d, size_t n, size_t i, __m128i& v, unsigned& skip) {
  skip = static_cast<unsigned>(i - (n - 16));
  v = load16(d + n - 16);
  const __m128i v1 = _mm_and_si128(_mm_slli_si128(v, 1), lanes_from(skip + 1));
  const __m128i v2 = _mm_and_si128(_mm_slli_si128(v, 2), lanes_from(skip + 2));
  return chunk_faults(v, v1, v2) >> skip;
}

// The stretch ends at the first fault (or the text's end), before a lead cut there.
inline InertStretch stretch_to(const char* d, size_t i, size_t end, size_t continuations) {
  if (end > i && static_cast<unsigned char>(d[end - 1]) >= 0xC0) {
    end -= 1;
  } else if (end >= i + 2 && static_cast<unsigned char>(d[end - 2]) == 0xE1) {
    end -= 2;
    continuations -= 1;
  }
  InertStretch r{end, end - i - continuations, i};
  if (end > i) {
    r.last_begin = end - 1;
    while (r.last_begin > i && (static_cast<unsigned char>(d[r.last_begin]) & 0xC0) == 0x80) --r.last_begin;
  }
  return r;
}

inline InertStretch inert_stretch(std::string_view s, size_t i) {
  const char* d = s.data();
  const size_t n = s.size();
  size_t p = i;  // the chunk being looked at starts at p, or the tail at p - skip
  unsigned faults, skip = 0;
  __m128i v;
  __m128i continuations = _mm_setzero_si128();  // 255 per continuation byte of the clean chunks
  if (n - i < 16) {
    faults = short_tail_faults(d, n, i, v, skip);
  } else {
    // A fresh start: nothing before i is a lead.
    v = load16(d + p);
    faults = chunk_faults(v, _mm_slli_si128(v, 1), _mm_slli_si128(v, 2));
    while (faults == 0 && n - p >= 32) {
      continuations = _mm_add_epi64(continuations, _mm_sad_epu8(continuation_lanes(v), _mm_setzero_si128()));
      p += 16;
      v = load16(d + p);
      faults = chunk_faults(v, load16(d + p - 1), load16(d + p - 2));
    }
    if (faults == 0 && p + 16 < n) {  // the last bytes: the 16 that end s, those checked skipped
      continuations = _mm_add_epi64(continuations, _mm_sad_epu8(continuation_lanes(v), _mm_setzero_si128()));
      p += 16;
      skip = static_cast<unsigned>(p - (n - 16));
      v = load16(d + n - 16);
      const __m128i v1 = load16(d + n - 17);  // n - 17 ≥ i: a whole chunk was checked
      faults = chunk_faults(v, v1, _mm_slli_si128(v1, 1)) >> skip;
    }
  }
  const unsigned clean = faults ? static_cast<unsigned>(__builtin_ctz(faults)) : 16 - skip;
  const unsigned tail_continuations = (static_cast<unsigned>(_mm_movemask_epi8(continuation_lanes(v))) >> skip) & ((1u << clean) - 1);
  const size_t counted = static_cast<size_t>(_mm_cvtsi128_si32(continuations)) +
                         static_cast<size_t>(_mm_cvtsi128_si32(_mm_unpackhi_epi64(continuations, continuations)));
  return stretch_to(d, i, p + clean, counted / 255 + count_bits16(tail_continuations));
}

}  // namespace detail
}  // namespace vanban
#endif
