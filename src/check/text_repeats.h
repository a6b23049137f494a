// Syllables and phrases written twice in a row in the reconstructed text: the raw material of
// the text/repeated-word and text/repeated-phrase rules (which decide what to report).
//
//   for (const vanban::Repeat& r : vanban::find_repeats(analysis.layout.text.text()))
//     if (r.words == 1) …   // "được được"; r.second is the second occurrence
//
// Syllables are runs of letters and digits; two copies are "in a row" when only white space
// separates them (a line wrap included: the layout joined the lines), never across a
// paragraph break or punctuation ("phát triển, phát triển" is a rhetorical list). Inside a
// phrase the separators must match too ("290-QĐ/TW" twice). Letter case does not matter.
#pragma once
#include <string_view>
#include <vector>

#include "text/mapped_text.h"

namespace vanban {

struct Repeat {
  Span first, second;  // the two copies, in the text given
  size_t words = 1;    // syllables in one copy
  Span before, after;  // for one syllable: its neighbours (empty when punctuation separates them)
};

// Every repeated phrase of 2–12 syllables (the longest at each place, reported once, and only
// when its syllables are not all the same), and every repeated syllable not inside such a
// phrase, in text order.
std::vector<Repeat> find_repeats(std::string_view text);

// The same, computed once per text for the two rules that read it: within one RulePass
// (check/rule.h) the text cannot change, so a per-thread cache keyed on the pass and the text's
// address and size is exact. Outside a pass it is computed each time.
const std::vector<Repeat>& repeats_in(std::string_view text);

}  // namespace vanban
