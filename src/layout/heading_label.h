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
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace vanban::layout {

enum class LabelStyle : uint8_t { None, Roman, Arabic, Decimal, Letter, Phan, Chuong, Muc, TieuMuc, Dieu };

struct HeadingLabel {
  LabelStyle style = LabelStyle::None;
  std::string label;       // as written without the closing '.' or ')': "2.3", "IV", "a", "Điều 5", "Chương II"
  std::vector<int> parts;  // value of each number: {2, 3}; Roman and ordinal words give their value;
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
