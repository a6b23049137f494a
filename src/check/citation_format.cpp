// citation/format: a number and symbol not written in its canonical form, with that form as
// the suggestion. Type and issuer run together ("26/CTTTg") and a Party layout for a State
// body ("42-NQ/CP") are warnings; a stray space ("24- CT/TU", "PL-UBTVQH 11"), a space for the
// hyphen ("33/CT TTg", often a line wrap) and a variant spelling ("ND-CP") are style (info).
#include "check/citation_support.h"
#include "check/rules.h"
#include "cite/code.h"
#include "core/analysis.h"

namespace vanban {
namespace {

constexpr int kStateSlashSince = 2001;

struct Problem {
  const char* id;
  Severity severity;
  const char* what;  // Vietnamese, after "Số hiệu “…” "
};

constexpr Problem kProblems[] = {
    {cite::kGlued, Severity::Warning, "viết liền mã loại văn bản với mã cơ quan ban hành, thiếu dấu gạch nối"},
    {cite::kPartyLayout, Severity::Warning,
     "viết theo thể thức văn bản của Đảng (số-loại/cơ quan) nhưng cơ quan ban hành là cơ quan nhà nước"},
    {cite::kStateLayout, Severity::Warning,
     "viết theo thể thức văn bản nhà nước (số/loại-cơ quan) nhưng cơ quan ban hành là cơ quan của Đảng"},
    {cite::kLostHyphen, Severity::Info, "có khoảng trắng thay cho dấu gạch nối"},
    {cite::kSpaced, Severity::Info, "có khoảng trắng thừa"},
    {cite::kVariant, Severity::Info, "viết mã khác dạng chuẩn"},
};

class Format : public Rule {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo i{"citation/format", Severity::Warning,
                            "Số hiệu văn bản viết sai thể thức; gợi ý cách viết đúng.",
                            "Thực hiện Chỉ thị 26/CTTTg ngày 05/9/2016 của Thủ tướng Chính phủ.",
                            "Thực hiện Chỉ thị 26/CT-TTg ngày 05/9/2016 của Thủ tướng Chính phủ."};
    return i;
  }

  void run(const Analysis& a, const Options&, std::vector<Finding>& out) const override {
    for (const Citation& c : a.citations) {
      if (c.format_problem.empty() || c.suggestion.empty()) continue;
      // Before the 2000s the State numbered its documents n-TYPE/ISSUER too (Lệnh 37-L/CTN of
      // 1993): a dated old citation is not a slip.
      if (c.format_problem == cite::kPartyLayout && c.date && c.date->year < kStateSlashSince) continue;
      // The President's Lệnh kept that layout into the 2000s (37-L/CTN), dated or not.
      if (c.format_problem == cite::kPartyLayout && c.type_code == "L") continue;
      for (const Problem& p : kProblems) {
        if (c.format_problem != p.id) continue;
        Finding f = make_finding(info().id, p.severity, c.code_span,
                                 "Số hiệu “" + c.code_as_written + "” " + p.what + "; viết đúng là " + c.suggestion);
        f.suggestion = c.suggestion;
        out.push_back(std::move(f));
      }
    }
  }
};

}  // namespace

const Rule& citation_format_rule() {
  static const Format rule;
  return rule;
}

}  // namespace vanban
