// Totals and their listed parts: "2.782 đơn (khiếu nại: 109, tố cáo: 36; kiến nghị, phản ánh:
// 2.637)", "2.782 đơn … trong đó kỳ trước chuyển sang là 124 đơn: phát sinh mới … 2.658 đơn",
// "gồm 12 xã và 3 thị trấn, tổng cộng 15 đơn vị". A breakdown may be partial ("trong đó có 3
// xã đạt chuẩn") or overlap ("nữ 40, đảng viên 80"), so a list that does not add up is only
// claimed as a sum when it comes close: within half the total for a bracketed or "gồm" list,
// within a tenth for a "trong đó" list or a total written after its parts.
#include <cmath>
#include <set>

#include "number/number_lexicon.h"
#include "number/relation_finders.h"
#include "number/vn_number.h"

namespace vanban {
namespace {

constexpr size_t npos = ParaTokens::npos;

struct Breakdown {
  std::vector<size_t> parts;  // token indexes
  std::vector<size_t> cuts;   // part counts at each ";" of the list: where it may really end
  double tolerance = 0.1;     // how far off (relative) a non-matching list may be and still be a claim
};

// Words that make the figures around them something else than parts of a sum: changes,
// ranges and bounds ("từ 12 đến 15"), products ("115.000 đồng x 1,3").
bool change_word(const ParaTokens& p, size_t k) {
  auto figure = [&](size_t j) { return p.is_qty(j) || p.is_num(j); };
  if (p.word_in(k, {"tăng", "giảm", "xuống", "lên", "còn", "so", "đạt", "chiếm", "bằng", "gấp", "mỗi"})) return true;
  bool bound = p.word_in(k, {"từ", "đến", "tới", "trên", "dưới", "khoảng", "hơn"}) || p.word_seq_ending(k, {"ít", "nhất"}) ||
               p.word_seq_ending(k, {"tối", "thiểu"}) || p.word_seq_ending(k, {"tối", "đa"}) ||
               p.word_seq_ending(k, {"không", "quá"});
  if (bound && figure(k + 1)) return true;
  bool between = k > 0 && figure(k - 1) && figure(k + 1);
  return between && (p.word_in(k, {"x", "nhân", "chia"}) || p.punct(k, "×") || p.punct(k, "*") || p.punct(k, "-") ||
                     p.punct(k, "–"));
}

// A stated total is an exact figure: not a bound or the end of a range ("từ 24 đến 30 tín chỉ").
bool exact_total(const ParaTokens& p, size_t w) {
  return w == 0 || !(change_word(p, w - 1) && !p.word_in(w - 1, {"đạt", "bằng", "còn"}));
}

// Words that make a breakdown overlap its siblings rather than partition the whole.
bool overlapping_label(const std::vector<std::string>& label) {
  for (const std::string& w : label)
    if (w == "nữ" || w == "thiểu" || w == "đảng" || w == "đoàn" || w == "trẻ" || w == "cao" || w == "thanh" ||
        w == "phụ" || w == "cựu")
      return true;
  return false;
}

// A part counts what the total counts ("2.782 đơn (… 109 đơn …)"), or is a bare figure
// after its label ("khiếu nại: 109"), or, in a firm list ("gồm", brackets), one kind of the
// total ("128 đơn vị hành chính, gồm 104 xã, 15 phường và 9 thị trấn").
bool part_of(const ParaTokens& p, size_t k, const Quantity& total, bool firm, bool bracketed) {
  const Quantity& q = p.qty(k);
  if (q.percent) return false;
  if (q.noun.empty()) {
    // "khiếu nại: 109"; in brackets also "nam 520". Not "cấp 1" after "2 cấp": an ordinal.
    if (p.is_word(k - 1) && total.noun.size() >= p.t[k - 1].w.size() &&
        total.noun.compare(total.noun.size() - p.t[k - 1].w.size(), std::string::npos, p.t[k - 1].w) == 0)
      return false;
    return p.punct(k - 1, ":") || (bracketed && p.is_word(k - 1));
  }
  if (rel::part_noun(q, total)) return true;
  return firm && q.scale == total.scale && !number_lexicon().time_nouns.count(q.noun);
}

// Kinds of the total must all differ from one another ("104 xã, 15 phường, 9 thị trấn");
// a list mixing the total's own noun with others is not one breakdown.
bool consistent_kinds(const ParaTokens& p, const std::vector<size_t>& parts, const Quantity& total) {
  std::set<std::string> kinds;
  size_t other = 0;
  for (size_t k : parts) {
    const Quantity& q = p.qty(k);
    if (q.noun.empty() || rel::part_noun(q, total)) continue;
    ++other;
    if (!kinds.insert(q.noun).second) return false;
  }
  return other == 0 || other == parts.size();
}

// "(khiếu nại: 109, tố cáo: 36; kiến nghị, phản ánh: 2.637)" right after the total.
Breakdown bracketed(const ParaTokens& p, size_t open, size_t close, const Quantity& total) {
  Breakdown b;
  b.tolerance = 0.5;
  bool segment_has_part = false;
  for (size_t k = open + 1; k < close; ++k) {
    if (p.t[k].depth != p.t[open].depth + 1) return {};
    if (change_word(p, k)) return {};
    if (p.punct(k, ";")) {
      if (!segment_has_part) return {};  // an item without its figure: the list cannot be summed
      segment_has_part = false;
    }
    if (!p.is_qty(k)) continue;
    if (!part_of(p, k, total, true, true)) return {};
    b.parts.push_back(k);
    segment_has_part = true;
  }
  if (!segment_has_part) return {};
  if (!consistent_kinds(p, b.parts, total)) return {};
  return b;
}

// The figures listed after "gồm", "bao gồm", "trong đó", "chia ra" or a colon, to the end
// of the sentence; a percentage after a part annotates it; another unit or a nested "trong
// đó" ends the list.
Breakdown listed(const ParaTokens& p, size_t from, const Quantity& total, double tolerance) {
  bool firm = tolerance > 0.1;
  Breakdown b;
  b.tolerance = tolerance;
  int depth = p.t[from].depth;
  for (size_t k = from; k < p.ahead_limit(from); ++k) {
    if (p.sentence_end(k) && p.t[k].depth <= depth) break;
    if (p.t[k].depth != depth) continue;
    if (k > from && p.word(k, "trong") && p.word(k + 1, "đó")) break;
    if (p.word(k, "với")) break;  // "gồm 22 đảng bộ và 30 chi bộ, với 4.856 đảng viên": an attribute follows
    if (change_word(p, k) && !p.word_in(k, {"đạt", "chiếm", "bằng"})) return {};
    if (p.punct(k, ";")) b.cuts.push_back(b.parts.size());
    if (!p.is_qty(k)) continue;
    if (p.qty(k).percent) continue;
    if (!part_of(p, k, total, firm, false)) break;
    b.parts.push_back(k);
  }
  while (!b.cuts.empty() && b.cuts.back() >= b.parts.size()) b.cuts.pop_back();
  if (!consistent_kinds(p, b.parts, total)) return {};
  return b;
}

// "35.420 ha, bằng 101,2% kế hoạch; trong đó …": a rate of the total may come before its
// breakdown. Returns where the breakdown marker would be, or j when nothing is skipped.
size_t past_rate_of_total(const ParaTokens& p, size_t j) {
  size_t k = j;
  bool rate = false;
  for (size_t steps = 0; steps < 8 && k < p.size(); ++steps, ++k) {
    if (p.word(k, "trong") || p.word_in(k, {"gồm", "bao", "chia"})) break;
    if (p.sentence_end(k) || (p.is_qty(k) && !p.qty(k).percent) || p.t[k].depth != p.t[j].depth) return j;
    if (p.is_qty(k)) rate = true;
  }
  return rate ? k : j;
}

// Where a list after the total starts, and how firmly it claims to be the whole breakdown.
size_t list_start(const ParaTokens& p, size_t j, double* tolerance) {
  j = past_rate_of_total(p, j);
  while (p.punct(j, ",") || p.punct(j, ";")) ++j;
  if (p.word(j, "trong") && p.word(j + 1, "đó")) {
    *tolerance = 0.1;
    return j + 2;
  }
  if (p.word(j, "trong") && p.word(j + 1, "số") && p.word(j + 2, "đó")) {
    *tolerance = 0.1;
    return j + 3;
  }
  if (p.word(j, "gồm") || (p.word(j, "bao") && p.word(j + 1, "gồm")) || (p.word(j, "chia") && p.word(j + 1, "ra"))) {
    *tolerance = 0.5;
    return j + (p.word(j, "gồm") ? 1 : 2);
  }
  if (p.punct(j, ":")) {
    *tolerance = 0.5;
    return j + 1;
  }
  return npos;
}

// "…, tổng cộng 15 đơn vị": the parts come first, in the same sentence.
Breakdown parts_before_total(const ParaTokens& p, size_t w) {
  size_t k = w;
  if (k > 0 && p.punct(k - 1, ":")) --k;
  if (k > 0 && p.word(k - 1, "là")) --k;
  bool total_word = (k >= 2 && p.word_seq_ending(k - 1, {"tổng", "cộng"})) ||
                    (k >= 2 && p.word_seq_ending(k - 1, {"tổng", "số"})) || (k >= 2 && p.word_seq_ending(k - 1, {"tất", "cả"}));
  if (!total_word || p.word_seq_ending(k - 1, {"với", "tổng", "số"})) return {};
  Breakdown b;
  for (size_t j = k - 2; j-- > 0;) {
    if (p.sentence_end(j) || p.punct(j, ":")) break;
    if (p.t[j].depth != p.t[w].depth) continue;
    if (!p.is_qty(j) || p.qty(j).percent) continue;
    if (!rel::part_noun(p.qty(j), p.qty(w))) break;
    b.parts.insert(b.parts.begin(), j);
  }
  return b;
}

bool overlapping(const ParaTokens& p, const Breakdown& b) {
  for (size_t k : b.parts)
    if (overlapping_label(p.label(k, 6))) return true;
  return false;
}

Range parts_range(const ParaTokens& p, const std::vector<size_t>& parts, const Quantity& total) {
  Range r{0, 0};
  for (size_t k : parts) {
    Quantity q = p.qty(k);
    if (q.noun.empty()) q.scale = total.scale;
    r = sum(r, operand_range(q));
  }
  return r;
}

// A list running on past a ";" may have ended there ("gồm 104 xã, 15 phường và 9 thị trấn;
// 1.200 thôn …"): the first prefix that adds up wins, else the one that comes closest.
Breakdown best_prefix(const ParaTokens& p, const Breakdown& b, const Quantity& total) {
  Breakdown best = b;
  double best_off = 1e300;
  std::vector<size_t> lengths = b.cuts;
  lengths.push_back(b.parts.size());
  for (size_t n : lengths) {
    if (n < 2) continue;
    Breakdown c = b;
    c.parts.resize(n);
    Range r = parts_range(p, c.parts, total);
    if (meets(r, operand_range(total))) return c;
    double off = std::fabs(mid(r) - total.magnitude());
    if (off < best_off) {
      best_off = off;
      best = c;
    }
  }
  return best;
}

void emit(const ParaTokens& p, size_t w, const Breakdown& whole_list, std::vector<Relation>& out) {
  if (whole_list.parts.size() < 2) return;
  Breakdown b = best_prefix(p, whole_list, p.qty(w));
  const Quantity& total = p.qty(w);
  Range s = operand_range(total);
  Range parts{0, 0};
  double point = 0;
  std::vector<size_t> ops;
  for (size_t k : b.parts) {
    Quantity q = p.qty(k);
    if (q.noun.empty()) q.scale = total.scale;  // "(khiếu nại: 109, …)" counts in the total's unit
    parts = sum(parts, operand_range(q));
    point += q.magnitude();
    ops.push_back(p.qindex(k));
  }
  Relation r = rel::make("sum", p.qindex(w), ops, parts, s, total.value);
  r.computed = point / total.scale;
  r.low = s.lo / total.scale;
  r.high = s.hi / total.scale;
  if (!r.holds) {
    double off = std::fabs(point - total.magnitude()) / std::max(total.magnitude(), 1e-9);
    if (off > b.tolerance || overlapping(p, b)) return;
    std::string terms;
    for (size_t k : b.parts) terms += (terms.empty() ? "" : " + ") + p.qty(k).text;
    int decimals = total.decimals;
    for (size_t k : b.parts) decimals = std::max(decimals, p.qty(k).decimals);
    r.message = terms + " = " + format_vn(r.computed, decimals) + ", nhưng văn bản ghi tổng là " +
                rel::with_unit(total, total.text);
  }
  out.push_back(std::move(r));
}

}  // namespace

void find_sums(const ParaTokens& p, std::vector<Relation>& out) {
  for (size_t w : p.quantity_tokens) {
    if (p.qty(w).percent || p.qty(w).noun.empty() || !exact_total(p, w)) continue;
    const Quantity& total = p.qty(w);
    size_t j = w + 1;
    // A few words may qualify the total before its breakdown: "128 đơn vị hành chính cấp xã, gồm".
    for (int qualifier = 0; qualifier < 4 && p.is_word(j) && !p.word_in(j, {"trong", "gồm", "bao", "chia", "tổng"}); ++qualifier)
      ++j;
    if (!p.punct(j, "(") && !p.punct(j, ",") && !p.punct(j, ":") && !p.is_word(j)) j = w + 1;
    if (p.punct(j, "(")) {
      size_t close = p.closing(j);
      if (close == npos) continue;
      emit(p, w, bracketed(p, j, close, total), out);
      j = close + 1;
    }
    double tolerance = 0.1;
    size_t from = list_start(p, j, &tolerance);
    if (from != npos) emit(p, w, listed(p, from, total, tolerance), out);
    emit(p, w, parts_before_total(p, w), out);
  }
}

}  // namespace vanban
