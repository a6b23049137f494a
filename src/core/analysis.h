// The whole analysis of one document, and the one call that produces it.
//
//   vanban::LoadResult in = vanban::load_file("report.txt", {});
//   if (!in.ok()) { std::cerr << in.error; return 2; }
//   vanban::Options opt;                        // opt.as_of, opt.disabled rules, …
//   vanban::Analysis a = vanban::analyze(std::move(*in.source), opt);
//   for (const vanban::Finding& f : a.findings) …
//
// Stages run in one direction: text → layout → structure → citations, dates, numbers →
// checks. Every span in the result is a byte range of a.layout.text; a.position(offset)
// gives the original line and column.
#pragma once
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "check/finding.h"
#include "cite/citation.h"
#include "date/date.h"
#include "layout/layout.h"
#include "number/number.h"
#include "structure/structure.h"
#include "text/source.h"

namespace vanban {

struct Options {
  std::optional<Date> as_of;        // dates after this are in the future (default: the document's date)
  std::set<std::string> disabled;   // rule ids or families ("text", "citation/format")
  std::set<std::string> enabled;    // re-enabled ids, applied after `disabled`
};

struct Analysis {
  SourceText source;
  Layout layout;
  Structure structure;
  std::vector<Citation> citations;
  std::vector<CitedDocument> cited_documents;
  std::vector<DateMention> dates;
  std::vector<Quantity> quantities;
  std::vector<Relation> relations;
  std::vector<Finding> findings;  // sorted by position

  Position position(size_t offset) const { return layout.text.position(offset); }
  Position last_position(Span s) const { return layout.text.last_position(s); }
};

Analysis analyze(SourceText source, const Options& options);
// For tests and embedding: analyses UTF-8 text held in memory (path "<text>").
Analysis analyze_text(std::string_view utf8, const Options& options = {});

}  // namespace vanban
