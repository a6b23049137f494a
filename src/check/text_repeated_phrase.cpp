// text/repeated-phrase: a phrase of two or more syllables written twice in a row ("Quyết định
// số 290-QĐ/TW ngày Quyết định số 290-QĐ/TW ngày", "phát triển phát triển"), reported once at
// the second copy (never also as a repeated word). A repetition after a comma is a
// rhetorical list, not a slip, and is left alone.
#include <string>

#include "check/rules.h"
#include "check/text_repeats.h"
#include "core/analysis.h"

namespace vanban {
namespace {

class RepeatedPhrase : public Rule {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo i{
        "text/repeated-phrase", Severity::Warning, "Một cụm từ bị viết hai lần liền nhau (lỗi sao chép, dán lặp).",
        "Kiểm tra việc thực hiện Quyết định số 290-QĐ/TW ngày Quyết định số 290-QĐ/TW ngày 25/02/2010 của Bộ Chính trị.",
        "Kiểm tra việc thực hiện Quyết định số 290-QĐ/TW ngày 25/02/2010, Quyết định số 23-QĐ/TW ngày 30/7/2021."};
    return i;
  }

  void run(const Analysis& a, const Options&, std::vector<Finding>& out) const override {
    std::string_view text = a.layout.text.text();
    for (const Repeat& r : repeats_in(text)) {
      if (r.words < 2) continue;
      const std::string phrase(text.substr(r.second.begin, r.second.end - r.second.begin));
      Finding f;
      f.rule = info().id;
      f.severity = info().severity;
      f.span = r.second;
      f.message = "Cụm từ “" + phrase + "” bị viết hai lần liền nhau; chỉ cần viết một lần";
      f.related.push_back({r.first, "lần viết thứ nhất"});
      f.suggestion = phrase;
      out.push_back(std::move(f));
    }
  }
};

}  // namespace

const Rule& text_repeated_phrase_rule() {
  static const RepeatedPhrase rule;
  return rule;
}

}  // namespace vanban
