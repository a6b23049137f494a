// The syllables of a text read one at a time, with what separates each from the one before:
// the input of the repeat finder (check/text_repeats.h).
//
//   vanban::SyllableReader reader(text);
//   for (vanban::Syllable s; reader.next(s);)
//     … text.substr(s.begin, s.end - s.begin), s.gap
//   vanban::same_syllable(text, a, b)   // the same letters, up to case
//   vanban::same_separator(text, a, b)  // the same punctuation before each
//   vanban::clause_before(text, s)      // , ; : ! ? or a sentence stop before s
//
// A syllable is a run of letters and ASCII digits. The reader runs over every byte of every
// text the rules read, so it does as little as it can per byte: it finds where a syllable ends
// (ASCII through a table, the code points of the blocks Vietnamese is written in through tables
// built once from the same definitions, without calling ICU), then hashes the syllable's bytes
// 8 at a time. read() takes the usual syllables (after ASCII separators, of letters that fold
// with masks) 64 bytes at a time: it classifies the bytes of a window with SSE2 into bit masks
// (syllable_window.h) and reads the syllables' starts, ends and kinds off them, with no branch
// per byte or per character (a syllable's own byte classes are data: branching on them was
// mispredicted at every ASCII/2-byte/3-byte change), and hashes up to 16 bytes without a
// branch on the size. Near the text's end it takes them in a byte loop that never compares a
// position with the end (before the last ASCII byte that is no word byte); next() the rest.
// The hash folds case with bit masks (syllable_detail::fold_word) where that is exact (nearly
// every Vietnamese letter) and through the lower-cased code points elsewhere (Ư, other
// scripts), so syllables equal up to case always share it; a shared hash is confirmed by
// same_syllable. What separates two syllables is read once, for its kind (Gap); its content
// only when a repeat is being confirmed.
#pragma once
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "text/utf8.h"

namespace vanban {

// What separates a syllable from the one before it.
enum class Gap : uint8_t { Space, Break, Other };  // white space only; a paragraph break; punctuation

struct Syllable {
  uint32_t begin, end;  // the syllable: text[begin, end)
  uint32_t gap_begin;   // the separator before it: text[gap_begin, begin)
  Gap gap;
  bool letters;         // letters only, no digit
  uint64_t hash;        // equal for syllables equal up to case; others may share it (same_syllable)
};

// The same letters up to case, and as many bytes (exact: the hashes only filter).
bool same_letters(std::string_view text, const Syllable& a, const Syllable& b);
inline bool same_syllable(std::string_view text, const Syllable& a, const Syllable& b);
// The separators before a and before b hold the same bytes, white space and breaks aside.
bool same_separator(std::string_view text, const Syllable& a, const Syllable& b);
// The separator before s holds clause punctuation (, ; : ! ? or a stop before a space).
bool clause_before(std::string_view text, const Syllable& s);

// Is the code point a letter of a syllable, and its lower case. These are the definitions;
// SyllableChars answers the same from tables.
bool is_syllable_letter(char32_t c);
char32_t lower_syllable_char(char32_t c);

// is_syllable_letter and lower_syllable_char, from tables for the common blocks, and whether
// fold_word lower-cases the letter's bytes exactly.
class SyllableChars {
 public:
  static const SyllableChars& get();

  struct Letter {
    bool letter;
    bool mask_folds;  // fold_word(bytes of c) == fold_word(bytes of its lower case)
  };
  Letter letter(char32_t c) const {
    if (const Entry* e = entry(c)) return {e->letter, e->mask_folds};
    return {is_syllable_letter(c), false};
  }
  bool is_letter(char32_t c) const { return letter(c).letter; }

