// The byte-level pre-test of the normalizer's scan (text/mapped_text.cpp, plain_run): how far
// the code points from s[i] on are certainly inert (copied as they are by normalization),
// judged 16 bytes at a time with SSE2 rather than decoded one by one.
//
//   // s.size() >= 16, i < s.size(), i the start of a code point
//   size_t end = vanban::detail::inert_stretch(s, i);
//   // s[i, end) are whole inert code points, well-formed UTF-8 (utf8::count counts them);
//   // the code point at end, when end < s.size(), is one the caller must decode and look up
//   // itself.
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

namespace detail {

inline __m128i load16(const char* p) { return _mm_loadu_si128(reinterpret_cast<const __m128i*>(p)); }
inline __m128i bytes_equal(__m128i v, int c) { return _mm_cmpeq_epi8(v, _mm_set1_epi8(static_cast<char>(c))); }

// The verdict on the 16 bytes v, given v1 and v2: the byte one and two places before each lane
// (0 where a code point starts afresh). `inert` has the lanes that keep the vouched form all
// ones; only its first zero lane is exact: after a fault, a lane may take a byte before it for
// a vouched lead. `continuation` has the lanes of bytes 80–BF all ones.
struct ChunkVerdict {
  __m128i inert;
  __m128i continuation;
};
inline ChunkVerdict judge_chunk(__m128i v, __m128i v1, __m128i v2) {
  auto set = [](int c) { return _mm_set1_epi8(static_cast<char>(c)); };
  // As signed bytes: 80–BF is below -64, 20–7F above 31; C3–C6 is what v + BD puts below -124.
  const __m128i continuation = _mm_cmpgt_epi8(set(-64), v);
  const __m128i lead2 = _mm_cmpgt_epi8(set(-124), _mm_add_epi8(v, set(0xBD)));
  const __m128i starts = _mm_or_si128(_mm_or_si128(_mm_cmpgt_epi8(v, set(0x1F)), lead2), bytes_equal(v, 0xE1));
  // A continuation byte is owed after a lead (C0–FF: before the first fault, a vouched one)
  // and two bytes after E1, and nowhere else; every other byte must start a code point.
  const __m128i lead_before = _mm_cmpgt_epi8(_mm_xor_si128(v1, set(0x80)), set(0x3F));
  const __m128i owed = _mm_or_si128(lead_before, bytes_equal(v2, 0xE1));
  const __m128i allowed = _mm_or_si128(starts, continuation);
  // Ð ð (C3 90, C3 B0) and E1 but for E1 B8–BB.
  const __m128i eth = _mm_and_si128(bytes_equal(v1, 0xC3), bytes_equal(_mm_or_si128(v, set(0x20)), 0xB0));
  const __m128i not_letter = _mm_andnot_si128(bytes_equal(_mm_and_si128(v, set(0xFC)), 0xB8), bytes_equal(v1, 0xE1));
  const __m128i faults = _mm_or_si128(_mm_or_si128(eth, not_letter), _mm_xor_si128(owed, continuation));
  return {_mm_andnot_si128(faults, allowed), continuation};
}

// Whether every lane of a verdict keeps the vouched form.
inline bool all_inert(const ChunkVerdict& c) { return _mm_movemask_epi8(c.inert) == 0xFFFF; }

// The lanes of a verdict that break the vouched form, as bits.
inline unsigned faults_of(const ChunkVerdict& c) { return ~static_cast<unsigned>(_mm_movemask_epi8(c.inert)) & 0xFFFFu; }

// Lanes k and up all ones: where lanes before k must read as zero (no lead before a fresh start).
inline __m128i lanes_from(unsigned k) {
  static constexpr unsigned char kLanes[33] = {0,    0,    0,    0,    0,    0,    0,    0,    0,    0,    0,
                                               0,    0,    0,    0,    0,    0,    0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
                                               0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF};
  return _mm_loadu_si128(reinterpret_cast<const __m128i*>(kLanes + 17 - k));  // k ≤ 17
}

// The last 16 bytes of s when fewer than 16 follow a fresh start i: the lanes before i are
// shifted out, and read as zero by the lanes after them.
inline ChunkVerdict short_tail(const char* d, size_t n, size_t i) {
  const unsigned skip = static_cast<unsigned>(i - (n - 16));
  const __m128i v = load16(d + n - 16);
  const __m128i v1 = _mm_and_si128(_mm_slli_si128(v, 1), lanes_from(skip + 1));
  const __m128i v2 = _mm_and_si128(_mm_slli_si128(v, 2), lanes_from(skip + 2));
  return judge_chunk(v, v1, v2);
}

// The stretch from i to the chunk at p (skip lanes of it already checked) ends at the first
// fault, or at the text's end, before a lead cut there.
inline size_t stretch_to(const char* d, size_t i, size_t p, const ChunkVerdict& last, unsigned skip) {
  const unsigned faults = faults_of(last) >> skip;
  size_t end = p + (faults ? static_cast<unsigned>(__builtin_ctz(faults)) : 16 - skip);
  if (end > i && static_cast<unsigned char>(d[end - 1]) >= 0xC0) return end - 1;
  if (end >= i + 2 && static_cast<unsigned char>(d[end - 2]) == 0xE1) return end - 2;
  return end;
}

inline size_t inert_stretch(std::string_view s, size_t i) {
  const char* d = s.data();
  const size_t n = s.size();
  if (n - i < 16) return stretch_to(d, i, i, short_tail(d, n, i), static_cast<unsigned>(i - (n - 16)));
  // A fresh start: nothing before i is a lead.
  const __m128i v = load16(d + i);
  ChunkVerdict c = judge_chunk(v, _mm_slli_si128(v, 1), _mm_slli_si128(v, 2));
  size_t p = i;
  if (!all_inert(c)) return stretch_to(d, i, p, c, 0);
  if (n >= 32) {
    for (const size_t last_whole = n - 32; p <= last_whole;) {  // a whole chunk follows p's
      p += 16;
      c = judge_chunk(load16(d + p), load16(d + p - 1), load16(d + p - 2));
      if (!all_inert(c)) return stretch_to(d, i, p, c, 0);
    }
  }
  if (p + 16 == n) return stretch_to(d, i, p, c, 0);  // a lead cut by the end still ends it
  // The last bytes: the 16 that end s, those already checked skipped.
  p += 16;
  const __m128i v1 = load16(d + n - 17);  // n - 17 ≥ i: a whole chunk was checked
  c = judge_chunk(load16(d + n - 16), v1, _mm_slli_si128(v1, 1));
  return stretch_to(d, i, p, c, static_cast<unsigned>(p - (n - 16)));
}

}  // namespace detail
}  // namespace vanban
#endif
