// vanban layout FILE…: hidden debug view for the developers of the pipeline. Prints each
// reconstructed paragraph with the original lines it comes from (footnote bodies as [^label]).
#include "cli/batch.h"
#include "cli/commands.h"
#include "cli/terminal.h"
#include "layout/layout.h"

namespace vanban::cli {

int run_layout(const Settings& s) {
  const InputList inputs = expand_inputs(s.inputs, s.include, s.exclude, s.stdin_name);
  int status = 0;
  for (const Input& in : inputs.inputs) {
    LoadResult loaded = in.error.empty() ? load_input(in, s.load) : LoadResult{std::nullopt, in.error};
    if (!loaded.ok()) {
      write_stderr("vanban: lỗi: " + loaded.error + "\n");
      status = 2;
      continue;
    }
    // Only the layout stage runs: the view must work while later stages are being written.
    const Layout layout = reconstruct(*loaded.source);
    std::string out;
    for (const Paragraph& p : layout.paragraphs)
      out += (p.footnote ? "[^" + p.label + "] " : "") + std::to_string(p.first_line) + "-" +
             std::to_string(p.last_line) + ": " + std::string(layout.slice(p.span)) + "\n";
    write_stdout(out);
  }
  return status;
}

}  // namespace vanban::cli
