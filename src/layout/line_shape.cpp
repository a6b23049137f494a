#include "layout/line_shape.h"

#include <re2/re2.h>

#include "text/fold.h"
#include "text/utf8.h"

namespace vanban::layout {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

bool is_blank(std::string_view line) { return trim(line).empty(); }

bool is_lone_number(std::string_view line) {
  std::string_view t = trim(line);
  if (t.empty() || t.size() > 3) return false;
  for (char c : t)
    if (c < '0' || c > '9') return false;
  return true;
}

bool is_footnote_separator(std::string_view line) {
  if (is_blank(line)) return line.size() >= 20;
  std::string_view t = trim(line);
  if (t.size() < 5) return false;
  for (char c : t)
    if (c != '_' && c != '-') return false;
  return t.front() == '_' || t.size() >= 10;
}

bool looks_like_heading(std::string_view line) {
  static const RE2 re(
      R"(^\s*(?:(?:[IVXLC]+|\d{1,2}(?:\.\d{1,2})*)\.|[a-zđ]\)|(?:Điều|Chương|Phần|Mục|Tiểu mục)\s+[0-9IVXLC]+[.:]?)\s*[\p{Lu}"“])");
  return RE2::PartialMatch(line, re);
}

bool ends_clause(std::string_view line) {
  std::string_view t = trim(line);
  while (!t.empty()) {
    size_t i = t.size();
    char32_t c = utf8::prev(t, i);
    if (c == U'”' || c == U'"' || c == U')' || c == U'’' || c == U'»') {
      t = t.substr(0, i);
      continue;
    }
    return c == '.' || c == ':' || c == ';' || c == '!' || c == '?' || c == U'…';
  }
  return false;
}

bool is_all_caps(std::string_view line) {
  int letters = 0;
  for (size_t i = 0; i < line.size();) {
    char32_t c = utf8::next(line, i);
    if (!is_letter(c)) continue;
    if (!is_upper(c)) return false;
    ++letters;
  }
  return letters >= 3;
}

bool starts_block(std::string_view line) {
  std::string_view t = trim(line);
  if (t.empty()) return false;
  size_t i = 0;
  char32_t c = utf8::next(t, i);
  return is_upper(c) || (c >= '0' && c <= '9') || c == '-' || c == '+' || c == U'•' || c == U'–' || c == '*';
}

bool starts_with_attaching_punct(std::string_view line) {
  std::string_view t = trim(line);
  if (t.empty()) return false;
  size_t i = 0;
  char32_t c = utf8::next(t, i);
  return c == '.' || c == ',' || c == ';' || c == ':' || c == ')' || c == U'”' || c == U'…';
}

size_t visible_length(std::string_view line) {
  std::string_view t = line;
  while (!t.empty() && (t.back() == ' ' || t.back() == '\t')) t.remove_suffix(1);
  return utf8::count(t);
}

}  // namespace vanban::layout
