// The relation finders, one per kind of claim, each reading one paragraph's tokens and
// appending the relations the text states (holding or not). find_relations() runs them all.
//
//   vanban::ParaTokens p = vanban::tokenize(text, paragraph.span, quantities, first);
//   std::vector<vanban::Relation> out;
//   vanban::find_percents(p, out);      // "63.439 người chiếm 33,3%" with its whole
//   vanban::find_sums(p, out);          // "2.782 đơn (khiếu nại: 109, tố cáo: 36; …: 2.637)"
//   vanban::find_differences(p, out);   // "giảm 12 thôn, từ 117 thôn xuống còn 105 thôn"
//   vanban::find_counts(p, out);        // "có 5 tôn giáo chính là A, B, C, D và E"
//   vanban::collect_stocks(p, para_index, stocks);  // then find_repeats over the document
#pragma once
#include <string>
#include <vector>

#include "layout/layout.h"
#include "number/number.h"
#include "number/tokens.h"
#include "number/verdict.h"

namespace vanban {

void find_percents(const ParaTokens& p, std::vector<Relation>& out);
void find_sums(const ParaTokens& p, std::vector<Relation>& out);
void find_differences(const ParaTokens& p, std::vector<Relation>& out);
void find_counts(const ParaTokens& p, std::vector<Relation>& out);

// A statement of how many of something there are now ("Huyện … có 105 thôn", "… xuống còn
// 105 thôn"): two of them about the same thing must agree.
struct StockStatement {
  size_t quantity = 0;
  std::string noun;
  std::vector<std::string> scope;  // the place named before "có" ("huyện", "đức", "trọng"); may be empty
  size_t paragraph = 0;
};
void collect_stocks(const ParaTokens& p, size_t paragraph, std::vector<StockStatement>& out);
// Can any finder above state something about the quantities qs[first, last) of text[piece]?
// A percentage, a sum and a difference each tie three distinct quantities, and need a
// percentage, a breakdown's marker or a change verb; a count or a stock needs its cue words
// around its figure (token_preview.h). false only when tokenizing the piece and running every
// finder would find nothing.
bool worth_tokenizing(std::string_view text, Span piece, const std::vector<Quantity>& qs, size_t first, size_t last);
void find_repeats(const Layout& layout, const std::vector<Quantity>& qs, const std::vector<StockStatement>& stocks,
                  std::vector<Relation>& out);

// Shared helpers.
namespace rel {
// Same unit, scale aside ("tỷ đồng" and "triệu đồng" are both "đồng").
bool same_noun(const Quantity& a, const Quantity& b);
// A part may count a narrower noun than its whole: "85 hộ nghèo" of "1.250 hộ".
bool part_noun(const Quantity& part, const Quantity& whole);
// Every word of `needle` (stop words aside) occurs in `hay`.
bool mentions(const std::vector<std::string>& hay, const std::vector<std::string>& needle);
// " đơn" after a figure in a message, or "" when it has no unit; "%" glued.
std::string with_unit(const Quantity& q, const std::string& shown);
Relation make(const std::string& kind, size_t stated, std::vector<size_t> operands, Range computed, Range stated_range,
              double stated_value);
// Words that turn a figure after them into a change ("tăng 12", "giảm thêm 3").
bool change_verb_before(const ParaTokens& p, size_t i, std::string* verb = nullptr);
// The quantities find_counts and collect_stocks start from: a whole count 2-30 of a noun that
// is no duration ("5 tôn giáo"), and a whole count of such a noun ("105 thôn").
bool may_count(const Quantity& q);
bool may_be_stock(const Quantity& q);
}  // namespace rel

}  // namespace vanban
