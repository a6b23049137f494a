// Helpers shared by the number stage's tests: run the whole pipeline on a text and pick out
// quantities, relations of one kind and findings of one rule.
#pragma once
#include <string>
#include <vector>

#include "core/analysis.h"

namespace numtest {

inline std::vector<vanban::Relation> relations(const vanban::Analysis& a, const std::string& kind) {
  std::vector<vanban::Relation> out;
  for (const auto& r : a.relations)
    if (r.kind == kind) out.push_back(r);
  return out;
}

inline size_t findings(const vanban::Analysis& a, const std::string& rule) {
  size_t n = 0;
  for (const auto& f : a.findings) n += f.rule == rule;
  return n;
}

inline size_t number_findings(const vanban::Analysis& a) {
  size_t n = 0;
  for (const auto& f : a.findings) n += f.rule.rfind("number/", 0) == 0;
  return n;
}

// The texts of a relation's operands, in order.
inline std::vector<std::string> operand_texts(const vanban::Analysis& a, const vanban::Relation& r) {
  std::vector<std::string> out;
  for (size_t i : r.operands) out.push_back(a.quantities[i].text);
  return out;
}

inline std::string stated_text(const vanban::Analysis& a, const vanban::Relation& r) {
  return a.quantities[r.stated].text;
}

inline std::vector<std::string> quantity_texts(const vanban::Analysis& a) {
  std::vector<std::string> out;
  for (const auto& q : a.quantities) out.push_back(q.text);
  return out;
}

}  // namespace numtest
