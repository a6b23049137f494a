#include "text/utf8_check.h"

#include <array>
#include <cstdint>

#include <emmintrin.h>
#include <simdjson.h>

namespace vanban::utf8 {
namespace {

// The validator is a DFA whose states are bit offsets (multiples of 6) into a 64-bit row per
// input byte: next = (row[byte] >> state) & 63. One shift per byte, no branch.
enum State : uint8_t {
  kAccept = 0,   // between sequences
  kReject = 6,   // absorbing
  kCont1 = 12,   // one continuation byte (80–BF) still expected
  kCont2 = 18,   // two
  kCont3 = 24,   // three
  kAfterE0 = 30, // E0: next must be A0–BF (no overlong 3-byte form)
  kAfterED = 36, // ED: next must be 80–9F (no surrogate)
  kAfterF0 = 42, // F0: next must be 90–BF (no overlong 4-byte form)
  kAfterF4 = 48, // F4: next must be 80–8F (nothing above U+10FFFF)
};
constexpr State kStates[] = {kAccept, kReject, kCont1, kCont2, kCont3, kAfterE0, kAfterED, kAfterF0, kAfterF4};

constexpr State next_state(State s, unsigned b) {
  const bool cont = b >= 0x80 && b <= 0xBF;
  switch (s) {
    case kAccept:
      if (b < 0x80) return kAccept;
      if (b >= 0xC2 && b <= 0xDF) return kCont1;
      if (b == 0xE0) return kAfterE0;
      if (b == 0xED) return kAfterED;
      if (b >= 0xE1 && b <= 0xEF) return kCont2;
      if (b == 0xF0) return kAfterF0;
      if (b >= 0xF1 && b <= 0xF3) return kCont3;
      if (b == 0xF4) return kAfterF4;
      return kReject;
    case kCont1: return cont ? kAccept : kReject;
    case kCont2: return cont ? kCont1 : kReject;
    case kCont3: return cont ? kCont2 : kReject;
    case kAfterE0: return b >= 0xA0 && b <= 0xBF ? kCont1 : kReject;
    case kAfterED: return b >= 0x80 && b <= 0x9F ? kCont1 : kReject;
    case kAfterF0: return b >= 0x90 && b <= 0xBF ? kCont2 : kReject;
    case kAfterF4: return b >= 0x80 && b <= 0x8F ? kCont2 : kReject;
    default: return kReject;
  }
}

constexpr std::array<uint64_t, 256> make_rows() {
  std::array<uint64_t, 256> rows{};
  for (unsigned b = 0; b < 256; ++b)
    for (State s : kStates) rows[b] |= uint64_t{next_state(s, b)} << s;
  return rows;
}
constexpr std::array<uint64_t, 256> kRows = make_rows();

// One DFA step. The state is kept unmasked: only its low 6 bits are the state, and x86 shifts
// use only those, so the `& 63` here costs no instruction (it keeps the C++ shift defined).
uint64_t step(uint64_t state, unsigned char b) { return kRows[b] >> (state & 63); }

// The bytes of a block of 16, one bit each, by the part they play in UTF-8. Read as signed
// bytes: ASCII is 0…127, continuations 80–BF are -128…-65, two-byte leads C2–DF -62…-33,
// three-byte leads E0–EF -32…-17. `rare` holds the bytes whose sequences need the DFA: C0 C1
// (overlong), E0 and ED (their second byte is restricted), F0–FF (four bytes, or invalid).
struct ByteClasses {
  unsigned non_ascii, cont, lead2, lead3, rare;
};

ByteClasses classify(const char* p) {
  const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  auto below = [&](int x) { return _mm_cmplt_epi8(v, _mm_set1_epi8(static_cast<char>(x))); };
  auto above = [&](int x) { return _mm_cmpgt_epi8(v, _mm_set1_epi8(static_cast<char>(x))); };
  auto equal = [&](int x) { return _mm_cmpeq_epi8(v, _mm_set1_epi8(static_cast<char>(x))); };
  auto bits = [](__m128i m) { return static_cast<unsigned>(_mm_movemask_epi8(m)); };
  ByteClasses c;
  c.non_ascii = bits(v);
  c.cont = bits(below(-64));
  c.lead2 = bits(_mm_and_si128(above(-63), below(-32)));
  c.lead3 = bits(_mm_and_si128(above(-33), below(-16)));
  const __m128i overlong = _mm_or_si128(equal(-64), equal(-63));
  const __m128i restricted = _mm_or_si128(equal(-32), equal(-19));
  c.rare = bits(_mm_or_si128(_mm_or_si128(overlong, restricted), _mm_and_si128(above(-17), below(0))));
  return c;
}

// Continuation bytes still expected at the start of a block, as the low bits of a mask, for
// the DFA states that expect them without a restriction; false for the other states.
bool expected_from_state(uint64_t state, unsigned& expected) {
  switch (state & 63) {
    case kAccept: expected = 0; return true;
    case kCont1: expected = 1; return true;
    case kCont2: expected = 3; return true;
    case kCont3: expected = 7; return true;
    default: return false;
  }
}

// A block without rare bytes, checked by masks: each two-byte lead expects a continuation
// byte after it, each three-byte lead two, and the continuation bytes must be exactly those
// expected (with those the previous block left). Returns false on a mismatch; otherwise sets
// the state the block ends in (how many continuation bytes the next block owes).
bool masks_agree(const ByteClasses& c, unsigned carried, uint64_t& state) {
  const unsigned expected = ((c.lead2 | c.lead3) << 1) | (c.lead3 << 2) | carried;
  if ((expected & 0xFFFF) != c.cont) return false;
  const unsigned owed = expected >> 16;
  state = owed == 0 ? kAccept : owed == 1 ? kCont1 : kCont2;
  return true;
}

}  // namespace

bool is_valid(std::string_view s) {
  // A whole file goes to simdjson's validator (same strict rules, about five times faster on
  // this text); a short piece to the code below, which does not pay simdjson's dispatch.
  if (s.size() >= kSimdjsonFrom) return simdjson::validate_utf8(s.data(), s.size());
  return is_valid_blocks(s);
}

bool is_valid_blocks(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  uint64_t state = kAccept;
  size_t i = 0;
  // Whole blocks of 16 bytes: skipped when all ASCII between sequences; checked by masks when
  // they hold only common sequences (nearly every block of Vietnamese text); else through the
  // DFA with the loop unrolled, looking at the state once per block.
  for (; i + 16 <= n; i += 16) {
    const ByteClasses c = classify(s.data() + i);
    if ((state & 63) == kAccept && c.non_ascii == 0) continue;
    if (unsigned carried; c.rare == 0 && expected_from_state(state, carried)) {
      if (!masks_agree(c, carried, state)) return false;
      continue;
    }
#pragma GCC unroll 16
    for (size_t k = 0; k < 16; ++k) state = step(state, p[i + k]);
    if ((state & 63) == kReject) return false;
  }
  for (; i < n; ++i) state = step(state, p[i]);
  return (state & 63) == kAccept;
}

size_t first_invalid(std::string_view s) {
  const size_t n = s.size();
  size_t i = 0;
  while (i < n) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) { ++i; continue; }
    size_t len;
    char32_t min;
    if ((c & 0xE0) == 0xC0) { len = 2; min = 0x80; }
    else if ((c & 0xF0) == 0xE0) { len = 3; min = 0x800; }
    else if ((c & 0xF8) == 0xF0) { len = 4; min = 0x10000; }
    else return i;
    if (i + len > n) return i;
    char32_t cp = c & (0x7F >> len);
    for (size_t k = 1; k < len; ++k) {
      const auto b = static_cast<unsigned char>(s[i + k]);
      if ((b & 0xC0) != 0x80) return i;
      cp = (cp << 6) | (b & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return i;
    i += len;
  }
  return std::string_view::npos;
}

}  // namespace vanban::utf8
