#include "helpers.h"

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <stdexcept>

#include <nlohmann/json.hpp>

namespace vanban::test {
namespace fs = std::filesystem;

namespace {

std::string shell_quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'') out += "'\\''";
    else out += c;
  }
  return out + "'";
}

}  // namespace

std::string data_dir() { return VANBAN_SOURCE_DIR "/tests/cli/data"; }
std::string golden_dir() { return VANBAN_SOURCE_DIR "/tests/cli/golden"; }

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

void write_file(const fs::path& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

ScratchDir::ScratchDir() {
  std::string tmpl = (fs::temp_directory_path() / "vanban-cli-XXXXXX").string();
  if (!mkdtemp(tmpl.data())) throw std::runtime_error("mkdtemp failed");
  path_ = tmpl;
}

ScratchDir::~ScratchDir() {
  std::error_code ec;
  fs::remove_all(path_, ec);
}

Run run_vanban(const std::vector<std::string>& args, const std::string& input, const std::string& cwd,
               const std::vector<std::string>& env) {
  ScratchDir io;
  const fs::path in = io.path() / "stdin", out = io.path() / "stdout", err = io.path() / "stderr";
  write_file(in, input);
  std::string cmd;
  if (!cwd.empty()) cmd += "cd " + shell_quote(cwd) + " && ";
  cmd += "env";
  for (const std::string& e : env) cmd += " " + shell_quote(e);
  cmd += " " + shell_quote(VANBAN_BINARY);
  for (const std::string& a : args) cmd += " " + shell_quote(a);
  cmd += " < " + shell_quote(in.string()) + " > " + shell_quote(out.string()) + " 2> " + shell_quote(err.string());
  const int raw = std::system(cmd.c_str());
  Run r;
  r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  r.out = read_file(out.string());
  r.err = read_file(err.string());
  return r;
}

std::vector<std::vector<std::string>> parse_csv(const std::string& text) {
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> row;
  std::string field;
  size_t i = 0;
  while (i < text.size()) {
    if (text[i] == '"') {
      ++i;
      for (;;) {
        if (i >= text.size()) throw std::runtime_error("unterminated quoted field");
        if (text[i] == '"') {
          if (i + 1 < text.size() && text[i + 1] == '"') {
            field += '"';
            i += 2;
            continue;
          }
          ++i;
          break;
        }
        field += text[i++];
      }
    } else {
      while (i < text.size() && text[i] != ',' && text[i] != '\r' && text[i] != '\n') {
        if (text[i] == '"') throw std::runtime_error("quote inside an unquoted field");
        field += text[i++];
      }
    }
    if (i < text.size() && text[i] == ',') {
      row.push_back(std::move(field));
      field.clear();
      ++i;
      continue;
    }
    if (text.compare(i, 2, "\r\n") != 0) throw std::runtime_error("row not ended by CRLF at byte " + std::to_string(i));
    row.push_back(std::move(field));
    field.clear();
    rows.push_back(std::move(row));
    row.clear();
    i += 2;
  }
  return rows;
}

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

std::vector<std::string> catalog_ids() {
  const Run r = run_vanban({"rules", "--format", "json"});
  std::vector<std::string> ids;
  for (const auto& rule : nlohmann::json::parse(r.out)) ids.push_back(rule.at("id").get<std::string>());
  return ids;
}

bool catalog_has(const std::string& id) {
  static const std::vector<std::string> ids = catalog_ids();
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

}  // namespace vanban::test
