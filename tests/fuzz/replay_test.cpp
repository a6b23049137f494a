// Every input the fuzzers found a crash with is kept in fuzz/regressions/<target>/ and replayed
// here through the target's own checks (a broken invariant aborts, so the test fails; the
// sanitized pass of tools/test also sees the memory errors these inputs once caused).
#include <catch2/catch.hpp>

#include <cstddef>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <string>

extern "C" int fuzz_citation_one(const unsigned char* data, size_t size);
extern "C" int fuzz_date_one(const unsigned char* data, size_t size);
extern "C" int fuzz_header_one(const unsigned char* data, size_t size);
extern "C" int fuzz_number_one(const unsigned char* data, size_t size);
extern "C" int fuzz_pipeline_one(const unsigned char* data, size_t size);

namespace {

namespace fs = std::filesystem;
using Target = int (*)(const unsigned char*, size_t);

const std::map<std::string, Target>& targets() {
  static const std::map<std::string, Target> all = {{"fuzz_citation", fuzz_citation_one},
                                                    {"fuzz_date", fuzz_date_one},
                                                    {"fuzz_header", fuzz_header_one},
                                                    {"fuzz_number", fuzz_number_one},
                                                    {"fuzz_pipeline", fuzz_pipeline_one}};
  return all;
}

std::string read_all(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

TEST_CASE("fuzz regressions: every kept crash input passes its target's checks") {
  const fs::path root = fs::path(VANBAN_SOURCE_DIR) / "fuzz" / "regressions";
  size_t replayed = 0;
  for (const auto& dir : fs::directory_iterator(root)) {
    if (!dir.is_directory()) continue;
    const std::string name = dir.path().filename().string();
    INFO("fuzz/regressions/" << name);
    REQUIRE(targets().count(name) == 1);  // a folder per target, named as the target
    for (const auto& file : fs::directory_iterator(dir.path())) {
      const std::string bytes = read_all(file.path());
      INFO("input " << file.path().filename().string() << " (" << bytes.size() << " bytes)");
      CHECK(targets().at(name)(reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size()) == 0);
      ++replayed;
    }
  }
  CHECK(replayed >= 3);  // the three crashes of the first fuzzing run, at least
}
