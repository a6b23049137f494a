// Facts about one normalized line that layout decisions are made from.
#pragma once
#include <string_view>

namespace vanban::layout {

// White space only (or nothing).
bool is_blank(std::string_view line);
// A lone footnote/page number: 1–3 digits and nothing else but spaces.
bool is_lone_number(std::string_view line);
// The rule line above footnotes: 20+ spaces, or a run of 5+ underscores or dashes alone.
bool is_footnote_separator(std::string_view line);
// Starts like a heading: "I.", "1.", "1.1.", "a)", "Điều 5.", "Chương II", "Phần", "Mục 2"
// followed by text (not "2.782 đơn" nor "5 năm qua").
bool looks_like_heading(std::string_view line);
// Ends a sentence or clause: . : ; ! ? (optionally followed by a closing quote or bracket).
bool ends_clause(std::string_view line);
// Every letter upper case (at least 3 letters).
bool is_all_caps(std::string_view line);
// First non-space character is an upper-case letter, a digit, or a list bullet.
bool starts_block(std::string_view line);
// First non-space character is punctuation that attaches to the previous word: . , ; : ) ”
bool starts_with_attaching_punct(std::string_view line);
// Code points, ignoring trailing white space.
size_t visible_length(std::string_view line);

std::string_view trim(std::string_view s);

}  // namespace vanban::layout
