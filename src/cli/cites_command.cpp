// vanban cites: one row per citation (text table, csv, json, jsonl), or with --group the
// cited documents with all their mentions across the inputs.
#include "cli/batch.h"
#include "cli/commands.h"
#include "cli/list_writer.h"
#include "cli/terminal.h"
#include "report/citation_groups.h"
#include "report/citations.h"
#include "report/json.h"

namespace vanban::cli {
namespace {

std::string rows_text(const Analysis& a, const std::string& format) {
  const std::string& path = a.source.path;
  if (format == "text") return citations_table(citation_rows(a, path));
  std::string out;
  if (format == "csv") {
    for (const CitationRow& r : citation_rows(a, path)) out += citation_csv(r);
  } else {
    for (const Citation& c : a.citations) {
      const nlohmann::json j = citation_row_json(a, c, path);
      if (format == "jsonl") out += dump_json(j) + "\n";
      else out += (out.empty() ? "" : ",\n") + indent_lines(dump_json(j, 2), "  ");
    }
  }
  return out;
}

void print_groups(const CitationIndex& index, const std::string& format) {
  if (format == "text") write_stdout(index.text());
  else if (format == "csv") write_stdout(index.csv());
  else if (format == "json") write_stdout(dump_json(index.json(), 2) + "\n");
  else write_stdout(index.jsonl());
}

}  // namespace

int run_cites(const Settings& s) {
  const InputList inputs = expand_inputs(s.inputs, s.include, s.exclude, s.stdin_name);
  const std::string& format = s.format;
  ListWriter json_rows("[\n", ",\n", "\n]\n", "[]\n");
  ListWriter tables("", "\n", "", "");
  CitationIndex index;
  if (format == "csv" && !s.group) write_stdout(citations_csv_header());

  const Render render = [&](Analysis& a, DocumentOutput& out) {
    if (s.group) out.rows = citation_rows(a, a.source.path);
    else out.text = rows_text(a, format);
  };
  const Emit emit = [&](const Input&, DocumentOutput& out) {
    if (out.failed()) return;
    if (s.group) index.add(std::move(out.rows));
    else if (format == "json") write_stdout(json_rows.before(out.text), out.text);
    else if (format == "text") write_stdout(tables.before(out.text), out.text);
    else write_stdout(out.text);
  };
  const Totals totals = run_batch(s, inputs, render, emit);
  if (s.group) print_groups(index, format);
  else if (format == "json") write_stdout(json_rows.close());

  std::string what = std::to_string(totals.citations) + " trích dẫn";
  if (s.group) what += " tới " + std::to_string(index.size()) + " văn bản";
  print_summary(s, totals, what);
  return totals.failed ? 2 : 0;
}

}  // namespace vanban::cli
