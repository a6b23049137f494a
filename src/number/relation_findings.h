// Findings from failing relations, for the number/* rules (src/check/number_*.cpp).
//
//   void run(const Analysis& a, const Options&, std::vector<Finding>& out) const override {
//     vanban::report_failing_relations(a, "percent", info(), out);
//   }
//
// One finding per failing relation of that kind: on the stated figure, with the relation's
// message (the arithmetic), the operands as related positions and the computed value as
// suggestion.
#pragma once
#include <string>
#include <vector>

#include "check/rule.h"
#include "core/analysis.h"

namespace vanban {

void report_failing_relations(const Analysis& a, const std::string& kind, const RuleInfo& rule, std::vector<Finding>& out);

}  // namespace vanban
