// Previews of the tokens tokenize(text, piece, qs, first) gives around one quantity, read from
// the text alone, so that a piece whose quantities no finder can use is not tokenized at all
// (find_relations' worth_tokenizing). Each answers false only when the tokens cannot be the
// ones named; true means "maybe: tokenize and look".
//
//   vanban::TokenPreview look(text, piece, qs, first, last);   // qs[first, last): the piece's
//   if (look.may_introduce_list(token_end(q))) …               // then tokenize the piece
//
// Each preview follows one finder's walk; the finder's comment there says which.
#pragma once
#include <initializer_list>
#include <string_view>
#include <vector>

#include "layout/layout.h"
#include "number/number.h"

namespace vanban {

class TokenPreview {
 public:
  TokenPreview(std::string_view text, Span piece, const std::vector<Quantity>& qs, size_t first, size_t last)
      : text_(text), piece_(piece), qs_(qs), first_(first), last_(last) {}

  // After a token ending at `after`: at most three words, then "là", "gồm", "như", "bao", ":"
  // or "(" (find_counts' list_start).
  bool may_introduce_list(size_t after) const;
  // Before the quantity starting at `begin`: only ",", ";", "và" or quantities back to a "có"
  // or a "còn" (collect_stocks' co_before and end_of_change).
  bool may_follow_stock_word(size_t begin) const;
  // Before it "tăng", "giảm" or "gấp", or one of the words change_verb_before steps over
  // after one (find_differences: every change it checks has its verb before a figure).
  bool may_follow_change_verb(size_t begin) const;
  // A total's breakdown: "tổng cộng", "tổng số", "tất cả" before the quantity starting at
  // `begin`, or after its token (ending at `after`) a "(", ":", "trong", "gồm", "bao" or
  // "chia" before the sentence ends (find_sums' parts_before_total, bracketed, list_start).
  bool may_break_down(size_t begin, size_t after) const;

  // One token as tokenize would read it, or what is known of it.
  struct Token {
    enum Kind { None, Word, Punct, Figure, Qty, Unsure } kind = None;
    Span span;
    bool upper = false;  // a word with a capital: tokenize lower-cases it, others it views as written
  };
  // The token starting at or after `at` (spaces and characters tokenize passes over aside).
  Token token_after(size_t at) const;
  // The token ending at or before `at` (spaces aside); Unsure where reading back cannot tell
  // what tokenize would read forward (a quantity's token ends there, a character it passes
  // over, broken UTF-8).
  Token token_before(size_t at) const;

 private:
  bool word_is(const Token& t, std::initializer_list<std::string_view> ws) const;
  bool punct_is(const Token& t, std::string_view mark) const;
  size_t word_start(size_t end) const;
  Token word_at(size_t i) const;

  std::string_view text_;
  Span piece_;
  const std::vector<Quantity>& qs_;
  size_t first_, last_;
};

}  // namespace vanban
