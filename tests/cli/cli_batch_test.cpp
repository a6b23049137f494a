// Batches: directories, globs, standard input, unreadable files among good ones, and output
// that does not depend on --jobs.
#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <algorithm>
#include <filesystem>
#include <set>

#include <nlohmann/json.hpp>

#include "helpers.h"

namespace fs = std::filesystem;
using vanban::test::data_dir;
using vanban::test::read_file;
using vanban::test::run_vanban;
using vanban::test::write_file;

namespace {

// source.path of every object of a jsonl output, in order.
std::vector<std::string> paths_of(const std::string& jsonl) {
  std::vector<std::string> paths;
  for (const std::string& line : vanban::test::split_lines(jsonl))
    paths.push_back(nlohmann::json::parse(line)["source"]["path"]);
  return paths;
}

// corp/ with two good documents, a binary file, an invalid UTF-8 file, an empty file, a file
// over the size limit, and
// files the walk must leave alone (not *.txt, hidden, a named pipe).
void make_hostile_corpus(const fs::path& root) {
  fs::create_directories(root / "corp" / "sub");
  fs::create_directories(root / "corp" / ".git");
  write_file(root / "corp" / "good1.txt", read_file(data_dir() + "/citations.txt"));
  write_file(root / "corp" / "sub" / "good2.txt", read_file(data_dir() + "/citations2.txt"));
  write_file(root / "corp" / "binary.txt", std::string("\x7f" "ELF\x02\x01\x01\x00\x00\x00 binary", 17));
  write_file(root / "corp" / "bad.txt", "Chỉ thị số 24-CT/TU \xff\xfe ngày 27/02/2018\n");
  write_file(root / "corp" / "empty.txt", "");
  write_file(root / "corp" / "notes.md", "Chỉ thị số 25-CT/TU\n");
  write_file(root / "corp" / ".hidden.txt", "Chỉ thị số 26-CT/TU\n");
  write_file(root / "corp" / ".git" / "x.txt", "Chỉ thị số 27-CT/TU\n");
  // Over the 512 MiB limit, sparse so that it costs no disk: refused before being read.
  write_file(root / "corp" / "huge.txt", "");
  fs::resize_file(root / "corp" / "huge.txt", uintmax_t{600} << 20);
  // A named pipe nobody writes to: opening it would block the run for ever.
  REQUIRE(mkfifo((root / "corp" / "pipe.txt").c_str(), 0600) == 0);
}

std::set<std::string> listing(const fs::path& root) {
  std::set<std::string> names;
  for (const auto& e : fs::recursive_directory_iterator(root)) names.insert(e.path().string());
  return names;
}

}  // namespace

