// One rule = one small unit: its id, severity, description, an example that fires and one
// that does not, and the code that finds it. Rules are registered in check/registry.cpp.
//
//   for (const vanban::Rule* r : vanban::all_rules()) std::cout << r->info().id << "\n";
//
// Writing a rule: derive from Rule, fill info() (the examples are run by tests/check), and
// append findings in run(). A rule reads the Analysis built by the earlier stages; it never
// re-scans the text for what an extraction stage already found.
#pragma once
#include <string>
#include <vector>

#include "check/finding.h"

namespace vanban {

struct Analysis;
struct Options;

struct RuleInfo {
  std::string id;           // "citation/type-mismatch"
  Severity severity;        // default severity of its findings
  std::string description;  // Vietnamese, one sentence
  std::string bad_example;  // a text on which the rule fires
  std::string good_example; // a close text on which it does not
};

class Rule {
 public:
  virtual ~Rule() = default;
  virtual const RuleInfo& info() const = 0;
  virtual void run(const Analysis& analysis, const Options& options, std::vector<Finding>& out) const = 0;
};

// Every rule, in catalog order.
const std::vector<const Rule*>& all_rules();
// Is the rule on, given --disable/--enable (ids or families)?
bool rule_enabled(const std::string& id, const Options& options);

}  // namespace vanban
