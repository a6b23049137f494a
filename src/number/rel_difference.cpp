// Stated changes: "giảm 12 thôn, từ 117 thôn giảm xuống còn 105 thôn", "từ 3,2% xuống còn
// 2,1% (giảm 1,1%)", "đạt 1.200 tỷ đồng, tăng 150 tỷ đồng so với năm 2022 (1.050 tỷ đồng)".
// Only a change the text states is checked: "giảm từ 35 xuống còn 34" states none.
// A change in percent of two counts ("từ 800 lên 920 hộ, tăng 15%") is a growth rate, kind
// percent; between two percentages it may be in points or relative, and either reading holds.
#include <algorithm>
#include <cmath>

#include "number/relation_finders.h"
#include "number/vn_number.h"

namespace vanban {
namespace {

constexpr size_t npos = ParaTokens::npos;

struct Change {
  size_t from = npos, to = npos, stated = npos;
  std::string verb;  // "tăng" or "giảm"
};

bool compatible(const Quantity& a, const Quantity& b) {
  if (a.percent != b.percent) return false;
  return a.noun.empty() || b.noun.empty() || a.noun == b.noun;
}

// "từ X … (tăng|giảm)? (lên|xuống) (còn|thành)? Y": the index of Y, or npos.
size_t to_value(const ParaTokens& p, size_t x) {
  bool direction = false;
  for (size_t k = x + 1; k < p.size() && k < x + 9; ++k) {
    if (p.clause_end(k)) return npos;
    if (p.word_in(k, {"đến", "tới"}) && !direction) return npos;  // a range "từ 10 đến 15"
    if (p.word_in(k, {"lên", "xuống", "còn", "thành"})) direction = true;
    if (p.is_qty(k)) return direction ? k : npos;
  }
  return npos;
}

// "bình quân mỗi năm giảm 0,82%": a yearly average, not the change between the two values.
bool average_word(const ParaTokens& p, size_t k) {
  return p.word_in(k, {"quân", "mỗi", "trung", "hằng", "hàng"});
}

// The stated change: "tăng|giảm Z" just before "từ" (within the clause) or just after Y.
size_t stated_change(const ParaTokens& p, size_t from_word, size_t to, std::string* verb) {
  for (size_t k = from_word; k-- > 0 && k + 8 > from_word;) {
    if (p.clause_end(k) || p.punct(k, "(") || p.punct(k, ")") || average_word(p, k)) break;
    if (p.is_qty(k)) {
      if (rel::change_verb_before(p, k, verb)) return k;
      break;
    }
  }
  for (size_t k = to + 1; k < p.size() && k < to + 8; ++k) {
    if (p.sentence_end(k) || p.punct(k, ";") || average_word(p, k)) break;
    if (p.is_qty(k)) return rel::change_verb_before(p, k, verb) ? k : npos;
  }
  return npos;
}

// "Y …, tăng Z … so với … (X)" or "… so với … là X". Y is the figure before the change, in
// the same sentence ("là 1.130 hộ, chiếm 2,35%; giảm 390 hộ so với đầu năm (1.520 hộ)").
bool compared(const ParaTokens& p, size_t z, Change* c) {
  size_t y = npos;
  for (size_t k = z; k-- > 0 && k + 14 > z;) {
    if (p.sentence_end(k)) break;
    if (p.is_qty(k) && (!p.qty(k).percent || p.qty(z).percent)) {
      y = k;
      break;
    }
  }
  if (y == npos) return false;
  for (size_t k = z + 1; k < p.size() && k < z + 12; ++k) {
    if (p.clause_end(k)) return false;
    if (!p.word(k, "so") || !p.word(k + 1, "với")) continue;
    for (size_t j = k + 2; j < p.size() && j < k + 10; ++j) {
      if (p.clause_end(j)) return false;
      if (p.is_qty(j)) {
        bool bracketed = p.punct(j - 1, "(") || p.word(j - 1, "là");
        if (!bracketed) return false;
        c->from = j;
        c->to = y;
        c->stated = z;
        return true;
      }
    }
    return false;
  }
  return false;
}

std::string verb_word(double delta) { return delta > 0 ? "tăng" : "giảm"; }

// "gấp 1,6 lần so với năm 2020 (42,8 triệu đồng)", "tăng 1,6 lần": Y / X; after "tăng" the
// excess (Y − X) / X is also a reading that holds; "giảm 2 lần" is X / Y.
void check_ratio(const ParaTokens& p, const Change& c, std::vector<Relation>& out) {
  const Quantity &x = p.qty(c.from), &y = p.qty(c.to), &z = p.qty(c.stated);
  const Quantity& num = c.verb == "giảm" ? x : y;
  const Quantity& den = c.verb == "giảm" ? y : x;
  if (den.magnitude() <= 0) return;
  Range ratio = quotient(operand_range(num), operand_range(den));
  Range stated = stated_range(z, true);
  Relation r = rel::make("ratio", p.qindex(c.stated), {p.qindex(c.from), p.qindex(c.to)}, ratio, stated, z.value);
  r.computed = num.magnitude() / den.magnitude();
  if (!r.holds && c.verb == "tăng") r.holds = meets(difference(ratio, {1, 1}), stated);
  if (!r.holds)
    r.message = num.text + " / " + den.text + " = " + show(r.computed, std::max(z.decimals, 1), z.value) +
                " lần, nhưng văn bản ghi " + c.verb + " " + z.text + " lần";
  out.push_back(std::move(r));
}

void check(const ParaTokens& p, const Change& c, std::vector<Relation>& out) {
  const Quantity &x = p.qty(c.from), &y = p.qty(c.to), &z = p.qty(c.stated);
  if (!compatible(x, y)) return;
  if (z.noun == "lần" && !z.percent) return check_ratio(p, c, out);
  if (c.verb == "gấp") return;
  double delta = y.magnitude() - x.magnitude();
  bool wrong_way = (c.verb == "tăng" && delta < 0) || (c.verb == "giảm" && delta > 0);
  Range change = difference(operand_range(y), operand_range(x));
  if (delta < 0) change = change.scaled(-1);
  Relation r;
  if (z.percent && !x.percent) {  // growth rate
    if (x.magnitude() <= 0) return;
    Range rate = quotient(change, operand_range(x)).scaled(100);
    r = rel::make("percent", p.qindex(c.stated), {p.qindex(c.from), p.qindex(c.to)}, rate, stated_range(z, true), z.value);
    r.computed = std::fabs(delta) / x.magnitude() * 100;
    if (!r.holds || wrong_way)
      r.message = "(" + y.text + " − " + x.text + ") / " + x.text + " = " + (delta < 0 ? "−" : "") +
                  show(r.computed, z.decimals, z.value) + "%, nhưng văn bản ghi " + c.verb + " " + z.text;
  } else {
    if (!z.percent && !z.noun.empty() && !x.noun.empty() && z.noun != x.noun) return;
    Quantity zs = z;
    if (zs.noun.empty()) zs.scale = x.scale;
    bool computed = x.decimals || y.decimals || x.scale != 1 || z.percent;
    Range stated = stated_range(zs, computed);
    r = rel::make("difference", p.qindex(c.stated), {p.qindex(c.from), p.qindex(c.to)}, change, stated, z.value);
    r.computed = std::fabs(delta) / zs.scale;
    r.low = stated.lo / zs.scale;
    r.high = stated.hi / zs.scale;
    if (!r.holds && x.percent && x.magnitude() > 0)  // "giảm 20%" of a rate may be relative
      r.holds = meets(quotient(change, operand_range(x)).scaled(100), stated);
    int decimals = std::max({x.decimals, y.decimals, z.decimals});
    if (!r.holds || wrong_way)
      r.message = x.text + " − " + y.text + " = " + format_vn(std::fabs(delta) / zs.scale, decimals) +
                  (delta < 0 ? " (giảm)" : " (tăng)") + ", nhưng văn bản ghi " + c.verb + " " + rel::with_unit(z, z.text);
  }
  if (wrong_way) {
    r.holds = false;
    r.message += "; từ " + x.text + " đến " + y.text + " là " + verb_word(delta) + ", không phải " + c.verb;
  }
  out.push_back(std::move(r));
}

}  // namespace

void find_differences(const ParaTokens& p, std::vector<Relation>& out) {
  std::vector<size_t> used;
  for (size_t from : p.quantity_tokens) {
    if (from == 0 || !p.word(from - 1, "từ")) continue;
    const size_t k = from - 1;
    Change c;
    c.from = k + 1;
    c.to = to_value(p, c.from);
    if (c.to == npos) continue;
    c.stated = stated_change(p, k, c.to, &c.verb);
    if (c.stated == npos) continue;
    used.push_back(c.stated);
    check(p, c, out);
  }
  for (size_t z : p.quantity_tokens) {
    if (std::find(used.begin(), used.end(), z) != used.end()) continue;
    Change c;
    if (!rel::change_verb_before(p, z, &c.verb) || !compared(p, z, &c)) continue;
    check(p, c, out);
  }
}

}  // namespace vanban
