// The properties SARIF 2.1.0 (OASIS standard, sarif-schema-2.1.0.json) requires of what vanban
// writes, checked without the full schema: returns one message per violation (empty: valid).
//
//   std::vector<std::string> problems = vanban::test::sarif_problems(nlohmann::json::parse(out));
//   CHECK(problems.empty());
//
// Checked: sarifLog {version "2.1.0", runs[]}; run {tool.driver {name, rules[]}, columnKind
// enum, results[], invocations[]}; reportingDescriptor {id unique, shortDescription.text,
// defaultConfiguration.level enum}; result {message.text, ruleId, ruleIndex agreeing with
// the rules, level enum, locations[]}; location.physicalLocation {artifactLocation.uri a URI
// reference, region with startLine/startColumn ≥ 1, end after start}; invocation
// {executionSuccessful}, notification {message.text, level enum}.
#pragma once
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace vanban::test {

std::vector<std::string> sarif_problems(const nlohmann::json& log);

}  // namespace vanban::test
