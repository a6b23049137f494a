#include "bench_input.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

namespace vanban::bench {
namespace {

namespace fs = std::filesystem;

std::vector<fs::path> input_files() {
  const char* env = std::getenv("VANBAN_BENCH_INPUT");
  std::string spec = env && *env ? env : VANBAN_SOURCE_DIR "/corpus";
  std::vector<fs::path> files;
  std::stringstream parts(spec);
  for (std::string part; std::getline(parts, part, ':');) {
    if (part.empty()) continue;
    if (fs::is_directory(part)) {
      std::vector<fs::path> in_dir;
      for (const auto& e : fs::directory_iterator(part))
        if (e.is_regular_file() && e.path().extension() == ".txt") in_dir.push_back(e.path());
      std::sort(in_dir.begin(), in_dir.end());
      files.insert(files.end(), in_dir.begin(), in_dir.end());
    } else {
      files.emplace_back(part);
    }
  }
  return files;
}

size_t max_bytes() {
  const char* env = std::getenv("VANBAN_BENCH_MAX_MB");
  const long mb = env && *env ? std::atol(env) : 16;
  return static_cast<size_t>(std::max(1L, mb)) * 1024 * 1024;
}

std::vector<std::string> read_documents() {
  std::vector<std::string> docs;
  size_t total = 0;
  for (const fs::path& p : input_files()) {
    std::ifstream in(p, std::ios::binary);
    if (!in) {
      std::cerr << "vanban_bench: không đọc được " << p << "\n";
      continue;
    }
    docs.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    total += docs.back().size();
    if (total >= max_bytes()) break;
  }
  if (docs.empty()) {
    std::cerr << "vanban_bench: không có tệp đầu vào (VANBAN_BENCH_INPUT)\n";
    std::exit(2);
  }
  return docs;
}

}  // namespace

const std::vector<std::string>& documents() {
  static const std::vector<std::string> docs = read_documents();
  return docs;
}

size_t total_bytes() {
  size_t n = 0;
  for (const auto& d : documents()) n += d.size();
  return n;
}

const std::vector<SourceText>& sources() {
  static const std::vector<SourceText> srcs = [] {
    std::vector<SourceText> out;
    for (const auto& d : documents()) {
      LoadResult r = load_bytes("bench", d, {});
      if (r.ok()) out.push_back(std::move(*r.source));
    }
    return out;
  }();
  return srcs;
}

const std::vector<Analysis>& analyses() {
  static const std::vector<Analysis> all = [] {
    std::vector<Analysis> out;
    for (const auto& s : sources()) out.push_back(analyze(s, {}));
    return out;
  }();
  return all;
}

}  // namespace vanban::bench
