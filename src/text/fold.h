// Case and tone folding for matching, the one place every stage lowers and compares words.
//
//   if (vanban::fold("Ban Thường vụ Tỉnh uỷ") == vanban::fold("ban thường vụ tỉnh ủy")) …
//   std::string w = vanban::lower_word("Tổng");       // "tổng": case only, tones stay put
//   if (vanban::is_letter(c) && vanban::is_upper(c)) …  // ICU's answers, from a table
//
// fold() lowers and moves an old-style tone to the new place at the end of a syllable
// ("hoà" → "hòa", "uỷ" → "ủy", "thuý" → "thúy"). Input is NFC UTF-8 (a combining mark left
// after NFC stays part of its syllable). The result is only for comparing; users always see
// the original text. Both keep one code point for one code point, so offsets in code points
// are preserved.
//
// lower/is_letter/is_upper give ICU's answers (u_tolower, u_isalpha, u_isupper); they are
// asked for every character the scanners read, so ASCII is answered inline and the Latin
// blocks Vietnamese is written in (U+0000–U+024F, U+1E00–U+1EFF) from a table built once.
#pragma once
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace vanban {

namespace fold_detail {
// ICU's lower case and letter/upper flags for the Latin blocks, asked once.
class LatinTable {
 public:
  static constexpr size_t kSize = 0x350;
  static constexpr size_t kNone = kSize;
  static size_t slot(char32_t c) {
    if (c < 0x250) return c;
    if (c - 0x1E00 < 0x100) return 0x250 + (c - 0x1E00);
    return kNone;
  }
  LatinTable();
  char32_t lower(size_t k) const { return lower_[k]; }
  bool letter(size_t k) const { return flags_[k] & kLetter; }
  bool upper(size_t k) const { return flags_[k] & kUpper; }

 private:
  static constexpr uint8_t kLetter = 1, kUpper = 2;
  std::array<char32_t, kSize> lower_{};
  std::array<uint8_t, kSize> flags_{};
};
inline const LatinTable& latin() {
  static const LatinTable table;
  return table;
}
// ICU itself, for the code points outside the table.
char32_t icu_lower(char32_t c);
bool icu_is_letter(char32_t c);
bool icu_is_upper(char32_t c);
}  // namespace fold_detail

inline char32_t lower(char32_t c) {
  if (c < 0x80) return c - 'A' < 26 ? c + 32 : c;
  const size_t k = fold_detail::LatinTable::slot(c);
  return k != fold_detail::LatinTable::kNone ? fold_detail::latin().lower(k) : fold_detail::icu_lower(c);
}
inline bool is_letter(char32_t c) {
  if (c < 0x80) return (c | 32) - 'a' < 26;
  const size_t k = fold_detail::LatinTable::slot(c);
  return k != fold_detail::LatinTable::kNone ? fold_detail::latin().letter(k) : fold_detail::icu_is_letter(c);
}
inline bool is_upper(char32_t c) {
  if (c < 0x80) return c - 'A' < 26;
  const size_t k = fold_detail::LatinTable::slot(c);
  return k != fold_detail::LatinTable::kNone ? fold_detail::latin().upper(k) : fold_detail::icu_is_upper(c);
}
// A combining diacritic (U+0300–U+036F): part of the letter before it.
inline bool is_combining_mark(char32_t c) { return c - 0x300 < 0x70; }

// Lower case and new-style tone placement.
std::string fold(std::string_view nfc);
// Lower case only; a word without a capital is copied as it is.
std::string lower_word(std::string_view word);

}  // namespace vanban