TEST_CASE("batch: a directory with a binary, an invalid UTF-8 and an empty file among good ones") {
  vanban::test::ScratchDir dir;
  make_hostile_corpus(dir.path());
  const auto before = listing(dir.path());

  const auto r = run_vanban({"extract", "--format", "jsonl", "corp"}, "", dir.str());
  CAPTURE(r.err);
  CHECK(r.status == 2);
  // Sorted walk; bad.txt and binary.txt fail; hidden entries and notes.md are not taken.
  CHECK(paths_of(r.out) == std::vector<std::string>{"corp/empty.txt", "corp/good1.txt", "corp/sub/good2.txt"});
  CHECK(r.err.find("vanban: lỗi: corp/bad.txt: không phải UTF-8 hợp lệ: dòng 1, byte 27") != std::string::npos);
  CHECK(r.err.find("vanban: lỗi: corp/binary.txt: tệp nhị phân") != std::string::npos);
  CHECK(r.err.find("corp/empty.txt: tệp rỗng") != std::string::npos);
  CHECK(r.err.find("vanban: lỗi: corp/huge.txt: tệp quá lớn") != std::string::npos);
  CHECK(r.err.find("3 đầu vào không đọc được") != std::string::npos);
  CHECK(r.err.find('\r') == std::string::npos);  // no progress line: stderr is not a terminal
  // The errors come in input order, before the summary.
  CHECK(r.err.find("bad.txt") < r.err.find("binary.txt"));

  for (const char* format : {"text", "json", "jsonl", "sarif", "csv", "html"}) {
    const auto c = run_vanban({"check", "-q", "--format", format, "corp"}, "", dir.str());
    CAPTURE(format, c.err);
    CHECK(c.status == 2);
    CHECK(c.err.find("corp/bad.txt") != std::string::npos);
    CHECK(c.err.find("corp/binary.txt") != std::string::npos);
    CHECK(c.err.find("corp/huge.txt") != std::string::npos);
    CHECK(c.err.find("rỗng") == std::string::npos);  // notes are quiet with --quiet, errors are not
  }
  const auto cites = run_vanban({"cites", "-q", "--format", "csv", "corp"}, "", dir.str());
  CHECK(cites.status == 2);
  const auto rows = vanban::test::parse_csv(cites.out);
  REQUIRE(rows.size() == 4);  // header + 2 citations of good1.txt + 1 of sub/good2.txt
  CHECK(rows[1][0] == "corp/good1.txt");
  CHECK(rows[3][0] == "corp/sub/good2.txt");
  // vanban never writes next to its inputs.
  CHECK(listing(dir.path()) == before);
}

TEST_CASE("batch: a missing file is reported and the others are still processed") {
  const auto r = run_vanban({"cites", "--format", "jsonl", "no-such-file.txt", "citations.txt"}, "", data_dir());
  CHECK(r.status == 2);
  CHECK(r.err.find("vanban: lỗi: no-such-file.txt: không có tệp hay thư mục này") != std::string::npos);
  CHECK(vanban::test::split_lines(r.out).size() == 2);
}

TEST_CASE("batch: a file named on the command line is taken whatever its extension") {
  vanban::test::ScratchDir dir;
  make_hostile_corpus(dir.path());
  const auto r = run_vanban({"extract", "-q", "--format", "jsonl", "corp/notes.md"}, "", dir.str());
  CHECK(r.status == 0);
  CHECK(paths_of(r.out) == std::vector<std::string>{"corp/notes.md"});
}

TEST_CASE("batch: --include and --exclude") {
  vanban::test::ScratchDir dir;
  for (const char* name : {"kho/a.txt", "kho/b.md", "kho/sub/c.txt", "kho/old/d.txt", "kho/old/e.md"}) {
    fs::create_directories((dir.path() / name).parent_path());
    write_file(dir.path() / name, "Văn bản.\n");
  }
  const auto run = [&](std::vector<std::string> args) {
    args.insert(args.begin(), {"extract", "-q", "--format", "jsonl"});
    args.push_back("kho");
    return paths_of(run_vanban(args, "", dir.str()).out);
  };
  using V = std::vector<std::string>;
  CHECK(run({}) == V{"kho/a.txt", "kho/old/d.txt", "kho/sub/c.txt"});
  CHECK(run({"--include", "*.md"}) == V{"kho/b.md", "kho/old/e.md"});
  CHECK(run({"--include", "*.md", "--include", "*.txt"}) ==
        V{"kho/a.txt", "kho/b.md", "kho/old/d.txt", "kho/old/e.md", "kho/sub/c.txt"});
  CHECK(run({"--exclude", "old"}) == V{"kho/a.txt", "kho/sub/c.txt"});
  CHECK(run({"--exclude", "sub/*"}) == V{"kho/a.txt", "kho/old/d.txt"});
  // A directory with nothing to take: a note, no error.
  const auto none = run_vanban({"extract", "--format", "jsonl", "--include", "*.pdf", "kho"}, "", dir.str());
  CHECK(none.status == 0);
  CHECK(none.out.empty());
  CHECK(none.err.find("không có tệp nào khớp *.pdf") != std::string::npos);
}

