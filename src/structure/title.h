// Small text helpers of the structure stage: the title of a heading, and whether a text is in capitals.
//
//   std::string t = vanban::heading_title("1. Người có đất thu hồi bao gồm: …", 3);
//   // "Người có đất thu hồi bao gồm"
#pragma once
#include <string>
#include <string_view>

namespace vanban {

// The title that starts at byte `from`: up to the end of its first sentence or a colon, white
// space collapsed, closing punctuation dropped, at most about `max_chars` characters (cut at
// a word, with "…").
std::string heading_title(std::string_view text, size_t from, size_t max_chars = 200);
// Some letter is in lower case.
bool has_lowercase(std::string_view s);
// Every letter is in upper case (there is at least one letter; digits and punctuation pass).
bool is_caps_word(std::string_view s);

}  // namespace vanban
