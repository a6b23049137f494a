#include "number/words.h"

#include "text/fold.h"
#include "text/utf8.h"

namespace vanban::numwords {
namespace {
// An ASCII byte is its own code point (utf8::next and utf8::prev give it back as it is):
// word_after and word_before answer letters and digits on the byte, and decode the others.
bool ascii_letter(unsigned char b) { return (b | 32u) - 'a' < 26u; }
}  // namespace

Span word_after(std::string_view text, size_t pos) {
  size_t i = pos;
  while (i < text.size() && is_space(text[i])) ++i;
  size_t begin = i, j = i;
  while (j < text.size()) {
    if (const auto b = static_cast<unsigned char>(text[j]); b < 0x80) {
      if (!ascii_letter(b)) break;
      ++j;
      continue;
    }
    size_t k = j;
    char32_t c = utf8::next(text, k);
    if (!is_word_char(c)) break;
    j = k;
  }
  if (j == begin) return {begin, begin};
  // Trailing digits or superscripts of a unit: "m2", "km²".
  while (j < text.size()) {
    if (const auto b = static_cast<unsigned char>(text[j]); b < 0x80) {
      if (b - '0' >= 10u) break;
      ++j;
      continue;
    }
    size_t k = j;
    char32_t c = utf8::next(text, k);
    if (!(c == U'²' || c == U'³')) break;
    j = k;
  }
  return {begin, j};
}

Span word_before(std::string_view text, size_t pos) {
  size_t i = pos;
  while (i > 0 && is_space(text[i - 1])) --i;
  size_t end = i;
  while (i > 0) {
    // utf8::prev gives an ASCII byte before i back as it is, one byte back.
    if (const auto b = static_cast<unsigned char>(text[i - 1]); b < 0x80) {
      if (!ascii_letter(b)) break;
      --i;
      continue;
    }
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

void WordsAfter::reset(std::string_view text, size_t pos, size_t max) {
  words.clear();
  spans.clear();
  text_ = text;
  at_ = pos;
  max_ = max;
  ended_ = false;
}

bool WordsAfter::read_up_to(size_t n) {
  while (words.size() < n && words.size() < max_ && !ended_) {
    const Span w = word_after(text_, at_);
    if (w.empty()) {
      ended_ = true;
      break;
    }
    words.push_back(lower_word(text_.substr(w.begin, w.size())));
    spans.push_back(w);
    at_ = w.end;
  }
  return words.size() >= n;
}

bool starts_upper(std::string_view word) {
  if (word.empty()) return false;
  size_t i = 0;
  return is_upper_char(utf8::next(word, i));
}

}  // namespace vanban::numwords
