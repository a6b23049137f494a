// vanban as a command: help, version, bad usage (exit 2), options and the config file.
#include <catch2/catch.hpp>

#include <regex>

#include <nlohmann/json.hpp>

#include "helpers.h"

using vanban::test::data_dir;
using vanban::test::run_vanban;

TEST_CASE("cli: --version and --help, on the tool and on each command") {
  const auto v = run_vanban({"--version"});
  CHECK(v.status == 0);
  CHECK(v.out == "vanban " VANBAN_VERSION "\n");
  CHECK(run_vanban({"check", "--version"}).out == v.out);
  const auto top = run_vanban({"--help"});
  CHECK(top.status == 0);
  for (const char* cmd : {"check", "extract", "cites", "rules"}) {
    CHECK(top.out.find(std::string("  ") + cmd + " ") != std::string::npos);
    const auto h = run_vanban({cmd, "--help"});
    CAPTURE(cmd);
    CHECK(h.status == 0);
    CHECK(h.out.find("Cách dùng") != std::string::npos);
    CHECK(h.out.find("--format") != std::string::npos);
  }
  // The debug view is hidden: no "  layout " line among the commands (the usage line names
  // the binary by its path, which may hold "layout", as in a worktree called wt-layout).
  CHECK(top.out.find("  layout ") == std::string::npos);
  CHECK(run_vanban({"layout", "--help"}).status == 0);
}

TEST_CASE("cli: bad usage exits 2 with a Vietnamese message") {
  const std::string doc = data_dir() + "/citations.txt";
  const std::vector<std::vector<std::string>> bad = {
      {},
      {"frobnicate"},
      {"check"},
      {"check", "--format", "yaml", doc},
      {"extract", "--format", "csv", doc},
      {"check", "--fail-on", "fatal", doc},
      {"check", "--as-of", "31/02/2024", doc},
      {"check", "--as-of", "2024/01/01", doc},
      {"check", "--disable", "text/no-such-rule", doc},
      {"check", "--enable", "nonsense", doc},
      {"check", "--encoding", "no-such-charset", doc},
      {"check", "--jobs", "many", doc},
      {"check", "--color", "sometimes", doc},
      {"check", "--no-such-option", doc},
      {"check", "-", "-"},
      {"rules", "no-such-family"},
      {"check", "--config", data_dir() + "/no-such-config.json", doc},
  };
  for (const auto& args : bad) {
    const auto r = run_vanban(args);
    CAPTURE(args, r.err);
    CHECK(r.status == 2);
    CHECK(r.out.empty());
    CHECK(r.err.find("vanban") != std::string::npos);
  }
  const auto r = run_vanban({"check", "--fail-on", "fatal", doc});
  CHECK(r.err.find("“fatal”") != std::string::npos);
  CHECK(r.err.find("error, warning, info") != std::string::npos);
}

TEST_CASE("cli: accepted option values") {
  const std::string doc = data_dir() + "/citations.txt";
  for (const auto& args : std::vector<std::vector<std::string>>{
           {"check", "-q", "--as-of", "2024-02-29", doc},
           {"check", "-q", "--as-of", "1/3/2024", doc},
           {"check", "-q", "--disable", "text,number", "--enable", "citation", doc},
           {"check", "-q", "--fail-on", "info", "--jobs", "3", doc},
           {"check", "-q", "--encoding", "UTF-8", doc},
           {"check", "-q", "--color", "never", doc}}) {
    const auto r = run_vanban(args);
    CAPTURE(args, r.err);
    CHECK((r.status == 0 || r.status == 1));
    CHECK(r.err.empty());  // --quiet: nothing on stderr when all went well
  }
}

static bool json_object(const std::string& text) {
  const auto j = nlohmann::json::parse(text, nullptr, false);
  return j.is_object() && j.contains("schema");
}

