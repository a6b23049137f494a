#include "layout/heading_label.h"

#include <array>

#include "text/fold.h"
#include "text/utf8.h"

namespace vanban::layout {
namespace {

// What a parse fills in: everything, or only the style (the layout asks of every line whether
// it opens with a label, and what kind; building the label text and parts would allocate).
enum class Detail : uint8_t { Full, StyleOnly };

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_space(char c) { return c == ' ' || c == '\t'; }

size_t skip_spaces(std::string_view s, size_t i) {
  while (i < s.size() && is_space(s[i])) ++i;
  return i;
}

char32_t code_point_at(std::string_view s, size_t i) { return i < s.size() ? utf8::next(s, i) : 0; }

bool is_opening(char32_t c) { return c == U'“' || c == '"' || c == U'‘' || c == '\'' || c == U'«' || c == '(' || c == '['; }

// Past an inline footnote reference glued to a label ("b)[13] Tổ chức"), if there is one.
size_t after_marker(std::string_view s, size_t i) {
  if (i >= s.size() || s[i] != '[') return i;
  size_t j = i + 1;
  while (j < s.size() && is_digit(s[j]) && j - i <= 3) ++j;
  return j > i + 1 && j < s.size() && s[j] == ']' ? j + 1 : i;
}

// After a report label ("1.", "I.", "2.3."): the title must start like one, with a capital
// (possibly inside an opening quote). "1. của Luật" is a wrapped sentence, not a heading.
bool capital_follows(std::string_view s, size_t i) {
  char32_t c = code_point_at(s, i);
  if (is_opening(c)) {
    utf8::next(s, i);
    c = code_point_at(s, skip_spaces(s, i));
  }
  return is_upper(c);
}

// Where a title starts after a label: spaces and a dash or colon between them are skipped.
size_t title_start(std::string_view s, size_t i) {
  i = skip_spaces(s, after_marker(s, i));
  if (i < s.size() && (s[i] == '-' || s[i] == ':')) i = skip_spaces(s, i + 1);
  else if (s.substr(i, 3) == "–") i = skip_spaces(s, i + 3);  // en dash
  return i;
}

// The label is followed by the end of the text, or by white space and then a title.
bool ends_label(std::string_view s, size_t i) {
  i = after_marker(s, i);
  return i >= s.size() || is_space(s[i]);
}

// Reads 1–2 digit numbers separated by dots ("2", "2.3", "2.3.1"); `dot` tells whether a
// trailing dot closed it. Three-digit parts are thousands ("2.782"), not labels; no outline
// goes deeper than six levels. The parts go to a fixed array: most lines that start with a
// digit are no label, and should not cost an allocation.
constexpr size_t kMaxDepth = 6;
struct DecimalParts {
  std::array<int, kMaxDepth> value{};
  size_t count = 0;
};

bool read_decimal(std::string_view s, size_t& i, DecimalParts& parts, bool& dot) {
  dot = false;
  while (parts.count < kMaxDepth) {
    size_t j = i;
    int v = 0;
    while (j < s.size() && is_digit(s[j]) && j - i < 3) v = v * 10 + (s[j++] - '0');
    if (j == i || j - i > 2 || (j < s.size() && is_digit(s[j]))) return false;
    parts.value[parts.count++] = v;
    i = j;
    if (i < s.size() && s[i] == '.') {
      if (i + 1 < s.size() && is_digit(s[i + 1])) {
        ++i;
        continue;
      }
      ++i;
      dot = true;
    }
    return true;
  }
  return false;
}

// The first byte is compared on its own first: most lines differ there, and spare the call
// to compare the rest.
bool starts_with(std::string_view s, size_t i, std::string_view prefix) {
  if (i < s.size() && !prefix.empty() && s[i] != prefix[0]) return false;
  return s.substr(i, prefix.size()) == prefix;
}

// A legal keyword at i, in either letter case: returns its normal form and moves i past it.
std::string_view read_keyword(std::string_view s, size_t& i, LabelStyle& style) {
  struct Keyword {
    std::string_view lower, upper, normal;
    LabelStyle style;
  };
  static constexpr std::array<Keyword, 5> kKeywords = {{
      {"Điều", "ĐIỀU", "Điều", LabelStyle::Dieu},
      {"Chương", "CHƯƠNG", "Chương", LabelStyle::Chuong},
      {"Phần", "PHẦN", "Phần", LabelStyle::Phan},
      {"Mục", "MỤC", "Mục", LabelStyle::Muc},
      {"Tiểu mục", "TIỂU MỤC", "Tiểu mục", LabelStyle::TieuMuc},
  }};
  for (const Keyword& k : kKeywords) {
    for (std::string_view form : {k.lower, k.upper}) {
      if (starts_with(s, i, form) && i + form.size() < s.size() && is_space(s[i + form.size()])) {
        i = skip_spaces(s, i + form.size());
        style = k.style;
        return k.normal;
      }
    }
  }
  return {};
}

// "thứ nhất", "THỨ HAI" … after "Phần": the ordinal's value, 0 when not one.
int read_ordinal(std::string_view s, size_t& i) {
  struct Ordinal {
    std::string_view lower, upper;
    int value;
  };
  static constexpr std::array<Ordinal, 11> kOrdinals = {{
      {"nhất", "NHẤT", 1}, {"hai", "HAI", 2}, {"ba", "BA", 3}, {"tư", "TƯ", 4}, {"bốn", "BỐN", 4},
      {"năm", "NĂM", 5}, {"sáu", "SÁU", 6}, {"bảy", "BẢY", 7}, {"tám", "TÁM", 8}, {"chín", "CHÍN", 9},
      {"mười", "MƯỜI", 10},
  }};
  if (!starts_with(s, i, "thứ ") && !starts_with(s, i, "THỨ ")) return 0;
  size_t j = skip_spaces(s, i + std::string_view("thứ").size());
  for (const Ordinal& o : kOrdinals)
    for (std::string_view form : {o.lower, o.upper})
      if (starts_with(s, j, form) && ends_label(s, j + form.size())) {
        i = j + form.size();
        return o.value;
      }
  return 0;
}

size_t roman_run(std::string_view s, size_t i) {
  size_t j = i;
  while (j < s.size() && (s[j] == 'I' || s[j] == 'V' || s[j] == 'X' || s[j] == 'L' || s[j] == 'C')) ++j;
  return j - i;
}

// After "Chương II", "Mục 2": the end, punctuation, or a capital. "Mục 2 của Luật" is prose.
bool legal_label_ends(std::string_view s, size_t i) {
  if (i >= s.size()) return true;
  if (s[i] == '.' || s[i] == ':' || s[i] == '-' || starts_with(s, i, "–")) return true;
  if (!is_space(s[i])) return false;
  size_t j = title_start(s, i);
  return j >= s.size() || capital_follows(s, j);
}

// "Chương II NHỮNG QUY ĐỊNH CỤ THỂ": without a dot or colon, the title after a Chương, Mục or
// Phần label is in capitals (or a crawler's "[…]" note); "Mục 3 Chương này; bảo vệ …" is a
// wrapped reference.
bool caps_title_after_bare_label(std::string_view s, size_t i) {
  if (i >= s.size() || s[i] == '.' || s[i] == ':') return true;
  const size_t t = title_start(s, i);
  if (t >= s.size() || s[t] == '[') return true;
  size_t e = t;
  while (e < s.size() && !is_space(s[e])) ++e;
  for (size_t k = t; k < e;) {
    const char32_t c = utf8::next(s, k);
    if (is_letter(c) && !is_upper(c)) return false;
  }
  return true;
}

// Digits of a value (0 has one), as std::to_string writes it.
size_t decimal_digits(int value) {
  size_t digits = 1;
  for (; value >= 10; value /= 10) ++digits;
  return digits;
}

// "Điều" + " " + "5": built in one string, with at most one allocation.
std::string legal_label_text(std::string_view keyword, std::string_view number) {
  std::string label;
  label.reserve(keyword.size() + 1 + number.size());
  label.append(keyword).append(1, ' ').append(number);
  return label;
}

HeadingLabel legal_label(std::string_view s, size_t begin, Detail detail) {
  HeadingLabel h;
  size_t i = begin;
  LabelStyle style = LabelStyle::None;
  std::string_view keyword = read_keyword(s, i, style);
  if (keyword.empty()) return h;
  const size_t num_begin = i;
  int value = 0;
  if (style == LabelStyle::Dieu) {
    // "Điều 5." / "Điều 5a." / "Điều 28.3.LQ.1." (Pháp điển's compound numbers).
    while (i < s.size() && is_digit(s[i]) && i - num_begin < 4) value = value * 10 + (s[i++] - '0');
    if (i == num_begin) return h;
    while (i < s.size() && (is_digit(s[i]) || s[i] == '.' || (s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z')) &&
           !(s[i] == '.' && ends_label(s, i + 1)))
      ++i;
    if (i - num_begin > decimal_digits(value)) value = 0;  // "5a", compound
    if (i >= s.size() || (s[i] != '.' && s[i] != ':') || !ends_label(s, i + 1)) return h;
    if (detail == Detail::Full) h.label = legal_label_text(keyword, s.substr(num_begin, i - num_begin));
    h.label_end = i + 1;
  } else {
    if (style == LabelStyle::Phan && (value = read_ordinal(s, i)) > 0) {
      // "Phần thứ nhất": i is past the ordinal
    } else if (size_t n = roman_run(s, i); n > 0) {
      value = roman_value(s.substr(i, n));
      if (value == 0) return h;
      i += n;
    } else {
      while (i < s.size() && is_digit(s[i]) && i - num_begin < 3) value = value * 10 + (s[i++] - '0');
      if (i == num_begin || (i < s.size() && is_digit(s[i]))) return h;
    }
    if (!legal_label_ends(s, i) || !caps_title_after_bare_label(s, i)) return h;
    if (detail == Detail::Full) h.label = legal_label_text(keyword, s.substr(num_begin, i - num_begin));
    h.label_end = i < s.size() && (s[i] == '.' || s[i] == ':') ? i + 1 : i;
  }
  h.style = style;
  if (detail == Detail::Full) h.parts = {value};
  h.begin = begin;
  h.title_begin = title_start(s, h.label_end);
  return h;
}

HeadingLabel roman_label(std::string_view s, size_t begin, Detail detail) {
  HeadingLabel h;
  const size_t n = roman_run(s, begin);
  const int value = n ? roman_value(s.substr(begin, n)) : 0;
  if (value == 0 || value > 39) return h;
  size_t i = begin + n;
  if (i >= s.size() || s[i] != '.' || !(ends_label(s, i + 1) || capital_follows(s, i + 1))) return h;
  const size_t t = skip_spaces(s, after_marker(s, i + 1));
  if (t < s.size() && !capital_follows(s, t)) return h;
  h.style = LabelStyle::Roman;
  if (detail == Detail::Full) h.label = std::string(s.substr(begin, n));
  if (detail == Detail::Full) h.parts = {value};
  h.begin = begin;
  h.label_end = i + 1;
  h.title_begin = t;
  return h;
}

HeadingLabel number_label(std::string_view s, size_t begin, Detail detail) {
  HeadingLabel h;
  size_t i = begin;
  DecimalParts parts;
  bool dot = false;
  if (!read_decimal(s, i, parts, dot) || parts.value[0] == 0) return h;
  // "1.1.Công tác": converters sometimes drop the space after the closing dot.
  if (!ends_label(s, i) && !(dot && capital_follows(s, i))) return h;
  const size_t t = skip_spaces(s, after_marker(s, i));
  const bool alone = t >= s.size();
  if (parts.count == 1 && !dot) return h;        // "5 năm qua"
  if (!dot && alone) return h;                   // "1.4" alone is a figure
  // "1. của Luật", "2.78 triệu" are prose; "1.6. 100% hồ chứa …" (a figure after a closed
  // label) is a title.
  if (!alone && !capital_follows(s, t) && !(dot && is_digit(s[t]))) return h;
  h.style = parts.count == 1 ? LabelStyle::Arabic : LabelStyle::Decimal;
  if (detail == Detail::Full) {
    h.label = std::string(s.substr(begin, (dot ? i - 1 : i) - begin));
    h.parts.assign(parts.value.begin(), parts.value.begin() + static_cast<std::ptrdiff_t>(parts.count));
  }
  h.begin = begin;
  h.label_end = i;
  h.title_begin = t;
  return h;
}

HeadingLabel letter_label(std::string_view s, size_t begin, Detail detail) {
  HeadingLabel h;
  size_t i = begin;
  const char32_t c = utf8::next(s, i);
  if (i >= s.size() || (s[i] != ')' && s[i] != '.')) return h;  // most lines: a word, no label
  const int rank = vietnamese_letter_rank(c);  // 0 for f j w z, which only the Latin order has
  if (rank == 0 && latin_letter_rank(c) == 0) return h;
  const bool paren = s[i] == ')';
  ++i;
  if (!ends_label(s, i)) return h;
  const size_t t = skip_spaces(s, after_marker(s, i));
  if (!paren && (t >= s.size() || !capital_follows(s, t))) return h;  // "a." needs a capital after it
  h.style = LabelStyle::Letter;
  if (detail == Detail::Full) {
    h.label = std::string(s.substr(begin, i - 1 - begin));
    h.parts = {rank};
  }
  h.begin = begin;
  h.label_end = i;
  h.title_begin = t;
  return h;
}

}  // namespace

namespace {
HeadingLabel parse(std::string_view text, Detail detail) {
  const size_t b = skip_spaces(text, 0);
  if (b >= text.size()) return {};
  const auto c = static_cast<unsigned char>(text[b]);
  if (c >= '0' && c <= '9') return number_label(text, b, detail);
  if (c == 'I' || c == 'V' || c == 'X') {
    if (HeadingLabel h = roman_label(text, b, detail)) return h;
  }
  if ((c >= 'a' && c <= 'z') || c == 0xC4) {  // 0xC4 0x91 is đ
    if (HeadingLabel h = letter_label(text, b, detail)) return h;
  }
  if (c == 'C' || c == 'P' || c == 'M' || c == 'T' || c == 0xC4) return legal_label(text, b, detail);
  return {};
}

}  // namespace

HeadingLabel parse_heading_label(std::string_view text) { return parse(text, Detail::Full); }

LabelStyle heading_style(std::string_view text) { return parse(text, Detail::StyleOnly).style; }

int roman_value(std::string_view s) {
  if (s.empty() || s.size() > 8) return 0;
  auto digit = [](char c) {
    switch (c) {
      case 'I': return 1;
      case 'V': return 5;
      case 'X': return 10;
      case 'L': return 50;
      case 'C': return 100;
      default: return 0;
    }
  };
  int total = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    const int v = digit(s[i]);
    if (v == 0) return 0;
    const int next = i + 1 < s.size() ? digit(s[i + 1]) : 0;
    total += v < next ? -v : v;
  }
  // Only canonical numerals count ("IIII", "VX" are not labels).
  return total > 0 && roman(total) == s ? total : 0;
}

std::string roman(int value) {
  static constexpr std::array<std::pair<int, std::string_view>, 13> kTable = {{
      {1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"}, {50, "L"},
      {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"},
  }};
  std::string out;
  if (value <= 0 || value >= 4000) return out;
  for (const auto& [v, s] : kTable)
    while (value >= v) {
      out += s;
      value -= v;
    }
  return out;
}

namespace {
constexpr std::u32string_view kVietnameseOrder = U"abcdđeghiklmnopqrstuvxy";
}

int vietnamese_letter_rank(char32_t c) {
  const size_t k = kVietnameseOrder.find(c);
  return k == std::u32string_view::npos ? 0 : static_cast<int>(k) + 1;
}

int latin_letter_rank(char32_t c) { return c >= 'a' && c <= 'z' ? static_cast<int>(c - 'a') + 1 : 0; }

std::string vietnamese_letter(int rank) {
  std::string out;
  if (rank >= 1 && rank <= static_cast<int>(kVietnameseOrder.size())) utf8::append(out, kVietnameseOrder[rank - 1]);
  return out;
}

}  // namespace vanban::layout
