// number/sum: a stated total that differs from the sum of the parts listed with it
// ("2.782 đơn (khiếu nại: 109, tố cáo: 36; kiến nghị, phản ánh: 2.673)").
#include "check/rules.h"
#include "number/relation_findings.h"

namespace vanban {
namespace {

class NumberSum : public Rule {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo i{"number/sum", Severity::Warning,
                            "Tổng số ghi trong văn bản khác tổng của các thành phần được liệt kê kèm theo.",
                            "Tổng số đơn thuộc thẩm quyền là 2.782 đơn (khiếu nại: 109, tố cáo: 36; kiến nghị, phản ánh: 2.673).",
                            "Tổng số đơn thuộc thẩm quyền là 2.782 đơn (khiếu nại: 109, tố cáo: 36; kiến nghị, phản ánh: 2.637)."};
    return i;
  }
  void run(const Analysis& a, const Options&, std::vector<Finding>& out) const override {
    report_failing_relations(a, "sum", info(), out);
  }
};

}  // namespace

const Rule& number_sum_rule() {
  static const NumberSum rule;
  return rule;
}

}  // namespace vanban
