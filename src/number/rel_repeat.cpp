// The same stock stated twice: "Huyện Đức Trọng có … 105 thôn" in the overview and "… giảm
// xuống còn 105 thôn" in a footnote. A stock statement is a count after "có" whose subject
// names a place or "hiện nay" (and no year: "năm 2020 có 117 thôn" is history), or the end of
// a change ("xuống còn 105 thôn"). Two of them about the same noun, in compatible places,
// must agree. Conservative: a noun stated as a stock three or more times with different
// values, or two values far apart, is taken to be about different things.
#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "number/relation_finders.h"
#include "number/vn_number.h"

namespace vanban {
namespace {

constexpr size_t npos = ParaTokens::npos;
// A noun stated as a stock more often than this is many things, not one.
constexpr size_t kMaxStatements = 12;

bool place_word(std::string_view w) {
  static const std::set<std::string, std::less<>> places = {"huyện", "tỉnh", "xã", "phường", "thị", "thành", "quận", "toàn", "hiện"};
  return places.count(w) > 0;
}

// A string_view compares lengths first: most nouns are none of these and no memcmp runs.
bool time_noun(std::string_view noun) {
  return noun == "năm" || noun == "tháng" || noun == "ngày" || noun == "giờ" || noun == "lần" || noun == "lượt" ||
         noun == "kỳ" || noun == "tuần" || noun == "quý";
}

// Walks back over a list "có 14 xã, 1 thị trấn, 105 thôn" to its "có"; npos when none.
size_t co_before(const ParaTokens& p, size_t i) {
  for (size_t k = i; k-- > ParaTokens::back_limit(i);) {
    if (p.t[k].depth != p.t[i].depth) return npos;
    if (p.word(k, "có")) return k;
    if (p.is_qty(k) || p.punct(k, ",") || p.punct(k, ";") || p.word(k, "và")) continue;
    return npos;
  }
  return npos;
}

// The subject of "… có": the words back to the clause start. Empty optional when it is not a
// place, or when it carries a time ("năm 2020", "đầu nhiệm kỳ", "trước").
bool place_subject(const ParaTokens& p, size_t co, std::vector<std::string>* scope) {
  bool place = false;
  for (size_t k = co; k-- > ParaTokens::back_limit(co);) {
    if (p.clause_end(k) || p.punct(k, ":") || p.punct(k, "(") || p.punct(k, ")")) break;
    if (p.is_num(k) || p.is_qty(k)) return false;
    if (!p.is_word(k)) continue;
    std::string_view w = p.t[k].w;
    if (w == "năm" || w == "tháng" || w == "trước" || w == "đầu" || w == "cuối" || w == "từ" || w == "khi" ||
        w == "nếu" || w == "mỗi" || w == "bình" || w == "với" || w == "không" || w == "chưa")
      return false;
    if (place_word(w)) place = true;
    if (w != "toàn" && w != "hiện" && w != "nay" && w != "trên" && w != "địa" && w != "bàn" && w != "đến")
      scope->insert(scope->begin(), std::string(w));
  }
  return place;
}

bool end_of_change(const ParaTokens& p, size_t i) {
  if (i < 2 || !p.word(i - 1, "còn")) return false;
  return p.word_in(i - 2, {"xuống", "giảm"});
}

bool compatible_scope(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  if (a.empty() || b.empty()) return true;
  const auto& shorter = a.size() <= b.size() ? a : b;
  const auto& longer = a.size() <= b.size() ? b : a;
  for (const std::string& w : shorter)
    if (std::find(longer.begin(), longer.end(), w) == longer.end()) return false;
  return true;
}

}  // namespace

bool rel::may_be_stock(const Quantity& q) {
  return !q.percent && !q.decimals && q.scale == 1 && !q.noun.empty() && !time_noun(q.noun);
}

void collect_stocks(const ParaTokens& p, size_t paragraph, std::vector<StockStatement>& out) {
  for (size_t i : p.quantity_tokens) {
    const Quantity& q = p.qty(i);
    if (!rel::may_be_stock(q)) continue;
    StockStatement s{p.qindex(i), q.noun, {}, paragraph};
    if (end_of_change(p, i)) {
      out.push_back(std::move(s));
      continue;
    }
    size_t co = co_before(p, i);
    if (co != npos && place_subject(p, co, &s.scope)) out.push_back(std::move(s));
  }
}

void find_repeats(const Layout& layout, const std::vector<Quantity>& qs, const std::vector<StockStatement>& stocks,
                  std::vector<Relation>& out) {
  std::map<std::string, std::vector<const StockStatement*>> by_noun;
  for (const StockStatement& s : stocks) by_noun[s.noun].push_back(&s);
  for (auto& [noun, list] : by_noun) {
    std::set<double> values;
    for (const StockStatement* s : list) values.insert(qs[s->quantity].value);
    if (values.size() > 2 || list.size() > kMaxStatements) continue;
    for (size_t later = 1; later < list.size(); ++later) {
      for (size_t earlier = 0; earlier < later; ++earlier) {
        const StockStatement &a = *list[earlier], &b = *list[later];
        if (!compatible_scope(a.scope, b.scope) || a.paragraph == b.paragraph) continue;
        const Quantity &qa = qs[a.quantity], &qb = qs[b.quantity];
        double far = std::fabs(qa.value - qb.value) / std::max(qa.value, qb.value);
        if (far > 0.5) continue;
        Range was{qa.value, qa.value};
        Relation r = rel::make("repeat", b.quantity, {a.quantity}, was, {qb.value, qb.value}, qb.value);
        if (!r.holds)
          r.message = "số " + noun + " ở đây là " + rel::with_unit(qb, qb.text) + ", nhưng dòng " +
                      std::to_string(layout.text.position(qa.span.begin).line) + " ghi " + rel::with_unit(qa, qa.text);
        out.push_back(std::move(r));
        break;
      }
    }
  }
}

}  // namespace vanban
