// Small word helpers for the number stage: stepping over the words around a figure without
// going through ICU for ASCII. (Lower-casing is text/fold.h's lower_word.)
//
//   Span next = vanban::numwords::word_after(text, pos);            // next word, spaces only between
//   Span prev = vanban::numwords::word_before(text, pos);           // previous word, spaces only
//
// A word is a run of letters, with digits or ²/³ allowed after its letters ("m2", "km²").
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "text/fold.h"
#include "text/mapped_text.h"

namespace vanban::numwords {

// A letter, and an upper-case one: text/fold.h's answers (ASCII inline, a table for the Latin
// blocks), asked for every character of every word the number stage reads.
inline bool is_word_char(char32_t c) { return vanban::is_letter(c); }
inline bool is_upper_char(char32_t c) { return vanban::is_upper(c); }
inline bool is_space(char c) { return c == ' ' || c == '\t'; }  // inline: called per byte
// The word starting after spaces from pos; empty span when something else comes first.
Span word_after(std::string_view text, size_t pos);
// The word ending before pos (after going back over spaces); empty span when none.
Span word_before(std::string_view text, size_t pos);
// Code point just before pos (0 at the start).
char32_t char_before(std::string_view text, size_t pos);
// First non-space byte at or after pos, and last non-space byte before pos (0 when none).
char next_nonspace(std::string_view text, size_t pos, size_t* at = nullptr);
char prev_nonspace(std::string_view text, size_t pos, size_t* at = nullptr);
// Every letter of the word is upper case and it has at least two ("ISO", "TCVN").
bool all_caps(std::string_view word);
bool starts_upper(std::string_view word);

// The words after a position (spaces only between them), lower-cased, with their spans, read
// one at a time as a phrase match asks for them (PhraseTable::match_reading), at most `max`.
// One is reused for every figure of a text: its vectors keep their room.
class WordsAfter {
 public:
  void reset(std::string_view text, size_t pos, size_t max);
  // Reads words until it holds n (or no more come, or max): does it hold n?
  bool read_up_to(size_t n);
  std::vector<std::string> words;
  std::vector<Span> spans;

 private:
  std::string_view text_;
  size_t at_ = 0;
  size_t max_ = 0;
  bool ended_ = false;
};

}  // namespace vanban::numwords