  // The multi-byte character at p (*p >= 0x80, p < end): its flags (kLetter, kFolds: mask_folds)
  // in the low byte, its length in bytes above (1 when it is no UTF-8).
  static constexpr uint8_t kLetter = 1, kFolds = 2;
  // In common_multi_byte's answers only: a letter that folds with masks (kLetter | kFolds).
  static constexpr uint8_t kFoldingLetter = 4;
  unsigned multi_byte(const unsigned char* p, const unsigned char* end) const {
    const unsigned b0 = p[0];
    if (b0 - 0xC2u <= 0xDFu - 0xC2u && end - p >= 2 && utf8::is_continuation(p[1]))  // U+0080-07FF
      return two_byte_[(b0 & 0x1Fu) | (p[1] & 0x3Fu) << 8];
    if (b0 == 0xE1 && end - p >= 3 && utf8::is_continuation(p[1]) && utf8::is_continuation(p[2]))  // U+1000-1FFF
      return e1_[(p[1] & 0x3Fu) | (p[2] & 0x3Fu) << 8];
    return other_multi_byte(p, end);
  }
  // multi_byte when p + 4 <= end, with kFoldingLetter, for the characters of U+0080-07FF and
  // U+1000-1FFF (0 for the others): the character's bytes are tested in one word.
  unsigned common_multi_byte(const unsigned char* p) const {
    uint32_t x;
    std::memcpy(&x, p, 4);
    if constexpr (std::endian::native == std::endian::big) x = __builtin_bswap32(x);
    if ((x & 0xC0E0u) == 0x80C0u) return two_byte_[x & 0x3F1Fu];  // 110xxxxx 10xxxxxx (0 if overlong: C0, C1)
    if ((x & 0xC0C0FFu) == 0x8080E1u) return e1_[x >> 8 & 0x3F3Fu];  // E1 10xxxxxx 10xxxxxx
    return 0;
  }
  // What the windowed reader needs of the character at p (*p is a lead byte, 4 bytes loadable),
  // in one table load and no branch on its length: the bits of its bytes that belong to a
  // syllable read with masks (kWindowWord: 0b11 or 0b111 for a letter of 2 or 3 bytes that
  // folds with masks), or kWindowEnds for a character common_multi_byte knows as no letter (a
  // syllable before it ends there as next() ends it); 0 for the rest (letters that do not fold,
  // characters common_multi_byte does not know), where the reader leaves the syllable to next().
  static constexpr uint8_t kWindowWord = 7, kWindowEnds = 8;
  uint8_t window_entry(const unsigned char* p) const {
    uint32_t x;
    std::memcpy(&x, p, 4);
    if constexpr (std::endian::native == std::endian::big) x = __builtin_bswap32(x);
    const uint32_t two = x & 0xFF3Fu, e1 = kWindowE1 | (x >> 8 & 0x3F3Fu);
    return window_[two ^ ((two ^ e1) & opaque_mask((x & 0xC0C0FFu) == 0x8080E1u))];  // E1 10xxxxxx 10xxxxxx
  }
  // All ones if c, else 0, hidden from the optimizer: GCC turns a select on a byte's class back
  // into a branch, mispredicted at random where 2- and 3-byte characters mix.
  static uint32_t opaque_mask(bool c) {
    uint32_t mask = -uint32_t{c};
#if defined(__GNUC__)
    asm("" : "+r"(mask));
#endif
    return mask;
  }
  char32_t lower(char32_t c) const {
    if (const Entry* e = entry(c)) return e->lower;
    return lower_syllable_char(c);
  }

