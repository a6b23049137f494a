// vanban check: the findings of every input, in the format asked for.
#include <memory>

#include "cli/batch.h"
#include "cli/commands.h"
#include "cli/json_documents.h"
#include "cli/list_writer.h"
#include "cli/terminal.h"
#include "report/csv.h"
#include "report/html.h"
#include "report/json_text.h"
#include "report/sarif.h"
#include "report/text.h"

namespace vanban::cli {
namespace {

int exit_status(const Settings& s, const Totals& t) {
  if (t.failed) return 2;
  for (size_t k = static_cast<size_t>(s.fail_severity); k < t.by_severity.size(); ++k)
    if (t.by_severity[k]) return 1;
  return 0;
}

}  // namespace

int run_check(const Settings& s) {
  const InputList inputs = expand_inputs(s.inputs, s.include, s.exclude, s.stdin_name);
  const std::string& format = s.format;
  const TextStyle style{use_colour(s.color), 240};
  SarifWriter sarif;
  ListWriter json_list("[\n", ",\n", "\n]\n", "[]\n");
  const JsonPlacement json_placement = inputs.several ? JsonPlacement::InArray : JsonPlacement::Alone;

  if (format == "sarif") write_stdout(sarif.open());
  if (format == "csv") write_stdout(findings_csv_header());
  if (format == "html") write_stdout(html_open("vanban check"));

  const Render render = [&](Analysis& a, DocumentOutput& out) {
    const std::string& path = a.source.path;
    if (format == "text") out.text = findings_text(a, path, style);
    else if (format == "json") out.text = json_document(a, json_placement, write_check_json);
    else if (format == "jsonl") out.text = json_document(a, JsonPlacement::OneLine, write_check_json);
    else if (format == "csv") out.text = findings_csv(a, path);
    else if (format == "sarif") out.text = sarif.format(sarif_results(a, path));
    else if (format == "html") out.text = html_document(a, path);
  };
  const Emit emit = [&](const Input& in, DocumentOutput& out) {
    if (out.failed()) {
      if (format == "sarif") sarif.add_failure(in.display, out.error);
      if (format == "html") write_stdout(html_failure(in.display, out.error));
      return;
    }
    if (format == "sarif") write_stdout(sarif.append(out.text));
    else if (format == "json" && inputs.several) write_stdout(json_list.before(out.text), out.text);
    else write_stdout(out.text);
  };
  const Totals totals = run_batch(s, inputs, render, emit);

  if (format == "sarif") write_stdout(sarif.close());
  if (format == "json" && inputs.several) write_stdout(json_list.close());
  if (format == "html") write_stdout(html_close());
  print_summary(s, totals, findings_phrase(totals.by_severity));
  return exit_status(s, totals);
}

}  // namespace vanban::cli
