#include "check/syllables.h"

#include <string>

#include "check/syllable_window.h"

#include "text/fold.h"

namespace vanban {

// Letters without an ICU call for the blocks Vietnamese is written in.
bool is_syllable_letter(char32_t c) {
  if (c < 0x80) return ((c | 32) >= 'a' && (c | 32) <= 'z');
  if ((c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) || (c >= 0x1EA0 && c <= 0x1EF9)) return true;
  if (c >= 0x2000 && c <= 0x2BFF) return false;  // punctuation, symbols, arrows
  return is_letter(c);
}

char32_t lower_syllable_char(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z' ? c + 32 : c;
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 32;
  if (c >= 0x1EA0 && c <= 0x1EF9) return c | 1;  // Latin Extended Additional: upper even, lower odd
  return lower(c);
}

namespace {

// The UTF-8 bytes of c as a little-endian word, and how many there are.
std::pair<uint64_t, size_t> utf8_word(char32_t c) {
  std::string bytes;
  utf8::append(bytes, c);
  uint64_t w = 0;
  for (size_t k = 0; k < bytes.size(); ++k) w |= uint64_t{static_cast<unsigned char>(bytes[k])} << (8 * k);
  return {w, bytes.size()};
}

// Do the masks of fold_word turn c's bytes into those of its lower case?
bool mask_folds(char32_t c, char32_t lower) {
  const auto [upper_bytes, n] = utf8_word(c);
  const auto [lower_bytes, m] = utf8_word(lower);
  const uint64_t low = syllable_detail::low_bytes(n);
  return n == m && (syllable_detail::fold_word(upper_bytes) & low) == (syllable_detail::fold_word(lower_bytes) & low);
}

}  // namespace

const SyllableChars& SyllableChars::get() {
  static const SyllableChars chars;
  return chars;
}

SyllableChars::SyllableChars() {
  auto make = [](char32_t c) {
    const char32_t l = lower_syllable_char(c);
    return Entry{l, is_syllable_letter(c), mask_folds(c, l)};
  };
  for (char32_t c = 0; c < kLowEnd; ++c) low_[c] = make(c);
  for (char32_t k = 0; k < additional_.size(); ++k) additional_[k] = make(kAdditional + k);
  two_byte_.fill(0);
  e1_.fill(0);
  auto common = [&](char32_t c) {
    const uint8_t f = flags(c);
    return f == (kLetter | kFolds) ? f | kFoldingLetter : f;
  };
  for (char32_t c = 0x80; c < 0x800; ++c) two_byte_[(c >> 6) | (c & 0x3F) << 8] = common(c) | 2u << 8;
  for (char32_t c = 0x1000; c < 0x2000; ++c) e1_[(c >> 6 & 0x3F) | (c & 0x3F) << 8] = common(c) | 3u << 8;
  fill_window_entries();
}

// window_entry's table, from common_multi_byte's answers.
void SyllableChars::fill_window_entries() {
  auto entry = [](unsigned c) -> uint8_t {
    if (c & kFoldingLetter) return static_cast<uint8_t>((1u << (c >> 8)) - 1);  // the character's bytes
    return c != 0 && !(c & kLetter) ? kWindowEnds : 0;
  };
  window_.fill(0);
  for (unsigned b0 = 0xC0; b0 < 0xE0; ++b0)
    for (unsigned b1 = 0x80; b1 < 0xC0; ++b1) window_[(b0 & 0x3F) | b1 << 8] = entry(two_byte_[(b0 & 0x1F) | (b1 & 0x3F) << 8]);
  for (unsigned k = 0; k < e1_.size(); ++k) window_[kWindowE1 + k] = entry(e1_[k]);
}

uint8_t SyllableChars::flags(char32_t c) const {
  const Letter l = letter(c);
  return (l.letter ? kLetter : 0) | (l.mask_folds ? kFolds : 0);
}

unsigned SyllableChars::other_multi_byte(const unsigned char* p, const unsigned char* end) const {
  const std::string_view rest(reinterpret_cast<const char*>(p), end - p);
  size_t i = 0;
  const char32_t c = utf8::next(rest, i);
  return flags(c) | static_cast<unsigned>(i) << 8;
}

namespace syllable_detail {

uint64_t hash_lowered(std::string_view syllable) {
  const SyllableChars& chars = SyllableChars::get();
  uint64_t h = kHashSeed, word = 0;
  size_t filled = 0;  // bytes in word
  for (size_t i = 0; i < syllable.size();) {
    std::string lowered;
    utf8::append(lowered, chars.lower(utf8::next(syllable, i)));
    for (const char b : lowered) {
      word |= uint64_t{static_cast<unsigned char>(b)} << (8 * filled);
      if (++filled == 8) {
        h = mix_word(h, word, 8);
        word = 0;
        filled = 0;
      }
    }
  }
  return filled ? mix_word(h, word, filled) : h;
}

}  // namespace syllable_detail

uint64_t SyllableReader::long_hash(const Syllable& s, uint8_t letter) const {
  const std::string_view text(reinterpret_cast<const char*>(begin_), end_ - begin_);
  return letter & kFolds ? syllable_detail::hash_masked(text, s.begin, s.end)
                         : syllable_detail::hash_lowered(text.substr(s.begin, s.end - s.begin));
}

// A window of 64 bytes from `base` (the end of a syllable): where syllables start and end, and
// what each needs known, at its end's bit.
struct SyllableReader::Window {
  uint64_t starts, ends;  // the first byte of each run of word bytes, the first byte after it
  uint64_t odd;           // next() reads the syllable: its separator holds a high byte, or it ends at one unsafe
  uint64_t brk, other;    // its separator holds a break; punctuation and no break
  uint64_t letters;       // it holds no digit
  uint32_t base;          // the window's offset in the text