 private:
  SyllableChars();
  struct Entry {
    char32_t lower;
    bool letter;
    bool mask_folds;
  };
  static constexpr char32_t kLowEnd = 0x250;         // Basic Latin … Latin Extended-B
  static constexpr char32_t kAdditional = 0x1E00;    // Latin Extended Additional (ạ … ỹ)
  const Entry* entry(char32_t c) const {
    if (c < kLowEnd) return &low_[c];
    if (c - kAdditional < additional_.size()) return &additional_[c - kAdditional];
    return nullptr;
  }
  std::array<Entry, kLowEnd> low_;
  std::array<Entry, 0x100> additional_;
  uint8_t flags(char32_t c) const;
  void fill_window_entries();
  unsigned other_multi_byte(const unsigned char* p, const unsigned char* end) const;
  // multi_byte's answers for the characters of 2 bytes (b0, b1) from U+0080 and of 3 bytes
  // (E1, b1, b2), indexed by the bits that follow each byte's marker, the first byte's lowest:
  // (b0 & 0x1F) | (b1 & 0x3F) << 8 and (b1 & 0x3F) | (b2 & 0x3F) << 8, so that one mask of the
  // character's bytes loaded as a word gives the index. 0 where there is no such character.
  std::array<uint16_t, 0x4000> two_byte_;
  std::array<uint16_t, 0x4000> e1_;
  // window_entry's answers: for 2 bytes b0 b1 at (b0 & 0x3F) | b1 << 8 (0 unless b0 < 0xE0 and
  // b1 is a continuation byte), for E1 b1 b2 at kWindowE1 + e1_'s index.
  static constexpr uint32_t kWindowE1 = 0x10000;
  std::array<uint8_t, kWindowE1 + 0x4000> window_;
};

namespace syllable_detail {
// What a byte is to the reader; bytes from 0x80 up start or continue a multi-byte character,
// which the reader decodes.
enum ByteClass : uint8_t { kDigit = 1, kWord = 2, kBlank = 4, kBreak = 8, kMulti = 16, kPunct = 32 };
constexpr std::array<uint8_t, 256> byte_classes() {
  std::array<uint8_t, 256> t{};
  for (int c = 0; c < 0x80; ++c) t[c] = kPunct;  // any other ASCII byte
  for (int c = 0x80; c < 256; ++c) t[c] = kMulti;
  for (int c = 'a'; c <= 'z'; ++c) t[c] = t[c - 32] = kWord;
  for (int c = '0'; c <= '9'; ++c) t[c] = kWord | kDigit;
  t[' '] = t['\t'] = kBlank;
  t['\n'] = t['|'] = kBreak;  // a paragraph or a table cell ends
  return t;
}
inline constexpr std::array<uint8_t, 256> kBytes = byte_classes();

// Case folded with masks, 8 bytes of a syllable at once: every byte loses bits 5 (A/a, À/à)
// and 0 (Ă/ă, Đ/đ, Ơ/ơ, Ạ/ạ differ there only), one AND. Distinct letters may fold alike
// (l/m, b/c: the hash only filters); letters whose cases differ elsewhere (Ư/ư) are not
// folded by it (SyllableChars::Letter::mask_folds) and take the exact path.
constexpr uint64_t fold_word(uint64_t w) { return w & 0xDEDEDEDEDEDEDEDEull; }
// The low `bytes` bytes of a word (1 … 8), from a table: one instruction.
inline constexpr std::array<uint64_t, 9> kLowBytes = {0,
                                                      0xFFull,
                                                      0xFFFFull,
                                                      0xFFFFFFull,
                                                      0xFFFFFFFFull,
                                                      0xFFFFFFFFFFull,
                                                      0xFFFFFFFFFFFFull,
                                                      0xFFFFFFFFFFFFFFull,
                                                      ~uint64_t{0}};
constexpr uint64_t low_bytes(size_t bytes) { return kLowBytes[bytes]; }

// The syllable hash: fold_word over the bytes of the lower-cased syllable, 8 at a time (the
// last word zero-padded), each word mixed in by a multiply (a bijection of the word). The
// seed is 0: a syllable of up to 8 bytes costs one multiply.
inline constexpr uint64_t kHashSeed = 0, kHashMultiplier = 0x9E3779B97F4A7C15ull;
constexpr uint64_t mix_word(uint64_t h, uint64_t word, size_t bytes) {
  return (h ^ (fold_word(word) & low_bytes(bytes))) * kHashMultiplier;
}

// Up to 8 bytes of s from `at` (at < s.size()), little-endian, as loaded: the caller masks.
inline uint64_t load_word(std::string_view s, size_t at) {
  uint64_t w = 0;
  if (at + 8 <= s.size()) std::memcpy(&w, s.data() + at, 8);  // one load
  else std::memcpy(&w, s.data() + at, s.size() - at);
  if constexpr (std::endian::native == std::endian::big) w = __builtin_bswap64(w);
  return w;
}

// The hash of a syllable whose letters all fold with masks: of its own bytes.
inline uint64_t hash_masked(std::string_view text, size_t begin, size_t end) {
  uint64_t h = kHashSeed;
  for (; end - begin > 8; begin += 8) h = mix_word(h, load_word(text, begin), 8);
  return mix_word(h, load_word(text, begin), end - begin);
}
// The hash of any syllable: of the bytes of its lower-cased code points.
uint64_t hash_lowered(std::string_view syllable);
}  // namespace syllable_detail

inline bool same_syllable(std::string_view text, const Syllable& a, const Syllable& b) {
  using namespace syllable_detail;
  const size_t n = a.end - a.begin;
  if (a.hash != b.hash || n != b.end - b.begin) return false;
  if (n <= 8 && ((load_word(text, a.begin) ^ load_word(text, b.begin)) & low_bytes(n)) == 0) return true;
  return same_letters(text, a, b);
}

class SyllableReader {
 public:
  explicit SyllableReader(std::string_view text)
      : begin_(reinterpret_cast<const unsigned char*>(text.data())), end_(begin_ + text.size()),
        stop_(last_ascii_stop(begin_, end_)), p_(begin_), chars_(SyllableChars::get()) {}

