// text/repeated-phrase: a phrase of two or more syllables written twice in a row ("Quyết định
// số 290-QĐ/TW ngày Quyết định số 290-QĐ/TW ngày", "phát triển phát triển"), reported once at
// the second copy (never also as a repeated word). Left alone: a repetition after a comma (a
// rhetorical list), a phrase that holds "hoặc", "và", "hay" (a parallel construction), and a
// title in capitals restated in ordinary case.
#include <string>

#include "check/rules.h"
#include "check/text_repeats.h"
#include "core/analysis.h"
#include "structure/title.h"

namespace vanban {
namespace {

// "chủ trương đầu tư hoặc chấp thuận chủ trương đầu tư hoặc chấp thuận …": a phrase that holds
// a conjunction is a parallel construction, written twice on purpose.
bool is_parallel(std::string_view phrase) {
  for (std::string_view conj : {" hoặc ", " và ", " hay "})
    if (phrase.find(conj) != std::string_view::npos) return true;
  return phrase.substr(0, 5) == "hoặc " || phrase.substr(0, 3) == "và ";
}

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
      const std::string_view first = text.substr(r.first.begin, r.first.end - r.first.begin);
      const std::string phrase(text.substr(r.second.begin, r.second.end - r.second.begin));
      // "LUẬT QUẢN LÝ THUẾ Luật quản lý thuế số 78/2006/QH11": a title in capitals restated in
      // the text is no slip.
      if (is_parallel(phrase) || is_caps_word(first) != is_caps_word(phrase)) continue;
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
