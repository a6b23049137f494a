// The subcommands of vanban, each taking the finished Settings and returning the exit status
// of spec/OUTPUT.md: 0 nothing to report, 1 findings at or above --fail-on (check only),
// 2 bad usage or an input that could not be read (after everything else was reported).
//
//   vanban::cli::Settings s = …;   vanban::cli::finish_settings(s, given);
//   return vanban::cli::run_check(s);
#pragma once
#include <string>
#include <vector>

#include "cli/settings.h"

namespace vanban::cli {

int run_check(const Settings& s);
int run_extract(const Settings& s);
int run_cites(const Settings& s);
// The rule catalog; `only` keeps the given ids or families (all when empty).
int run_rules(const Settings& s, const std::vector<std::string>& only);
// Debug view for developers: each reconstructed paragraph with its original lines.
int run_layout(const Settings& s);

}  // namespace vanban::cli