  // The next syllable, false at the end of the text.
  bool next(Syllable& s) {
    const unsigned char* p = p_;
    s.gap_begin = offset(p);
    uint8_t classes, letter = kFolds;
    if (end_ - p >= 2 && p[0] == ' ' && (kBytes[p[1]] & kWord) && p != begin_) {  // the usual: one space
      s.gap = Gap::Space;
      s.begin = offset(p + 1);
      classes = kBytes[p[1]];
      p += 2;
    } else if (!read_separator(s, p, classes, letter)) {
      return false;
    }
    read_rest(s, p, classes, letter);
    return true;
  }

  // Up to `most` syllables into out, as next() reads them; fewer only at the end of the text.
  // While 72 bytes are left, 64 bytes at a time from bit masks (syllable_window.h); then the
  // syllables that start before stop_ without comparing positions with the end.
  size_t read(Syllable* out, size_t most);

 private:
  // Windows: bytes the loads of a window may read from its start (64, and 8 past the last).
  static constexpr ptrdiff_t kWindowReach = 72;
  Syllable* read_windows(Syllable* o, Syllable* o_end, const unsigned char*& p);
  struct Window;
  [[gnu::always_inline]] bool read_window(const Window& w, unsigned& at, Syllable*& o, Syllable* o_end) const;
  // The hash of a syllable of `size` <= 16 bytes whose letters fold with masks, with 8 bytes
  // loadable from p + min(size, 8): hash_masked's value without a branch on the size (syllables
  // of 9 to 16 bytes are common: "trường", "nghiệp").
  static uint64_t short_hash_16(const unsigned char* p, size_t size) {
    const size_t first = size < 8 ? size : 8;
    uint64_t w0, w1;
    std::memcpy(&w0, p, 8);
    std::memcpy(&w1, p + first, 8);
    if constexpr (std::endian::native == std::endian::big) w0 = __builtin_bswap64(w0), w1 = __builtin_bswap64(w1);
    const uint64_t one = (w0 & kFoldedLowBytes[first]) * syllable_detail::kHashMultiplier;
    // The second word: none up to 8 bytes (a mask of 0, a multiplier of 1). Not a select on
    // size > 8, which GCC turns into a branch.
    return (one ^ (w1 & kFoldedLowBytes[size - first])) * kSecondMultiplier[size];
  }
  // The last ASCII byte that is no word byte with 8 bytes from it in the text (begin if there
  // is none): a syllable that starts before it ends at it at the latest, and the 8 bytes from
  // any position before it may be loaded at once.
  static const unsigned char* last_ascii_stop(const unsigned char* begin, const unsigned char* end) {
    for (const unsigned char* p = end - begin >= 8 ? end - 7 : begin; p != begin;)
      if (--p; *p < 0x80 && !(kBytes[*p] & kWord)) return p;
    return begin;
  }
  // Reads letters and digits from p before stop_ to the syllable's end, which it returns; null
  // at a character common_multi_byte does not know or a letter that does not fold with masks
  // (Ư: the caller reads the syllable with next()), so that the syllable's hash is short_hash's
  // or hash_masked's. No call: the caller's loop keeps its registers.
  static const unsigned char* read_common_letters(const unsigned char* p, const SyllableChars& chars, uint8_t& classes) {
    for (;;) {
      uint8_t cls = kBytes[*p];
      while (cls & kWord) {
        classes |= cls;
        cls = kBytes[*++p];
      }
      if (!(cls & kMulti)) return p;
      const unsigned c = chars.common_multi_byte(p);
      if (!(c & kFoldingLetter)) return (c & kLetter) || !c ? nullptr : p;
      p += c >> 8;
    }
  }
  // Moves p (before stop_, after the first syllable) past a separator of ASCII bytes, reading its
  // kind; null if it reaches stop_.
  static const unsigned char* skip_ascii_separator(const unsigned char* p, const unsigned char* stop, Gap& gap) {
    uint8_t seen = 0, cls;
    while (!((cls = kBytes[*p]) & (kWord | kMulti))) {
      seen |= cls;
      if (++p == stop) return nullptr;
    }
    gap = seen & kBreak ? Gap::Break : seen & kPunct ? Gap::Other : Gap::Space;
    return p;
  }
  // The syllable after p through next(); the position after it, or null at the end of the text.
  [[gnu::noinline]] const unsigned char* read_next(Syllable& s, const unsigned char* p) {
    p_ = p;
    return next(s) ? p_ : nullptr;
  }

