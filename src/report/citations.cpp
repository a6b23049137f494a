#include "report/citations.h"

#include <algorithm>
#include <array>

#include "report/csv.h"
#include "report/display.h"
#include "report/json.h"

namespace vanban {

std::vector<CitationRow> citation_rows(const Analysis& a, std::string_view path) {
  std::vector<CitationRow> rows;
  rows.reserve(a.citations.size());
  for (const Citation& c : a.citations) {
    const Position b = a.position(c.span.begin), e = a.last_position(c.span);
    CitationRow r;
    r.file = std::string(path);
    r.line = b.line;
    r.column = b.column;
    r.end_line = e.line;
    r.end_column = e.column;
    r.type = c.type;
    r.code = c.code;
    r.number = c.number;
    r.date = c.date ? c.date->iso() : "";
    r.issuer = c.issuer;
    r.key = c.key;
    r.text = c.text;
    r.name = c.name;
    r.format = c.format;
    r.title = c.title;
    rows.push_back(std::move(r));
  }
  return rows;
}

namespace {

constexpr size_t kTableColumns = 10;
using TableRow = std::array<std::string, kTableColumns>;

TableRow table_cells(const CitationRow& r) {
  const auto cell = [](const std::string& s) { return s.empty() ? std::string("-") : terminal_safe(s); };
  return {cell(r.file), std::to_string(r.line), std::to_string(r.column), cell(r.type),
          cell(r.code.empty() ? r.name : r.code), cell(r.number), cell(r.date), cell(r.issuer), cell(r.key),
          cell(r.text)};
}

}  // namespace

std::string citations_table(const std::vector<CitationRow>& rows) {
  if (rows.empty()) return {};
  std::vector<TableRow> table;
  table.push_back({"file", "line", "column", "type", "code", "number", "date", "issuer", "key", "text"});
  for (const CitationRow& r : rows) table.push_back(table_cells(r));
  std::array<size_t, kTableColumns> width{};
  for (const TableRow& row : table)
    for (size_t i = 0; i < kTableColumns; ++i) width[i] = std::max(width[i], display_width(row[i]));
  std::string out;
  for (const TableRow& row : table) {
    for (size_t i = 0; i < kTableColumns; ++i) {
      out += row[i];
      if (i + 1 < kTableColumns) out += std::string(width[i] - display_width(row[i]) + 2, ' ');
    }
    out += '\n';
  }
  return out;
}

std::string citations_csv_header() {
  return csv_row({"file", "line", "column", "type", "code", "number", "date", "issuer", "key", "text", "end_line",
                  "end_column", "name", "format", "title"});
}

std::string citation_csv(const CitationRow& r) {
  return csv_row({r.file, std::to_string(r.line), std::to_string(r.column), r.type, r.code, r.number, r.date,
                  r.issuer, r.key, r.text, std::to_string(r.end_line), std::to_string(r.end_column), r.name,
                  r.format, r.title});
}

nlohmann::json citation_row_json(const Analysis& a, const Citation& c, std::string_view path) {
  nlohmann::json j = citation_json(a, c);
  j["file"] = std::string(path);
  return j;
}

}  // namespace vanban
