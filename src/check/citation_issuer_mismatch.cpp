// citation/issuer-mismatch: the issuer phrase names a body that does not sign with the issuer
// code of the number ("24-KL/TW của Ban Thường vụ Tỉnh ủy": TW is the Central Committee), or
// that may not issue that type of document ("Nghị định … của Thủ tướng Chính phủ": only the
// Government issues a Nghị định; lexicons/competence.json).
#include <map>

#include "check/citation_support.h"
#include "check/rules.h"
#include "cite/code.h"
#include "cite/lexicon.h"
#include "cite/resolve.h"
#include "core/analysis.h"

namespace vanban {
namespace {

// The bodies allowed to issue a type, named for a message ("Chính phủ"), or empty.
std::string allowed_bodies(const std::string& type) {
  const cite::Lexicon& lx = cite::lexicon();
  for (const cite::Competence& rule : lx.competence) {
    if (rule.type != type) continue;
    std::string names;
    for (const std::string& id : rule.bodies)
      if (const cite::Body* b = lx.body(id); b && id != "trung_uong" && id != "hoi_dong_bo_truong")
        names += (names.empty() ? "" : ", ") + b->name;
    if (names.empty() && !rule.kinds.empty()) names = "bộ, cơ quan ngang bộ";
    return names;
  }
  return {};
}

// Does the body named in the citation sign with its issuer code? Unknown on either side: yes.
bool signs(const Citation& c, std::string& expected_code) {
  if (c.issuer_code.empty() || c.issuer_code.find('-') != std::string::npos) return true;  // joint
  const std::string code = cite::split_term(c.issuer_code).first;
  const cite::Lexicon& lx = cite::lexicon();
  if (c.issuer_body.rfind("code:", 0) == 0) {
    expected_code = c.issuer_body.substr(5);
    return !lx.issuer_code(code) || expected_code == code;
  }
  const cite::Body* b = issuer_body(c);
  if (!b || b->codes.empty() || (!lx.issuer_code(code) && code != "QH" && code != "UBTVQH")) return true;
  expected_code = b->codes.front();
  return lx.body_signs(*b, code);
}

class IssuerMismatch : public Rule {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo i{"citation/issuer-mismatch", Severity::Warning,
                            "Cơ quan ban hành không khớp với mã cơ quan trong số hiệu, hoặc không có thẩm quyền ban hành loại văn bản đó.",
                            "Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Thủ tướng Chính phủ về thực hiện cơ chế một cửa.",
                            "Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa."};
    return i;
  }

  void run(const Analysis& a, const Options&, std::vector<Finding>& out) const override {
    const cite::Lexicon& lx = cite::lexicon();
    std::map<std::string, std::vector<CitedForm>> elsewhere;  // once per (key, expected code)
    for (const Citation& c : a.citations) {
      if (c.issuer.empty() || c.issuer_body.empty()) continue;
      std::string expected_code;
      const bool code_ok = signs(c, expected_code);
      const int body = lx.body_index(c.issuer_body);
      // Competence is checked on a type the text names; a type read off an old number
      // ("LUẬT … SỐ 24-L/CTN … CỦA QUỐC HỘI") is too weak a ground.
      const bool competent = !c.type_from_word || cite::body_may_issue(body, c.type);
      if (code_ok && competent) continue;
      std::string message;
      std::string suggestion;
      if (!competent) {
        const std::string allowed = allowed_bodies(c.type);
        message = c.type + " do " + allowed + " ban hành";
        if (!c.code.empty()) message += " (mã " + c.issuer_code + " trong số hiệu " + c.code + ")";
        message += ", không phải “" + c.issuer + "”";
        suggestion = allowed;
      } else {
        message = "Cơ quan ban hành “" + c.issuer + "” không khớp với mã " + issuer_code_label(c.issuer_code) +
                  " trong số hiệu " + c.code + "; " + c.issuer + " ký số hiệu với mã " + expected_code;
      }
      Finding f = make_finding(info().id, info().severity, c.issuer_span, message);
      f.suggestion = suggestion;
      // The text may cite a document with this number by this issuer elsewhere.
      if (code_ok == false && competent && !c.number.empty()) {
        const std::string cache_key = c.key + '\n' + expected_code;
        auto cached = elsewhere.find(cache_key);
        if (cached == elsewhere.end()) {
          cached = elsewhere.emplace(cache_key, forms_matching(a, [&](const Citation& d) {
            return d.number == c.number && d.key != c.key && first_issuer_code(d) == expected_code;
          })).first;
        }
        const std::vector<CitedForm>& forms = cached->second;
        if (!forms.empty()) {
          const CitedForm& best = forms[0];
          f.message += "; văn bản số " + c.number + " của " + c.issuer + " được dẫn " +
                       std::to_string(best.mentions.size()) + " lần là " + best.code + " (" + lines_of(a, best.mentions) + ")";
          f.related = related_to(a, best.mentions, "văn bản được dẫn là " + best.code);
          f.suggestion = best.code;
        }
      }
      out.push_back(std::move(f));
    }
  }
};

}  // namespace

const Rule& citation_issuer_mismatch_rule() {
  static const IssuerMismatch rule;
  return rule;
}

}  // namespace vanban