  // Moves p past the separator and the syllable's first character, reading the separator's
  // kind, the syllable's start and what its first character is into s, classes and letter.
  // False at the end of the text.
  bool read_separator(Syllable& s, const unsigned char*& p, uint8_t& classes, uint8_t& letter) const {
    const unsigned char* const end = end_;
    Gap gap = p == begin_ ? Gap::Break : Gap::Space;
    for (;;) {
      if (p == end) return false;
      classes = kBytes[*p];
      if (classes & kWord) {
        s.begin = offset(p++);
        break;
      }
      if (classes & kMulti) {
        const unsigned c = chars_.multi_byte(p, end);
        letter = static_cast<uint8_t>(c);
        if (letter & kLetter) {
          s.begin = offset(p);
          p += c >> 8;
          classes = 0;
          break;
        }
        p += c >> 8;
      } else {
        ++p;
        if (classes & kBreak) {
          gap = Gap::Break;
          continue;
        }
        if (classes & kBlank) continue;
      }
      if (gap == Gap::Space) gap = Gap::Other;
    }
    s.gap = gap;
    return true;
  }

  // Reads the rest of the syllable from p, and hashes it.
  void read_rest(Syllable& s, const unsigned char* p, uint8_t classes, uint8_t letter) {
    const unsigned char* const end = end_;
    while (p != end) {
      const uint8_t cls = kBytes[*p];
      if (cls & kWord) {
        classes |= cls;
        ++p;
        continue;
      }
      if (!(cls & kMulti)) break;
      const unsigned c = chars_.multi_byte(p, end);
      if (!(c & kLetter)) break;
      letter &= static_cast<uint8_t>(c);
      p += c >> 8;
    }
    finish(s, p, classes, letter);
    p_ = p;
  }

  // The syllable s ends at p: its end, letters flag and hash.
  void finish(Syllable& s, const unsigned char* p, uint8_t classes, uint8_t letter) const {
    s.end = offset(p);
    s.letters = !(classes & kDigit);
    const size_t size = s.end - s.begin;
    s.hash = (letter & kFolds) && size <= 8 && end_ - begin_ - s.begin >= 8 ? short_hash(begin_ + s.begin, size)
                                                                             : long_hash(s, letter);
  }
  // The hash of a syllable of `size` <= 8 bytes whose letters fold with masks (the usual), the
  // 8 bytes from p in the text: one load.
  static uint64_t short_hash(const unsigned char* p, size_t size) {
    uint64_t w;
    std::memcpy(&w, p, 8);
    if constexpr (std::endian::native == std::endian::big) w = __builtin_bswap64(w);
    return (w & kFoldedLowBytes[size]) * syllable_detail::kHashMultiplier;  // mix_word(kHashSeed = 0, w, size)
  }
  // fold_word(low_bytes(size)): the fold and the mask of short_hash in one AND.
  static constexpr std::array<uint64_t, 9> kFoldedLowBytes = [] {
    std::array<uint64_t, 9> t{};
    for (size_t size = 1; size <= 8; ++size) t[size] = syllable_detail::fold_word(syllable_detail::low_bytes(size));
    return t;
  }();
  // short_hash_16's multiplier of the second word by the syllable's size: 1 where there is none.
  static constexpr std::array<uint64_t, 17> kSecondMultiplier = [] {
    std::array<uint64_t, 17> t{};
    for (size_t size = 0; size <= 16; ++size) t[size] = size > 8 ? syllable_detail::kHashMultiplier : 1;
    return t;
  }();
  uint64_t long_hash(const Syllable& s, uint8_t letter) const;

  using enum syllable_detail::ByteClass;
  static constexpr auto& kBytes = syllable_detail::kBytes;
  static constexpr uint8_t kLetter = SyllableChars::kLetter, kFolds = SyllableChars::kFolds,
                           kFoldingLetter = SyllableChars::kFoldingLetter;
  uint32_t offset(const unsigned char* p) const { return static_cast<uint32_t>(p - begin_); }

  const unsigned char* begin_;
  const unsigned char* end_;
  const unsigned char* stop_;
  const unsigned char* p_;
  const SyllableChars& chars_;
};

}  // namespace vanban
