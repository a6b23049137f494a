// The texts of the project's corpus/ folder (the seed report and the documents beside it),
// each read whole: the real text on which the fast-path tests compare a fast path with its
// definition.
//
//   for (const std::string& text : vanban::testing::corpus_texts()) …
#pragma once
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace vanban::testing {

inline std::vector<std::string> corpus_texts() {
  namespace fs = std::filesystem;
  std::vector<std::string> out;
  for (const auto& e : fs::recursive_directory_iterator(fs::path(VANBAN_SOURCE_DIR) / "corpus")) {
    if (!e.is_regular_file() || e.path().extension() != ".txt") continue;
    std::ifstream in(e.path(), std::ios::binary);
    out.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  return out;
}

}  // namespace vanban::testing
