#include "sarif_check.h"

#include <set>

namespace vanban::test {
namespace {

using nlohmann::json;

struct Checker {
  std::vector<std::string> problems;

  void fail(const std::string& where, const std::string& what) { problems.push_back(where + ": " + what); }

  bool object(const json& j, const std::string& where) {
    if (j.is_object()) return true;
    fail(where, "must be an object");
    return false;
  }
  bool array(const json& j, const std::string& key, const std::string& where, bool required = true) {
    if (!j.contains(key)) {
      if (required) fail(where, "missing required array '" + key + "'");
      return false;
    }
    if (j[key].is_array()) return true;
    fail(where + "." + key, "must be an array");
    return false;
  }
  void string(const json& j, const std::string& key, const std::string& where, bool required = true) {
    if (!j.contains(key)) {
      if (required) fail(where, "missing required string '" + key + "'");
    } else if (!j[key].is_string() || j[key].get<std::string>().empty()) {
      fail(where + "." + key, "must be a non-empty string");
    }
  }
  void message(const json& j, const std::string& where) {
    if (!j.contains("message")) return fail(where, "missing required 'message'");
    if (!object(j["message"], where + ".message")) return;
    string(j["message"], "text", where + ".message");
  }
  void level(const json& j, const std::string& where) {
    static const std::set<std::string> levels = {"none", "note", "warning", "error"};
    if (j.contains("level") && (!j["level"].is_string() || !levels.count(j["level"].get<std::string>())))
      fail(where + ".level", "must be none, note, warning or error");
  }
  // RFC 3986 URI reference: only unreserved, reserved and percent-encoded characters.
  void uri(const json& j, const std::string& where) {
    if (!j.is_string()) return fail(where, "uri must be a string");
    const std::string s = j.get<std::string>();
    static const std::string allowed =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]@!$&'()*+,;=";
    for (size_t i = 0; i < s.size(); ++i) {
      if (s[i] == '%') {
        if (i + 2 >= s.size() || !isxdigit(static_cast<unsigned char>(s[i + 1])) ||
            !isxdigit(static_cast<unsigned char>(s[i + 2])))
          return fail(where, "bad percent-encoding in uri " + s);
        i += 2;
      } else if (allowed.find(s[i]) == std::string::npos) {
        return fail(where, "character not allowed in a URI reference in " + s);
      }
    }
  }
  bool positive_integer(const json& r, const std::string& key, const std::string& where, bool required) {
    if (!r.contains(key)) {
      if (required) fail(where, key + " required (a text region)");
      return false;
    }
    if (!r[key].is_number_integer() || r[key].get<long long>() < 1) {
      fail(where + "." + key, "must be an integer >= 1");
      return false;
    }
    return true;
  }
  void region(const json& r, const std::string& where) {
    if (!object(r, where)) return;
    const bool start_line = positive_integer(r, "startLine", where, true);
    const bool start_column = positive_integer(r, "startColumn", where, true);
    const bool end_line = positive_integer(r, "endLine", where, false);
    const bool end_column = positive_integer(r, "endColumn", where, false);
    if (!start_line || !start_column || !end_line || !end_column) return;
    const long long sl = r["startLine"], sc = r["startColumn"], el = r["endLine"], ec = r["endColumn"];
    if (el < sl) fail(where, "endLine before startLine");
    if (el == sl && ec <= sc) fail(where, "endColumn must be after startColumn (it is exclusive)");
  }
  void location(const json& loc, const std::string& where) {
    if (!object(loc, where)) return;
    if (!loc.contains("physicalLocation")) return fail(where, "missing physicalLocation");
    const json& pl = loc["physicalLocation"];
    const std::string pw = where + ".physicalLocation";
    if (!object(pl, pw)) return;
    if (!pl.contains("artifactLocation")) return fail(pw, "missing artifactLocation");
    if (!object(pl["artifactLocation"], pw + ".artifactLocation")) return;
    if (!pl["artifactLocation"].contains("uri")) return fail(pw + ".artifactLocation", "missing uri");
    uri(pl["artifactLocation"]["uri"], pw + ".artifactLocation.uri");
    if (pl.contains("region")) region(pl["region"], pw + ".region");
  }

  std::vector<std::string> rule_ids;

