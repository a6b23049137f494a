// vanban rules: the rule catalog, read from the rules themselves (check/rules.def).
#include <algorithm>

#include "check/rule.h"
#include "cli/commands.h"
#include "cli/terminal.h"
#include "report/display.h"
#include "report/json.h"

namespace vanban::cli {
namespace {

std::string family_of(const std::string& id) { return id.substr(0, id.find('/')); }

bool selected(const RuleInfo& info, const std::vector<std::string>& only) {
  if (only.empty()) return true;
  return std::any_of(only.begin(), only.end(),
                     [&](const std::string& name) { return name == info.id || name == family_of(info.id); });
}

// "  label value": a value of several lines goes on with its lines aligned under the first.
std::string labelled(const std::string& label, std::string value) {
  while (!value.empty() && (value.back() == '\n' || value.back() == ' ')) value.pop_back();
  std::string out = "  " + label;
  const std::string indent(2 + display_width(label), ' ');
  size_t start = 0;
  for (bool first = true; start <= value.size(); first = false) {
    size_t end = value.find('\n', start);
    if (end == std::string::npos) end = value.size();
    out += (first ? "" : indent) + terminal_safe(value.substr(start, end - start)) + "\n";
    start = end + 1;
  }
  return out;
}

std::string rule_text(const RuleInfo& info) {
  return info.id + " (" + severity_name(info.severity) + ")\n" + labelled("", info.description) +
         labelled("bị báo:       ", info.bad_example) + labelled("không bị báo: ", info.good_example);
}

nlohmann::json rule_json(const RuleInfo& info) {
  return {{"id", info.id},
          {"family", family_of(info.id)},
          {"severity", severity_name(info.severity)},
          {"description", info.description},
          {"bad_example", info.bad_example},
          {"good_example", info.good_example}};
}

}  // namespace

int run_rules(const Settings& s, const std::vector<std::string>& only) {
  for (const std::string& name : only)
    if (!known_rule_or_family(name)) throw UsageError("không có quy tắc hay nhóm quy tắc “" + name + "”");
  std::string text;
  nlohmann::json list = nlohmann::json::array();
  for (const Rule* rule : all_rules()) {
    const RuleInfo& info = rule->info();
    if (!selected(info, only)) continue;
    text += (text.empty() ? "" : "\n") + rule_text(info);
    list.push_back(rule_json(info));
  }
  if (s.format == "json") write_stdout(dump_json(list, 2) + "\n");
  else write_stdout(text);
  return 0;
}

}  // namespace vanban::cli
