// find_relations: runs every relation finder over each paragraph that holds a quantity, then
// the document-wide repeat check.
#include <algorithm>

#include "number/number_lexicon.h"
#include "number/relation_finders.h"

namespace vanban {

namespace {

// Can the quantities [first, last) of a paragraph take part in any relation? Every claim needs
// a percentage, two figures, or one whole count (a count of a list, a stock). Most
// paragraphs of a law hold one duration ("trong 30 ngày") and are not worth tokenizing.
bool worth_reading(const std::vector<Quantity>& qs, size_t first, size_t last) {
  if (last - first >= 2) return true;
  const Quantity& q = qs[first];
  if (q.percent) return true;
  return q.decimals == 0 && q.scale == 1 && !q.noun.empty() && !number_lexicon().time_nouns.count(q.noun);
}

}  // namespace

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
    size_t last = q;
    while (last < quantities.size() && quantities[last].span.begin < para.span.end) ++last;
    if (!worth_reading(quantities, q, last)) continue;
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
