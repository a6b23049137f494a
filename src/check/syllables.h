// The syllables of a text read one at a time, with what separates each from the one before:
// the input of the repeat finder (check/text_repeats.h).
//
//   vanban::SyllableReader reader(text);
//   for (vanban::Syllable s; reader.next(s);)
//     … text.substr(s.begin, s.end - s.begin), s.hash (of the lower-cased syllable), s.gap
//
// A syllable is a run of letters and ASCII digits. The reader runs over every byte of every
// text the rules read, so it classifies ASCII bytes through a table and the code points of the
// blocks Vietnamese is written in (up to Latin Extended-B, and Latin Extended Additional)
// through tables built once from the same definitions, without calling ICU.
#pragma once
#include <array>
#include <cstdint>
#include <string_view>

#include "text/utf8.h"

namespace vanban {

// What separates a syllable from the one before it.
enum class Gap : uint8_t { Space, Break, Other };  // white space only; a paragraph break; punctuation

struct Syllable {
  uint32_t begin, end;
  uint64_t hash;      // of the lower-cased syllable
  uint64_t gap_hash;  // of the separator before it, white space removed
  Gap gap;
  bool clause;        // the separator holds clause punctuation (, ; : ! ? or a sentence stop)
  bool letters;       // letters only, no digit
};

// Is the code point a letter of a syllable, and its lower case. These are the definitions;
// SyllableChars answers the same from tables.
bool is_syllable_letter(char32_t c);
char32_t lower_syllable_char(char32_t c);

// is_syllable_letter and lower_syllable_char, from tables for the common blocks.
class SyllableChars {
 public:
  static const SyllableChars& get();

  bool is_letter(char32_t c) const {
    if (const Entry* e = entry(c)) return e->letter;
    return is_syllable_letter(c);
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
};

namespace syllable_detail {
enum AsciiClass : uint8_t { kWord = 1, kDigit = 2, kBlank = 4, kBreak = 8, kUpper = 16 };
constexpr std::array<uint8_t, 128> ascii_classes() {
  std::array<uint8_t, 128> t{};
  for (int c = 'a'; c <= 'z'; ++c) t[c] = kWord;
  for (int c = 'A'; c <= 'Z'; ++c) t[c] = kWord | kUpper;
  for (int c = '0'; c <= '9'; ++c) t[c] = kWord | kDigit;
  t[' '] = t['\t'] = kBlank;
  t['\n'] = t['|'] = kBreak;  // a paragraph or a table cell ends
  return t;
}
inline constexpr std::array<uint8_t, 128> kAscii = ascii_classes();
}  // namespace syllable_detail

class SyllableReader {
 public:
  explicit SyllableReader(std::string_view text) : text_(text), chars_(SyllableChars::get()) {}

  // The next syllable, false at the end of the text.
  bool next(Syllable& s) {
    s.gap = first_ ? Gap::Break : Gap::Space;
    s.gap_hash = kFnvOffset;
    s.clause = false;
    if (!read_gap(s)) return false;
    first_ = false;
    read_syllable(s);
    return true;
  }

  static constexpr uint64_t kFnvOffset = 1469598103934665603ull;
  static uint64_t mix(uint64_t h, uint32_t v) { return (h ^ v) * 1099511628211ull; }

 private:
  using enum syllable_detail::AsciiClass;
  static constexpr auto& kAscii = syllable_detail::kAscii;

  // Moves to the next syllable, reading the separator before it into s; false at the end.
  bool read_gap(Syllable& s) {
    const size_t n = text_.size();
    while (i_ < n) {
      const auto b = static_cast<unsigned char>(text_[i_]);
      if (b < 0x80) {
        const uint8_t cls = kAscii[b];
        if (cls & kWord) break;
        if (cls & kBreak) s.gap = Gap::Break;
        else if (!(cls & kBlank)) add_to_gap(s, b, i_ + 1 < n && text_[i_ + 1] == ' ');
        ++i_;
        continue;
      }
      size_t j = i_;
      if (chars_.is_letter(utf8::next(text_, j))) break;
      for (; i_ < j; ++i_) add_to_gap(s, static_cast<unsigned char>(text_[i_]), false);
    }
    return i_ < n;
  }

  // A separator byte that is neither blank nor a break; `space_after`: a blank follows it.
  static void add_to_gap(Syllable& s, unsigned char b, bool space_after) {
    if (s.gap == Gap::Space) s.gap = Gap::Other;
    s.gap_hash = mix(s.gap_hash, b);
    const bool stop = b == '.' && space_after;
    s.clause = s.clause || b == ',' || b == ';' || b == ':' || b == '!' || b == '?' || stop;
  }

  void read_syllable(Syllable& s) {
    const size_t n = text_.size();
    s.begin = static_cast<uint32_t>(i_);
    uint64_t hash = kFnvOffset;
    uint8_t classes = 0;  // of the ASCII bytes read
    while (i_ < n) {
      const auto b = static_cast<unsigned char>(text_[i_]);
      if (b < 0x80) {
        const uint8_t cls = kAscii[b];
        if (!(cls & kWord)) break;
        classes |= cls;
        hash = mix(hash, (cls & kUpper) ? b + 32u : b);
        ++i_;
        continue;
      }
      size_t j = i_;
      const char32_t c = utf8::next(text_, j);
      if (!chars_.is_letter(c)) break;
      hash = mix(hash, static_cast<uint32_t>(chars_.lower(c)));
      i_ = j;
    }
    s.hash = hash;
    s.letters = !(classes & kDigit);
    s.end = static_cast<uint32_t>(i_);
  }

  std::string_view text_;
  const SyllableChars& chars_;
  size_t i_ = 0;
  bool first_ = true;
};

}  // namespace vanban
