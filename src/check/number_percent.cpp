// number/percent: a stated percentage outside the rounding interval of part / whole
// ("63.439 người chiếm 33,3%" of 192.240 people is 33,0%), or a growth rate that does not
// match the two figures it compares, or a multiple ("gấp 1,6 lần") that does not.
#include "check/rules.h"
#include "number/relation_findings.h"

namespace vanban {
namespace {

class NumberPercent : public Rule {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo i{"number/percent", Severity::Warning,
                            "Tỷ lệ phần trăm (hoặc số lần) ghi trong văn bản không khớp với phép chia giữa các số liệu (đã tính sai số làm tròn).",
                            "Dân số toàn huyện có 192.240 người, trong đó: đồng bào dân tộc thiểu số 63.439 người chiếm 33,3%.",
                            "Dân số toàn huyện có 192.240 người, trong đó: đồng bào dân tộc thiểu số 63.439 người chiếm 33,0%."};
    return i;
  }
  void run(const Analysis& a, const Options&, std::vector<Finding>& out) const override {
    report_failing_relations(a, "percent", info(), out);
    report_failing_relations(a, "ratio", info(), out);  // "gấp 1,6 lần": a rate written as a multiple
  }
};

}  // namespace

const Rule& number_percent_rule() {
  static const NumberPercent rule;
  return rule;
}

}  // namespace vanban
