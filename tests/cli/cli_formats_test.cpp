// Every output format: golden files for small documents whose citations and findings are
// known by hand (tests/cli/data, tests/cli/golden), and structural checks on the seed report,
// whose findings change as rules land.
#include <catch2/catch.hpp>

#include <regex>

#include <nlohmann/json.hpp>

#include "helpers.h"
#include "report/display.h"
#include "sarif_check.h"

using nlohmann::json;
using vanban::test::data_dir;
using vanban::test::golden_dir;
using vanban::test::read_file;
using vanban::test::run_vanban;

namespace {

const std::string kSeed = VANBAN_SOURCE_DIR "/corpus/seed_report.txt";

int severity_rank(const std::string& s) { return s == "error" ? 2 : s == "warning" ? 1 : 0; }

// The first `count` code points of s.
std::string prefix_code_points(const std::string& s, size_t count) {
  size_t i = 0;
  for (size_t n = 0; n < count && i < s.size(); ++n) {
    ++i;
    while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
  }
  return s.substr(0, i);
}

}  // namespace

TEST_CASE("golden: cites in text, csv, json and grouped") {
  const std::string dir = data_dir();
  auto r = run_vanban({"cites", "-q", "citations.txt"}, "", dir);
  CHECK(r.status == 0);
  CHECK(r.out == read_file(golden_dir() + "/cites_citations.txt"));
  r = run_vanban({"cites", "-q", "--format", "csv", "citations.txt"}, "", dir);
  CHECK(r.out == read_file(golden_dir() + "/cites_citations.csv"));
  r = run_vanban({"cites", "-q", "--format", "json", "citations.txt"}, "", dir);
  CHECK(json::parse(r.out) == json::parse(read_file(golden_dir() + "/cites_citations.json")));
  r = run_vanban({"cites", "-q", "--format", "jsonl", "citations.txt"}, "", dir);
  const auto lines = vanban::test::split_lines(r.out);
  REQUIRE(lines.size() == 2);
  CHECK(json::parse(lines[0]) == json::parse(read_file(golden_dir() + "/cites_citations.json"))[0]);
  r = run_vanban({"cites", "-q", "--group", "citations.txt", "citations2.txt"}, "", dir);
  CHECK(r.out == read_file(golden_dir() + "/cites_group.txt"));
  r = run_vanban({"cites", "--group", "--format", "json", "citations.txt", "citations2.txt"}, "", dir);
  const json groups = json::parse(r.out);
  REQUIRE(groups.size() == 2);
  CHECK(groups[0]["mentions"] == 2);
  CHECK(r.err == "vanban: 2 tệp (271 byte): 3 trích dẫn tới 2 văn bản\n");  // 185 + 86 bytes
}

TEST_CASE("extract: one file gives one object, several an array, jsonl one object a line") {
  const std::string dir = data_dir();
  auto r = run_vanban({"extract", "--format", "json", "citations.txt"}, "", dir);
  REQUIRE(r.status == 0);
  const json one = json::parse(r.out);
  REQUIRE(one.is_object());
  for (const char* key : {"schema", "source", "document", "sections", "footnotes", "citations", "numbers",
                          "relations", "findings"})
    CHECK(one.contains(key));
  CHECK(one["schema"] == "vanban/1");
  CHECK(one["source"]["path"] == "citations.txt");
  CHECK(one["source"]["lines"] == 2);
  CHECK(one["citations"][1]["code"] == "33/KH-UBND");
  // The default format of extract is json.
  CHECK(json::parse(run_vanban({"extract", "citations.txt"}, "", dir).out) == one);
  r = run_vanban({"extract", "--format", "json", "citations.txt", "citations2.txt"}, "", dir);
  const json many = json::parse(r.out);
  REQUIRE(many.is_array());
  REQUIRE(many.size() == 2);
  CHECK(many[0] == one);
  CHECK(many[1]["source"]["path"] == "citations2.txt");
  r = run_vanban({"extract", "--format", "jsonl", "citations.txt", "citations2.txt"}, "", dir);
  const auto lines = vanban::test::split_lines(r.out);
  REQUIRE(lines.size() == 2);
  CHECK(json::parse(lines[0]) == one);
}

