#include "structure/header_fields.h"

#include <unicode/uchar.h>

#include <array>

#include "text/utf8.h"

namespace vanban {
namespace {

constexpr size_t kNone = std::string_view::npos;

// RE2's \s: [\t\n\f\r ].
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

size_t skip_spaces(std::string_view z, size_t i) {
  while (i < z.size() && is_space(z[i])) ++i;
  return i;
}

bool starts_with(std::string_view z, size_t i, std::string_view word) {
  return i <= z.size() && z.substr(i).starts_with(word);
}

// General categories, as RE2's \pL, \pN, \p{Lu} and \p{Ll} take them. Only those four are
// asked for, so other ASCII characters need no lookup.
uint32_t category(char32_t c) {
  if (c - 'a' < 26) return U_GC_LL_MASK;
  if (c - 'A' < 26) return U_GC_LU_MASK;
  if (c - '0' < 10) return U_GC_ND_MASK;
  if (c < 0x80) return 0;
  return U_GET_GC_MASK(static_cast<UChar32>(c));
}

// The character at z[i] if it is in `mask`: the index after it, else kNone.
size_t char_in(std::string_view z, size_t i, uint32_t mask) {
  if (i >= z.size()) return kNone;
  const char32_t c = utf8::next(z, i);
  return (category(c) & mask) ? i : kNone;
}

size_t run_of(std::string_view z, size_t i, uint32_t mask) {
  for (size_t next; (next = char_in(z, i, mask)) != kNone;) i = next;
  return i;
}

// ---- the number: "Số: 435/QĐ-UBND" -------------------------------------------------------

// \d(?:…)* with the rest as [/\-.]?[\pL\pN]+ repeated, greedily: where the code ends, or kNone.
size_t code_end(std::string_view z, size_t i) {
  if (i >= z.size() || !is_digit(z[i])) return kNone;
  ++i;
  constexpr uint32_t kAlnum = U_GC_L_MASK | U_GC_N_MASK;
  for (;;) {
    const size_t from = i < z.size() && (z[i] == '/' || z[i] == '-' || z[i] == '.') ? i + 1 : i;
    const size_t next = char_in(z, from, kAlnum);
    if (next == kNone) return i;
    i = next;
  }
}

// After the word that introduces the number: \s*:?\s* and the code.
size_t code_after(std::string_view z, size_t i, size_t& code_begin) {
  i = skip_spaces(z, i);
  if (i < z.size() && z[i] == ':') i = skip_spaces(z, i + 1);
  code_begin = i;
  return code_end(z, i);
}

// `z` from `at` on, after \s* and a required colon; kNone without one.
size_t after_colon(std::string_view z, size_t at) {
  at = skip_spaces(z, at);
  return at < z.size() && z[at] == ':' ? at + 1 : kNone;
}

// The three ways a number is introduced, tried in the expression's order at one start.
std::optional<NumberField> number_at(std::string_view z, size_t p) {
  const auto field = [&](size_t after_word) -> std::optional<NumberField> {
    if (after_word == kNone) return std::nullopt;
    size_t code_begin = 0;
    const size_t end = code_after(z, after_word, code_begin);
    if (end == kNone) return std::nullopt;
    return NumberField{p, z.substr(code_begin, end - code_begin)};
  };
  static constexpr std::string_view kSo = "Số", kSoCaps = "SỐ", kLowerSo = " số";
  if (starts_with(z, p, kSo))
    if (auto f = field(p + kSo.size())) return f;
  if (starts_with(z, p, kSoCaps))
    if (auto f = field(after_colon(z, p + kSoCaps.size()))) return f;
  const size_t word_end = run_of(z, p, U_GC_L_MASK);
  if (word_end > p && starts_with(z, word_end, kLowerSo)) return field(after_colon(z, word_end + kLowerSo.size()));
  return std::nullopt;
}

// ---- the place and date: "Kon Tum, ngày 04 tháng 5 năm 2020" -----------------------------

// One or two digits and no third: the value, and `i` moved past them.
std::optional<int> day_or_month(std::string_view z, size_t& i) {
  const size_t end = std::min(z.find_first_not_of("0123456789", i), z.size());
  if (end == i || end - i > 2) return std::nullopt;
  int value = 0;
  for (; i < end; ++i) value = value * 10 + (z[i] - '0');
  return value;
}

// \s*(?:<word>\s+|[/.\-]\s*): the separator between day, month and year.
size_t separator_after(std::string_view z, size_t i, std::string_view word) {
  i = skip_spaces(z, i);
  if (starts_with(z, i, word)) {
    const size_t after = i + word.size();
    const size_t spaced = skip_spaces(z, after);
    return spaced > after ? spaced : kNone;
  }
  if (i < z.size() && (z[i] == '/' || z[i] == '.' || z[i] == '-')) return skip_spaces(z, i + 1);
  return kNone;
}

// After the place: \s*,?\s*[Nn]gày\s+DD … MM … YYYY.
bool date_at(std::string_view z, size_t i, PlaceDateField& f) {
  i = skip_spaces(z, i);
  if (i < z.size() && z[i] == ',') i = skip_spaces(z, i + 1);
  if (!starts_with(z, i, "ngày") && !starts_with(z, i, "Ngày")) return false;
  const size_t after = i + std::string_view("ngày").size();
  i = skip_spaces(z, after);
  if (i == after) return false;
  const std::optional<int> day = day_or_month(z, i);
  if (!day || (i = separator_after(z, i, "tháng")) == kNone) return false;
  const std::optional<int> month = day_or_month(z, i);
  if (!month || (i = separator_after(z, i, "năm")) == kNone) return false;
  if (i + 4 > z.size() || !is_digit(z[i]) || !is_digit(z[i + 1]) || !is_digit(z[i + 2]) || !is_digit(z[i + 3]))
    return false;
  f.day = *day;
  f.month = *month;
  f.year = (z[i] - '0') * 1000 + (z[i + 1] - '0') * 100 + (z[i + 2] - '0') * 10 + (z[i + 3] - '0');
  return true;
}

// The place's words from `i`, just past a capital (word `count` of at most 5), in the order a
// backtracking matcher tries them: the longest lower-case run first and more words before
// fewer; a shorter run only matters for the last word ("Hàngày 5/3/2020": "Hà"). Returns
// where the place ends, or kNone.
size_t place_words(std::string_view z, size_t i, int count, PlaceDateField& f) {
  const size_t run_end = run_of(z, i, U_GC_LL_MASK);
  if (count < 5 && run_end < z.size() && (z[run_end] == ' ' || z[run_end] == '-'))
    if (const size_t cap = char_in(z, run_end + 1, U_GC_LU_MASK); cap != kNone)
      if (const size_t end = place_words(z, cap, count + 1, f); end != kNone) return end;
  for (size_t e = run_end;; utf8::prev(z, e)) {
    if (date_at(z, e, f)) return e;
    if (e == i) return kNone;
  }
}

std::optional<PlaceDateField> place_date_at(std::string_view z, size_t p) {
  static constexpr std::array<std::string_view, 5> kPrefixes = {"Thành phố", "Thị xã", "Thị trấn", "TP.", "Tp."};
  PlaceDateField f;
  const auto from = [&](size_t i) -> std::optional<PlaceDateField> {
    const size_t cap = char_in(z, i, U_GC_LU_MASK);
    if (cap == kNone) return std::nullopt;
    const size_t end = place_words(z, cap, 1, f);
    if (end == kNone) return std::nullopt;
    f.place = z.substr(p, end - p);
    return f;
  };
  for (std::string_view prefix : kPrefixes)
    if (starts_with(z, p, prefix)) {
      if (auto found = from(skip_spaces(z, p + prefix.size()))) return found;
      break;  // the prefixes exclude each other
    }
  return from(p);
}

// (?:^|[^\pL\pN/]) before `p`.
bool place_may_start(std::string_view z, size_t p) {
  if (p == 0) return true;
  size_t before = p;
  const char32_t c = utf8::prev(z, before);
  return c != '/' && !(category(c) & (U_GC_L_MASK | U_GC_N_MASK));
}

}  // namespace

std::optional<NumberField> find_number_field(std::string_view zone) {
  for (size_t p = 0; p < zone.size(); ++p) {
    if (p > 0 && !is_space(zone[p - 1]) && zone[p - 1] != '*' && zone[p - 1] != '-') continue;
    if (auto f = number_at(zone, p)) return f;
  }
  return std::nullopt;
}

std::optional<PlaceDateField> find_place_date_field(std::string_view zone) {
  for (size_t p = 0; p < zone.size(); ++p) {
    if (utf8::is_continuation(static_cast<unsigned char>(zone[p])) || !place_may_start(zone, p)) continue;
    if (auto f = place_date_at(zone, p)) return f;
  }
  return std::nullopt;
}

}  // namespace vanban
