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
// common letters of Vietnamese from compares of each byte with the two after it
// (common_letters), the other multi-byte characters once per lead byte in one table
// (window_entry) whose answer is already their bits: the loop over them seldom runs.
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
// The same from SSE2 compares. Signed compares serve for the ranges: a range moved to start at
// -128 is what is below its end, and the continuation bytes are exactly those below 0xC0 as
// signed bytes (-64).
inline AsciiMasks ascii_masks(const unsigned char* p) {
  AsciiMasks m{};
  for (unsigned k = 0; k < 4; ++k) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * k));
    // v in [lo, hi]: v - lo + 0x80 (wrapping) below hi - lo + 1 - 0x80, one signed compare.
    auto in = [&](__m128i v, int lo, int hi) {
      return _mm_cmplt_epi8(_mm_add_epi8(v, _mm_set1_epi8(static_cast<char>(0x80 - lo))),
                            _mm_set1_epi8(static_cast<char>(hi - lo + 1 - 0x80)));
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

// The letters Vietnamese is mostly written in (99% of its multi-byte characters), found 64 at a
// time so that the loop over lead bytes seldom runs. All fold with masks (a test checks them
// against window_entry).
inline bool common_two_byte_letter(unsigned b0, unsigned b1) {
  return (b0 == 0xC3 && b1 >= 0x80 && b1 < 0xC0 && b1 != 0x97 && b1 != 0xB7)  // À … ÿ but × ÷
         || (b0 == 0xC4 && b1 >= 0x80 && b1 < 0xB0)                           // Ā … į: ă đ ĩ
         || (b0 == 0xC6 && (b1 == 0xA0 || b1 == 0xA1 || b1 == 0xB0));         // Ơ ơ ư
}
inline bool common_three_byte_letter(unsigned b0, unsigned b1, unsigned b2) {  // Ạ … ỹ (U+1EA0-1EF9)
  return b0 == 0xE1 && ((b1 == 0xBA && b2 >= 0xA0 && b2 < 0xC0) || (b1 == 0xBB && b2 >= 0x80 && b2 < 0xBA));
}
struct CommonLetters {
  uint64_t two, three;  // the lead bytes of the common letters of 2 and 3 bytes
};

// The definition: one byte at a time (p + 66 <= the text's end).
inline CommonLetters common_letters_plain(const unsigned char* p) {
  CommonLetters c{};
  for (unsigned i = 0; i < 64; ++i) {
    c.two |= uint64_t{common_two_byte_letter(p[i], p[i + 1])} << i;
    c.three |= uint64_t{common_three_byte_letter(p[i], p[i + 1], p[i + 2])} << i;
  }
  return c;
}

#if defined(__SSE2__)
// The same from SSE2 compares of each byte (x) with the two after it (loaded from p + 1, p + 2).
inline CommonLetters common_letters(const unsigned char* p) {
  CommonLetters c{};
  auto byte = [](unsigned b) { return _mm_set1_epi8(static_cast<char>(b)); };
  auto load = [](const unsigned char* at) { return _mm_loadu_si128(reinterpret_cast<const __m128i*>(at)); };
  for (unsigned k = 0; k < 4; ++k) {
    const __m128i x = load(p + 16 * k), y = load(p + 16 * k + 1), z = load(p + 16 * k + 2);
    auto is = [&](__m128i v, unsigned b) { return _mm_cmpeq_epi8(v, byte(b)); };
    auto below = [&](__m128i v, unsigned b) { return _mm_cmplt_epi8(v, byte(b)); };  // high bytes from 0x80 up to b
    const __m128i y_latin1 = _mm_andnot_si128(_mm_or_si128(is(y, 0x97), is(y, 0xB7)), below(y, 0xC0));
    const __m128i y_o_u = _mm_or_si128(is(_mm_and_si128(y, byte(0xFE)), 0xA0), is(y, 0xB0));
    const __m128i two = _mm_or_si128(_mm_or_si128(_mm_and_si128(is(x, 0xC3), y_latin1), _mm_and_si128(is(x, 0xC4), below(y, 0xB0))),
                                     _mm_and_si128(is(x, 0xC6), y_o_u));
    const __m128i z_from_a0 = _mm_andnot_si128(below(z, 0xA0), below(z, 0xC0));
    const __m128i three = _mm_and_si128(is(x, 0xE1), _mm_or_si128(_mm_and_si128(is(y, 0xBA), z_from_a0),
                                                                  _mm_and_si128(is(y, 0xBB), below(z, 0xBA))));
    c.two |= uint64_t{static_cast<uint16_t>(_mm_movemask_epi8(two))} << (16 * k);
    c.three |= uint64_t{static_cast<uint16_t>(_mm_movemask_epi8(three))} << (16 * k);
  }
  return c;
}
#else
inline CommonLetters common_letters(const unsigned char* p) { return common_letters_plain(p); }
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
  const CommonLetters common = common_letters(p);
  uint64_t folding = common.two | common.two << 1 | common.three | common.three << 1 | common.three << 2, ends = 0;
  for (uint64_t leads = a.high & ~a.cont & ~(common.two | common.three); leads; leads &= leads - 1) {  // the rare others
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