TEST_CASE("seed: every format of check is well formed and agrees with the JSON findings") {
  const auto j = run_vanban({"check", "-q", "--format", "json", kSeed});
  REQUIRE((j.status == 0 || j.status == 1));
  const json doc = json::parse(j.out);
  REQUIRE(doc.is_object());
  CHECK(doc["schema"] == "vanban/1");
  CHECK(doc["source"]["bytes"] == 55071);
  const json& findings = doc["findings"];
  REQUIRE(findings.is_array());
  bool fails = false;
  const std::regex rule_shape("[a-z]+/[a-z0-9-]+");
  for (const json& f : findings) {
    CAPTURE(f.dump());
    CHECK(std::regex_match(f["rule"].get<std::string>(), rule_shape));
    CHECK(f["line"] >= 1);
    CHECK(f["column"] >= 1);
    CHECK((f["end_line"] > f["line"] || (f["end_line"] == f["line"] && f["end_column"] >= f["column"])));
    CHECK(!f["message"].get<std::string>().empty());
    fails = fails || severity_rank(f["severity"]) >= 1;
  }
  // Exit status: 1 exactly when a finding is at or above the default --fail-on (warning).
  CHECK(j.status == (fails ? 1 : 0));
  const std::string seed = read_file(kSeed);
  const auto seed_lines = vanban::test::split_lines(seed);

  SECTION("text") {
    const auto t = run_vanban({"check", "-q", kSeed}, "", "", {"NO_COLOR=1"});
    CHECK(t.status == j.status);
    CHECK(t.out.find('\033') == std::string::npos);
    const auto lines = vanban::test::split_lines(t.out);
    const std::regex header(R"((.+):(\d+):(\d+): (error|warning|info|note): (.+))");
    size_t k = 0, i = 0;
    for (; i < lines.size(); ++i) {
      std::smatch m;
      if (!std::regex_match(lines[i], m, header) || m[4] == "note") continue;
      REQUIRE(k < findings.size());
      const json& f = findings[k++];
      CHECK(m[1] == kSeed);
      CHECK(std::stoi(m[2]) == f["line"].get<int>());
      CHECK(std::stoi(m[3]) == f["column"].get<int>());
      CHECK(lines[i] == kSeed + ":" + std::to_string(f["line"].get<int>()) + ":" +
                            std::to_string(f["column"].get<int>()) + ": " + f["severity"].get<std::string>() + ": " +
                            f["message"].get<std::string>() + " [" + f["rule"].get<std::string>() + "]");
      // Then the original line, and the caret under the span's first character.
      REQUIRE(i + 2 < lines.size());
      const std::string& source = seed_lines[f["line"].get<size_t>() - 1];
      CHECK(lines[i + 1] == (source.back() == '\r' ? source.substr(0, source.size() - 1) : source));
      const std::string before = prefix_code_points(lines[i + 1], f["column"].get<size_t>() - 1);
      CHECK(lines[i + 2].find('^') == vanban::display_width(before));
    }
    CHECK(k == findings.size());
  }
  SECTION("jsonl") {
    const auto t = run_vanban({"check", "-q", "--format", "jsonl", kSeed});
    CHECK(json::parse(t.out) == doc);
    CHECK(std::count(t.out.begin(), t.out.end(), '\n') == 1);
  }
  SECTION("sarif") {
    const auto t = run_vanban({"check", "-q", "--format", "sarif", kSeed});
    CHECK(t.status == j.status);
    const json log = json::parse(t.out);
    const auto problems = vanban::test::sarif_problems(log);
    CAPTURE(problems);
    CHECK(problems.empty());
    const json& results = log["runs"][0]["results"];
    REQUIRE(results.size() == findings.size());
    for (size_t k = 0; k < results.size(); ++k) {
      const json& region = results[k]["locations"][0]["physicalLocation"]["region"];
      CHECK(results[k]["ruleId"] == findings[k]["rule"]);
      CHECK(region["startLine"] == findings[k]["line"]);
      CHECK(region["startColumn"] == findings[k]["column"]);
      CHECK(region["endLine"] == findings[k]["end_line"]);
      CHECK(region["endColumn"] == findings[k]["end_column"].get<int>() + 1);
    }
    // tool.driver.rules is the catalog.
    const auto catalog = json::parse(run_vanban({"rules", "--format", "json"}).out);
    const json& rules = log["runs"][0]["tool"]["driver"]["rules"];
    REQUIRE(rules.size() == catalog.size());
    for (size_t k = 0; k < rules.size(); ++k) CHECK(rules[k]["id"] == catalog[k]["id"]);
  }
  SECTION("csv") {
    const auto t = run_vanban({"check", "-q", "--format", "csv", kSeed});
    const auto rows = vanban::test::parse_csv(t.out);
    REQUIRE(rows.size() == findings.size() + 1);
    for (size_t k = 1; k < rows.size(); ++k) {
      const json& f = findings[k - 1];
      REQUIRE(rows[k].size() == 9);
      CHECK(rows[k][1] == std::to_string(f["line"].get<int>()));
      CHECK(rows[k][5] == f["severity"]);
      CHECK(rows[k][6] == f["rule"]);
      CHECK(rows[k][7] == f["message"]);
    }
  }
  SECTION("html") {
    const auto t = run_vanban({"check", "-q", "--format", "html", kSeed});
    CHECK(t.out.rfind("<!DOCTYPE html>", 0) == 0);
    CHECK(t.out.find("</html>") == t.out.size() - 8);
  }
}

