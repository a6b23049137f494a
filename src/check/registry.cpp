// The one place where rules are registered. Each rule lives in its own file and exposes a
// factory `const Rule& <name>_rule();`, declared in check/rules.h.
#include "check/rules.h"

#include "core/analysis.h"

namespace vanban {

const std::vector<const Rule*>& all_rules() {
  static const std::vector<const Rule*> rules = [] {
    std::vector<const Rule*> r;
#define VANBAN_RULE(factory) r.push_back(&factory());
#include "check/rules.def"
#undef VANBAN_RULE
    return r;
  }();
  return rules;
}

namespace {
thread_local uint64_t passes_begun = 0;  // on this thread
thread_local uint64_t pass_now = 0;      // the pass alive, 0 when none is
}  // namespace

RulePass::RulePass() { pass_now = ++passes_begun; }
RulePass::~RulePass() { pass_now = 0; }
uint64_t RulePass::current() { return pass_now; }

bool rule_enabled(const std::string& id, const Options& options) {
  const std::string family = id.substr(0, id.find('/'));
  if (options.enabled.count(id)) return true;
  if (options.disabled.count(id)) return false;
  if (options.enabled.count(family)) return true;
  return !options.disabled.count(family);
}

}  // namespace vanban
