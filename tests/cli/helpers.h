// Helpers of the end-to-end CLI tests: run build/vanban as a user would, make scratch
// directories, read and parse what it printed.
//
//   auto r = vanban::test::run_vanban({"check", "--format", "json", path});
//   CHECK(r.status == 0);  nlohmann::json j = nlohmann::json::parse(r.out);
//
// The binary is VANBAN_BINARY; the test data is VANBAN_SOURCE_DIR/tests/cli/data.
#pragma once
#include <filesystem>
#include <string>
#include <vector>

namespace vanban::test {

struct Run {
  int status = -1;
  std::string out;
  std::string err;
};

// Runs vanban with args (each passed as one argument), in directory cwd (empty: the current
// one), with `input` on standard input and extra environment assignments ("NO_COLOR=1").
Run run_vanban(const std::vector<std::string>& args, const std::string& input = "", const std::string& cwd = "",
               const std::vector<std::string>& env = {});

std::string data_dir();    // tests/cli/data
std::string golden_dir();  // tests/cli/golden
std::string read_file(const std::string& path);
void write_file(const std::filesystem::path& path, const std::string& bytes);

// A fresh empty directory under the system's temporary directory, removed on destruction.
class ScratchDir {
 public:
  ScratchDir();
  ~ScratchDir();
  const std::filesystem::path& path() const { return path_; }
  std::string str() const { return path_.string(); }

 private:
  std::filesystem::path path_;
};

// RFC 4180 parsing, strict: rows must end with CRLF; returns the rows' fields.
std::vector<std::vector<std::string>> parse_csv(const std::string& text);
// Lines of text split at '\n' (a final empty piece dropped).
std::vector<std::string> split_lines(const std::string& text);

// The ids of the rules of the catalog, as `vanban rules --format json` gives them.
std::vector<std::string> catalog_ids();
bool catalog_has(const std::string& id);

}  // namespace vanban::test
