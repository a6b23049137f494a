// Every registered rule carries an example that must fire and a close one that must not
// (LanguageTool style). This test runs both through the whole pipeline, so a rule whose
// examples drift from its behaviour fails here.
#include <catch2/catch.hpp>

#include "check/rule.h"
#include "core/analysis.h"

namespace {

size_t count_rule(const vanban::Analysis& a, const std::string& id) {
  size_t n = 0;
  for (const auto& f : a.findings) n += f.rule == id;
  return n;
}

}  // namespace

TEST_CASE("every rule has an id, a description and both examples") {
  for (const vanban::Rule* r : vanban::all_rules()) {
    const auto& info = r->info();
    INFO(info.id);
    CHECK(info.id.find('/') != std::string::npos);
    CHECK_FALSE(info.description.empty());
    CHECK_FALSE(info.bad_example.empty());
    CHECK_FALSE(info.good_example.empty());
  }
}

TEST_CASE("every rule fires on its bad example and not on its good one") {
  for (const vanban::Rule* r : vanban::all_rules()) {
    const auto& info = r->info();
    INFO(info.id);
    INFO("bad: " << info.bad_example);
    CHECK(count_rule(vanban::analyze_text(info.bad_example), info.id) >= 1);
    INFO("good: " << info.good_example);
    CHECK(count_rule(vanban::analyze_text(info.good_example), info.id) == 0);
  }
}

TEST_CASE("rule ids are unique and --disable takes ids and families") {
  std::set<std::string> seen;
  for (const vanban::Rule* r : vanban::all_rules()) CHECK(seen.insert(r->info().id).second);
  vanban::Options opt;
  opt.disabled = {"text"};
  CHECK_FALSE(vanban::rule_enabled("text/repeated-word", opt));
  CHECK(vanban::rule_enabled("citation/format", opt));
  opt.enabled = {"text/repeated-word"};
  CHECK(vanban::rule_enabled("text/repeated-word", opt));
  CHECK_FALSE(vanban::rule_enabled("text/repeated-phrase", opt));
}