  void rules(const json& driver, const std::string& where) {
    if (!array(driver, "rules", where, false)) return;
    std::set<std::string> seen;
    for (size_t i = 0; i < driver["rules"].size(); ++i) {
      const json& d = driver["rules"][i];
      const std::string w = where + ".rules[" + std::to_string(i) + "]";
      if (!object(d, w)) continue;
      string(d, "id", w);
      const std::string id = d.value("id", "");
      if (!seen.insert(id).second) fail(w, "duplicate rule id " + id);
      rule_ids.push_back(id);
      if (d.contains("shortDescription")) string(d["shortDescription"], "text", w + ".shortDescription");
      if (d.contains("defaultConfiguration")) level(d["defaultConfiguration"], w + ".defaultConfiguration");
    }
  }
  void result(const json& r, const std::string& where) {
    if (!object(r, where)) return;
    message(r, where);
    level(r, where);
    string(r, "ruleId", where, false);
    if (r.contains("ruleIndex")) {
      if (!r["ruleIndex"].is_number_integer() || r["ruleIndex"].get<long long>() < 0 ||
          r["ruleIndex"].get<size_t>() >= rule_ids.size())
        fail(where + ".ruleIndex", "must index tool.driver.rules");
      else if (rule_ids[r["ruleIndex"].get<size_t>()] != r.value("ruleId", ""))
        fail(where + ".ruleIndex", "points at a rule whose id is not ruleId");
    }
    if (array(r, "locations", where, false))
      for (size_t i = 0; i < r["locations"].size(); ++i)
        location(r["locations"][i], where + ".locations[" + std::to_string(i) + "]");
    if (array(r, "relatedLocations", where, false))
      for (size_t i = 0; i < r["relatedLocations"].size(); ++i)
        location(r["relatedLocations"][i], where + ".relatedLocations[" + std::to_string(i) + "]");
  }
  void invocation(const json& inv, const std::string& where) {
    if (!object(inv, where)) return;
    if (!inv.contains("executionSuccessful") || !inv["executionSuccessful"].is_boolean())
      fail(where, "missing required boolean executionSuccessful");
    if (array(inv, "toolExecutionNotifications", where, false))
      for (size_t i = 0; i < inv["toolExecutionNotifications"].size(); ++i) {
        const json& n = inv["toolExecutionNotifications"][i];
        const std::string w = where + ".toolExecutionNotifications[" + std::to_string(i) + "]";
        message(n, w);
        level(n, w);
        if (array(n, "locations", w, false))
          for (size_t k = 0; k < n["locations"].size(); ++k) location(n["locations"][k], w + ".locations");
      }
  }
  void run(const json& run, const std::string& where) {
    if (!object(run, where)) return;
    if (!run.contains("tool") || !object(run["tool"], where + ".tool")) return fail(where, "missing tool");
    if (!run["tool"].contains("driver")) return fail(where + ".tool", "missing driver");
    const json& driver = run["tool"]["driver"];
    if (!object(driver, where + ".tool.driver")) return;
    string(driver, "name", where + ".tool.driver");
    rules(driver, where + ".tool.driver");
    if (run.contains("columnKind") && run["columnKind"] != "unicodeCodePoints" && run["columnKind"] != "utf16CodeUnits")
      fail(where + ".columnKind", "must be unicodeCodePoints or utf16CodeUnits");
    if (array(run, "results", where, false))
      for (size_t i = 0; i < run["results"].size(); ++i)
        result(run["results"][i], where + ".results[" + std::to_string(i) + "]");
    if (array(run, "invocations", where, false))
      for (size_t i = 0; i < run["invocations"].size(); ++i)
        invocation(run["invocations"][i], where + ".invocations[" + std::to_string(i) + "]");
  }
};

}  // namespace

std::vector<std::string> sarif_problems(const nlohmann::json& log) {
  Checker c;
  if (!c.object(log, "log")) return c.problems;
  if (log.value("version", "") != "2.1.0") c.fail("log", "version must be \"2.1.0\"");
  if (log.contains("$schema") && !log["$schema"].is_string()) c.fail("log.$schema", "must be a string");
  if (c.array(log, "runs", "log"))
    for (size_t i = 0; i < log["runs"].size(); ++i) c.run(log["runs"][i], "log.runs[" + std::to_string(i) + "]");
  return c.problems;
}

}  // namespace vanban::test
