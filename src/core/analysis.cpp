#include "core/analysis.h"

#include <algorithm>
#include <tuple>

#include "check/rule.h"

namespace vanban {

Analysis analyze(SourceText source, const Options& options) {
  Analysis a;
  a.source = std::move(source);
  a.layout = reconstruct(a.source);
  a.structure = analyze_structure(a.layout);
  a.citations = extract_citations(a.layout);
  a.cited_documents = group_citations(a.citations);
  a.dates = find_dates(a.layout.text.text());
  a.quantities = find_quantities(a.layout, a.structure, a.citations, a.dates);
  a.relations = find_relations(a.layout, a.quantities);
  {
    const RulePass pass;
    for (const Rule* rule : all_rules())
      if (rule_enabled(rule->info().id, options)) rule->run(a, options, a.findings);
  }
  std::stable_sort(a.findings.begin(), a.findings.end(), [&](const Finding& x, const Finding& y) {
    Position px = a.position(x.span.begin), py = a.position(y.span.begin);
    return std::tie(px.line, px.column) < std::tie(py.line, py.column);
  });
  return a;
}

Analysis analyze_text(std::string_view utf8, const Options& options) {
  LoadResult in = load_bytes("<text>", utf8, LoadOptions{});
  if (!in.ok()) return Analysis{};
  return analyze(std::move(*in.source), options);
}

}  // namespace vanban
