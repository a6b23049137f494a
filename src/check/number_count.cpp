// number/count: "có N … là A, B, C" where the list does not have N items.
#include "check/rules.h"
#include "number/relation_findings.h"

namespace vanban {
namespace {

class NumberCount : public Rule {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo i{"number/count", Severity::Warning,
                            "Số lượng ghi trong văn bản khác số mục được liệt kê ngay sau đó.",
                            "Trên địa bàn có 5 tôn giáo chính là Phật giáo, Công giáo, Tin Lành và Cao Đài.",
                            "Trên địa bàn có 4 tôn giáo chính là Phật giáo, Công giáo, Tin Lành và Cao Đài."};
    return i;
  }
  void run(const Analysis& a, const Options&, std::vector<Finding>& out) const override {
    report_failing_relations(a, "count", info(), out);
  }
};

}  // namespace

const Rule& number_count_rule() {
  static const NumberCount rule;
  return rule;
}

}  // namespace vanban
