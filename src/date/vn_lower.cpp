#include "date/vn_lower.h"

#include <array>

namespace vanban::vn {
namespace {

// Rows: base vowel, then huyền, sắc, hỏi, ngã, nặng.
constexpr std::array<std::array<char32_t, 6>, 4> kTones = {{
    {U'a', U'à', U'á', U'ả', U'ã', U'ạ'},
    {U'e', U'è', U'é', U'ẻ', U'ẽ', U'ẹ'},
    {U'y', U'ỳ', U'ý', U'ỷ', U'ỹ', U'ỵ'},
    {U'o', U'ò', U'ó', U'ỏ', U'õ', U'ọ'},
}};
constexpr std::array<char32_t, 6> kU = {U'u', U'ù', U'ú', U'ủ', U'ũ', U'ụ'};

int tone_of(char32_t c, const std::array<char32_t, 6>& row) {
  for (int t = 1; t < 6; ++t)
    if (row[t] == c) return t;
  return 0;
}

// "oà" → "òa", "oè" → "òe", "uỷ" → "ủy" (not after q: "quý" stays).
void move_tone(char32_t before, char32_t& first, char32_t& second) {
  if (first == U'o') {
    for (int row : {0, 1})
      if (int t = tone_of(second, kTones[row])) {
        first = kTones[3][t];
        second = kTones[row][0];
      }
  } else if (first == U'u' && before != U'q') {
    if (int t = tone_of(second, kTones[2])) {
      first = kU[t];
      second = U'y';
    }
  }
}

}  // namespace

std::string fold_word(std::string_view word) {
  char32_t small[64];
  std::u32string large;
  char32_t* cps = small;
  if (word.size() > 64) {
    large.resize(word.size());
    cps = large.data();
  }
  size_t n = 0;
  std::string out;
  for (size_t i = 0; i < word.size();) cps[n++] = lower(utf8::next(word, i));
  for (size_t k = 1; k < n; ++k) {
    const bool syllable_end = k + 1 == n || !is_letter(cps[k + 1]);
    if (syllable_end) move_tone(k >= 2 ? cps[k - 2] : 0, cps[k - 1], cps[k]);
  }
  out.reserve(word.size());
  for (size_t k = 0; k < n; ++k) utf8::append(out, cps[k]);
  return out;
}

size_t word_end(std::string_view text, size_t pos) {
  size_t i = pos;
  while (i < text.size()) {
    const unsigned char b = static_cast<unsigned char>(text[i]);
    if (b < 0x80) {  // ASCII: a letter continues the word, anything else but an apostrophe ends it
      if (((b | 32) >= 'a' && (b | 32) <= 'z')) {
        ++i;
        continue;
      }
      if (b != '\'') break;
    }
    size_t j = i;
    char32_t c = utf8::next(text, j);
    if (is_letter(c)) {
      i = j;
      continue;
    }
    // An apostrophe between two letters belongs to the word ("N’Thôl", "K'Rèn").
    if ((c == U'’' || c == U'\'') && i > pos && j < text.size()) {
      size_t k = j;
      if (is_letter(utf8::next(text, k))) {
        i = j;
        continue;
      }
    }
    break;
  }
  return i;
}

bool word_is(std::string_view text, size_t pos, std::string_view folded) {
  if (pos >= text.size() || folded.empty()) return false;
  // Cheap rejections first: the first letter, then the length.
  const unsigned char b = static_cast<unsigned char>(text[pos]);
  const unsigned char f = static_cast<unsigned char>(folded[0]);
  if (b < 0x80 && f < 0x80 && (b | 32) != f) return false;
  size_t end = word_end(text, pos);
  if (end == pos) return false;
  size_t len = end - pos;
  if (len > folded.size() + 4 || len + 4 < folded.size()) return false;
  return fold_word(text.substr(pos, len)) == folded;
}

}  // namespace vanban::vn
