// Runs the examples of lexicons/units.json and lexicons/number_labels.json: each unit example
// must give its first quantity exactly that unit; each label example must give no quantity;
// each counter-example of not_labels must give a quantity.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "core/analysis.h"
#include "core/lexicon_data.h"

using nlohmann::json;

namespace {

json lexicon(const char* name) {
  std::string_view data = vanban::lexicon_file(name);
  REQUIRE_FALSE(data.empty());
  return json::parse(data);
}

}  // namespace

TEST_CASE("units.json: every example gets its unit") {
  json units = lexicon("units.json");
  size_t examples = 0;
  for (const json& u : units["units"]) {
    for (const json& e : u["examples"]) {
      std::string text = e.get<std::string>();
      INFO(text);
      auto a = vanban::analyze_text(text);
      REQUIRE_FALSE(a.quantities.empty());
      const auto& q = a.quantities[0];
      std::string unit = u["unit"].get<std::string>();
      if (unit == "%") {
        CHECK(q.percent);
      } else {
        CHECK(q.noun == unit);
      }
      ++examples;
    }
  }
  CHECK(examples > 100);
}

TEST_CASE("units.json: scale words multiply") {
  json units = lexicon("units.json");
  for (const json& s : units["scales"]) {
    for (const json& e : s["examples"]) {
      std::string text = e.get<std::string>();
      INFO(text);
      auto a = vanban::analyze_text(text);
      REQUIRE_FALSE(a.quantities.empty());
      CHECK(a.quantities[0].scale == s["factor"].get<double>());
      CHECK(a.quantities[0].unit.rfind(s["word"].get<std::string>(), 0) == 0);
    }
  }
}

TEST_CASE("number_labels.json: a figure after a label word is no quantity") {
  json labels = lexicon("number_labels.json");
  for (const json& group : labels["labels"]) {
    for (const json& e : group["examples"]) {
      std::string text = e.get<std::string>();
      INFO(text);
      CHECK(vanban::analyze_text(text).quantities.empty());
    }
  }
  for (const json& e : labels["phone"]["examples"]) {
    std::string text = e.get<std::string>();
    INFO(text);
    CHECK(vanban::analyze_text(text).quantities.empty());
  }
}

TEST_CASE("number_labels.json: document types are labels only when capitalised") {
  json labels = lexicon("number_labels.json");
  for (const json& e : labels["capitalized_labels"]["examples"]) {
    std::string text = e.get<std::string>();
    INFO(text);
    CHECK(vanban::analyze_text(text).quantities.empty());
  }
  for (const json& e : labels["capitalized_labels"]["counter_examples"]) {
    std::string text = e.get<std::string>();
    INFO(text);
    CHECK(vanban::analyze_text(text).quantities.size() == 1);
  }
}

TEST_CASE("number_labels.json: compounds ending in a label word keep the figure") {
  json labels = lexicon("number_labels.json");
  for (const json& e : labels["not_labels"]["counter_examples"]) {
    std::string text = e.get<std::string>();
    INFO(text);
    CHECK(vanban::analyze_text(text).quantities.size() >= 1);
  }
}
