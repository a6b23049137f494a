// Minimal entry point until the full CLI lands: vanban extract|check [--format json] FILE…
#include <iostream>
#include <string>
#include <vector>

#include "core/analysis.h"
#include "report/json.h"

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty() || args[0] == "--help" || args[0] == "-h") {
    std::cout << "vanban: kiểm tra văn bản hành chính tiếng Việt\nusage: vanban extract|check FILE…\n";
    return 0;
  }
  if (args[0] == "--version") {
    std::cout << "vanban " VANBAN_VERSION "\n";
    return 0;
  }
  std::string cmd = args[0];
  int status = 0;
  for (size_t i = 1; i < args.size(); ++i) {
    if (args[i] == "--format") { ++i; continue; }
    auto in = vanban::load_file(args[i], {});
    if (!in.ok()) { std::cerr << "vanban: " << in.error << "\n"; status = 2; continue; }
    vanban::Analysis a = vanban::analyze(std::move(*in.source), {});
    if (cmd == "layout") {  // debug view: each reconstructed paragraph with its first line
      for (const auto& p : a.layout.paragraphs)
        std::cout << (p.footnote ? "[^" + p.label + "] " : "") << p.first_line << "-" << p.last_line << ": "
                  << a.layout.slice(p.span) << "\n";
      continue;
    }
    std::cout << vanban::to_json(a).dump(2) << "\n";
    if (!a.findings.empty() && status == 0) status = 1;
  }
  return status;
}
