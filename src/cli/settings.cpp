#include "cli/settings.h"

#include <unicode/ucnv.h>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <map>
#include <sstream>
#include <thread>

#include <nlohmann/json.hpp>
#include <re2/re2.h>

#include "check/rule.h"

namespace vanban::cli {
namespace {

using nlohmann::json;

const std::map<std::string, std::vector<std::string>>& formats_by_command() {
  static const std::map<std::string, std::vector<std::string>> formats = {
      {"check", {"text", "json", "jsonl", "sarif", "csv", "html"}},
      {"extract", {"json", "jsonl"}},
      {"cites", {"text", "csv", "json", "jsonl"}},
      {"rules", {"text", "json"}},
      {"layout", {"text"}},
  };
  return formats;
}

std::string joined(const std::vector<std::string>& items, const std::string& sep = ", ") {
  std::string out;
  for (const std::string& s : items) out += (out.empty() ? "" : sep) + s;
  return out;
}

void require_one_of(const std::string& what, const std::string& value, const std::vector<std::string>& allowed) {
  if (std::find(allowed.begin(), allowed.end(), value) == allowed.end())
    throw UsageError(what + " “" + value + "” không hợp lệ; giá trị được nhận: " + joined(allowed));
}

bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

bool real_day(int y, int m, int d) {
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (y < 1000 || y > 2999 || m < 1 || m > 12 || d < 1) return false;
  return d <= days[m - 1] + (m == 2 && leap(y) ? 1 : 0);
}

// --- the config file ---------------------------------------------------------------------

json read_config(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw UsageError("không mở được tệp cấu hình “" + path + "”");
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  json j = json::parse(text, nullptr, false);
  if (j.is_discarded()) throw UsageError("tệp cấu hình “" + path + "” không phải JSON hợp lệ");
  if (!j.is_object()) throw UsageError("tệp cấu hình “" + path + "” phải là một đối tượng JSON {…}");
  return j;
}

std::string config_name(std::string key) {
  std::replace(key.begin(), key.end(), '_', '-');
  return key;
}

std::string config_string(const std::string& path, const std::string& key, const json& v) {
  if (!v.is_string()) throw UsageError("tệp cấu hình “" + path + "”: “" + key + "” phải là một chuỗi");
  return v.get<std::string>();
}

std::vector<std::string> config_list(const std::string& path, const std::string& key, const json& v) {
  if (v.is_string()) return {v.get<std::string>()};
  std::vector<std::string> out;
  if (v.is_array())
    for (const json& item : v) out.push_back(config_string(path, key, item));
  else
    throw UsageError("tệp cấu hình “" + path + "”: “" + key + "” phải là một chuỗi hoặc một mảng chuỗi");
  return out;
}

bool config_bool(const std::string& path, const std::string& key, const json& v) {
  if (!v.is_boolean()) throw UsageError("tệp cấu hình “" + path + "”: “" + key + "” phải là true hoặc false");
  return v.get<bool>();
}

// Applies one settings object of the config file (top level, or the section of a command).
void apply_config_object(Settings& s, const std::set<std::string>& given, const std::string& path, const json& obj,
                         bool section) {
  for (const auto& [raw_key, v] : obj.items()) {
    const std::string key = config_name(raw_key);
    if (formats_by_command().count(key)) continue;  // a command's own section, applied after
    const bool on_command_line = given.count(key) > 0;
    if (key == "disable" || key == "enable") {
      std::vector<std::string>& list = key == "disable" ? s.config_disable : s.config_enable;
      for (std::string& id : config_list(path, key, v)) list.push_back(std::move(id));
      continue;
    }
    if (on_command_line) continue;
    if (key == "format") {
      // A top-level format is for the commands that have it (say "sarif" for check); the
      // others keep their default. In a command's section it must be one of its formats.
      const std::string format = config_string(path, key, v);
      const auto& own = formats_by_command().at(s.command);
      if (section || std::find(own.begin(), own.end(), format) != own.end()) s.format = format;
    }
    else if (key == "fail-on") s.fail_on = config_string(path, key, v);
    else if (key == "as-of") s.as_of = config_string(path, key, v);
    else if (key == "encoding") s.encoding = config_string(path, key, v);
    else if (key == "color" || key == "colour") s.color = config_string(path, key, v);
    else if (key == "stdin-filename") s.stdin_name = config_string(path, key, v);
    else if (key == "include") s.include = config_list(path, key, v);
    else if (key == "exclude") s.exclude = config_list(path, key, v);
    else if (key == "quiet") s.quiet = config_bool(path, key, v);
    else if (key == "group") s.group = config_bool(path, key, v) && s.command == "cites";
    else if (key == "jobs") {
      if (!v.is_number_unsigned()) throw UsageError("tệp cấu hình “" + path + "”: “jobs” phải là một số nguyên không âm");
      s.jobs = v.get<unsigned>();
    } else {
      throw UsageError("tệp cấu hình “" + path + "”: không có thiết lập “" + raw_key +
                       "” (có: format, fail-on, disable, enable, as-of, jobs, quiet, encoding, include, exclude, "
                       "color, stdin-filename, group, và các mục riêng check, extract, cites, rules)");
    }
  }
}

void apply_config(Settings& s, const std::set<std::string>& given) {
  const json j = read_config(s.config);
  apply_config_object(s, given, s.config, j, false);
  for (const auto& [raw_key, v] : j.items()) {
    if (config_name(raw_key) != s.command) continue;
    if (!v.is_object()) throw UsageError("tệp cấu hình “" + s.config + "”: mục “" + raw_key + "” phải là một đối tượng");
    apply_config_object(s, given, s.config, v, true);
  }
}

// --- checks -------------------------------------------------------------------------------

std::set<std::string> rule_names(const std::vector<std::string>& items) {
  std::set<std::string> out;
  for (const std::string& item : items) {
    std::stringstream parts(item);
    std::string name;
    while (std::getline(parts, name, ',')) {
      name.erase(0, name.find_first_not_of(' '));
      name.erase(name.find_last_not_of(' ') + 1);
      if (name.empty()) continue;
      if (!known_rule_or_family(name))
        throw UsageError("không có quy tắc hay nhóm quy tắc “" + name + "”; danh sách: vanban rules");
      out.insert(name);
    }
  }
  return out;
}

void check_encoding(const std::string& name) {
  if (name.empty()) return;
  UErrorCode status = U_ZERO_ERROR;
  UConverter* conv = ucnv_open(name.c_str(), &status);
  if (conv) ucnv_close(conv);
  if (U_FAILURE(status)) throw UsageError("không biết bảng mã “" + name + "” (ví dụ hợp lệ: UTF-8, UTF-16LE, windows-1258)");
}

Severity severity_of(const std::string& name) {
  if (name == "error") return Severity::Error;
  if (name == "info") return Severity::Info;
  return Severity::Warning;
}

}  // namespace

Date parse_as_of(const std::string& text) {
  static const RE2 iso(R"((\d{4})-(\d{1,2})-(\d{1,2}))");
  static const RE2 vn(R"((\d{1,2})/(\d{1,2})/(\d{4}))");
  Date d;
  bool matched = RE2::FullMatch(text, iso, &d.year, &d.month, &d.day) ||
                 RE2::FullMatch(text, vn, &d.day, &d.month, &d.year);
  if (!matched) throw UsageError("--as-of “" + text + "”: cần một ngày dạng YYYY-MM-DD hoặc DD/MM/YYYY");
  if (!real_day(d.year, d.month, d.day)) throw UsageError("--as-of “" + text + "”: không có ngày này");
  return d;
}

bool known_rule_or_family(const std::string& name) {
  static const std::set<std::string> spec_families = {"structure", "citation", "date", "number", "text"};
  if (spec_families.count(name)) return true;
  for (const Rule* rule : all_rules()) {
    const std::string& id = rule->info().id;
    if (id == name || id.substr(0, id.find('/')) == name) return true;
  }
  return false;
}

void finish_settings(Settings& s, const std::set<std::string>& given) {
  if (!s.config.empty()) apply_config(s, given);
  const auto& formats = formats_by_command().at(s.command);
  if (s.format.empty()) s.format = formats.front();
  require_one_of("--format", s.format, formats);
  require_one_of("--fail-on", s.fail_on, {"error", "warning", "info"});
  require_one_of("--color", s.color, {"auto", "always", "never"});
  check_encoding(s.encoding);

  // The file's lists first; what the command line says about a name wins over them.
  const std::set<std::string> cli_disabled = rule_names(s.disable), cli_enabled = rule_names(s.enable);
  for (const std::string& name : rule_names(s.config_disable))
    if (!cli_enabled.count(name)) s.options.disabled.insert(name);
  for (const std::string& name : rule_names(s.config_enable))
    if (!cli_disabled.count(name)) s.options.enabled.insert(name);
  s.options.disabled.insert(cli_disabled.begin(), cli_disabled.end());
  s.options.enabled.insert(cli_enabled.begin(), cli_enabled.end());
  if (!s.as_of.empty()) s.options.as_of = parse_as_of(s.as_of);
  s.load.encoding = s.encoding;
  s.fail_severity = severity_of(s.fail_on);
  if (s.jobs == 0) s.jobs = std::max(1u, std::thread::hardware_concurrency());
  s.jobs = std::min(s.jobs, 256u);
}

}  // namespace vanban::cli
