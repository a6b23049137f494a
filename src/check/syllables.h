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
// What a byte is to the reader; bytes from 0x80 up start or continue a multi-byte character,
// which the reader decodes.
enum ByteClass : uint8_t { kWord = 1, kDigit = 2, kBlank = 4, kBreak = 8, kMulti = 16 };
struct ByteInfo {
  uint8_t cls;
  uint8_t lower;  // ASCII letters in lower case
};
constexpr std::array<ByteInfo, 256> byte_infos() {
  std::array<ByteInfo, 256> t{};
  for (int c = 0; c < 256; ++c) t[c] = {static_cast<uint8_t>(c >= 0x80 ? kMulti : 0), static_cast<uint8_t>(c)};
  for (int c = 'a'; c <= 'z'; ++c) t[c].cls = kWord;
  for (int c = 'A'; c <= 'Z'; ++c) t[c] = {kWord, static_cast<uint8_t>(c + 32)};
  for (int c = '0'; c <= '9'; ++c) t[c].cls = kWord | kDigit;
  t[' '].cls = t['\t'].cls = kBlank;
  t['\n'].cls = t['|'].cls = kBreak;  // a paragraph or a table cell ends
  return t;
}
inline constexpr std::array<ByteInfo, 256> kBytes = byte_infos();
}  // namespace syllable_detail

class SyllableReader {
 public:
  explicit SyllableReader(std::string_view text) : text_(text), chars_(SyllableChars::get()) {}

  // The next syllable, false at the end of the text.
  bool next(Syllable& s) {
    if (!read_gap(s)) return false;
    first_ = false;
    read_syllable(s);
    return true;
  }

  static constexpr uint64_t kFnvOffset = 1469598103934665603ull;
  static uint64_t mix(uint64_t h, uint32_t v) { return (h ^ v) * 1099511628211ull; }

 private:
  using enum syllable_detail::ByteClass;
  static constexpr auto& kBytes = syllable_detail::kBytes;

  // What separates a syllable from the one before, as read so far.
  struct GapReader {
    Gap gap;
    uint64_t hash = kFnvOffset;
    bool clause = false;
    // A separator byte that is neither blank nor a break; `space_after`: a blank follows it.
    void add(unsigned char b, bool space_after) {
      if (gap == Gap::Space) gap = Gap::Other;
      hash = mix(hash, b);
      const bool stop = b == '.' && space_after;
      clause = clause || b == ',' || b == ';' || b == ':' || b == '!' || b == '?' || stop;
    }
  };

  // utf8::next, with the two- and three-byte forms of Vietnamese letters (U+0080-07FF,
  // U+1000-1FFF) decoded inline.
  static char32_t decode(std::string_view text, size_t& i) {
    const auto b0 = static_cast<unsigned char>(text[i]);
    if (b0 >= 0xC2 && b0 <= 0xDF && i + 1 < text.size()) {
      const auto b1 = static_cast<unsigned char>(text[i + 1]);
      if (utf8::is_continuation(b1)) {
        i += 2;
        return (char32_t{b0 & 0x1Fu} << 6) | (b1 & 0x3Fu);
      }
    } else if (b0 == 0xE1 && i + 2 < text.size()) {
      const auto b1 = static_cast<unsigned char>(text[i + 1]), b2 = static_cast<unsigned char>(text[i + 2]);
      if (utf8::is_continuation(b1) && utf8::is_continuation(b2)) {
        i += 3;
        return 0x1000u | (char32_t{b1 & 0x3Fu} << 6) | (b2 & 0x3Fu);
      }
    }
    return utf8::next(text, i);
  }

  // Moves to the next syllable, reading the separator before it into s; false at the end.
  bool read_gap(Syllable& s) {
    const std::string_view text = text_;
    const size_t n = text.size();
    size_t i = i_;
    GapReader g{first_ ? Gap::Break : Gap::Space};
    while (i < n) {
      const auto b = static_cast<unsigned char>(text[i]);
      const uint8_t cls = kBytes[b].cls;
      if (cls & kWord) break;
      if (cls & kMulti) {
        size_t j = i;
        if (chars_.is_letter(decode(text, j))) break;
        for (; i < j; ++i) g.add(static_cast<unsigned char>(text[i]), false);
        continue;
      }
      if (cls & kBreak) g.gap = Gap::Break;
      else if (!(cls & kBlank)) g.add(b, i + 1 < n && text[i + 1] == ' ');
      ++i;
    }
    i_ = i;
    s.gap = g.gap;
    s.gap_hash = g.hash;
    s.clause = g.clause;
    return i < n;
  }

  void read_syllable(Syllable& s) {
    const std::string_view text = text_;
    const size_t n = text.size();
    size_t i = i_;
    uint64_t hash = kFnvOffset;
    uint8_t classes = 0;  // of the ASCII bytes read
    while (i < n) {
      const auto b = static_cast<unsigned char>(text[i]);
      const syllable_detail::ByteInfo info = kBytes[b];
      if (info.cls & kWord) {
        classes |= info.cls;
        hash = mix(hash, info.lower);
        ++i;
        continue;
      }
      if (!(info.cls & kMulti)) break;
      size_t j = i;
      const char32_t c = decode(text, j);
      if (!chars_.is_letter(c)) break;
      hash = mix(hash, static_cast<uint32_t>(chars_.lower(c)));
      i = j;
    }
    s.begin = static_cast<uint32_t>(i_);
    s.end = static_cast<uint32_t>(i);
    s.hash = hash;
    s.letters = !(classes & kDigit);
    i_ = i;
  }

  std::string_view text_;
  const SyllableChars& chars_;
  size_t i_ = 0;
  bool first_ = true;
};

}  // namespace vanban
