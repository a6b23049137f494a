// date/future: a cited document dated after the document that cites it (its own date, from the
// structure stage) or after --as-of. Without either, the rule stays silent. Only dates of issue
// count: deadlines and dates of effect may well lie ahead.
#include "check/citation_support.h"
#include "check/rules.h"
#include "core/analysis.h"

namespace vanban {
namespace {

class Future : public Rule {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo i{"date/future", Severity::Warning,
                            "Văn bản được dẫn có ngày ban hành muộn hơn ngày của văn bản đang kiểm tra (hoặc ngày --as-of).",
                            "ỦY BAN NHÂN DÂN\nHUYỆN ĐỨC TRỌNG\nSố: 15/KH-UBND\nĐức Trọng, ngày 10 tháng 3 năm 2020\n"
                            "KẾ HOẠCH\nThực hiện Chỉ thị số 05-CT/TU ngày 12/5/2021 của Ban Thường vụ Tỉnh ủy.\n",
                            "ỦY BAN NHÂN DÂN\nHUYỆN ĐỨC TRỌNG\nSố: 15/KH-UBND\nĐức Trọng, ngày 10 tháng 3 năm 2020\n"
                            "KẾ HOẠCH\nThực hiện Chỉ thị số 05-CT/TU ngày 12/5/2019 của Ban Thường vụ Tỉnh ủy.\n"};
    return i;
  }

  void run(const Analysis& a, const Options& options, std::vector<Finding>& out) const override {
    const std::optional<Date>& own = a.structure.document.date;
    const std::optional<Date> reference = options.as_of ? options.as_of : own;
    if (!reference || !reference->valid()) return;
    const std::string against = options.as_of ? "ngày đối chiếu (--as-of) " + reference->vn()
                                              : "ngày của chính văn bản này (" + reference->vn() + ")";
    for (const Citation& c : a.citations) {
      if (!c.date || !c.date->valid() || !(*reference < *c.date)) continue;
      const std::string what = c.code.empty() ? c.type + " " + c.name : c.type + " " + c.code;
      out.push_back(make_finding(info().id, info().severity, c.date_span.empty() ? c.span : c.date_span,
                                 "Ngày ban hành " + c.date->vn() + " của " + what + " muộn hơn " + against +
                                     "; mong đợi một ngày không muộn hơn " + reference->vn()));
    }
  }
};

}  // namespace

const Rule& date_future_rule() {
  static const Future rule;
  return rule;
}

}  // namespace vanban
