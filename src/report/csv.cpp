#include "report/csv.h"

namespace vanban {

std::string csv_field(std::string_view s) {
  if (s.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(s);
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + '"';
}

std::string csv_row(const std::vector<std::string>& fields) {
  std::string out;
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i) out += ',';
    out += csv_field(fields[i]);
  }
  return out + "\r\n";
}

std::string findings_csv_header() {
  return csv_row({"file", "line", "column", "end_line", "end_column", "severity", "rule", "message", "suggestion"});
}

std::string findings_csv(const Analysis& a, std::string_view path) {
  std::string out;
  for (const Finding& f : a.findings) {
    const Position b = a.position(f.span.begin), e = a.last_position(f.span);
    out += csv_row({std::string(path), std::to_string(b.line), std::to_string(b.column), std::to_string(e.line),
                    std::to_string(e.column), severity_name(f.severity), f.rule, f.message, f.suggestion});
  }
  return out;
}

}  // namespace vanban
