// What follows a number and symbol: its date, its issuer, the term and the title.
//
//   vanban::cite::Tail t = vanban::cite::read_tail(text, code_end);
//   t.date;     // "ngày 27/02/2018" (never "có hiệu lực … từ ngày …")
//   t.issuer;   // "Ban Thường vụ Tỉnh ủy" after "của"
//   t.end;      // end of the mention (after the last of date, issuer, term)
//
// The parts come in any order and a comma may precede the date ("số 18-NQ/TW, ngày …"). A
// "của" with nothing after it ("của ngày 12/12/2013 của Bộ Chính trị") is skipped; when two
// issuers are given around the date the later one is kept ("của Bộ Chính ngày … của Bộ Chính
// trị"). The title is read after them: a quotation, or "về …" up to the end of the clause.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "cite/issuer.h"
#include "date/date.h"

namespace vanban::cite {

struct Tail {
  std::optional<DateMention> date;
  IssuerPhrase issuer;
  std::string term;   // "XI"
  Span term_span;
  std::string title;
  size_t end = 0;     // end of the last part read (the code's end when none)
  size_t expected_issuers = 1;  // issuers the code names (joint documents name several)
};

// expected_issuers: how many issuers the code names (see read_issuer).
Tail read_tail(std::string_view text, size_t pos, size_t expected_issuers = 1);

// A term at pos: "khóa XI", "(khóa X)", "Khóa XIII"; returns its end and the numeral.
std::optional<std::pair<size_t, std::string>> term_at(std::string_view text, size_t pos);

// Title at pos: "“…”", "về …" or "v/v …"; empty when none.
std::string title_at(std::string_view text, size_t pos);

}  // namespace vanban::cite
