// vanban extract: everything the analysis found, as spec/OUTPUT.md defines it. One file gives
// one JSON object (what ../shared/eval/score.py reads); several give an array; jsonl gives
// one object per line.
#include "cli/batch.h"
#include "cli/commands.h"
#include "cli/json_documents.h"
#include "cli/list_writer.h"
#include "cli/terminal.h"
#include "report/json_text.h"

namespace vanban::cli {

int run_extract(const Settings& s) {
  const InputList inputs = expand_inputs(s.inputs, s.include, s.exclude, s.stdin_name);
  const bool lines = s.format == "jsonl";
  ListWriter list("[\n", ",\n", "\n]\n", "[]\n");
  const JsonPlacement placement =
      lines ? JsonPlacement::OneLine : inputs.several ? JsonPlacement::InArray : JsonPlacement::Alone;
  const Render render = [&](Analysis& a, DocumentOutput& out) {
    out.text = json_document(a, placement, write_analysis_json);
  };
  const Emit emit = [&](const Input&, DocumentOutput& out) {
    if (out.failed()) return;
    if (placement == JsonPlacement::InArray) write_stdout(list.before(out.text), out.text);
    else write_stdout(out.text);
  };
  const Totals totals = run_batch(s, inputs, render, emit);
  if (!lines && inputs.several) write_stdout(list.close());
  print_summary(s, totals,
                std::to_string(totals.citations) + " trích dẫn, " + findings_phrase(totals.by_severity));
  return totals.failed ? 2 : 0;
}

}  // namespace vanban::cli
