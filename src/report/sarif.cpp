#include "report/sarif.h"

#include <map>

#include "check/rule.h"
#include "report/json.h"

namespace vanban {
namespace {

constexpr const char* kResultsMarker = "\"@@results@@\"";

const char* sarif_level(Severity s) {
  switch (s) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    case Severity::Info: return "note";
  }
  return "warning";
}

// RFC 3986 unreserved characters and the path separator stay; every other byte is encoded.
std::string percent_encode(std::string_view path) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : path) {
    const bool keep = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
                      c == '.' || c == '_' || c == '~' || c == '/';
    if (keep) {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

nlohmann::json region(const Analysis& a, Span span) {
  const Position b = a.position(span.begin), e = a.last_position(span);
  return {{"startLine", b.line}, {"startColumn", b.column}, {"endLine", e.line}, {"endColumn", e.column + 1}};
}

nlohmann::json physical_location(const std::string& uri, nlohmann::json region) {
  nlohmann::json loc = {{"artifactLocation", {{"uri", uri}}}};
  if (!region.is_null()) loc["region"] = std::move(region);
  return {{"physicalLocation", std::move(loc)}};
}

const std::map<std::string, size_t>& rule_indexes() {
  static const std::map<std::string, size_t> indexes = [] {
    std::map<std::string, size_t> m;
    const auto& rules = all_rules();
    for (size_t i = 0; i < rules.size(); ++i) m.emplace(rules[i]->info().id, i);
    return m;
  }();
  return indexes;
}


}  // namespace

std::string sarif_uri(std::string_view path) {
  if (!path.empty() && path.front() == '/') return "file://" + percent_encode(path);
  return percent_encode(path);
}

nlohmann::json sarif_rules() {
  nlohmann::json rules = nlohmann::json::array();
  for (const Rule* rule : all_rules()) {
    const RuleInfo& info = rule->info();
    rules.push_back({{"id", info.id},
                     {"shortDescription", {{"text", info.description}}},
                     {"help", {{"text", "Bị báo: " + info.bad_example + "\nKhông bị báo: " + info.good_example}}},
                     {"defaultConfiguration", {{"level", sarif_level(info.severity)}}}});
  }
  return rules;
}

std::vector<nlohmann::json> sarif_results(const Analysis& a, std::string_view path) {
  const std::string uri = sarif_uri(path);
  std::vector<nlohmann::json> out;
  for (const Finding& f : a.findings) {
    nlohmann::json result = {{"ruleId", f.rule},
                             {"level", sarif_level(f.severity)},
                             {"message", {{"text", f.message}}},
                             {"locations", {physical_location(uri, region(a, f.span))}}};
    const auto& indexes = rule_indexes();
    if (auto it = indexes.find(f.rule); it != indexes.end()) result["ruleIndex"] = it->second;
    if (!f.related.empty()) {
      nlohmann::json related = nlohmann::json::array();
      for (size_t i = 0; i < f.related.size(); ++i) {
        nlohmann::json loc = physical_location(uri, region(a, f.related[i].span));
        loc["id"] = i;
        loc["message"] = {{"text", f.related[i].note}};
        related.push_back(std::move(loc));
      }
      result["relatedLocations"] = std::move(related);
    }
    if (!f.suggestion.empty()) result["properties"] = {{"suggestion", f.suggestion}};
    out.push_back(std::move(result));
  }
  return out;
}

// The whole log with the results array replaced by a marker; open() prints what precedes the
// marker and close() what follows it, so the two halves always fit together.
std::string SarifWriter::skeleton(const nlohmann::json& invocations) const {
  nlohmann::ordered_json driver = {{"name", "vanban"},
                                   {"version", VANBAN_VERSION},
                                   {"semanticVersion", VANBAN_VERSION},
                                   {"rules", sarif_rules()}};
  nlohmann::ordered_json run = {{"tool", {{"driver", driver}}},
                                {"columnKind", "unicodeCodePoints"},
                                {"results", "@@results@@"},
                                {"invocations", invocations}};
  nlohmann::ordered_json log = {{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
                                {"version", "2.1.0"},
                                {"runs", {run}}};
  return log.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

std::string SarifWriter::open() {
  const std::string dump = skeleton(nlohmann::json::array());
  const size_t marker = dump.find(kResultsMarker);
  const size_t line_start = dump.rfind('\n', marker) + 1;
  key_indent_ = dump.find_first_not_of(' ', line_start) - line_start;
  indent_ = std::string(key_indent_ + 2, ' ');
  return dump.substr(0, marker) + "[";
}

std::string SarifWriter::format(const std::vector<nlohmann::json>& results) const {
  std::string out;
  for (const nlohmann::json& r : results) {
    if (!out.empty()) out += ",\n";
    out += indent_lines(dump_json(r, 2), indent_);
  }
  return out;
}

std::string SarifWriter::append(const std::string& part) {
  if (part.empty()) return {};
  const std::string out = (first_ ? "\n" : ",\n") + part;
  first_ = false;
  return out;
}

void SarifWriter::add_failure(std::string_view path, std::string_view message) {
  notifications_.push_back({{"level", "error"},
                            {"message", {{"text", std::string(message)}}},
                            {"locations", {physical_location(sarif_uri(path), nullptr)}}});
}

std::string SarifWriter::close() {
  nlohmann::json invocation = {{"executionSuccessful", notifications_.empty()}};
  if (!notifications_.empty()) invocation["toolExecutionNotifications"] = notifications_;
  const std::string dump = skeleton(nlohmann::json::array({invocation}));
  const size_t after = dump.find(kResultsMarker) + std::string(kResultsMarker).size();
  std::string end = first_ ? "]" : "\n" + std::string(key_indent_, ' ') + "]";
  end.append(dump, after);
  return end + "\n";
}

}  // namespace vanban
