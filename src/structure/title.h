// Small text helpers of the structure stage: the title of a heading, and whether a text is in capitals.
//
//   std::string t = vanban::heading_title("1. Người có đất thu hồi bao gồm: …", 3);
//   // "Người có đất thu hồi bao gồm"
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace vanban {

// The title that starts at byte `from`: up to the end of its first sentence or a colon, white
// space collapsed, closing punctuation dropped, at most about `max_chars` characters (cut at
// a word, with "…").
// `utf8`: Valid when the caller knows text is valid UTF-8 and `from` starts a character (a
// Layout's text is valid: the loader rejects anything else); a title that is cut then needs no
// check that its characters are whole.
enum class Utf8Text : uint8_t { Unchecked, Valid };
std::string heading_title(std::string_view text, size_t from, size_t max_chars = 200,
                          Utf8Text utf8 = Utf8Text::Unchecked);
// Some letter is in lower case.
bool has_lowercase(std::string_view s);
// Every letter is in upper case (there is at least one letter; digits and punctuation pass).
bool is_caps_word(std::string_view s);

}  // namespace vanban
