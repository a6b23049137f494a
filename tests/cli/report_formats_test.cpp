// CSV, SARIF and HTML reports on made-up findings whose every field is known, so the expected
// values below are worked out by hand.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "core/analysis.h"
#include "report/csv.h"
#include "report/html.h"
#include "report/sarif.h"
#include "sarif_check.h"

namespace {

using vanban::Analysis;
using vanban::Finding;
using vanban::Severity;
using vanban::Span;

const char* kText = "Dòng đầu tiên của văn bản.\nKết quả đạt được được đánh giá cao.\n";

Span span_of(const Analysis& a, std::string_view needle) {
  const size_t at = a.layout.text.text().find(needle);
  REQUIRE(at != std::string::npos);
  return Span{at, at + needle.size()};
}

// Two findings: a warning on "được được" (2:13–2:21) with a suggestion, and an info on
// "đầu tiên" (1:6–1:13) pointing back at the first.
Analysis sample() {
  Analysis a = vanban::analyze_text(kText);
  a.findings.clear();
  Finding w;
  w.rule = "text/repeated-word";
  w.severity = Severity::Warning;
  w.span = span_of(a, "được được");
  w.message = "Từ “được”, lặp \"lại\"";
  w.suggestion = "được";
  Finding i;
  i.rule = "text/style";
  i.severity = Severity::Info;
  i.span = span_of(a, "đầu tiên");
  i.message = "dòng 1\ndòng 2";
  i.related.push_back({w.span, "xem <đây> & đó"});
  a.findings = {i, w};
  return a;
}

}  // namespace

TEST_CASE("csv: RFC 4180 quoting") {
  CHECK(vanban::csv_field("abc") == "abc");
  CHECK(vanban::csv_field("") == "");
  CHECK(vanban::csv_field("a,b") == "\"a,b\"");
  CHECK(vanban::csv_field("say \"hi\"") == "\"say \"\"hi\"\"\"");
  CHECK(vanban::csv_field("x\ny") == "\"x\ny\"");
  CHECK(vanban::csv_field("x\ry") == "\"x\ry\"");
  CHECK(vanban::csv_field("Ủy ban; nhân dân") == "Ủy ban; nhân dân");
  CHECK(vanban::csv_row({"a", "b,c", ""}) == "a,\"b,c\",\r\n");
}

TEST_CASE("csv: one row per finding") {
  const Analysis a = sample();
  CHECK(vanban::findings_csv_header() == "file,line,column,end_line,end_column,severity,rule,message,suggestion\r\n");
  CHECK(vanban::findings_csv(a, "thư mục/bc.txt") ==
        "thư mục/bc.txt,1,6,1,13,info,text/style,\"dòng 1\ndòng 2\",\r\n"
        "thư mục/bc.txt,2,13,2,21,warning,text/repeated-word,\"Từ “được”, lặp \"\"lại\"\"\",được\r\n");
}

TEST_CASE("sarif: uris are percent-encoded references") {
  CHECK(vanban::sarif_uri("bc.txt") == "bc.txt");
  CHECK(vanban::sarif_uri("kho/a b.txt") == "kho/a%20b.txt");
  CHECK(vanban::sarif_uri("tài liệu.txt") == "t%C3%A0i%20li%E1%BB%87u.txt");
  CHECK(vanban::sarif_uri("/srv/kho/x.txt") == "file:///srv/kho/x.txt");
  CHECK(vanban::sarif_uri("<stdin>") == "%3Cstdin%3E");
}

