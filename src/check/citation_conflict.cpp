// citation/conflict: mentions of one document (one key) disagree on its type, issuer, date or
// term. A mention that gives fewer details is normal; one that gives a different value is
// flagged, unless it is the form most mentions use: then the others are. `related` points at
// the mentions it disagrees with.
#include <map>

#include "check/citation_support.h"
#include "check/rules.h"
#include "core/analysis.h"
#include "text/vn_word.h"

namespace vanban {
namespace {

// "Luật" and "Bộ luật", "Nghị quyết" and "Nghị quyết liên tịch": one type name inside the other
// (as whole words) names the same kind of document, more or less precisely.
bool same_type(const std::string& x, const std::string& y) {
  if (x == y) return true;
  const std::string& shorter = x.size() < y.size() ? x : y;
  const std::string& longer = x.size() < y.size() ? y : x;
  std::string a = " " + std::string(fold(longer)) + " ", b = " " + std::string(fold(shorter)) + " ";
  return a.find(b) != std::string::npos;
}

// One attribute of a citation: whether it is given, a value to count votes on, whether two
// given values agree (issuers agree when one phrase covers the other), how to show it.
struct Attribute {
  const char* name;  // Vietnamese: "tên loại", "cơ quan ban hành", …
  bool (*given)(const Citation&);
  std::string (*value)(const Citation&);
  bool (*agree)(const Citation&, const Citation&);
  std::string (*show)(const Citation&);
};

const Attribute kAttributes[] = {
    {"tên loại", [](const Citation& c) { return c.type_from_word; }, [](const Citation& c) { return c.type; },
     [](const Citation& x, const Citation& y) { return same_type(x.type, y.type); },
     [](const Citation& c) { return "“" + c.type + "”"; }},
    {"cơ quan ban hành", [](const Citation& c) { return !c.issuer.empty(); },
     [](const Citation& c) { return c.issuer_body.empty() ? c.issuer : c.issuer_body; }, same_issuer,
     [](const Citation& c) { return "“" + c.issuer + "”"; }},
    {"ngày ban hành", [](const Citation& c) { return c.date.has_value(); }, [](const Citation& c) { return c.date->iso(); },
     [](const Citation& x, const Citation& y) { return *x.date == *y.date; },
     [](const Citation& c) { return c.date->vn(); }},
    {"khóa", [](const Citation& c) { return !c.term.empty(); }, [](const Citation& c) { return c.term; },
     [](const Citation& x, const Citation& y) { return x.term == y.term; },
     [](const Citation& c) { return "khóa " + c.term; }},
};

class Conflict : public Rule {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo i{"citation/conflict", Severity::Warning,
                            "Cùng một văn bản được dẫn với tên loại, cơ quan ban hành, ngày hoặc khóa khác nhau.",
                            "Theo Nghị quyết số 39-NQ/TW ngày 17/4/2015 của Bộ Chính trị về tinh giản biên chế. "
                            "Tiếp tục thực hiện Nghị quyết số 39-NQ/TW của Ban Chấp hành Trung ương Đảng.",
                            "Theo Nghị quyết số 39-NQ/TW ngày 17/4/2015 của Bộ Chính trị về tinh giản biên chế. "
                            "Tiếp tục thực hiện Nghị quyết số 39-NQ/TW của Bộ Chính trị."};
    return i;
  }

  void run(const Analysis& a, const Options&, std::vector<Finding>& out) const override {
    for (const CitedDocument& doc : a.cited_documents) {
      if (doc.mentions.size() < 2 || a.citations[doc.mentions[0]].format == "named") continue;
      for (const Attribute& attr : kAttributes) check(a, doc, attr, out);
    }
  }

 private:
  void check(const Analysis& a, const CitedDocument& doc, const Attribute& attr, std::vector<Finding>& out) const {
    std::vector<size_t> given;
    for (size_t m : doc.mentions)
      if (attr.given(a.citations[m])) given.push_back(m);
    if (given.size() < 2) return;
    // The value most mentions give; on a tie, the first one given. Votes are counted on the
    // value itself, so a document cited a million times costs a million steps.
    std::map<std::string, std::pair<size_t, size_t>> votes;  // value → (count, first mention)
    for (size_t m : given) {
      auto [it, fresh] = votes.emplace(attr.value(a.citations[m]), std::make_pair(0, m));
      ++it->second.first;
    }
    size_t best = given[0], best_votes = 0;
    for (const auto& [value, v] : votes)
      if (v.first > best_votes || (v.first == best_votes && v.second < best)) best = v.second, best_votes = v.first;
    const Citation& ref = a.citations[best];
    const std::string ref_value = attr.value(ref);
    std::vector<size_t> agreeing;
    for (size_t m : given)
      if (attr.value(a.citations[m]) == ref_value) agreeing.push_back(m);
    for (size_t m : given) {
      const Citation& c = a.citations[m];
      if (attr.value(c) == ref_value || attr.agree(ref, c)) continue;
      std::string message = "Văn bản " + c.code + " được dẫn với " + attr.name + " " + attr.show(c) + ", khác với " +
                            lines_of(a, agreeing) + " (" + attr.show(ref) + ")";
      if (agreeing.size() > 1)
        message += "; văn bản này được dẫn " + std::to_string(agreeing.size()) + " lần với " + attr.show(ref);
      Finding f = make_finding(info().id, info().severity, c.span, message);
      f.related = related_to(a, agreeing, std::string(attr.name) + " " + attr.show(ref));
      out.push_back(std::move(f));
    }
  }
};

}  // namespace

const Rule& citation_conflict_rule() {
  static const Conflict rule;
  return rule;
}

}  // namespace vanban
