// One run of check, extract or cites over all inputs: each input is read and analysed on a
// worker thread, rendered by the command, and handed back in input order.
//
//   vanban::cli::Totals t = vanban::cli::run_batch(settings, inputs,
//       [&](vanban::Analysis& a, vanban::cli::DocumentOutput& out) { out.text = render(a); },
//       [&](const vanban::cli::Input& in, vanban::cli::DocumentOutput& out) { write_stdout(out.text); });
//
// run_batch prints on standard error, in input order: each input that could not be read, with
// the reason (“vanban: lỗi: kho/x.txt: tệp nhị phân …”), and notes (an empty file), then
// draws the progress line on a terminal. The summary is the command's (print_summary).
#pragma once
#include <array>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "cli/inputs.h"
#include "cli/settings.h"
#include "core/analysis.h"
#include "report/citations.h"

namespace vanban::cli {

struct DocumentOutput {
  std::string text;                    // for standard output
  std::string error;                   // set: the input failed (reason, naming the file)
  std::string note;                    // for standard error, informational
  uint64_t bytes = 0;
  std::array<size_t, 3> by_severity{};  // findings, indexed by Severity
  size_t citations = 0;
  std::vector<CitationRow> rows;       // cites --group: kept until the end
  bool failed() const { return !error.empty(); }
};

struct Totals {
  size_t files = 0;   // read and analysed
  size_t failed = 0;
  uint64_t bytes = 0;
  std::array<size_t, 3> by_severity{};
  size_t citations = 0;
};

using Render = std::function<void(Analysis&, DocumentOutput&)>;
using Emit = std::function<void(const Input&, DocumentOutput&)>;

Totals run_batch(const Settings& s, const InputList& inputs, const Render& render, const Emit& emit);

// Loads one input (standard input for "-") with the run's load options.
LoadResult load_input(const Input& in, const LoadOptions& options);

// "3 tệp, 12 phát hiện (2 error, 9 warning, 1 info)" style counts, in Vietnamese.
std::string findings_phrase(const std::array<size_t, 3>& by_severity);
// "271 byte", "55,1 kB", "114,8 MB".
std::string size_phrase(uint64_t bytes);
// The closing line on standard error (not with --quiet): what was done, and what failed.
void print_summary(const Settings& s, const Totals& t, const std::string& what);

}  // namespace vanban::cli
