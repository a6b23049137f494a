// structure/footnote-unmatched: a footnote marker with no body at the foot of any page, or a
// footnote body that no marker in the text refers to.
#include <string>

#include "check/rules.h"
#include "core/analysis.h"
#include "text/utf8.h"

namespace vanban {
namespace {

// The word a marker is glued to: the syllables just before the offset where it stood.
Span word_before(std::string_view text, size_t offset) {
  size_t b = std::min(offset, text.size());
  while (b > 0 && text[b - 1] == ' ') --b;
  const size_t end = b;
  while (b > 0 && text[b - 1] != ' ' && text[b - 1] != '\n') --b;
  if (b == end) {  // nothing before it in its paragraph: point at what follows
    size_t e = offset;
    if (e < text.size()) utf8::next(text, e);
    return {offset, e};
  }
  return {b, end};
}

// The first word of a body (or its empty span when the body is only a label).
Span first_word(std::string_view text, Span body) {
  size_t e = body.begin;
  while (e < body.end && text[e] != ' ') ++e;
  return {body.begin, e};
}

class FootnoteUnmatched : public Rule {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo i{"structure/footnote-unmatched", Severity::Warning,
                            "Dấu chú thích không có lời chú thích ở chân trang, hoặc lời chú thích không có dấu chú thích nào trỏ tới.",
                            "Giải quyết dứt điểm đơn thư khiếu nại, tố cáo của công dân\n1\n, góp phần ổn định tình hình.\n",
                            "Giải quyết dứt điểm đơn thư khiếu nại, tố cáo của công dân\n1\n, góp phần ổn định tình hình.\n"
                            "                                           \n1\nĐã giải quyết 2.682 đơn, đạt 96,4%.\n"};
    return i;
  }

  void run(const Analysis& a, const Options&, std::vector<Finding>& out) const override {
    std::string_view text = a.layout.text.text();
    for (const Footnote& fn : a.structure.footnotes) {
      if (fn.ref_line && fn.line) continue;
      Finding f;
      f.rule = info().id;
      f.severity = info().severity;
      if (fn.ref_line) {
        f.span = word_before(text, fn.ref_offset);
        f.message = "Dấu chú thích " + fn.label + " không có lời chú thích tương ứng ở chân trang; mong đợi một lời chú thích mang số " + fn.label;
      } else {
        f.span = first_word(text, fn.body);
        f.message = "Lời chú thích " + fn.label + " không có dấu chú thích nào trong văn bản trỏ tới; mong đợi dấu chú thích " + fn.label + " trong phần nội dung";
      }
      out.push_back(std::move(f));
    }
  }
};

}  // namespace

const Rule& structure_footnote_unmatched_rule() {
  static const FootnoteUnmatched rule;
  return rule;
}

}  // namespace vanban
