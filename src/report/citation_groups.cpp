#include "report/citation_groups.h"

#include <algorithm>
#include <set>

#include "report/csv.h"
#include "report/display.h"
#include "report/json.h"

namespace vanban {

std::string group_key(const CitationRow& r) {
  if (!r.key.empty()) return r.key;
  if (!r.code.empty()) return r.code;
  if (!r.name.empty()) return "name:" + r.name;
  return "text:" + r.text;
}

void CitationIndex::add(std::vector<CitationRow> rows) {
  for (CitationRow& r : rows) {
    std::string key = group_key(r);
    auto [it, inserted] = by_key_.try_emplace(key, groups_.size());
    if (inserted) groups_.push_back(Group{key, {}});
    groups_[it->second].mentions.push_back(std::move(r));
  }
}

std::vector<std::pair<std::string, size_t>> CitationIndex::variants(const Group& g, std::string CitationRow::*field) {
  std::vector<std::pair<std::string, size_t>> out;
  for (const CitationRow& r : g.mentions) {
    const std::string& value = r.*field;
    if (value.empty()) continue;
    auto it = std::find_if(out.begin(), out.end(), [&](const auto& v) { return v.first == value; });
    if (it == out.end()) out.emplace_back(value, 1);
    else ++it->second;
  }
  std::stable_sort(out.begin(), out.end(), [](const auto& x, const auto& y) { return x.second > y.second; });
  return out;
}

size_t CitationIndex::file_count(const Group& g) {
  std::set<std::string_view> files;
  for (const CitationRow& r : g.mentions) files.insert(r.file);
  return files.size();
}

namespace {

// "2018-02-27 (11), 2018-02-28 (1)"; the count is left out when there is one value only.
std::string variants_line(const std::vector<std::pair<std::string, size_t>>& vs) {
  std::string out;
  for (const auto& [value, count] : vs) {
    if (!out.empty()) out += ", ";
    out += value;
    if (vs.size() > 1) out += " (" + std::to_string(count) + ")";
  }
  return out;
}

nlohmann::json variants_json(const std::vector<std::pair<std::string, size_t>>& vs) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& [value, count] : vs) out.push_back({{"value", value}, {"count", count}});
  return out;
}

}  // namespace

std::string CitationIndex::text() const {
  std::string out;
  for (const Group& g : groups_) {
    const CitationRow& first = g.mentions.front();
    const auto types = variants(g, &CitationRow::type);
    out += terminal_safe(first.code.empty() ? (first.name.empty() ? g.key : first.name) : first.code);
    if (!types.empty()) out += " · " + terminal_safe(variants_line(types));
    out += " · " + std::to_string(g.mentions.size()) + " lần dẫn, " + std::to_string(file_count(g)) + " tệp\n";
    const auto dates = variants(g, &CitationRow::date);
    const auto issuers = variants(g, &CitationRow::issuer);
    if (!dates.empty()) out += "  ngày ban hành: " + variants_line(dates) + "\n";
    if (!issuers.empty()) out += "  cơ quan ban hành: " + terminal_safe(variants_line(issuers)) + "\n";
    for (const CitationRow& r : g.mentions)
      out += "  " + terminal_safe(r.file) + ":" + std::to_string(r.line) + ":" + std::to_string(r.column) + "  " +
             terminal_safe(r.text) + "\n";
    out += "\n";
  }
  return out;
}

nlohmann::json CitationIndex::group_json(const Group& g) {
  const CitationRow& first = g.mentions.front();
  const auto or_null = [](const std::string& s) { return s.empty() ? nlohmann::json(nullptr) : nlohmann::json(s); };
  nlohmann::json mentions = nlohmann::json::array();
  for (const CitationRow& r : g.mentions)
    mentions.push_back({{"file", r.file}, {"line", r.line}, {"column", r.column}, {"end_line", r.end_line},
                        {"end_column", r.end_column}, {"text", r.text}, {"type", or_null(r.type)},
                        {"date", or_null(r.date)}, {"issuer", or_null(r.issuer)}});
  return {{"key", g.key},
          {"code", or_null(first.code)},
          {"name", or_null(first.name)},
          {"mentions", g.mentions.size()},
          {"files", file_count(g)},
          {"types", variants_json(variants(g, &CitationRow::type))},
          {"dates", variants_json(variants(g, &CitationRow::date))},
          {"issuers", variants_json(variants(g, &CitationRow::issuer))},
          {"citations", mentions}};
}

nlohmann::json CitationIndex::json() const {
  nlohmann::json out = nlohmann::json::array();
  for (const Group& g : groups_) out.push_back(group_json(g));
  return out;
}

std::string CitationIndex::jsonl() const {
  std::string out;
  for (const Group& g : groups_) out += dump_json(group_json(g)) + "\n";
  return out;
}

std::string CitationIndex::csv() const {
  std::string out = csv_row({"key", "code", "name", "mentions", "files", "types", "dates", "issuers", "first_file",
                             "first_line"});
  for (const Group& g : groups_) {
    const CitationRow& first = g.mentions.front();
    out += csv_row({g.key, first.code, first.name, std::to_string(g.mentions.size()), std::to_string(file_count(g)),
                    variants_line(variants(g, &CitationRow::type)), variants_line(variants(g, &CitationRow::date)),
                    variants_line(variants(g, &CitationRow::issuer)), first.file, std::to_string(first.line)});
  }
  return out;
}

}  // namespace vanban
