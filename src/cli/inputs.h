// The inputs of a run: the files named on the command line, the files found under the
// directories named there, and "-" for standard input, in a fixed order.
//
//   vanban::cli::InputList list = vanban::cli::expand_inputs({"baocao.txt", "kho/"}, {}, {}, "<stdin>");
//   for (const vanban::cli::Input& in : list.inputs) …   // in.error set: could not even be listed
//
// Order: the arguments in the order given; inside a directory, entries sorted by name (bytes),
// recursively, so that output does not depend on the file system. In a directory, only files
// whose name matches an --include glob (default *.txt) and no --exclude glob are taken; hidden
// entries (name starting with '.'), symbolic links to directories and anything that is not a
// regular file (a FIFO would block the run) are skipped. A glob
// without '/' is matched against the entry's name, one with '/' against its path below the
// directory given (fnmatch, '*' also crosses '/'); --exclude also prunes whole directories.
// A file named on the command line is always taken, whatever its name.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace vanban::cli {

struct Input {
  std::string path;       // to open ("-" for standard input)
  std::string display;    // in messages and output
  uint64_t size = 0;      // bytes, when known beforehand (progress and ETA)
  std::string error;      // Vietnamese reason when the input cannot be read at all
  bool stream = false;    // not a regular file (standard input, a pipe such as <(…)): read to its end
};

struct InputList {
  std::vector<Input> inputs;
  bool several = false;   // more than one argument or a directory: output is a list
  std::vector<std::string> notes;  // e.g. a directory without any matching file
};

InputList expand_inputs(const std::vector<std::string>& args, std::vector<std::string> include,
                        const std::vector<std::string>& exclude, const std::string& stdin_name);

// fnmatch-style glob test, as used for --include and --exclude.
bool glob_match(const std::string& pattern, const std::string& name, const std::string& relative);

}  // namespace vanban::cli
