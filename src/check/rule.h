// One rule = one small unit: its id, severity, description, an example that fires and one
// that does not, and the code that finds it. Rules are registered in check/registry.cpp.
//
//   for (const vanban::Rule* r : vanban::all_rules()) std::cout << r->info().id << "\n";
//
// Writing a rule: derive from Rule, fill info() (the examples are run by tests/check), and
// append findings in run(). A rule reads the Analysis built by the earlier stages; it never
// re-scans the text for what an extraction stage already found.
#pragma once
#include <cstdint>
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

// The rules' pass over one analysis, on this thread: while a RulePass is alive, the analysis
// the rules read does not change, so work several rules need may be computed once and shared
// (text_repeats.h's repeats_in). Outside a pass, current() is 0 and nothing is shared.
class RulePass {
 public:
  RulePass();
  ~RulePass();
  RulePass(const RulePass&) = delete;
  RulePass& operator=(const RulePass&) = delete;
  // A number that tells this thread's pass from its earlier ones; 0 outside a pass.
  static uint64_t current();
};

// Every rule, in catalog order.
const std::vector<const Rule*>& all_rules();
// Is the rule on, given --disable/--enable (ids or families)?
bool rule_enabled(const std::string& id, const Options& options);

}  // namespace vanban
