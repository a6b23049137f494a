// Citations one row each, for `vanban cites`: an aligned table for people, CSV and JSON rows
// for scripts.
//
//   std::vector<vanban::CitationRow> rows = vanban::citation_rows(analysis, "report.txt");
//   std::cout << vanban::citations_table(rows);           // header + one aligned row each
//   std::cout << vanban::citations_csv_header() << vanban::citation_csv(rows[0]);
//   nlohmann::json j = vanban::citation_row_json(analysis, analysis.citations[0], "report.txt");
//
// The columns are file, line, column, type, code, number, date, issuer, key, text (then, in CSV,
// end_line, end_column, name, format, title). Values are those of spec/OUTPUT.md citations[];
// a missing value is empty in CSV, null in JSON and “-” in the table.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/analysis.h"

namespace vanban {

// A citation detached from its Analysis (it outlives it in `cites --group`).
struct CitationRow {
  std::string file;
  uint32_t line = 0, column = 0, end_line = 0, end_column = 0;
  std::string type, code, number, date, issuer, key, text, name, format, title;
};

std::vector<CitationRow> citation_rows(const Analysis& a, std::string_view path);

// An aligned table (columns padded to the widest cell as the terminal shows it; the last
// column, text, is not padded), with a header row. Empty when there are no rows.
std::string citations_table(const std::vector<CitationRow>& rows);

std::string citations_csv_header();
std::string citation_csv(const CitationRow& row);

// {"file": path} followed by every field of citations[] in spec/OUTPUT.md.
nlohmann::json citation_row_json(const Analysis& a, const Citation& c, std::string_view path);

}  // namespace vanban
