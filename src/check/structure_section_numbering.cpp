// structure/section-numbering: a heading number that skips, repeats or goes backwards among
// its siblings (I, II, IV; 1, 2, 2; 5, 7), or a decimal that does not continue its parent's
// number ("3.1." under "2."). Siblings share a parent and a style; articles (Điều), chapters
// and parts run on through the whole document; the first item of a list right under its
// parent heading starts at 1 (1, 1.1, a). Not reported: the first heading of the document and
// the first article, chapter or part (an excerpt may start anywhere), a list that starts again
// at 1 after a few items (a nested list), numbers the structure stage could not read
// ("Điều 5a"), and lettered lists in the Latin order.
#include <algorithm>
#include <map>
#include <string>

#include "check/rules.h"
#include "core/analysis.h"
#include "layout/heading_label.h"
#include "text/utf8.h"

namespace vanban {
namespace {

bool is_legal(const std::string& kind) { return kind == "phan" || kind == "chuong" || kind == "muc" || kind == "tieu_muc" || kind == "dieu"; }
bool runs_through_document(const std::string& kind) { return kind == "phan" || kind == "chuong" || kind == "dieu"; }

// "mục 7", "phần IV", "điểm b", "khoản 2"; legal labels carry their noun ("Điều 7").
std::string named(const Section& s) {
  if (is_legal(s.kind)) return s.label;
  if (s.kind == "roman") return "phần " + s.label;
  if (s.kind == "letter" || s.kind == "diem") return "điểm " + s.label;
  if (s.kind == "khoan") return "khoản " + s.label;
  return "mục " + s.label;
}

std::string capitalized(std::string s) {
  if (s.rfind("mục", 0) == 0) return "M" + s.substr(1);
  if (s.rfind("phần", 0) == 0) return "P" + s.substr(1);
  if (s.rfind("khoản", 0) == 0) return "K" + s.substr(1);
  if (s.rfind("điểm", 0) == 0) return "Đ" + s.substr(std::string_view("đ").size());
  return s;
}

// "Chương III" after "Chương II", "Phần thứ hai" after "Phần thứ nhất", "Điều 6" after "Điều 5".
std::string next_legal_label(const Section& prev, int next) {
  static constexpr std::string_view kOrdinals[] = {"", "nhất", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười"};
  const size_t space = prev.label.rfind(' ');
  if (space == std::string::npos) return std::to_string(next);
  const std::string noun = prev.label.substr(0, space);
  const std::string number = prev.label.substr(space + 1);
  if (noun.find("thứ") != std::string::npos && next <= 10) return noun + " " + std::string(kOrdinals[next]);
  if (layout::roman_value(number) > 0) return noun + " " + layout::roman(next);
  return noun + " " + std::to_string(next);
}

// The label the next sibling after `prev` should carry.
std::string expected_label(const Section& prev) {
  const int next = prev.ordinal + 1;
  if (prev.kind == "roman") return layout::roman(next);
  if (prev.kind == "letter" || prev.kind == "diem") return layout::vietnamese_letter(next);
  if (prev.kind == "decimal") return prev.label.substr(0, prev.label.rfind('.') + 1) + std::to_string(next);
  if (is_legal(prev.kind)) return next_legal_label(prev, next);
  return std::to_string(next);
}

// A lettered item that follows `prev` in the Latin order ("e" after "d") is in order too.
bool follows_in_latin_order(const Section& prev, const Section& s) {
  if (prev.label.size() != 1 || s.label.size() != 1) return false;
  return layout::latin_letter_rank(static_cast<unsigned char>(s.label[0])) ==
         layout::latin_letter_rank(static_cast<unsigned char>(prev.label[0])) + 1;
}

class SectionNumbering : public Rule {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo i{"structure/section-numbering", Severity::Warning,
                            "Số thứ tự của đề mục bị nhảy cóc, lặp lại hoặc lùi so với đề mục cùng cấp đứng trước.",
                            "IV. NHIỆM VỤ TRỌNG TÂM\n1. Tiếp tục quán triệt.\n2. Thực hiện tốt cải cách hành chính.\n"
                            "4. Đẩy mạnh các phong trào thi đua.",
                            "IV. NHIỆM VỤ TRỌNG TÂM\n1. Tiếp tục quán triệt.\n2. Thực hiện tốt cải cách hành chính.\n"
                            "3. Đẩy mạnh các phong trào thi đua."};
    return i;
  }

  void run(const Analysis& a, const Options&, std::vector<Finding>& out) const override {
    const std::vector<Section>& secs = a.structure.sections;
    // The last numbered sibling seen, by parent (or -2 for numbering that runs through the
    // whole document) and kind.
    std::map<std::pair<int, std::string>, size_t> last;
    for (size_t i = 0; i < secs.size(); ++i) {
      const Section& s = secs[i];
      check_decimal_parent(secs, s, out);
      if (s.ordinal <= 0) continue;
      const std::pair<int, std::string> key{runs_through_document(s.kind) ? -2 : s.parent, s.kind};
      auto it = last.find(key);
      if (it != last.end()) check_sibling(secs, s, secs[it->second], out);
      else check_first(secs, s, out);
      last[key] = i;
    }
  }

 private:
  void check_sibling(const std::vector<Section>& secs, const Section& s, const Section& prev, std::vector<Finding>& out) const {
    // A list that starts again at 1 after a few items is a nested list, not a slip.
    if (s.ordinal == prev.ordinal + 1 || (s.ordinal == 1 && prev.ordinal >= 2)) return;
    if ((s.kind == "letter" || s.kind == "diem") && follows_in_latin_order(prev, s)) return;
    report(secs, s, prev, out);
  }

  // The first item of a report-style list under its parent starts at 1 (I, a, 1.1).
  void check_first(const std::vector<Section>& secs, const Section& s, std::vector<Finding>& out) const {
    // Text between the parent and its first item may hide a label the conversion lost.
    if (s.ordinal <= 1 || s.after_text || is_legal(s.kind) || s.parent < 0) return;
    Section before = s;  // a sibling numbered 0: what the first one should follow
    before.ordinal = 0;
    if (s.kind == "decimal") before.label = s.label.substr(0, s.label.rfind('.') + 1) + "0";
    const std::string expected = expected_label(before);
    Finding f;
    f.rule = info().id;
    f.severity = info().severity;
    f.span = s.label_span;
    f.message = capitalized(named(s)) + " là đề mục đầu tiên" + within(secs, s) + "; mong đợi " + expected;
    f.suggestion = expected;
    out.push_back(std::move(f));
  }

  static std::string within(const std::vector<Section>& secs, const Section& s) {
    if (s.parent < 0 || runs_through_document(s.kind)) return "";
    return " trong " + named(secs[static_cast<size_t>(s.parent)]);
  }

  void report(const std::vector<Section>& secs, const Section& s, const Section& prev, std::vector<Finding>& out) const {
    const std::string expected = expected_label(prev);
    std::string what;
    if (s.ordinal == prev.ordinal) what = " lặp lại số của " + named(prev) + " đứng trước";
    else if (s.ordinal < prev.ordinal) what = " đứng sau " + named(prev) + " (số thứ tự bị lùi)";
    else what = " đứng sau " + named(prev);
    Finding f;
    f.rule = info().id;
    f.severity = info().severity;
    f.span = s.label_span;
    f.message = capitalized(named(s)) + what + within(secs, s) + "; mong đợi " + expected;
    f.related.push_back({prev.label_span, "đề mục cùng cấp đứng trước: " + prev.label});
    f.suggestion = expected;
    out.push_back(std::move(f));
  }

  // "3.1." directly under "2.": the decimal should continue its parent's number.
  void check_decimal_parent(const std::vector<Section>& secs, const Section& s, std::vector<Finding>& out) const {
    if (s.kind != "decimal" || s.parent < 0) return;
    const Section& parent = secs[static_cast<size_t>(s.parent)];
    if (parent.kind != "arabic" && parent.kind != "decimal") return;
    const std::string prefix = s.label.substr(0, s.label.rfind('.'));
    if (prefix == parent.label || std::count(s.label.begin(), s.label.end(), '.') != std::count(parent.label.begin(), parent.label.end(), '.') + 1)
      return;
    Finding f;
    f.rule = info().id;
    f.severity = info().severity;
    f.span = s.label_span;
    f.message = capitalized(named(s)) + " nằm trong " + named(parent) + "; mong đợi số bắt đầu bằng " + parent.label + ".";
    f.related.push_back({parent.label_span, "đề mục cha: " + parent.label});
    f.suggestion = parent.label + s.label.substr(s.label.rfind('.'));
    out.push_back(std::move(f));
  }
};

}  // namespace

const Rule& structure_section_numbering_rule() {
  static const SectionNumbering rule;
  return rule;
}

}  // namespace vanban
