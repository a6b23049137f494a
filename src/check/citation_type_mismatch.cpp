// citation/type-mismatch: the type word disagrees with the type abbreviation inside the number
// and symbol ("Chỉ thị số 24-KL/TW": KL is a Kết luận). When the text cites a document with the
// same number under the type the word names, that form is the suggestion.
#include <map>

#include "check/citation_support.h"
#include "check/rules.h"
#include "cite/code.h"
#include "cite/lexicon.h"
#include "core/analysis.h"

namespace vanban {
namespace {

bool word_fits_code(const cite::DocType& t, const std::string& code) {
  if (t.any_code || t.codes.empty()) return true;
  for (const std::string& c : t.codes)
    if (c == code) return true;
  return false;
}

class TypeMismatch : public Rule {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo i{"citation/type-mismatch", Severity::Error,
                            "Tên loại văn bản không khớp với mã loại trong số hiệu (Chỉ thị mang mã KL của Kết luận).",
                            "Thực hiện Chỉ thị số 24-KL/TW của Ban Bí thư về công tác dân vận.",
                            "Thực hiện Kết luận số 24-KL/TW của Ban Bí thư về công tác dân vận."};
    return i;
  }

  void run(const Analysis& a, const Options&, std::vector<Finding>& out) const override {
    const cite::Lexicon& lx = cite::lexicon();
    // The search for the intended form is done once per (key, type word, issuer).
    std::map<std::string, std::vector<CitedForm>> intended;
    for (const Citation& c : a.citations) {
      if (!c.type_from_word || c.type_code.empty() || c.format == "named") continue;
      // A Party-shaped number whose issuer is not a Party body is an old State number
      // ("Thông tư 70-TC/TCT" of 1994: TC is the Ministry of Finance, not a type).
      if (c.format == "party" && cite::issuer_side(first_issuer_code(c)) != "party") continue;
      const cite::DocType* t = lx.type_named(c.type);
      if (!t || word_fits_code(*t, c.type_code)) continue;
      Finding f = make_finding(info().id, info().severity, Span{c.type_span.begin, c.code_span.end},
                               "Tên loại “" + c.type + "” không khớp với mã loại " + type_code_label(c) +
                                   " trong số hiệu " + c.code);
      // The same number cited under the type the word names, by a fitting issuer.
      const std::string cache_key = c.key + '\n' + c.type + '\n' + c.issuer;
      auto cached = intended.find(cache_key);
      if (cached == intended.end()) {
        cached = intended.emplace(cache_key, forms_matching(a, [&](const Citation& d) {
          return d.number == c.number && word_fits_code(*t, d.type_code) && !d.type_code.empty() &&
                 (d.issuer_code == c.issuer_code || (!c.issuer.empty() && !d.issuer.empty() && same_issuer(c, d)));
        })).first;
      }
      const std::vector<CitedForm>& forms = cached->second;
      if (!forms.empty()) {
        const CitedForm& best = forms[0];
        f.message += "; văn bản này được dẫn " + std::to_string(best.mentions.size()) + " lần là " + best.code +
                     " (" + lines_of(a, best.mentions) + ")";
        f.related = related_to(a, best.mentions, "cùng văn bản được dẫn là " + best.code);
        f.suggestion = best.code;
      } else {
        f.message += "; mã loại của " + c.type + " là " + t->codes.front();
      }
      out.push_back(std::move(f));
    }
  }
};

}  // namespace

const Rule& citation_type_mismatch_rule() {
  static const TypeMismatch rule;
  return rule;
}

}  // namespace vanban