  Window(const syllable_detail::WindowMasks& m, uint32_t offset) : base(offset) {
    const uint64_t word = m.word, gap = ~word;
    starts = word & ~(word << 1);
    ends = gap & (word << 1);
    // The carry of an add runs through a run of ones and lands on the zero after it: bits set in
    // a separator are carried to the syllable's first byte, bits of a syllable to its end.
    auto to_start = [&](uint64_t in_separators) { return (gap + in_separators) & word; };
    auto to_end = [&](uint64_t in_syllables) { return (word + in_syllables) & gap; };
    odd = to_end(to_start(m.high & gap)) | (m.unsafe & ends);
    brk = to_end(to_start(m.brk));
    other = to_end(to_start(m.punct)) & ~brk;  // Break wins over Other, as in read_separator
    letters = ~to_end(m.digit);
  }
};

// The syllables of the window from bit `at` (the end of the last one read) into o, while their
// ends are in the window and next() would read them alike: their separator is ASCII and
// what ends them is no character next() must decide on. True when the next syllable must be
// read by next(); `at` is then where it starts. Inlined, so that at, o and the masks stay in
// registers.
inline bool SyllableReader::read_window(const Window& w, unsigned& at, Syllable*& o, Syllable* const o_end) const {
  uint64_t starts = w.starts, ends = w.ends;
  for (; o != o_end && ends; starts &= starts - 1, ends &= ends - 1) {
    // Not std::countr_zero, which tests for 0: each end has a start before it.
    const unsigned b = static_cast<unsigned>(__builtin_ctzll(starts)), e = static_cast<unsigned>(__builtin_ctzll(ends));
    if (w.odd >> e & 1) [[unlikely]] return true;
    Syllable& s = *o++;
    s.gap_begin = w.base + at;
    s.begin = w.base + b;
    s.end = w.base + e;
    s.gap = static_cast<Gap>((w.brk >> e & 1) | (w.other >> e & 1) << 1);
    s.letters = w.letters >> e & 1;
    const size_t size = e - b;
    s.hash = size <= 16 ? short_hash_16(begin_ + s.begin, size) : long_hash(s, kFolds);
    at = e;
  }
  return false;
}

// The syllables from p while kWindowReach bytes from p are in the text; p moves past them (null
// at the end of the text). Only after the first syllable (p != begin_), whose gap is a Break.
Syllable* SyllableReader::read_windows(Syllable* o, Syllable* const o_end, const unsigned char*& p) {
  static_assert(static_cast<int>(Gap::Break) == 1 && static_cast<int>(Gap::Other) == 2);
  const SyllableChars& chars = chars_;
  while (o != o_end && end_ - p >= kWindowReach && p != begin_) {
    const Window w(syllable_detail::window_masks(p, chars), offset(p));
    unsigned at = 0;
    const bool odd = read_window(w, at, o, o_end);
    p += at;
    if ((odd || at == 0) && o != o_end) {  // an unusual syllable, or none ends in the window
      p = read_next(*o, p);
      if (!p) break;
      ++o;
    }
  }
  return o;
}

size_t SyllableReader::read(Syllable* out, size_t most) {
  Syllable* o = out;
  Syllable* const o_end = out + most;
  if (p_ == begin_ && o != o_end && next(*o)) ++o;  // the first syllable, after a Break
  const unsigned char *const begin = begin_, *const stop = stop_;
  const SyllableChars& chars = chars_;
  const unsigned char* p = p_;
  o = read_windows(o, o_end, p);
  for (; o != o_end && p && p < stop; ++o) {
    uint8_t classes = 0;
    const unsigned char* start = p + 1;
    Gap gap = Gap::Space;
    const unsigned char* q = p[0] == ' ' ? read_common_letters(start, chars, classes) : start;
    if (q == start) [[unlikely]] {  // not one space then a letter: the separator may still be plain ASCII
      start = skip_ascii_separator(p, stop, gap);
      q = start ? read_common_letters(start, chars, classes) : nullptr;
    }
    if (q == start || !q) [[unlikely]] {  // another separator, the end of the text near, or an uncommon character
      p = read_next(*o, p);
      if (!p) break;
      continue;
    }
    Syllable& s = *o;
    s.begin = static_cast<uint32_t>(start - begin);
    s.end = static_cast<uint32_t>(q - begin);
    s.gap_begin = static_cast<uint32_t>(p - begin);
    s.gap = gap;
    s.letters = !(classes & kDigit);
    const size_t size = q - start;
    s.hash = size <= 8 ? short_hash(start, size) : long_hash(s, kFolds);
    p = q;
  }
  p_ = p ? p : end_;
  size_t n = o - out;
  while (n < most && next(out[n])) ++n;
  return n;
}

bool same_letters(std::string_view text, const Syllable& a, const Syllable& b) {
  const std::string_view x = text.substr(a.begin, a.end - a.begin), y = text.substr(b.begin, b.end - b.begin);
  if (x == y) return true;
  const SyllableChars& chars = SyllableChars::get();
  size_t i = 0, j = 0;
  while (i < x.size() && j < y.size())
    if (chars.lower(utf8::next(x, i)) != chars.lower(utf8::next(y, j))) return false;
  return i == x.size() && j == y.size();
}

namespace {

// The separator before s without its white space and breaks, byte by byte.
class SeparatorBytes {
 public:
  SeparatorBytes(std::string_view text, const Syllable& s) : text_(text.substr(s.gap_begin, s.begin - s.gap_begin)) {}
  // The next byte that is neither blank nor a break, -1 at the end.
  int next() {
    using enum syllable_detail::ByteClass;
    while (i_ < text_.size()) {
      const auto b = static_cast<unsigned char>(text_[i_++]);
      if (!(syllable_detail::kBytes[b] & (kBlank | kBreak))) return b;
    }
    return -1;
  }

 private:
  std::string_view text_;
  size_t i_ = 0;
};

}  // namespace

bool same_separator(std::string_view text, const Syllable& a, const Syllable& b) {
  SeparatorBytes x(text, a), y(text, b);
  for (;;) {
    const int c = x.next();
    if (c != y.next()) return false;
    if (c < 0) return true;
  }
}

bool clause_before(std::string_view text, const Syllable& s) {
  for (size_t i = s.gap_begin; i < s.begin; ++i) {
    const char b = text[i];
    if (b == ',' || b == ';' || b == ':' || b == '!' || b == '?') return true;
    if (b == '.' && i + 1 < text.size() && text[i + 1] == ' ') return true;
  }
  return false;
}

}  // namespace vanban
