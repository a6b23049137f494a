#include "number/relation_findings.h"

#include <cmath>

#include "number/vn_number.h"

namespace vanban {
namespace {

// What each operand is to the stated figure, by kind and position.
std::string operand_note(const std::string& kind, size_t index, const Quantity& q) {
  const std::string value = q.text + (q.percent || q.unit.empty() ? "" : " " + q.unit);
  if (kind == "percent") return (index == 0 ? "phần: " : "tổng (cơ sở tính): ") + value;
  if (kind == "sum") return "thành phần: " + value;
  if (kind == "difference") return (index == 0 ? "giá trị ban đầu: " : "giá trị sau: ") + value;
  if (kind == "repeat") return "cùng số liệu được ghi là " + value;
  return value;
}

// The figure the arithmetic gives, written the way the text writes the stated one.
std::string suggestion(const Relation& r, const Quantity& stated) {
  if (r.kind == "repeat") return {};
  int decimals = stated.decimals;
  std::string s = format_vn(r.computed, decimals);
  return stated.percent ? s + "%" : s;
}

}  // namespace

void report_failing_relations(const Analysis& a, const std::string& kind, const RuleInfo& rule, std::vector<Finding>& out) {
  for (const Relation& r : a.relations) {
    if (r.kind != kind || r.holds) continue;
    const Quantity& stated = a.quantities[r.stated];
    Finding f;
    f.rule = rule.id;
    f.severity = rule.severity;
    f.span = stated.span;
    f.message = r.message;
    for (size_t i = 0; i < r.operands.size(); ++i) {
      const Quantity& q = a.quantities[r.operands[i]];
      f.related.push_back({q.span, operand_note(kind, i, q)});
    }
    f.suggestion = suggestion(r, stated);
    out.push_back(std::move(f));
  }
}

}  // namespace vanban
