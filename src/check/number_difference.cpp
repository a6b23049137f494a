// number/difference: "từ X … xuống còn Y" stated with a change Z where X − Y ≠ Z (or the
// change goes the other way).
#include "check/rules.h"
#include "number/relation_findings.h"

namespace vanban {
namespace {

class NumberDifference : public Rule {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo i{"number/difference", Severity::Warning,
                            "Mức tăng, giảm ghi trong văn bản không bằng hiệu của giá trị trước và sau.",
                            "Sáp nhập 20 thôn (giảm 12 thôn, từ 117 thôn giảm xuống còn 106 thôn).",
                            "Sáp nhập 20 thôn (giảm 12 thôn, từ 117 thôn giảm xuống còn 105 thôn)."};
    return i;
  }
  void run(const Analysis& a, const Options&, std::vector<Finding>& out) const override {
    report_failing_relations(a, "difference", info(), out);
  }
};

}  // namespace

const Rule& number_difference_rule() {
  static const NumberDifference rule;
  return rule;
}

}  // namespace vanban
