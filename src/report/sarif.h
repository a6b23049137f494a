// SARIF 2.1.0 (OASIS Static Analysis Results Interchange Format), written as a stream so a
// corpus of any size goes out one document at a time:
//
//   vanban::SarifWriter w;                                // one run, tool.driver.rules = catalog
//   std::cout << w.open();                                // up to the results array
//   for (each document) {                                 // format() is safe on any thread
//     std::string part = w.format(vanban::sarif_results(analysis, path));
//     std::cout << w.append(part);                        // in output order
//   }
//   w.add_failure(path, "tệp nhị phân …");                // an input that could not be read
//   std::cout << w.close();                               // invocations, end of the log
//
// Regions use the units of spec/OUTPUT.md (run.columnKind = "unicodeCodePoints"): startLine
// and startColumn are the finding's line and column; endLine is its end_line and endColumn is
// end_column + 1, since a SARIF region ends before its endColumn. Levels: error → error,
// warning → warning, info → note.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/analysis.h"

namespace vanban {

// The artifactLocation.uri of a path: a relative reference with reserved and non-ASCII bytes
// percent-encoded; an absolute path becomes a file:// URI.
std::string sarif_uri(std::string_view path);
// tool.driver.rules: one reportingDescriptor per rule of the catalog, in catalog order.
nlohmann::json sarif_rules();
// One SARIF result per finding of the analysis.
std::vector<nlohmann::json> sarif_results(const Analysis& a, std::string_view path);

class SarifWriter {
 public:
  std::string open();
  // The results, indented for the results array and separated by commas (no leading comma).
  std::string format(const std::vector<nlohmann::json>& results) const;
  // The text to write for one formatted part: the separator it needs, then the part.
  std::string append(const std::string& part);
  void add_failure(std::string_view path, std::string_view message);
  std::string close();

 private:
  std::string skeleton(const nlohmann::json& invocations) const;

  size_t key_indent_ = 0;  // of the "results" key
  std::string indent_;     // of an element of the results array
  bool first_ = true;
  nlohmann::json notifications_ = nlohmann::json::array();
};

}  // namespace vanban
