// Shared pieces of the citation and date rules (src/check/citation_*.cpp, date_*.cpp): how a
// finding names other mentions, the forms a document is cited under, and how two issuer
// phrases compare.
//
//   std::string where = vanban::lines_of(a, mentions);            // "dòng 2, 84, 88 …"
//   auto forms = vanban::forms_matching(a, [&](const Citation& d) { return d.number == "24"; });
//   if (!forms.empty()) forms[0].key;                              // the most cited form first
#pragma once
#include <functional>
#include <string>
#include <vector>

#include "check/finding.h"
#include "cite/citation.h"
#include "cite/lexicon.h"

namespace vanban {

struct Analysis;

// "dòng 2, 84, 88, 92, 96 …" for the first mentions (original lines, each once).
std::string lines_of(const Analysis& a, const std::vector<size_t>& mentions, size_t max_lines = 5);

// Related entries pointing at mentions (at most max), each with the same note.
std::vector<Related> related_to(const Analysis& a, const std::vector<size_t>& mentions, const std::string& note,
                                size_t max = 5);

// A document as cited: its key and the mentions under that key.
struct CitedForm {
  std::string key;
  std::string code;               // as the first of those mentions writes it
  std::vector<size_t> mentions;   // indexes into a.citations
};

// Documents with at least one mention satisfying `pick`, the most cited first.
std::vector<CitedForm> forms_matching(const Analysis& a, const std::function<bool(const Citation&)>& pick);

// "KL (Kết luận)": a type abbreviation and the type it stands for in this layout.
std::string type_code_label(const Citation& c);
// "TW (Trung ương)": an issuer abbreviation and its meaning, when the lexicon knows it.
std::string issuer_code_label(const std::string& code);

// Lexicon body of a citation's issuer (nullptr when the phrase names no known single body).
const cite::Body* issuer_body(const Citation& c);

// Could two issuer phrases name the same body? Known bodies must be the same or one must cover
// the other ("Trung ương" covers "Bộ Chính trị"); unknown ones must contain one another.
bool same_issuer(const Citation& a, const Citation& b);

// The first issuer code of a citation without its term ("QH13" → "QH"), empty when none.
std::string first_issuer_code(const Citation& c);

Finding make_finding(const std::string& rule, Severity severity, Span span, std::string message);

}  // namespace vanban
