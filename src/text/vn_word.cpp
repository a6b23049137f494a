#include "text/vn_word.h"

#include "text/utf8.h"

namespace vanban::vn {

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
  return fold(text.substr(pos, len)) == folded;
}

}  // namespace vanban::vn

namespace vanban {

std::string collapse_spaces(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

}  // namespace vanban
