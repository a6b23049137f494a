#include "structure/title.h"

#include <algorithm>

#include "text/fold.h"
#include "text/utf8.h"

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

bool has_lowercase(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    const char32_t c = utf8::next(s, i);
    if (is_letter(c) && !is_upper(c)) return true;
  }
  return false;
}

bool is_caps_word(std::string_view s) {
  bool letter = false;
  for (size_t i = 0; i < s.size();) {
    const char32_t c = utf8::next(s, i);
    if (!is_letter(c)) continue;
    if (!is_upper(c)) return false;
    letter = true;
  }
  return letter;
}

namespace {

// Where the first sentence ends: a period before a capital or at the end, or a colon.
size_t sentence_end(std::string_view s) {
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == ':') return i;
    if (s[i] != '.') continue;
    size_t j = i + 1;
    if (j >= s.size()) return i;
    if (s[j] != ' ') continue;
    while (j < s.size() && s[j] == ' ') ++j;
    size_t k = j;
    if (j < s.size() && is_upper(utf8::next(s, k))) return i;
  }
  return s.size();
}

// "BỐI CẢNH, TÌNH HÌNH CHUNG Năm 2023 là …": a title in capitals with the body glued after it
// ends where the capitals end.
size_t caps_title_end(std::string_view s) {
  size_t i = 0, words = 0, end = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    size_t e = std::min(s.find(' ', i), s.size());
    if (e == i) break;
    if (has_lowercase(s.substr(i, e - i))) return words >= 2 ? end : s.size();
    if (is_caps_word(s.substr(i, e - i))) ++words;
    end = e;
    i = e;
  }
  return s.size();
}

}  // namespace

std::string heading_title(std::string_view text, size_t from, size_t max_chars) {
  if (from >= text.size()) return {};
  std::string_view s = text.substr(from);
  s = s.substr(0, std::min(s.size(), max_chars * 8));  // enough bytes for max_chars characters
  s = s.substr(0, caps_title_end(s));
  s = s.substr(0, sentence_end(s));
  std::string t = collapse_spaces(s);
  if (utf8::count(t) > max_chars) {
    size_t i = 0, n = 0;
    while (i < t.size() && n < max_chars) {
      utf8::next(t, i);
      ++n;
    }
    size_t cut = t.rfind(' ', i);
    t = t.substr(0, cut == std::string::npos ? i : cut) + "…";
    return t;
  }
  while (!t.empty() && (t.back() == '.' || t.back() == ';' || t.back() == ',' || t.back() == ':' || t.back() == ' '))
    t.pop_back();
  return t;
}

}  // namespace vanban
