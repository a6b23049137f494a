// The label that opens a heading, read from the start of a line or paragraph with byte tests.
// The layout uses it to break paragraphs before headings; the structure stage builds the
// section tree from it.
//
//   vanban::layout::HeadingLabel h = vanban::layout::parse_heading_label("2.3. Việc thực hiện …");
//   // h.style == LabelStyle::Decimal, h.label == "2.3", h.parts == {2, 3}, title at h.title_begin
//
// Report headings: Roman "I.", Arabic "1.", decimal "1.1." (also "1.1" before a capital),
// lettered "a)" or "a.". Legal headings: "Phần I" / "Phần thứ nhất", "Chương II", "Mục 2",
// "Tiểu mục 1", "Điều 5." (any letter case of the keyword). A number that merely starts a
// sentence is not a label: "2.782 đơn", "5 năm qua", "1. của Luật", "2025. Quy hoạch".
#pragma once
#include <algorithm>
#include <array>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace vanban::layout {

enum class LabelStyle : uint8_t { None, Roman, Arabic, Decimal, Letter, Phan, Chuong, Muc, TieuMuc, Dieu };

// The numbers of a label, at most six (no outline goes deeper), kept in place: every heading
// of a document is parsed, and a vector cost an allocation and a free each time. Reads like a
// vector: size(), empty(), back(), [i], begin() / end(), == with a std::vector<int>.
class LabelParts {
 public:
  static constexpr size_t kMax = 6;
  LabelParts() = default;
  LabelParts(std::initializer_list<int> values) { assign(values.begin(), values.end()); }
  // Keeps the first kMax values.
  template <typename It>
  void assign(It first, It last) {
    count_ = 0;
    for (; first != last && count_ < kMax; ++first) values_[count_++] = *first;
  }
  size_t size() const { return count_; }
  bool empty() const { return count_ == 0; }
  int back() const { return values_[count_ - 1]; }
  int operator[](size_t i) const { return values_[i]; }
  const int* begin() const { return values_.data(); }
  const int* end() const { return values_.data() + count_; }
  bool operator==(const LabelParts& o) const { return std::equal(begin(), end(), o.begin(), o.end()); }
  bool operator==(const std::vector<int>& v) const { return std::equal(begin(), end(), v.begin(), v.end()); }

 private:
  std::array<int, kMax> values_{};
  size_t count_ = 0;
};

struct HeadingLabel {
  // Written out (not defaulted): `return {};` on the many lines with no label then sets the
  // members below, where value-initialization zeroed all 96 bytes first (a `rep stos`).
  HeadingLabel() {}
  LabelStyle style = LabelStyle::None;
  std::string label;       // as written without the closing '.' or ')': "2.3", "IV", "a", "Điều 5", "Chương II"
  LabelParts parts;        // value of each number: {2, 3}; Roman and ordinal words give their value;
                           // a letter its rank in the Vietnamese alphabet (a=1, đ=5, g=7…); 0 = unknown
  size_t begin = 0;        // byte where the label starts (after leading spaces)
  size_t label_end = 0;    // byte just past the label and its closing punctuation
  size_t title_begin = 0;  // byte where the title starts (the text size when there is none)
  explicit operator bool() const { return style != LabelStyle::None; }
};

HeadingLabel parse_heading_label(std::string_view text);
// parse_heading_label(text).style, without building the label and its parts.
LabelStyle heading_style(std::string_view text);

// Value of a Roman numeral written with I V X L C (upper case), 0 when it is not one.
int roman_value(std::string_view s);
// Rank of a letter in the Vietnamese list order a b c d đ e g h i k l m n o p q r s t u v x y
// (1-based), 0 for letters outside it (f j w z).
int vietnamese_letter_rank(char32_t c);
// Rank in the Latin order (a=1 … z=26), the order some documents use instead.
int latin_letter_rank(char32_t c);
// The letter for a Vietnamese rank, for messages ("đ" for 5); empty when out of range.
std::string vietnamese_letter(int rank);
// Roman numeral for 1–3999, for messages.
std::string roman(int value);

}  // namespace vanban::layout
