// Totals and their listed parts: "2.782 đơn (khiếu nại: 109, tố cáo: 36; kiến nghị, phản ánh:
// 2.637)", "2.782 đơn … trong đó kỳ trước chuyển sang là 124 đơn: phát sinh mới … 2.658 đơn",
// "gồm 12 xã và 3 thị trấn, tổng cộng 15 đơn vị". A breakdown may be partial ("trong đó có 3
// xã đạt chuẩn") or overlap ("nữ 40, đảng viên 80"), so a list that does not add up is only
// claimed as a sum when it comes close: within half the total for a bracketed or "gồm" list,
// within a tenth for a "trong đó" list or a total written after its parts.
#include <cmath>

#include "number/relation_finders.h"
#include "number/vn_number.h"

namespace vanban {
namespace {

constexpr size_t npos = ParaTokens::npos;

struct Breakdown {
  std::vector<size_t> parts;  // token indexes
  double tolerance = 0.1;     // how far off (relative) a non-matching list may be and still be a claim
};

bool change_word(const ParaTokens& p, size_t k) {
  return p.word_in(k, {"từ", "tăng", "giảm", "xuống", "lên", "còn", "so", "đạt", "chiếm", "bằng", "hơn", "gấp"});
}

// Words that make a breakdown overlap its siblings rather than partition the whole.
bool overlapping_label(const std::vector<std::string>& label) {
  for (const std::string& w : label)
    if (w == "nữ" || w == "thiểu" || w == "đảng" || w == "đoàn" || w == "trẻ" || w == "cao" || w == "thanh" ||
        w == "phụ" || w == "cựu")
      return true;
  return false;
}

bool part_of(const ParaTokens& p, size_t k, const Quantity& total) {
  const Quantity& q = p.qty(k);
  if (q.percent) return false;
  if (q.noun.empty()) return p.punct(k - 1, ":") || p.is_word(k - 1);  // "khiếu nại: 109", "nam 520"
  return rel::same_noun(q, total);
}

// "(khiếu nại: 109, tố cáo: 36; kiến nghị, phản ánh: 2.637)" right after the total.
Breakdown bracketed(const ParaTokens& p, size_t open, size_t close, const Quantity& total) {
  Breakdown b;
  b.tolerance = 0.5;
  for (size_t k = open + 1; k < close; ++k) {
    if (p.t[k].depth != p.t[open].depth + 1) return {};
    if (change_word(p, k)) return {};
    if (!p.is_qty(k)) continue;
    if (!part_of(p, k, total)) return {};
    b.parts.push_back(k);
  }
  return b;
}

// The figures listed after "gồm", "bao gồm", "trong đó", "chia ra" or a colon, to the end
// of the sentence; a percentage after a part annotates it; another unit or a nested "trong
// đó" ends the list.
Breakdown listed(const ParaTokens& p, size_t from, const Quantity& total, double tolerance) {
  Breakdown b;
  b.tolerance = tolerance;
  int depth = p.t[from].depth;
  for (size_t k = from; k < p.size(); ++k) {
    if (p.sentence_end(k) && p.t[k].depth <= depth) break;
    if (p.t[k].depth != depth) continue;
    if (k > from && p.word(k, "trong") && p.word(k + 1, "đó")) break;
    if (change_word(p, k) && !p.word_in(k, {"đạt", "chiếm", "bằng"})) return {};
    if (!p.is_qty(k)) continue;
    if (p.qty(k).percent) continue;
    if (!part_of(p, k, total)) break;
    b.parts.push_back(k);
  }
  return b;
}

// Where a list after the total starts, and how firmly it claims to be the whole breakdown.
size_t list_start(const ParaTokens& p, size_t j, double* tolerance) {
  while (p.punct(j, ",")) ++j;
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
    if (!rel::same_noun(p.qty(j), p.qty(w))) break;
    b.parts.insert(b.parts.begin(), j);
  }
  return b;
}

bool overlapping(const ParaTokens& p, const Breakdown& b) {
  for (size_t k : b.parts)
    if (overlapping_label(p.label(k, 6))) return true;
  return false;
}

void emit(const ParaTokens& p, size_t w, const Breakdown& b, std::vector<Relation>& out) {
  if (b.parts.size() < 2) return;
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
  for (size_t w = 0; w < p.size(); ++w) {
    if (!p.is_qty(w) || p.qty(w).percent || p.qty(w).noun.empty()) continue;
    const Quantity& total = p.qty(w);
    size_t j = w + 1;
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
