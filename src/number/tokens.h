// A paragraph as a short stream of tokens for the relation finders: words (lower-cased),
// quantities (a figure with its unit), other figures, punctuation, each with its
// parenthesis depth.
//
//   vanban::ParaTokens p = vanban::tokenize(layout, paragraph_span, quantities, first_q);
//   for (size_t i = 0; i < p.size(); ++i) if (p.is_qty(i)) … p.qty(i).value …
//   if (p.word_seq(i, {"trong", "đó"})) …
//
// Sentences end at ".", "!", "?", "…"; clauses also at ";". Only what the finders need.
#pragma once
#include <deque>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "layout/layout.h"
#include "number/number.h"

namespace vanban {

struct Tok {
  enum Kind : unsigned char { Word, Qty, Num, Punct };
  Kind kind = Word;
  Span span;       // for a quantity: the figure and its unit
  // Word: lower-case; punctuation: the character; figure: as written. A view into the text,
  // the quantity or the owning ParaTokens (a word that had to be lower-cased), so that reading
  // a paragraph does not build a string per token.
  std::string_view w;
  int q = -1;      // quantity index (Qty)
  int depth = 0;   // parentheses open around the token ("(" and ")" carry the outer depth)
  bool upper = false;  // a word starting with a capital letter
};

class ParaTokens {
 public:
  ParaTokens(std::string_view text, const std::vector<Quantity>& qs) : text_(text), qs_(&qs) {}
  // Tokens view strings held here: moving keeps them where they are (a deque's elements do not
  // move with it), a copy would not, so there is none.
  ParaTokens(ParaTokens&&) = default;
  ParaTokens(const ParaTokens&) = delete;
  ParaTokens& operator=(const ParaTokens&) = delete;
  std::vector<Tok> t;
  // The indices of the quantity tokens, in order: the finders start from quantities only, and
  // walk these rather than every token to find them.
  std::vector<size_t> quantity_tokens;
  // Keeps a lower-cased word alive for the tokens that view it.
  std::string_view keep(std::string s) { return lowered_.emplace_back(std::move(s)); }

  size_t size() const { return t.size(); }
  bool is_qty(size_t i) const { return i < t.size() && t[i].kind == Tok::Qty; }
  bool is_word(size_t i) const { return i < t.size() && t[i].kind == Tok::Word; }
  bool is_num(size_t i) const { return i < t.size() && t[i].kind == Tok::Num; }
  bool word(size_t i, std::string_view w) const { return is_word(i) && t[i].w == w; }
  bool punct(size_t i, std::string_view p) const { return i < t.size() && t[i].kind == Tok::Punct && t[i].w == p; }
  bool word_in(size_t i, std::initializer_list<std::string_view> ws) const;
  // The words starting at i are exactly `ws`.
  bool word_seq(size_t i, std::initializer_list<std::string_view> ws) const;
  // The words ending at i (inclusive) are exactly `ws`.
  bool word_seq_ending(size_t i, std::initializer_list<std::string_view> ws) const;
  const Quantity& qty(size_t i) const { return (*qs_)[t[i].q]; }
  size_t qindex(size_t i) const { return static_cast<size_t>(t[i].q); }

  // ".", "!", "?", "…". Inline and by first byte: the finders ask it at every token they walk.
  bool sentence_end(size_t i) const {
    if (i >= t.size() || t[i].kind != Tok::Punct) return false;
    const std::string_view w = t[i].w;
    return w.size() == 1 ? (w[0] == '.' || w[0] == '!' || w[0] == '?') : w == "…";
  }
  bool clause_end(size_t i) const;    // a sentence end or ";"
  // Index of the ")" closing the "(" at i, or npos.
  size_t closing(size_t open) const;
  // Index of the "(" opening the ")" at i, or npos.
  size_t opening(size_t close) const;
  // Lower-case words before token i, back to the clause start (";", sentence end, another
  // quantity at the same depth, or an opening bracket), at most `max` words, in text order.
  std::vector<std::string> label(size_t i, size_t max = 12) const;
  std::string_view text(Span s) const { return text_.substr(s.begin, s.size()); }
  static constexpr size_t npos = static_cast<size_t>(-1);

  // How many tokens a finder walks from the token it starts at. No sentence a finder reads is
  // that long, and without the bound one paragraph of millions of tokens (a 100 MB line with no
  // full stop) makes every backward walk reach its start: quadratic.
  static constexpr size_t reach = 256;
  // The first token a walk back from i may visit (walk with `for (k = i; k-- > back_limit(i);)`).
  static size_t back_limit(size_t i) { return i > reach ? i - reach : 0; }
  // One past the last token a walk forward from i may visit.
  size_t ahead_limit(size_t i) const { return i + reach < t.size() ? i + reach : t.size(); }

 private:
  std::string_view text_;
  const std::vector<Quantity>* qs_;
  std::deque<std::string> lowered_;
};

// Tokens of text[span]; quantities are looked up from index first_q (sorted by offset).
ParaTokens tokenize(std::string_view text, Span span, const std::vector<Quantity>& qs, size_t first_q);

// One past a quantity's token: its figure and its unit.
inline size_t token_end(const Quantity& q) { return q.unit_span.empty() ? q.span.end : q.unit_span.end; }

}  // namespace vanban
