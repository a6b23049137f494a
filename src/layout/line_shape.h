// Facts about one normalized line that layout decisions are made from. Every test here is a
// byte test (no regular expression): the layout runs on every line of 100 MB corpora.
//
//   if (vanban::layout::is_lone_number(line)) …           // "1", " 12 "
//   vanban::layout::LeadingNumber n = vanban::layout::leading_number(line);  // "2 Qua công tác…"
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace vanban::layout {

// White space only (or nothing).
bool is_blank(std::string_view line);
// A lone footnote/page number: 1–3 digits and nothing else but spaces.
bool is_lone_number(std::string_view line);
// Page residue that is never text: "- 12 -", "Trang 3", "Trang 3/10".
bool is_page_label(std::string_view line);
// The rule line above footnotes: 20+ spaces, or a run of 5+ underscores or 10+ dashes alone.
bool is_footnote_separator(std::string_view line);
// A short rule under a title or an issuer ("-----", "***", "———"): 3+ of - _ = * ~ — – alone.
bool is_decoration(std::string_view line);
// False when the line is certainly none of blank, a footnote separator, a decoration, a page
// label or a lone number: told from its trimmed length and first byte, so that a line of
// running text (nearly every line) is not put through those five scans.
bool may_be_residue(std::string_view line);
// A row of a table as converters print it: first visible character '|'.
bool is_table_row(std::string_view line);
// Starts like a heading (see heading_label.h): "I.", "1.", "1.1.", "a)", "Điều 5.",
// "Chương II", "Phần", "Mục 2" followed by a title (not "2.782 đơn" nor "5 năm qua").
bool looks_like_heading(std::string_view line);
// Ends a sentence or clause: . : ; ! ? … (optionally followed by a closing quote or bracket).
bool ends_clause(std::string_view line);
// Every letter upper case (at least 3 letters).
bool is_all_caps(std::string_view line);
// First non-space character is an upper-case letter, a digit, a list bullet or an opening “.
bool starts_block(std::string_view line);
// First non-space character is an upper-case letter (or an opening quote before one).
bool starts_upper(std::string_view line);
// First non-space character is punctuation that attaches to the previous word: . , ; : ) ”
bool starts_with_attaching_punct(std::string_view line);
// Code points, ignoring trailing white space.
size_t visible_length(std::string_view line);
// Ends with a code split by a wrap: a digit then '-' or '/' ("24-", "04/2015/").
bool ends_with_split_code(std::string_view line);
// The last word (letters only) of a line, and whether it is written in lower case.
std::string_view last_word(std::string_view line);

std::string_view trim(std::string_view s);

// "2 Qua công tác…": a footnote body that begins with its label on the same line.
struct LeadingNumber {
  std::string label;      // "2"; empty when the line does not start so
  size_t text_begin = 0;  // byte where the text after the label starts
};
LeadingNumber leading_number(std::string_view line);

// A footnote reference written inline: "[12]" or superscript digits "¹²". Returns the label
// ("12") and sets `end` past it; empty when there is none at `pos`.
std::string inline_marker_at(std::string_view line, size_t pos, size_t& end);
// Could an inline marker start at this byte? (cheap pre-test for the scan)
inline bool may_start_inline_marker(unsigned char c) { return c == '[' || c == 0xC2 || c == 0xE2; }
// The first byte at or after `from` where an inline marker could start (line.size() when
// none): the scan reads eight bytes at a time, since nearly every line has no marker.
size_t next_inline_marker_byte(std::string_view line, size_t from);

// visible_length(line) and next_inline_marker_byte(line, 0), which the classification needs of
// every line: asked once, then reused by every test that reads them.
struct LineScan {
  uint32_t width = 0;        // visible_length(line)
  size_t first_marker = 0;   // next_inline_marker_byte(line, 0)
};
LineScan scan_line(std::string_view line);

}  // namespace vanban::layout