TEST_CASE("sarif: a log with results and a failed input has the structure SARIF 2.1.0 requires") {
  const Analysis a = sample();
  vanban::SarifWriter w;
  std::string log = w.open();
  log += w.append(w.format(vanban::sarif_results(a, "kho/bc 1.txt")));
  log += w.append(w.format({}));  // a document without findings adds nothing
  log += w.append(w.format(vanban::sarif_results(a, "kho/bc 2.txt")));
  w.add_failure("kho/x.txt", "kho/x.txt: tệp nhị phân");
  log += w.close();
  const nlohmann::json j = nlohmann::json::parse(log);
  const auto problems = vanban::test::sarif_problems(j);
  CAPTURE(problems);
  CHECK(problems.empty());

  const nlohmann::json& run = j["runs"][0];
  CHECK(j["runs"].size() == 1);
  CHECK(run["tool"]["driver"]["name"] == "vanban");
  CHECK(run["columnKind"] == "unicodeCodePoints");
  REQUIRE(run["results"].size() == 4);
  const nlohmann::json& info = run["results"][0];
  CHECK(info["ruleId"] == "text/style");
  CHECK(info["level"] == "note");
  CHECK(info["message"]["text"] == "dòng 1\ndòng 2");
  const nlohmann::json& loc = info["locations"][0]["physicalLocation"];
  CHECK(loc["artifactLocation"]["uri"] == "kho/bc%201.txt");
  // "đầu tiên": line 1, columns 6 to 13; SARIF's endColumn is the column after the span.
  CHECK(loc["region"] == nlohmann::json({{"startLine", 1}, {"startColumn", 6}, {"endLine", 1}, {"endColumn", 14}}));
  CHECK(info["relatedLocations"][0]["message"]["text"] == "xem <đây> & đó");
  CHECK(info["relatedLocations"][0]["physicalLocation"]["region"]["startColumn"] == 13);
  const nlohmann::json& warning = run["results"][1];
  CHECK(warning["level"] == "warning");
  CHECK(warning["locations"][0]["physicalLocation"]["region"] ==
        nlohmann::json({{"startLine", 2}, {"startColumn", 13}, {"endLine", 2}, {"endColumn", 22}}));
  CHECK(warning["properties"]["suggestion"] == "được");
  CHECK(run["results"][3]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "kho/bc%202.txt");
  const nlohmann::json& inv = run["invocations"][0];
  CHECK(inv["executionSuccessful"] == false);
  CHECK(inv["toolExecutionNotifications"][0]["message"]["text"] == "kho/x.txt: tệp nhị phân");
}

TEST_CASE("sarif: an empty log is still valid") {
  vanban::SarifWriter w;
  const std::string log = w.open() + w.close();
  const nlohmann::json j = nlohmann::json::parse(log);
  CHECK(vanban::test::sarif_problems(j).empty());
  CHECK(j["runs"][0]["results"] == nlohmann::json::array());
  CHECK(j["runs"][0]["invocations"][0]["executionSuccessful"] == true);
}

TEST_CASE("sarif checker: catches what SARIF forbids") {
  using nlohmann::json;
  const json bad = json::parse(R"({"version": "2.0.0", "runs": [{
      "tool": {"driver": {"name": ""}},
      "results": [{"level": "warn", "locations": [{"physicalLocation": {
          "artifactLocation": {"uri": "a b.txt"}, "region": {"startLine": 0, "startColumn": 3}}}]}]}]})");
  const auto problems = vanban::test::sarif_problems(bad);
  CAPTURE(problems);
  // version, driver name, message missing, level, uri, startLine.
  CHECK(problems.size() == 6);
}

TEST_CASE("html: findings highlighted and escaped") {
  const Analysis a = sample();
  const std::string page = vanban::html_open("vanban <check>") + vanban::html_document(a, "bc.txt") + vanban::html_close();
  CHECK(page.rfind("<!DOCTYPE html>", 0) == 0);
  CHECK(page.find("<title>vanban &lt;check&gt;</title>") != std::string::npos);
  CHECK(page.find("<mark class=\"warning\" title=\"Từ “được”, lặp &quot;lại&quot; [text/repeated-word]\">được "
                  "được</mark>") != std::string::npos);
  CHECK(page.find("<mark class=\"info\"") != std::string::npos);
  CHECK(page.substr(page.size() - 8) == "</html>\n");
}
