#include "number/words.h"

#include "text/fold.h"
#include "text/utf8.h"

namespace vanban::numwords {

namespace {

// Lower case of the Latin blocks Vietnamese uses (U+0000–U+024F, U+1E00–U+1EFF), computed
// once: ICU per letter would dominate the cost of the number stage.
struct LatinTable {
  char32_t lower[0x350];
  unsigned char flags[0x350];  // 1: letter, 2: upper case
  static size_t slot(char32_t c) { return c < 0x250 ? c : c >= 0x1E00 && c < 0x1F00 ? 0x250 + (c - 0x1E00) : 0x350; }
  LatinTable() {
    for (char32_t c = 0; c < 0x1F00; ++c) {
      size_t k = slot(c);
      if (k >= 0x350) continue;
      lower[k] = vanban::lower(c);
      flags[k] = (vanban::is_letter(c) ? 1 : 0) | (vanban::is_upper(c) ? 2 : 0);
    }
  }
};

// Built at start-up rather than on first use, so the hot path carries no guard check.
const LatinTable kLatin;
const LatinTable& latin() { return kLatin; }

char32_t fast_lower(char32_t c) {
  size_t k = LatinTable::slot(c);
  return k < 0x350 ? latin().lower[k] : vanban::lower(c);
}

}  // namespace

// Has the word an upper-case letter? Most words in running text have none, and are copied as
// they are.
bool has_upper(std::string_view word) {
  for (size_t i = 0; i < word.size();) {
    unsigned char b = static_cast<unsigned char>(word[i]);
    if (b < 0x80) {
      if (b >= 'A' && b <= 'Z') return true;
      ++i;
      continue;
    }
    if (is_upper_char(utf8::next(word, i))) return true;
  }
  return false;
}

std::string lower(std::string_view word) {
  if (!has_upper(word)) return std::string(word);
  std::string out;
  out.reserve(word.size());
  for (size_t i = 0; i < word.size();) {
    unsigned char b = static_cast<unsigned char>(word[i]);
    if (b < 0x80) {
      out += static_cast<char>(b >= 'A' && b <= 'Z' ? b + 32 : b);
      ++i;
    } else {
      utf8::append(out, fast_lower(utf8::next(word, i)));
    }
  }
  return out;
}

bool is_word_char_table(char32_t c) {
  size_t k = LatinTable::slot(c);
  return k < 0x350 ? (latin().flags[k] & 1) != 0 : vanban::is_letter(c);
}

bool is_upper_char_table(char32_t c) {
  size_t k = LatinTable::slot(c);
  return k < 0x350 ? (latin().flags[k] & 2) != 0 : vanban::is_upper(c);
}

Span word_after(std::string_view text, size_t pos) {
  size_t i = pos;
  while (i < text.size() && is_space(text[i])) ++i;
  size_t begin = i, j = i;
  while (j < text.size()) {
    size_t k = j;
    char32_t c = utf8::next(text, k);
    if (!is_word_char(c)) break;
    j = k;
  }
  if (j == begin) return {begin, begin};
  // Trailing digits or superscripts of a unit: "m2", "km²".
  while (j < text.size()) {
    size_t k = j;
    char32_t c = utf8::next(text, k);
    if (!((c >= '0' && c <= '9') || c == U'²' || c == U'³')) break;
    j = k;
  }
  return {begin, j};
}

Span word_before(std::string_view text, size_t pos) {
  size_t i = pos;
  while (i > 0 && is_space(text[i - 1])) --i;
  size_t end = i;
  while (i > 0) {
    size_t k = i;
    char32_t c = utf8::prev(text, k);
    if (!is_word_char(c)) break;
    i = k;
  }
  return {i, end};
}

char32_t char_before(std::string_view text, size_t pos) {
  if (pos == 0) return 0;
  size_t k = pos;
  return utf8::prev(text, k);
}

char next_nonspace(std::string_view text, size_t pos, size_t* at) {
  while (pos < text.size() && is_space(text[pos])) ++pos;
  if (at) *at = pos;
  return pos < text.size() ? text[pos] : 0;
}

char prev_nonspace(std::string_view text, size_t pos, size_t* at) {
  while (pos > 0 && is_space(text[pos - 1])) --pos;
  if (at) *at = pos == 0 ? 0 : pos - 1;
  return pos > 0 ? text[pos - 1] : 0;
}

bool all_caps(std::string_view word) {
  int letters = 0;
  for (size_t i = 0; i < word.size();) {
    char32_t c = utf8::next(word, i);
    if (!is_word_char(c)) continue;
    if (!is_upper_char(c)) return false;
    ++letters;
  }
  return letters >= 2;
}

bool starts_upper(std::string_view word) {
  if (word.empty()) return false;
  size_t i = 0;
  return is_upper_char(utf8::next(word, i));
}

}  // namespace vanban::numwords
