// What the standard streams are connected to, and whether to colour.
//
//   bool colour = vanban::cli::use_colour("auto");   // stdout a terminal, NO_COLOR unset
//   if (vanban::cli::stderr_is_terminal()) …          // progress line allowed
#pragma once
#include <string>
#include <string_view>

namespace vanban::cli {

bool stdout_is_terminal();
bool stderr_is_terminal();
// "always", "never", or "auto": only when stdout is a terminal, TERM is not "dumb" and
// NO_COLOR is not set (https://no-color.org; any value, even empty, turns colour off).
bool use_colour(const std::string& mode);

// Writes all of s, then `more`, to standard output and flushes (one write per document).
void write_stdout(std::string_view s, std::string_view more = {});
// Writes a line to standard error.
void write_stderr(std::string_view s);

}  // namespace vanban::cli
