// citation/year-mismatch: years that cannot agree. The year inside a normative number differs
// from the year of its date (04/2015/NĐ-CP ngày 09/01/2016); a QH<k> / UBTVQH<k> symbol names a
// Quốc hội term that does not cover its year (80/2015/QH14); a term written beside a central
// issuer does not cover the date ("Bộ Chính trị (khóa X)" on a 2021 date). Terms and their
// years are in lexicons/qh_terms.json; a boundary year belongs to both terms.
#include "check/citation_support.h"
#include "check/rules.h"
#include "cite/code.h"
#include "cite/lexicon.h"
#include "core/analysis.h"

namespace vanban {
namespace {

std::string years(const cite::Term& t) { return std::to_string(t.from) + "–" + std::to_string(t.to); }

class YearMismatch : public Rule {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo i{"citation/year-mismatch", Severity::Warning,
                            "Năm trong số hiệu, khóa ghi kèm và năm ban hành của một văn bản không khớp nhau.",
                            "Căn cứ Nghị định số 04/2015/NĐ-CP ngày 09/01/2016 của Chính phủ về thực hiện dân chủ.",
                            "Căn cứ Nghị định số 04/2015/NĐ-CP ngày 09/01/2015 của Chính phủ về thực hiện dân chủ."};
    return i;
  }

  void run(const Analysis& a, const Options&, std::vector<Finding>& out) const override {
    for (const Citation& c : a.citations) {
      code_year(a, c, out);
      qh_term(c, out);
      written_term(c, out);
    }
  }

 private:
  void code_year(const Analysis&, const Citation& c, std::vector<Finding>& out) const {
    if (!c.year || !c.date || !c.date->valid() || c.date->year == *c.year) return;
    out.push_back(make_finding(info().id, info().severity, c.date_span,
                               "Năm trong số hiệu " + c.code + " là " + std::to_string(*c.year) +
                                   " nhưng ngày ban hành là " + c.date->vn() + "; mong đợi một ngày trong năm " +
                                   std::to_string(*c.year)));
  }

  // QH13: the 13th Quốc hội sat 2011–2016, so its numbers carry one of those years.
  void qh_term(const Citation& c, std::vector<Finding>& out) const {
    if (c.issuer_code.empty()) return;
    const std::string last = c.issuer_code.substr(c.issuer_code.rfind('-') + 1);
    const auto [base, number] = cite::split_term(last);
    if (!number) return;
    const int year = c.year ? *c.year : (c.date && c.date->valid() ? c.date->year : 0);
    const cite::Term* t = cite::lexicon().qh_term(number);
    if (!year || !t || (year >= t->from && year <= t->to)) return;
    out.push_back(make_finding(info().id, info().severity, c.code_span,
                               "Số hiệu " + c.code + " ghi " + (base == "QH" ? "Quốc hội" : "Ủy ban Thường vụ Quốc hội") +
                                   " khóa " + t->roman + " (" + years(*t) + ") nhưng văn bản ban hành năm " +
                                   std::to_string(year)));
  }

  // "của Bộ Chính trị (khóa X)": only for central Party bodies and the Quốc hội, whose terms are
  // national; a provincial committee's term has other years.
  void written_term(const Citation& c, std::vector<Finding>& out) const {
    if (c.term.empty() || !c.date || !c.date->valid()) return;
    const std::string code = first_issuer_code(c);
    const cite::Term* t = nullptr;
    if (code == "TW") t = cite::lexicon().party_term(c.term);
    if (code == "QH" || code == "UBTVQH") t = cite::lexicon().qh_term_roman(c.term);
    if (!t || (c.date->year >= t->from && c.date->year <= t->to)) return;
    out.push_back(make_finding(info().id, info().severity, c.term_span.empty() ? c.span : c.term_span,
                               c.issuer + " khóa " + c.term + " làm việc trong các năm " + years(*t) +
                                   ", không thể ban hành văn bản " + c.code + " ngày " + c.date->vn()));
  }
};

}  // namespace

const Rule& citation_year_mismatch_rule() {
  static const YearMismatch rule;
  return rule;
}

}  // namespace vanban
