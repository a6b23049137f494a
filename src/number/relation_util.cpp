#include <algorithm>
#include <cmath>

#include "number/number_lexicon.h"
#include "number/relation_finders.h"
#include "number/vn_number.h"

namespace vanban::rel {

bool same_noun(const Quantity& a, const Quantity& b) {
  if (a.noun.empty() || b.noun.empty() || a.percent != b.percent) return false;
  if (a.noun == b.noun) return true;
  // "3.200 đảng viên, trong đó … 1.120 người": people counted under another name.
  const auto& people = number_lexicon().person_nouns;
  return (a.noun == "người" && people.count(b.noun)) || (b.noun == "người" && people.count(a.noun));
}

namespace {
// "hộ nghèo" narrows "hộ" (whole words); "đơn vị" is no kind of "đơn".
bool narrows(const std::string& longer, const std::string& shorter) {
  if (shorter.empty() || longer.size() <= shorter.size() + 1) return false;
  if (longer.compare(0, shorter.size(), shorter) != 0 || longer[shorter.size()] != ' ') return false;
  return !(shorter == "đơn" && longer.compare(shorter.size() + 1, std::string::npos, "vị") == 0) &&
         longer.rfind("đơn vị", 0) != 0;
}
}  // namespace

bool part_noun(const Quantity& part, const Quantity& whole) {
  if (same_noun(part, whole)) return true;
  if (part.percent || whole.percent || part.noun.empty() || whole.noun.empty()) return false;
  // "85 hộ nghèo" of "1.250 hộ"; "45 đơn" of "356 đơn thư".
  return narrows(part.noun, whole.noun) || narrows(whole.noun, part.noun);
}

bool mentions(const std::vector<std::string>& hay, const std::vector<std::string>& needle) {
  static const std::vector<std::string> stop = {"của", "các", "những", "số", "được", "đã", "là", "trong",
                                                "đối", "với", "cho", "về", "tổng", "toàn", "bộ", "đạt"};
  size_t content = 0;
  for (const std::string& w : needle) {
    if (std::find(stop.begin(), stop.end(), w) != stop.end()) continue;
    ++content;
    if (std::find(hay.begin(), hay.end(), w) == hay.end()) return false;
  }
  return content > 0;
}

std::string with_unit(const Quantity& q, const std::string& shown) {
  if (q.percent) return shown + "%";
  return q.unit.empty() ? shown : shown + " " + q.unit;
}

Relation make(const std::string& kind, size_t stated, std::vector<size_t> operands, Range computed, Range stated_range,
              double stated_value) {
  Relation r;
  r.kind = kind;
  r.stated = stated;
  r.operands = std::move(operands);
  r.stated_value = stated_value;
  r.computed = mid(computed);
  r.low = stated_range.lo;
  r.high = stated_range.hi;
  r.holds = meets(computed, stated_range);
  return r;
}

bool change_verb_before(const ParaTokens& p, size_t i, std::string* verb) {
  if (i == 0) return false;
  size_t k = i - 1;
  if (p.word_in(k, {"thêm", "được", "đi", "hơn", "là", "khoảng", "gần", "trên"}) && k > 0) --k;
  if (p.word(k, "gấp")) {  // "gấp 1,6 lần", "tăng gấp 2 lần"
    if (verb) *verb = "gấp";
    return true;
  }
  if (!p.word_in(k, {"tăng", "giảm"})) return false;
  if (verb) *verb = p.t[k].w;
  return true;
}

}  // namespace vanban::rel
