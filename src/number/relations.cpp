// find_relations: runs every relation finder over each paragraph that holds a quantity, then
// the document-wide repeat check. A paragraph (or a piece of a long one) is tokenized only
// when worth_tokenizing finds, in its text, the cues some finder needs: most are not.
#include <algorithm>

#include "number/number_lexicon.h"
#include "number/relation_finders.h"
#include "number/token_preview.h"

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

// A paragraph longer than this is read in pieces: the finders look no further than
// ParaTokens::reach tokens (a kilobyte or two) anyway, and the tokens of one 100 MB paragraph
// would take gigabytes at once.
constexpr size_t kMaxPiece = size_t{1} << 16;

// The first piece of `rest`: all of it when short, else cut after the last "; " or ". " of the
// piece's second half, or at its last space, or (a text without spaces) at a UTF-8 boundary.
Span first_piece(std::string_view text, Span rest) {
  if (rest.size() <= kMaxPiece) return rest;
  const size_t limit = rest.begin + kMaxPiece, half = rest.begin + kMaxPiece / 2;
  size_t space = 0;
  for (size_t i = limit; i > half; --i) {
    if (text[i] != ' ') continue;
    if (text[i - 1] == ';' || text[i - 1] == '.') return {rest.begin, i + 1};
    if (!space) space = i + 1;
  }
  if (space) return {rest.begin, space};
  size_t cut = limit;
  while (cut > half && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return {rest.begin, cut};
}

}  // namespace

bool worth_tokenizing(std::string_view text, Span piece, const std::vector<Quantity>& qs, size_t first, size_t last) {
  const TokenPreview look(text, piece, qs, first, last);
  const bool three = last - first >= 3;  // what a percentage, a sum or a difference ties
  for (size_t q = first; q < last; ++q) {
    const Quantity& x = qs[q];
    if (three && (x.percent || look.may_follow_change_verb(x.span.begin))) return true;
    if (rel::may_count(x) && look.may_introduce_list(token_end(x))) return true;
    if (rel::may_be_stock(x) && look.may_follow_stock_word(x.span.begin)) return true;
  }
  // A breakdown is looked for last: its preview reads up to a sentence of tokens.
  for (size_t q = first; three && q < last; ++q)
    if (!qs[q].noun.empty() && look.may_break_down(qs[q].span.begin, token_end(qs[q]))) return true;
  return false;
}

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
    for (Span rest = para.span; !rest.empty();) {
      Span piece = first_piece(text, rest);
      while (q < quantities.size() && quantities[q].span.begin < piece.begin) ++q;
      rest.begin = piece.end;
      size_t piece_last = q;
      while (piece_last < quantities.size() && quantities[piece_last].span.begin < piece.end) ++piece_last;
      if (!worth_tokenizing(text, piece, quantities, q, piece_last)) continue;
      ParaTokens p = tokenize(text, piece, quantities, q);
      find_percents(p, out);
      find_sums(p, out);
      find_differences(p, out);
      find_counts(p, out);
      collect_stocks(p, pi, stocks);
    }
  }
  find_repeats(layout, quantities, stocks, out);
  std::stable_sort(out.begin(), out.end(), [&](const Relation& a, const Relation& b) {
    return quantities[a.stated].span.begin < quantities[b.stated].span.begin;
  });
  return out;
}

}  // namespace vanban
