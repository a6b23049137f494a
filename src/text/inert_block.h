// The byte-level pre-test of the normalizer's scan (text/mapped_text.cpp, plain_run): which
// leading code points of a block of up to 32 bytes (one or two SSE2 loads) are certainly inert
// (copied as they are by normalization), without decoding them one by one.
//
//   vanban::InertPrefix r = vanban::inert_prefix(vanban::detail::classify_pair(p), 32, false);
//   // r.length bytes at p are whole inert code points (r.cps of them, the last starting at
//   // r.last_begin); r.whole: the next code point was only cut by the block's end.
//
// Vouched for: printable ASCII (20–7F), the two-byte letters with lead C3–C6 (U+00C0–U+01BF)
// except Ð ð (C3 90, C3 B0, which a clean-up changes), and the three-byte letters E1 B8–BB xx
// (U+1E00–U+1EFF, the precomposed Vietnamese letters). Every other byte, and any ill-formed
// sequence, stops the prefix: the caller decodes that code point the slow way. That the attention table
// agrees for every code point vouched for is tested (tests/text/plain_run_test.cpp).
#pragma once
#include <cstddef>
#include <cstdint>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace vanban {

struct InertPrefix {
  unsigned length = 0;      // bytes of whole inert code points at the start
  unsigned cps = 0;         // how many code points they are
  unsigned last_begin = 0;  // where the last of them starts (when cps > 0)
  bool whole = false;       // the prefix ends at the block's end, or at a sequence it cuts
};

namespace detail {

// Bits 0…n-1 set.
inline unsigned low_bits(unsigned n) { return n >= 32 ? ~0u : (1u << n) - 1; }

// Bit count of a 32-bit mask, without a popcnt instruction (x86-64 baseline has none).
inline unsigned count_bits32(uint32_t x) {
  x = x - ((x >> 1) & 0x55555555u);
  x = (x & 0x33333333u) + ((x >> 2) & 0x33333333u);
  x = (x + (x >> 4)) & 0x0F0F0F0Fu;
  return (x * 0x01010101u) >> 24;
}

// Highest set bit of x below bit `limit` (x & low_bits(limit) must not be 0).
inline unsigned highest_below(unsigned x, unsigned limit) {
  return 31u - static_cast<unsigned>(__builtin_clz(x & low_bits(limit)));
}

// The classes of the bytes of a block, one bit per byte (bit k: byte k).
struct BlockClasses {
  unsigned ascii;      // 20–7F
  unsigned cont;       // 80–BF
  unsigned lead2;      // C3–C6
  unsigned lead3;      // E1
  unsigned c3;         // C3
  unsigned d0_f0;      // 90 or B0: after C3, Ð or ð
  unsigned e1_second;  // B8–BB: after E1, U+1E00–U+1EFF
};

#if defined(__SSE2__)
// Signed compares: ASCII is 0…127, 80–BF is -128…-65, C3–C6 is -61…-58, E1 is -31.
inline BlockClasses classify_block(const char* p) {
  const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  auto gt = [&](int x) { return _mm_cmpgt_epi8(v, _mm_set1_epi8(static_cast<char>(x))); };
  auto lt = [&](int x) { return _mm_cmplt_epi8(v, _mm_set1_epi8(static_cast<char>(x))); };
  auto eq = [&](int x) { return _mm_cmpeq_epi8(v, _mm_set1_epi8(static_cast<char>(x))); };
  auto bits = [](__m128i m) { return static_cast<unsigned>(_mm_movemask_epi8(m)); };
  BlockClasses c;
  c.ascii = bits(gt(0x1F));
  c.cont = bits(lt(-64));
  c.lead2 = bits(_mm_and_si128(gt(-62), lt(-57)));
  c.lead3 = bits(eq(-31));
  c.c3 = bits(eq(-61));
  c.d0_f0 = bits(_mm_or_si128(eq(-112), eq(-80)));
  c.e1_second = bits(_mm_and_si128(gt(-73), lt(-68)));
  return c;
}

// The classes of 32 bytes at p, as two blocks side by side: the scalar work on the masks is
// then shared by twice the bytes.
inline BlockClasses classify_pair(const char* p) {
  const BlockClasses lo = classify_block(p), hi = classify_block(p + 16);
  auto join = [](unsigned a, unsigned b) { return a | (b << 16); };
  return {join(lo.ascii, hi.ascii), join(lo.cont, hi.cont),   join(lo.lead2, hi.lead2),
          join(lo.lead3, hi.lead3), join(lo.c3, hi.c3),       join(lo.d0_f0, hi.d0_f0),
          join(lo.e1_second, hi.e1_second)};
}
#endif

}  // namespace detail

// The inert prefix of the classified bytes [0, len) of a block or a pair of them (len ≤ 32).
// `at_text_end`: the text ends after byte len, so a sequence cut there is ill-formed, not
// continued.
inline InertPrefix inert_prefix(const detail::BlockClasses& c, unsigned len, bool at_text_end) {
  using namespace detail;
  const unsigned in = low_bits(len);
  const unsigned starts = c.ascii | c.lead2 | c.lead3;
  // Continuation bytes owed, up to two past the last byte (bit 33).
  const uint64_t expected = ((uint64_t{c.lead2 | c.lead3}) << 1) | (uint64_t{c.lead3} << 2);
  const unsigned noncont = ~c.cont & in;
  // Code points that stop the prefix where they start: a byte of no vouched class, a stray
  // continuation byte, Ð ð, and E1 not followed by B8–BB.
  unsigned stop = (~(starts | c.cont) | (c.cont & ~static_cast<unsigned>(expected)) | (c.c3 & (c.d0_f0 >> 1)) |
                   (c.lead3 & ~(c.e1_second >> 1) & (in >> 1))) & in;
  // A lead whose continuation bytes are missing stops it too, at the lead.
  unsigned end = len;
  bool whole = true;
  if (const uint64_t missing = expected & ~uint64_t{c.cont}) {
    const auto first = static_cast<unsigned>(__builtin_ctzll(missing));
    const unsigned lead = highest_below(noncont, first);
    if (first < len) stop |= 1u << lead;
    else if (at_text_end) stop |= 1u << lead;
    else end = lead;  // cut by the block's end: the next block starts at the lead
  }
  stop &= in;
  if (stop) {
    const unsigned first_stop = static_cast<unsigned>(__builtin_ctz(stop));
    if (first_stop < end) {
      end = first_stop;
      whole = false;
    }
  }
  InertPrefix r;
  r.length = end;
  r.whole = whole;
  const unsigned kept = noncont & low_bits(end);
  r.cps = count_bits32(kept);
  if (kept) r.last_begin = highest_below(kept, end);
  return r;
}

}  // namespace vanban
