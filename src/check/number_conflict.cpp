// number/conflict: the same stock stated twice with different values ("Huyện … có 105 thôn"
// in the overview, "… giảm xuống còn 107 thôn" further on).
#include "check/rules.h"
#include "number/relation_findings.h"

namespace vanban {
namespace {

class NumberConflict : public Rule {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo i{"number/conflict", Severity::Warning,
                            "Cùng một số liệu (số hiện có của cùng một đối tượng) được ghi hai lần với giá trị khác nhau.",
                            "Huyện Đức Trọng có 14 xã, 1 thị trấn, 105 thôn.\n\nĐã sáp nhập 20 thôn, từ 117 thôn giảm xuống còn 107 thôn.",
                            "Huyện Đức Trọng có 14 xã, 1 thị trấn, 105 thôn.\n\nĐã sáp nhập 20 thôn, từ 117 thôn giảm xuống còn 105 thôn."};
    return i;
  }
  void run(const Analysis& a, const Options&, std::vector<Finding>& out) const override {
    report_failing_relations(a, "repeat", info(), out);
  }
};

}  // namespace

const Rule& number_conflict_rule() {
  static const NumberConflict rule;
  return rule;
}

}  // namespace vanban