TEST_CASE("cli: --config applies JSON settings; the command line wins") {
  vanban::test::ScratchDir dir;
  const std::string doc = data_dir() + "/citations.txt";
  const auto config = [&](const std::string& text) {
    vanban::test::write_file(dir.path() / "vanban.json", text);
    return (dir.path() / "vanban.json").string();
  };
  // jsonl from the file: one line, one object.
  auto r = run_vanban({"extract", "-q", "--config", config(R"({"format": "jsonl", "quiet": true})"), doc});
  CHECK(r.status == 0);
  CHECK(std::count(r.out.begin(), r.out.end(), '\n') == 1);
  CHECK(nlohmann::json::parse(r.out)["schema"] == "vanban/1");
  // The command line's --format wins: a pretty-printed object.
  r = run_vanban({"extract", "--format", "json", "--config", config(R"({"format": "jsonl"})"), doc});
  CHECK(std::count(r.out.begin(), r.out.end(), '\n') > 10);
  // A section for one command; other commands ignore it.
  const std::string sections = config(R"({"cites": {"format": "csv"}, "fail_on": "error"})");
  r = run_vanban({"cites", "-q", "--config", sections, doc});
  CHECK(r.out.rfind("file,line,column,", 0) == 0);
  r = run_vanban({"extract", "-q", "--config", sections, doc});
  CHECK(r.out.rfind("{", 0) == 0);
  // A top-level format only for the commands that have it; in a section it must fit.
  const std::string sarif = config(R"({"format": "sarif"})");
  r = run_vanban({"extract", "-q", "--config", sarif, doc});
  CHECK(r.status == 0);
  CHECK(json_object(r.out));
  r = run_vanban({"check", "-q", "--config", sarif, doc});
  CHECK(nlohmann::json::parse(r.out)["version"] == "2.1.0");
  CHECK(run_vanban({"extract", "--config", config(R"({"extract": {"format": "sarif"}})"), doc}).status == 2);
  // Mistakes in the file are usage errors that name what is wrong.
  r = run_vanban({"check", "--config", config(R"({"fail-on": "error", "bogus": 1})"), doc});
  CHECK(r.status == 2);
  CHECK(r.err.find("bogus") != std::string::npos);
  r = run_vanban({"check", "--config", config("{not json"), doc});
  CHECK(r.status == 2);
  r = run_vanban({"check", "--config", config(R"({"disable": ["no-such-family"]})"), doc});
  CHECK(r.status == 2);
  r = run_vanban({"check", "--config", config(R"({"jobs": "four"})"), doc});
  CHECK(r.status == 2);
}

TEST_CASE("cli: rules lists the catalog with examples") {
  const auto j = run_vanban({"rules", "--format", "json"});
  REQUIRE(j.status == 0);
  const nlohmann::json rules = nlohmann::json::parse(j.out);
  REQUIRE(rules.is_array());
  const auto text = run_vanban({"rules"});
  CHECK(text.status == 0);
  const std::regex id_shape("[a-z]+/[a-z0-9-]+");
  for (const auto& rule : rules) {
    CAPTURE(rule.dump());
    const std::string id = rule.at("id");
    CHECK(std::regex_match(id, id_shape));
    CHECK(rule.at("family") == id.substr(0, id.find('/')));
    CHECK((rule.at("severity") == "error" || rule.at("severity") == "warning" || rule.at("severity") == "info"));
    CHECK(!rule.at("description").get<std::string>().empty());
    CHECK(!rule.at("bad_example").get<std::string>().empty());
    CHECK(!rule.at("good_example").get<std::string>().empty());
    CHECK(text.out.find(id + " (") != std::string::npos);
    // Filtering by family keeps this rule.
    const auto only = run_vanban({"rules", "--format", "json", rule.at("family")});
    CHECK(only.out.find("\"" + id + "\"") != std::string::npos);
  }
  if (rules.empty()) WARN("the rule catalog is still empty: rules checked on structure only");
}

TEST_CASE("cli: the hidden layout view prints paragraphs with their lines") {
  const auto r = run_vanban({"layout", data_dir() + "/citations.txt"});
  CHECK(r.status == 0);
  const std::regex shape(R"((\[\^\w+\] )?\d+-\d+: .*)");
  const auto lines = vanban::test::split_lines(r.out);
  CHECK(!lines.empty());
  for (const std::string& line : lines) CHECK(std::regex_match(line, shape));
}
