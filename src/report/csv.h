// CSV as RFC 4180 defines it: a header row, fields separated by commas, a field quoted when it
// holds a comma, a double quote, CR or LF (quotes inside doubled), every row ended by CRLF.
//
//   std::string out = vanban::findings_csv_header();
//   out += vanban::findings_csv(analysis, "report.txt");   // one row per finding
//
// Columns of findings: file, line, column, end_line, end_column, severity, rule, message,
// suggestion. Positions are those of spec/OUTPUT.md.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/analysis.h"

namespace vanban {

std::string csv_field(std::string_view s);
// The fields joined by commas, each quoted as needed, with the closing CRLF.
std::string csv_row(const std::vector<std::string>& fields);

std::string findings_csv_header();
std::string findings_csv(const Analysis& a, std::string_view path);

}  // namespace vanban
