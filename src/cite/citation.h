// Citations: every document a text cites, with its type, number and symbol, date and issuer.
//
//   std::vector<vanban::Citation> cs = vanban::extract_citations(layout);
//   for (auto& c : cs) std::cout << c.code << " " << c.type << " " << c.date_iso() << "\n";
//   auto groups = vanban::group_citations(cs);   // mentions of one document together
//
// Field meanings are those of spec/OUTPUT.md (citations[]). How the text is read: cite/code.h
// (numbers and symbols), cite/context.h (type word before), cite/tail.h (date, issuer, term,
// title after), cite/named.h (laws by name), cite/resolve.h (titles before the date, lists).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "date/date.h"
#include "layout/layout.h"

namespace vanban {

struct Citation {
  // Every member has its initializer. Written out (not defaulted) so that
  // citations.emplace_back() does not zero the whole object first (value-initialization does
  // that for a defaulted constructor) only to construct every member again.
  Citation() {}
  Span span;              // the whole mention in Layout::text ("Chỉ thị số 24-CT/TU ngày … của …")
  Span type_span;         // the type word ("Chỉ thị"), empty when none
  Span code_span;         // the number and symbol as written ("24- CT/TU")
  Span issuer_span;       // the issuer phrase, empty when none
  std::string text;       // the mention, as it reads (NFC)
  std::string type;       // "Chỉ thị", normal capitalisation
  std::string code;       // whitespace removed, case kept: "24-CT/TU"; empty for a law by name
  std::string code_as_written;
  std::string name;       // for a law cited by name: "tiếp công dân"
  std::string number;     // "24"
  std::optional<int> year;      // the year inside a normative code (04/2015/NĐ-CP → 2015)
  std::string type_code;  // "CT"
  std::string issuer_code;  // "TU"
  std::string format;     // party | state | normative | letter | named | malformed
  std::optional<Date> date;  // date of issue given in this mention
  Span date_span;
  std::string issuer;     // as written after "của", whitespace collapsed
  std::string term;       // "khóa XI" → "XI"
  std::string title;      // the quoted or "về …" title
  std::string key;        // identity shared by mentions of one document
  std::string suggestion; // canonical code when the written one is malformed
  // Added for the checks (not in the JSON):
  bool type_from_word = false;  // `type` comes from a type word in the text, not from the code
  std::string issuer_body;      // lexicon id of the body named by `issuer` ("bo_chinh_tri"),
                                // "code:BDVHU" for a composed Party agency, empty when unknown
  std::string format_problem;   // why `code` is not canonical (cite/code.h k… constants)
  Span term_span;               // "khóa XI", "(khóa X)"
};

// A document cited one or more times.
struct CitedDocument {
  std::string key;
  std::vector<size_t> mentions;  // indexes into the citation vector, in text order
};

std::vector<Citation> extract_citations(const Layout& layout);
std::vector<CitedDocument> group_citations(const std::vector<Citation>& citations);

}  // namespace vanban