TEST_CASE("seed: extract and cites are well formed") {
  const auto e = run_vanban({"extract", "-q", kSeed});
  REQUIRE(e.status == 0);
  const json doc = json::parse(e.out);
  const auto c = run_vanban({"cites", "-q", "--format", "csv", kSeed});
  const auto rows = vanban::test::parse_csv(c.out);
  REQUIRE(rows.size() == doc["citations"].size() + 1);
  for (size_t k = 1; k < rows.size(); ++k) {
    CHECK(rows[k].size() == 15);
    CHECK(rows[k][1] == std::to_string(doc["citations"][k - 1]["line"].get<int>()));
  }
  const auto t = run_vanban({"cites", "-q", kSeed});
  CHECK(vanban::test::split_lines(t.out).size() == (doc["citations"].empty() ? 0 : doc["citations"].size() + 1));
}

// A document with one repeated word at a place counted by hand: "Kết quả đạt " is 12 code
// points, so “được được” is 2:13–2:21 and its second “được” 2:18–2:21 (the rule may mark
// either). The message belongs to the rule; everything else is checked exactly. Runs once
// text/repeated-word is in the catalog.
TEST_CASE("golden: one repeated word in every check format, exit statuses and colour") {
  if (!vanban::test::catalog_has("text/repeated-word")) {
    WARN("text/repeated-word is not in the catalog yet: check goldens skipped");
    return;
  }
  const std::string dir = data_dir();
  const auto j = run_vanban({"check", "-q", "--format", "json", "repeated.txt"}, "", dir);
  const json doc = json::parse(j.out);
  REQUIRE(doc["findings"].size() == 1);
  const json& f = doc["findings"][0];
  CHECK(f["rule"] == "text/repeated-word");
  CHECK(f["line"] == 2);
  const int column = f["column"];
  CHECK((column == 13 || column == 18));
  CHECK(f["end_line"] == 2);
  CHECK(f["end_column"] == 21);
  const std::string where = "2:" + std::to_string(column);
  const std::string severity = f["severity"];
  const std::string message = f["message"];

  const auto t = run_vanban({"check", "-q", "repeated.txt"}, "", dir, {"NO_COLOR=1"});
  const auto lines = vanban::test::split_lines(t.out);
  REQUIRE(lines.size() >= 3);
  CHECK(lines[0] == "repeated.txt:" + where + ": " + severity + ": " + message + " [text/repeated-word]");
  CHECK(lines[1] == "Kết quả đạt được được đánh giá cao.");
  // One column per letter on this line: the caret is under the column, tildes up to 21.
  CHECK(lines[2] == std::string(column - 1, ' ') + "^" + std::string(21 - column, '~'));

  const auto csv = vanban::test::parse_csv(run_vanban({"check", "--format", "csv", "repeated.txt"}, "", dir).out);
  REQUIRE(csv.size() == 2);
  CHECK(csv[1] == std::vector<std::string>{"repeated.txt", "2", std::to_string(column), "2", "21", severity,
                                           "text/repeated-word",
                                           message, f["suggestion"].is_null() ? "" : f["suggestion"].get<std::string>()});
  const json log = json::parse(run_vanban({"check", "--format", "sarif", "repeated.txt"}, "", dir).out);
  CHECK(vanban::test::sarif_problems(log).empty());
  CHECK(log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"] ==
        json({{"startLine", 2}, {"startColumn", column}, {"endLine", 2}, {"endColumn", 22}}));

  // Exit statuses follow --fail-on; --disable silences the rule or its family.
  const int rank = severity_rank(severity);
  CHECK(run_vanban({"check", "-q", "--fail-on", "info", "repeated.txt"}, "", dir).status == 1);
  CHECK(run_vanban({"check", "-q", "--fail-on", "warning", "repeated.txt"}, "", dir).status == (rank >= 1 ? 1 : 0));
  CHECK(run_vanban({"check", "-q", "--fail-on", "error", "repeated.txt"}, "", dir).status == (rank >= 2 ? 1 : 0));
  for (const char* off : {"text", "text/repeated-word"}) {
    const auto quiet = run_vanban({"check", "-q", "--fail-on", "info", "--disable", off, "repeated.txt"}, "", dir);
    CHECK(quiet.status == 0);
    CHECK(quiet.out.empty());
  }
  CHECK(run_vanban({"check", "-q", "--fail-on", "info", "--disable", "text", "--enable", "text/repeated-word",
                    "repeated.txt"}, "", dir).status == 1);

  // Colour only when asked (stdout is a file here), never with --color never.
  CHECK(run_vanban({"check", "-q", "repeated.txt"}, "", dir).out.find('\033') == std::string::npos);
  CHECK(run_vanban({"check", "-q", "--color", "always", "repeated.txt"}, "", dir).out.find("\033[") !=
        std::string::npos);
  CHECK(run_vanban({"check", "-q", "--color", "never", "repeated.txt"}, "", dir).out == t.out);
}
