#include "cli/terminal.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace vanban::cli {

bool stdout_is_terminal() { return isatty(STDOUT_FILENO) == 1; }
bool stderr_is_terminal() { return isatty(STDERR_FILENO) == 1; }

bool use_colour(const std::string& mode) {
  if (mode == "always") return true;
  if (mode == "never") return false;
  if (std::getenv("NO_COLOR") != nullptr) return false;
  const char* term = std::getenv("TERM");
  if (term != nullptr && std::strcmp(term, "dumb") == 0) return false;
  return stdout_is_terminal();
}

void write_stdout(std::string_view s, std::string_view more) {
  if (s.empty() && more.empty()) return;
  for (std::string_view part : {s, more})  // an empty view's data() may be null: fwrite must not see it
    if (!part.empty()) std::fwrite(part.data(), 1, part.size(), stdout);
  std::fflush(stdout);
}

void write_stderr(std::string_view s) {
  std::fwrite(s.data(), 1, s.size(), stderr);
  std::fflush(stderr);
}

}  // namespace vanban::cli
