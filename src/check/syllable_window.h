// What each of 64 bytes of a text is to the syllable reader, as bit masks (bit i: the byte at
// p + i): the input of SyllableReader::read's windowed loop, which finds the syllables of a
// window with bit operations instead of a branch per byte.
//
//   const syllable_detail::WindowMasks m = syllable_detail::window_masks(p, chars);  // p + 72 <= end
//   m.word  // bytes of syllables the window can read: ASCII letters and digits, letters that fold with masks
//   m.unsafe  // high bytes a syllable read here may not end at: next() decides there
//
// The ASCII classes come from four 16-byte SSE2 compares (a byte-by-byte loop over kBytes where
// there is no SSE2: ascii_masks_plain, also the definition the tests compare with); the
// multi-byte characters are looked up once per lead byte in one table (window_entry) whose
// answer is already their bits, so that the loop's only data-dependent branch is the count of
// lead bytes.
#pragma once
#include <bit>
#include <cstdint>

#include "check/syllables.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace vanban::syllable_detail {

// The bytes of a window by their ASCII class (bit i: byte p[i]).
struct AsciiMasks {
  uint64_t alnum;  // ASCII letters and digits (kWord)
  uint64_t digit;  // '0' … '9'
  uint64_t quiet;  // blanks and breaks: separator bytes that keep a Gap::Space
  uint64_t brk;    // '\n' and '|' (kBreak)
  uint64_t high;   // bytes from 0x80 up
  uint64_t cont;   // continuation bytes 0x80 … 0xBF
};

// The definition: one byte at a time through the reader's table.
inline AsciiMasks ascii_masks_plain(const unsigned char* p) {
  AsciiMasks m{};
  for (unsigned i = 0; i < 64; ++i) {
    const uint64_t bit = uint64_t{1} << i;
    const uint8_t cls = kBytes[p[i]];
    if (cls & kWord) m.alnum |= bit;
    if (cls & kDigit) m.digit |= bit;
    if (cls & (kBlank | kBreak)) m.quiet |= bit;
    if (cls & kBreak) m.brk |= bit;
    if (p[i] >= 0x80) m.high |= bit;
    if (p[i] >= 0x80 && p[i] < 0xC0) m.cont |= bit;
  }
  return m;
}

#if defined(__SSE2__)
// The same from SSE2 compares. Signed compares serve for the ASCII ranges: bytes from 0x80 up
// are negative, below every ASCII bound, and the continuation bytes are exactly those below
// 0xC0 as signed bytes (-64).
inline AsciiMasks ascii_masks(const unsigned char* p) {
  AsciiMasks m{};
  for (unsigned k = 0; k < 4; ++k) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * k));
    auto in = [&](__m128i v, char lo, char hi) {
      return _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(static_cast<char>(lo - 1))),
                           _mm_cmplt_epi8(v, _mm_set1_epi8(static_cast<char>(hi + 1))));
    };
    const __m128i digit = in(x, '0', '9');
    const __m128i alpha = in(_mm_or_si128(x, _mm_set1_epi8(0x20)), 'a', 'z');
    const __m128i brk = _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('\n')), _mm_cmpeq_epi8(x, _mm_set1_epi8('|')));
    const __m128i blank = _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8(' ')), _mm_cmpeq_epi8(x, _mm_set1_epi8('\t')));
    const __m128i cont = _mm_cmplt_epi8(x, _mm_set1_epi8(static_cast<char>(0xC0)));
    auto bits = [&](__m128i v) { return uint64_t{static_cast<uint16_t>(_mm_movemask_epi8(v))} << (16 * k); };
    m.alnum |= bits(_mm_or_si128(digit, alpha));
    m.digit |= bits(digit);
    m.quiet |= bits(_mm_or_si128(brk, blank));
    m.brk |= bits(brk);
    m.high |= bits(x);
    m.cont |= bits(cont);
  }
  return m;
}
#else
inline AsciiMasks ascii_masks(const unsigned char* p) { return ascii_masks_plain(p); }
#endif

// A window: its bytes by what the syllable reader does with them.
struct WindowMasks {
  uint64_t word;    // bytes of syllables read here: ASCII letters and digits, letters that fold with masks
  uint64_t unsafe;  // high bytes a syllable read here may not end at: letters that do not fold,
                    // characters common_multi_byte does not know, continuation bytes (next() decides)
  uint64_t digit, brk, high;
  uint64_t punct;   // separator bytes that make a Gap::Other: ASCII other than letters, digits, blanks, breaks
};

// The masks of the 64 bytes from p; p + 72 <= the text's end (a character that starts in the
// window is read 4 bytes at a time). A letter that runs past bit 63 keeps its bits below 64
// only: a syllable it belongs to has no end in the window.
inline WindowMasks window_masks(const unsigned char* p, const SyllableChars& chars) {
  const AsciiMasks a = ascii_masks(p);
  uint64_t folding = 0, ends = 0;
  for (uint64_t leads = a.high & ~a.cont; leads; leads &= leads - 1) {
    const unsigned i = static_cast<unsigned>(std::countr_zero(leads));
    const unsigned entry = chars.window_entry(p + i);
    folding |= uint64_t{entry & SyllableChars::kWindowWord} << i;
    ends |= uint64_t{entry / SyllableChars::kWindowEnds} << i;
  }
  WindowMasks m;
  m.word = a.alnum | folding;
  m.unsafe = a.high & ~ends;
  m.digit = a.digit;
  m.brk = a.brk;
  m.high = a.high;
  m.punct = ~(a.alnum | a.quiet | a.high);
  return m;
}

}  // namespace vanban::syllable_detail
