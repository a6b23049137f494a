// Everything a subcommand was asked to do: the command line, merged with --config FILE, then
// checked. Bad values end in UsageError (exit status 2).
//
//   vanban::cli::Settings s;                       // filled by CLI11 in main.cpp
//   vanban::cli::finish_settings(s, given);        // config file, checks, derived options
//   vanban::Options opt = s.options;  vanban::LoadOptions load = s.load;
//
// The config file is JSON with the long option names as keys (dashes or underscores):
//   {"format": "sarif", "fail-on": "error", "disable": ["text"], "as-of": "2024-01-31",
//    "jobs": 4, "quiet": true, "encoding": "windows-1258", "include": ["*.txt"],
//    "exclude": ["nhap/*"], "color": "never", "stdin-filename": "baocao.txt", "group": true}
// An option given on the command line wins over the file; --disable and --enable add to it.
#pragma once
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/analysis.h"
#include "text/source.h"

namespace vanban::cli {

// A mistake in how vanban was called: printed as “vanban: lỗi: …”, exit status 2.
struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

struct Settings {
  std::string command;               // check | extract | cites | rules | layout
  std::vector<std::string> inputs;   // files, directories, "-"
  std::string format;                // empty: the command's default
  std::string fail_on = "warning";
  std::vector<std::string> disable, enable;
  std::string as_of;
  unsigned jobs = 0;                 // 0: all cores
  bool quiet = false;
  std::string config;
  std::string encoding;
  std::vector<std::string> include, exclude;
  std::string color = "auto";        // auto | always | never
  std::string stdin_name = "<stdin>";
  bool group = false;                // cites --group

  std::vector<std::string> config_disable, config_enable;  // from --config

  // Derived by finish_settings.
  Options options;
  LoadOptions load;
  Severity fail_severity = Severity::Warning;
};

// Applies the config file (options not in `given`, the long names seen on the command line),
// checks every value and fills the derived fields.
void finish_settings(Settings& s, const std::set<std::string>& given);

// "2024-01-31" or "31/01/2024" (also "1/2/2024"); throws UsageError on anything else or on a
// day that does not exist.
Date parse_as_of(const std::string& text);
// Every rule id and family of the catalog, and the families of spec/OUTPUT.md.
bool known_rule_or_family(const std::string& name);

}  // namespace vanban::cli