TEST_CASE("batch: standard input") {
  const std::string text = read_file(data_dir() + "/citations.txt");
  auto r = run_vanban({"extract", "--format", "json", "-"}, text);
  REQUIRE(r.status == 0);
  nlohmann::json j = nlohmann::json::parse(r.out);
  CHECK(j["source"]["path"] == "<stdin>");
  CHECK(j["source"]["bytes"] == text.size());
  CHECK(j["citations"].size() == 2);
  r = run_vanban({"extract", "--stdin-filename", "baocao.txt", "-"}, text);
  CHECK(nlohmann::json::parse(r.out)["source"]["path"] == "baocao.txt");
  // Standard input among files keeps its place in the order.
  r = run_vanban({"cites", "-q", "--format", "csv", "citations2.txt", "-"}, text, data_dir());
  const auto rows = vanban::test::parse_csv(r.out);
  REQUIRE(rows.size() == 4);
  CHECK(rows[1][0] == "citations2.txt");
  CHECK(rows[2][0] == "<stdin>");
  // Bad bytes on standard input are reported like a bad file.
  r = run_vanban({"check", "-"}, std::string("abc\0def", 7));
  CHECK(r.status == 2);
  CHECK(r.err.find("<stdin>: tệp nhị phân") != std::string::npos);
}

TEST_CASE("batch: --encoding decodes legacy code pages") {
  vanban::test::ScratchDir dir;
  // "Chỉ thị số 24-CT/TU ngày 27/02/2018" in UTF-16LE without BOM.
  const std::u16string text = u"Thực hiện Chỉ thị số 24-CT/TU ngày 27/02/2018 của Ban Thường vụ Tỉnh ủy.\n";
  std::string bytes;
  for (char16_t c : text) {
    bytes += static_cast<char>(c & 0xFF);
    bytes += static_cast<char>(c >> 8);
  }
  write_file(dir.path() / "utf16.txt", bytes);
  auto r = run_vanban({"cites", "-q", "--format", "csv", "utf16.txt"}, "", dir.str());
  CHECK(r.status == 2);  // NUL bytes: not UTF-8
  r = run_vanban({"cites", "-q", "--format", "csv", "--encoding", "UTF-16LE", "utf16.txt"}, "", dir.str());
  CHECK(r.status == 0);
  const auto rows = vanban::test::parse_csv(r.out);
  REQUIRE(rows.size() == 2);
  CHECK(rows[1][4] == "24-CT/TU");
  CHECK(rows[1][6] == "2018-02-27");
}

TEST_CASE("batch: output is byte-identical whatever --jobs") {
  vanban::test::ScratchDir dir;
  make_hostile_corpus(dir.path());
  const std::string seed = read_file(VANBAN_SOURCE_DIR "/corpus/seed_report.txt");
  for (int i = 0; i < 6; ++i) write_file(dir.path() / "corp" / ("seed" + std::to_string(i) + ".txt"), seed);
  const std::vector<std::vector<std::string>> commands = {
      {"check", "--format", "text"},  {"check", "--format", "json"}, {"check", "--format", "sarif"},
      {"check", "--format", "csv"},   {"check", "--format", "html"}, {"extract", "--format", "jsonl"},
      {"cites", "--format", "text"},  {"cites", "--group"},          {"cites", "--format", "json"}};
  for (auto args : commands) {
    args.push_back("corp");
    args.push_back("-q");
    std::string first;
    for (const char* jobs : {"1", "2", "4"}) {
      auto with_jobs = args;
      with_jobs.insert(with_jobs.end(), {"--jobs", jobs});
      const auto r = run_vanban(with_jobs, "", dir.str());
      CAPTURE(with_jobs);
      CHECK(r.status == 2);
      if (first.empty()) first = r.out;
      else CHECK(r.out == first);
    }
    CHECK(!first.empty());
  }
}
