// date/invalid: a date that does not exist (31/02/2018, 15/13/2019, 00/5/2020).
#include "check/citation_support.h"
#include "check/rules.h"
#include "core/analysis.h"

namespace vanban {
namespace {

std::string why(const Date& d) {
  if (d.month < 1 || d.month > 12) return "không có tháng " + std::to_string(d.month);
  if (d.day < 1) return "không có ngày " + std::to_string(d.day);
  if (d.year < 1000 || d.year > 2999) return "năm " + std::to_string(d.year) + " không hợp lệ";
  Date last{d.year, d.month, 31};
  while (!last.valid()) --last.day;
  return "tháng " + std::to_string(d.month) + " năm " + std::to_string(d.year) + " chỉ có " + std::to_string(last.day) + " ngày";
}

class Invalid : public Rule {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo i{"date/invalid", Severity::Error, "Ngày tháng không có thật trên lịch.",
                            "Căn cứ Kế hoạch số 12/KH-UBND ngày 31/02/2018 của Ủy ban nhân dân huyện.",
                            "Căn cứ Kế hoạch số 12/KH-UBND ngày 28/02/2018 của Ủy ban nhân dân huyện."};
    return i;
  }

  void run(const Analysis& a, const Options&, std::vector<Finding>& out) const override {
    std::string_view text = a.layout.text.text();
    for (const DateMention& m : a.dates) {
      if (m.date.valid()) continue;
      const std::string written(text.substr(m.span.begin, m.span.size()));
      out.push_back(make_finding(info().id, info().severity, m.span,
                                 "Ngày “" + written + "” không có thật: " + why(m.date) + "; mong đợi một ngày có trên lịch"));
    }
  }
};

}  // namespace

const Rule& date_invalid_rule() {
  static const Invalid rule;
  return rule;
}

}  // namespace vanban
