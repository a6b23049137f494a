// find_relations: runs every relation finder over each paragraph that holds a quantity, then
// the document-wide repeat check.
#include <algorithm>

#include "number/relation_finders.h"

namespace vanban {

std::vector<Relation> find_relations(const Layout& layout, const std::vector<Quantity>& quantities) {
  std::vector<Relation> out;
  std::vector<StockStatement> stocks;
  std::string_view text = layout.text.text();
  size_t q = 0;
  for (size_t pi = 0; pi < layout.paragraphs.size(); ++pi) {
    const Paragraph& para = layout.paragraphs[pi];
    while (q < quantities.size() && quantities[q].span.begin < para.span.begin) ++q;
    if (q == quantities.size()) break;
    if (quantities[q].span.begin >= para.span.end) continue;
    ParaTokens p = tokenize(text, para.span, quantities, q);
    find_percents(p, out);
    find_sums(p, out);
    find_differences(p, out);
    find_counts(p, out);
    collect_stocks(p, pi, stocks);
  }
  find_repeats(layout, quantities, stocks, out);
  std::stable_sort(out.begin(), out.end(), [&](const Relation& a, const Relation& b) {
    return quantities[a.stated].span.begin < quantities[b.stated].span.begin;
  });
  return out;
}

}  // namespace vanban
