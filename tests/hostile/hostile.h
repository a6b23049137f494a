// Running a hostile input through everything a user would: the library pipeline (load, analyze,
// JSON) in this process, and `vanban check` as a separate process, each under a deadline.
//
//   auto o = vanban::hostile::run_pipeline(bytes);        // o.loaded, o.error, o.cpu_seconds …
//   CHECK(o.problems.empty());                            // spans inside the text, positions real
//   auto c = vanban::hostile::run_check(bytes, "x.txt");  // c.status 0/1 results, 2 clear error
//
// A hang ends the whole test process with a message naming the input (a test cannot be killed
// from inside). Under AddressSanitizer the inputs shrink tenfold (scaled()): that pass looks for
// memory errors, not for speed, and must stay within CI's time.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

namespace vanban::hostile {

bool sanitized();
size_t scaled(size_t n);
// CPU seconds one input may take through the whole pipeline (“a few seconds”); none under
// sanitizers, which slow everything down several times.
double cpu_limit();

struct Outcome {
  bool loaded = false;
  std::string error;               // the load error, when not loaded
  double cpu_seconds = 0;
  size_t lines = 0, paragraphs = 0, sections = 0, citations = 0, dates = 0, quantities = 0, findings = 0;
  size_t json_bytes = 0;           // size of the extract JSON
  std::vector<std::string> problems;  // broken invariants: spans outside the text, impossible positions
};

Outcome run_pipeline(const std::string& name, std::string bytes);

struct CliRun {
  int status = -1;  // 0 or 1: results; 2: an input that could not be read; else a crash
  std::string out, err;
  double cpu_seconds = 0;  // of the vanban process
};

// Writes bytes to a scratch file named file_name and runs `vanban check` on it: with
// `--format FORMAT`, or in its default text format (the report a reviewer reads, with a
// snippet of the source line under every finding) when format is empty.
CliRun run_check(const std::string& bytes, const std::string& file_name, const std::string& format = "json");

// Both of the above (`vanban check` in JSON and in text), with the checks every hostile input
// must pass: no crash, no hang, within the CPU limit, and either results or a clear error that
// names the file. Returns the outcome for input-specific checks. `budget` multiplies the CPU
// limit, for inputs far larger than the rest (one 100 MB line).
Outcome survive(const std::string& name, const std::string& bytes, double budget = 1.0);

}  // namespace vanban::hostile
