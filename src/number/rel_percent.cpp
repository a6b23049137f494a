// Percentages of a whole: "dân số … có 192.240 người, trong đó: … 63.439 người chiếm 33,3%".
// A share is checked only when the text ties the percentage to a part (written right before
// it, or named by "tỷ lệ <tên> là") and the part to a whole (a fraction "45/50 xã", a phrase
// after the percentage naming a stated figure, "trong đó"/"gồm" after the whole, or a
// "tổng số" figure before the part).
#include <cmath>

#include "number/number_lexicon.h"
#include "number/relation_finders.h"
#include "number/vn_number.h"

namespace vanban {
namespace {

constexpr size_t npos = ParaTokens::npos;

enum class Bound { Exact, Above, Below, About, Norm };

// "trên 50%", "khoảng 30%", "không quá 70%": what the words before the percentage claim.
Bound bound_before(const ParaTokens& p, size_t i) {
  if (i == 0) return Bound::Exact;
  size_t k = i - 1;
  if (p.word_in(k, {"quá", "đa", "thiểu", "dưới"}) && k > 0 &&
      p.word_in(k - 1, {"không", "tối"}))
    return Bound::Norm;
  if (p.word_seq_ending(k, {"ít", "nhất"}) || p.word(k, "từ")) return Bound::Norm;
  if (p.word_in(k, {"trên", "hơn", "ngoài"})) return Bound::Above;
  if (p.word_in(k, {"dưới"}) || p.word_seq_ending(k, {"chưa", "đến"}) || p.word_seq_ending(k, {"chưa", "tới"}))
    return Bound::Below;
  if (p.word_in(k, {"khoảng", "gần", "xấp", "xỉ", "ước", "chừng", "độ", "tính"})) return Bound::About;
  return Bound::Exact;
}

// A percentage that is a change or an end of a change ("tăng 5%", "từ 3,2% xuống 2,1%") is
// the difference finder's; one in a range ("10% - 20%", "từ 10% đến 20%") is nobody's.
bool is_change_or_range(const ParaTokens& p, size_t i) {
  if (rel::change_verb_before(p, i)) return true;
  if (i > 0 && p.word_in(i - 1, {"lên", "xuống", "còn", "thành", "từ", "đến", "tới"})) return true;
  if (p.word_in(i + 1, {"lên", "xuống", "đến", "tới"})) return true;
  return p.punct(i + 1, "-") || p.punct(i + 1, "–");
}

// What introduces the percentage as a share: "chiếm", "đạt", "bằng", "là", "tỷ lệ", or a bracket,
// comma or colon right after the part. "cộng thêm 10%" or "giảm 5%" introduce no share.
bool share_cue(const ParaTokens& p, size_t i) {
  size_t k = i;
  while (k > 0 && p.word_in(k - 1, {"trên", "hơn", "dưới", "khoảng", "gần", "xấp", "xỉ", "ước", "tính", "chừng", "ngoài"})) --k;
  if (k == 0) return false;
  return p.word_in(k - 1, {"chiếm", "đạt", "bằng", "là", "lệ", "được"}) || p.punct(k - 1, "(") || p.punct(k - 1, ",") ||
         p.punct(k - 1, ":") || p.punct(k - 1, "=");
}

bool link_word(const ParaTokens& p, size_t k) {
  return p.word_in(k, {"chiếm", "đạt", "bằng", "là", "tỷ", "tỉ", "lệ", "với", "tương", "ứng", "đương", "khoảng",
                       "gần", "xấp", "xỉ", "trên", "hơn", "dưới", "ước", "có"});
}

struct PartWhole {
  size_t part = npos, whole = npos;
};

// The part written just before the percentage: "63.439 người chiếm 33,3%", "2.682 đơn (…),
// đạt 96,4%". Only linking words may come between ("đạt", "bằng", "tỷ lệ"), except after
// "chiếm" or for a fraction ("12/15 xã đạt chuẩn nông thôn mới, đạt 80%"), which tie the
// percentage to the figure by themselves.
PartWhole part_before(const ParaTokens& p, size_t i) {
  bool chiem = false;
  for (size_t k = i; k-- > 0 && k + 4 > i;)
    if (p.word(k, "chiếm")) chiem = true;
  size_t words = 0;
  bool only_links = true;
  for (size_t k = i; k-- > ParaTokens::back_limit(i);) {
    if (p.punct(k, ")")) {
      size_t open = p.opening(k);
      if (open == npos) return {};
      k = open;
      continue;
    }
    if (p.is_qty(k)) {
      if (p.qty(k).percent) return {};
      if (k >= 2 && p.punct(k - 1, "/") && p.is_qty(k - 2)) return words <= 10 ? PartWhole{k - 2, k} : PartWhole{};
      if (chiem ? words <= 8 : only_links && words <= 4) return {k, npos};
      return {};
    }
    if (p.clause_end(k) || p.punct(k, ":")) return {};
    if (p.t[k].depth < p.t[i].depth && !p.punct(k, "(")) return {};
    if (p.is_word(k) || p.is_num(k)) {
      if (++words > 10) return {};
      only_links = only_links && link_word(p, k);
    }
  }
  return {};
}

// "tỷ lệ giải quyết là 96,4%": the part is the figure the words after "tỷ lệ" name.
size_t part_by_rate_name(const ParaTokens& p, size_t i) {
  size_t rate = npos;
  for (size_t k = i; k-- > 0 && k + 10 > i;) {
    if (p.clause_end(k)) break;
    if (p.word_in(k, {"tỷ", "tỉ"}) && p.word(k + 1, "lệ")) {
      rate = k;
      break;
    }
  }
  if (rate == npos) return npos;
  std::vector<std::string> name;
  for (size_t k = rate + 2; k < i; ++k)
    if (p.is_word(k) && !p.word_in(k, {"là", "đạt", "bằng", "chiếm", "khoảng", "trên"})) name.emplace_back(p.t[k].w);
  if (name.empty()) return npos;
  for (size_t k = rate; k-- > ParaTokens::back_limit(rate);) {
    if (!p.is_qty(k) || p.qty(k).percent || p.t[k].depth > p.t[i].depth) continue;
    std::vector<std::string> hay = p.label(k);
    for (const std::string& w : split_words(p.qty(k).noun)) hay.push_back(w);
    if (rel::mentions(hay, name)) return k;
  }
  return npos;
}

// "đạt 95,2% (giải ngân 1.904 tỷ đồng/2.000 tỷ đồng kế hoạch)": the fraction in the bracket
// right after the percentage.
PartWhole fraction_after(const ParaTokens& p, size_t i) {
  size_t open = i + 1;
  while (open < i + 5 && p.is_word(open)) ++open;  // "đạt 100% chỉ tiêu (185/185 thanh niên)"
  if (!p.punct(open, "(")) return {};
  size_t close = p.closing(open);
  if (close == npos) return {};
  for (size_t k = open + 1; k + 2 < close; ++k)
    if (p.is_qty(k) && p.punct(k + 1, "/") && p.is_qty(k + 2) && p.t[k].depth == p.t[i].depth + 1) return {k, k + 2};
  return {};
}

bool target_word(const ParaTokens& p, size_t k) {
  return p.word_in(k, {"kế", "dự", "chỉ", "mục", "cùng", "so"});  // kế hoạch, dự toán, chỉ tiêu, mục tiêu, cùng kỳ
}

// The whole named after the percentage: "… đạt 102,8% dự toán" → the figure labelled "dự toán";
// "chiếm 30% tổng số 1.500 hộ" → that figure.
size_t whole_after(const ParaTokens& p, size_t i, size_t part, bool* target) {
  std::vector<std::string> phrase;
  size_t k = i + 1;
  for (; k < p.size() && k < i + 7 && p.is_word(k); ++k) {
    if (target_word(p, k)) *target = true;
    phrase.emplace_back(p.t[k].w);
  }
  if (p.is_qty(k) && k <= i + 4 && rel::part_noun(p.qty(part), p.qty(k))) return k;
  if (p.punct(k, "(") && p.is_qty(k + 1) && rel::part_noun(p.qty(part), p.qty(k + 1)) && !phrase.empty())
    return k + 1;  // "đạt 105,2% dự toán tỉnh giao (1.173,6 tỷ đồng)"
  if (phrase.empty()) return npos;
  for (size_t j = part; j-- > ParaTokens::back_limit(part);) {
    if (!p.is_qty(j) || !rel::part_noun(p.qty(part), p.qty(j))) continue;
    if (rel::mentions(p.label(j), phrase)) return j;
  }
  return npos;
}

// The whole a "trong đó", "gồm" or "bao gồm" breaks down, before the part (this sentence or
// the one before): "192.240 người, trong đó: … 63.439 người".
size_t whole_by_marker(const ParaTokens& p, size_t part) {
  int sentences = 0;
  for (size_t k = part; k-- > ParaTokens::back_limit(part);) {
    if (p.sentence_end(k) && ++sentences > 1) return npos;
    if (p.t[k].depth > p.t[part].depth) continue;
    bool marker = (p.word(k, "trong") && p.word(k + 1, "đó")) || p.word(k, "gồm");
    if (!marker) continue;
    size_t m = k;
    if (p.word(m - 1, "bao")) --m;
    while (m > 0 && (p.punct(m - 1, ",") || p.punct(m - 1, ":") || p.punct(m - 1, "."))) --m;
    if (m > 0 && p.punct(m - 1, ")")) m = p.opening(m - 1);
    for (int qualifier = 0; qualifier < 4 && m != npos && m > 0 && p.is_word(m - 1); ++qualifier) --m;  // "người dân"
    if (m == npos || m == 0 || !p.is_qty(m - 1)) continue;
    size_t w = m - 1;
    if (rel::part_noun(p.qty(part), p.qty(w)) && p.qty(w).magnitude() >= p.qty(part).magnitude()) return w;
    return npos;
  }
  return npos;
}

// A "tổng số" figure before the part, in the same paragraph.
size_t whole_by_total(const ParaTokens& p, size_t part) {
  for (size_t k = part; k-- > ParaTokens::back_limit(part);) {
    if (!p.is_qty(k) || !rel::part_noun(p.qty(part), p.qty(k))) continue;
    if (p.qty(k).magnitude() <= p.qty(part).magnitude()) continue;
    std::vector<std::string> l = p.label(k, 20);
    for (size_t w = 0; w + 1 < l.size(); ++w)
      if (l[w] == "tổng" && (l[w + 1] == "số" || l[w + 1] == "cộng")) return k;
  }
  return npos;
}

Range claimed(Bound b, const Quantity& q) {
  Range s = stated_range(q, true);
  double v = q.value;
  switch (b) {
    case Bound::Above: return {s.lo, 1e18};
    case Bound::Below: return {-1e18, s.hi};
    case Bound::About: {
      double tol = std::max(1.0, 0.05 * v);
      return {v - tol, v + tol};
    }
    default: return s;
  }
}

std::string percent_message(const Quantity& part, const Quantity& whole, const Quantity& pct, const Relation& r,
                            Bound bound) {
  std::string head = part.text + " / " + whole.text + " = " + show(r.computed, pct.decimals, pct.value) +
                     "%, nhưng văn bản ghi ";
  switch (bound) {
    case Bound::Above: return head + "trên " + pct.text;
    case Bound::Below: return head + "dưới " + pct.text;
    case Bound::About: return head + "khoảng " + pct.text;
    default:
      return head + pct.text + " (khoảng làm tròn " + format_vn(r.low, pct.decimals + 1) + "–" +
             format_vn(r.high, pct.decimals + 1) + "%)";
  }
}

}  // namespace

void find_percents(const ParaTokens& p, std::vector<Relation>& out) {
  for (size_t i : p.quantity_tokens) {
    if (!p.qty(i).percent || is_change_or_range(p, i)) continue;
    Bound bound = bound_before(p, i);
    if (bound == Bound::Norm || !share_cue(p, i)) continue;
    PartWhole pw = part_before(p, i);
    if (pw.part == npos) pw = fraction_after(p, i);
    if (pw.part == npos) pw.part = part_by_rate_name(p, i);
    if (pw.part == npos || p.qty(pw.part).noun.empty()) continue;
    bool target = pw.whole != npos;  // a fraction names its whole: the part may exceed it
    if (pw.whole == npos) pw.whole = whole_after(p, i, pw.part, &target);
    if (pw.whole == npos && !target) pw.whole = whole_by_marker(p, pw.part);
    if (pw.whole == npos && !target) pw.whole = whole_by_total(p, pw.part);
    if (pw.whole == npos) continue;
    const Quantity &part = p.qty(pw.part), &whole = p.qty(pw.whole), &pct = p.qty(i);
    if (whole.magnitude() <= 0) continue;
    if (!target && whole.magnitude() < part.magnitude()) continue;
    Range computed = quotient(operand_range(part), operand_range(whole)).scaled(100);
    Relation r = rel::make("percent", p.qindex(i), {p.qindex(pw.part), p.qindex(pw.whole)}, computed, claimed(bound, pct),
                           pct.value);
    r.computed = part.magnitude() / whole.magnitude() * 100;
    if (bound == Bound::Exact || bound == Bound::About) {
      r.low = claimed(bound, pct).lo;
      r.high = claimed(bound, pct).hi;
    } else {
      r.low = stated_range(pct, true).lo;
      r.high = stated_range(pct, true).hi;
    }
    if (!r.holds) r.message = percent_message(part, whole, pct, r, bound);
    out.push_back(std::move(r));
  }
}

}  // namespace vanban
