#include "hostile.h"

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <future>
#include <iostream>
#include <iterator>

#include "core/analysis.h"
#include "report/json.h"
#include "report/json_text.h"

namespace vanban::hostile {
namespace fs = std::filesystem;

#if defined(__SANITIZE_ADDRESS__)
#define VANBAN_HOSTILE_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define VANBAN_HOSTILE_SANITIZED 1
#endif
#endif

bool sanitized() {
#ifdef VANBAN_HOSTILE_SANITIZED
  return true;
#else
  return false;
#endif
}

size_t scaled(size_t n) { return sanitized() ? n / 10 : n; }

double cpu_limit() {
#ifdef NDEBUG
  return sanitized() ? 1e9 : 8.0;
#else
  return 1e9;  // a debug build is not measured
#endif
}

namespace {

// A hang, not a slow run: measured in CPU seconds, so that a machine busy with other work does
// not turn a slow run into a false alarm; a wall-clock bound catches a process stuck waiting.
double cpu_deadline() { return sanitized() ? 600.0 : 60.0; }
constexpr auto kWallDeadline = std::chrono::minutes(20);

double cpu_since(std::clock_t start) { return static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC; }

// Runs fn; if it is still running past the deadline, says so and ends the test process.
template <typename Fn>
auto with_deadline(const std::string& what, Fn fn) {
  const std::clock_t cpu_start = std::clock();
  const auto wall_start = std::chrono::steady_clock::now();
  auto future = std::async(std::launch::async, fn);
  while (future.wait_for(std::chrono::milliseconds(200)) != std::future_status::ready) {
    if (cpu_since(cpu_start) > cpu_deadline() || std::chrono::steady_clock::now() - wall_start > kWallDeadline) {
      std::cerr << "HANG: " << what << " still running after " << cpu_since(cpu_start) << " CPU seconds\n";
      std::_Exit(3);
    }
  }
  return future.get();
}

void check_span(const Analysis& a, const char* what, Span s, std::vector<std::string>& problems) {
  const size_t size = a.layout.text.size();
  if (s.begin > s.end || s.end > size) {
    problems.push_back(std::string(what) + " span [" + std::to_string(s.begin) + ", " + std::to_string(s.end) +
                       ") outside the text of " + std::to_string(size) + " bytes");
    return;
  }
  const Position p = a.position(s.begin);
  const size_t lines = std::max<size_t>(a.source.line_count(), 1);
  if (p.line < 1 || p.line > lines || p.column < 1)
    problems.push_back(std::string(what) + " at impossible position " + std::to_string(p.line) + ":" +
                       std::to_string(p.column));
}

std::vector<std::string> invariants(const Analysis& a) {
  std::vector<std::string> problems;
  for (const Paragraph& p : a.layout.paragraphs) check_span(a, "paragraph", p.span, problems);
  for (const Citation& c : a.citations) check_span(a, "citation", c.span, problems);
  for (const DateMention& d : a.dates) check_span(a, "date", d.span, problems);
  for (const Quantity& q : a.quantities) check_span(a, "number", q.span, problems);
  for (const Finding& f : a.findings) check_span(a, "finding", f.span, problems);
  if (problems.size() > 5) problems.resize(5);
  return problems;
}

std::string shell_quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

}  // namespace

Outcome run_pipeline(const std::string& name, std::string bytes) {
  return with_deadline("the pipeline on " + name, [&] {
    Outcome o;
    const std::clock_t start = std::clock();
    LoadResult in = load_bytes(name, bytes, {});
    bytes.clear();
    bytes.shrink_to_fit();
    if (!in.ok()) {
      o.error = in.error;
    } else {
      o.loaded = true;
      Analysis a = analyze(std::move(*in.source), {});
      const std::string json = analysis_json_text(a);  // what the CLI prints
      o.cpu_seconds = static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC;
      o.json_bytes = json.size();
      o.problems = invariants(a);
      // The nlohmann tree the writer replaced, as a second opinion on the JSON. Not timed: it is
      // the test's reference, not vanban's work; and skipped past 16 MB of JSON, where the
      // tree alone would take gigabytes.
      if (json.size() <= (size_t{16} << 20) && json != dump_json(to_json(a)))
        o.problems.push_back("the JSON writer differs from dump_json(to_json(a))");
      o.lines = a.source.line_count();
      o.paragraphs = a.layout.paragraphs.size();
      o.sections = a.structure.sections.size();
      o.citations = a.citations.size();
      o.dates = a.dates.size();
      o.quantities = a.quantities.size();
      o.findings = a.findings.size();
    }
    if (!o.loaded) o.cpu_seconds = static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC;
    return o;
  });
}

// CPU seconds of the children waited for so far (std::system's shell and what it ran).
double children_cpu_seconds() {
  rusage u{};
  getrusage(RUSAGE_CHILDREN, &u);
  const auto seconds = [](const timeval& t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6; };
  return seconds(u.ru_utime) + seconds(u.ru_stime);
}

CliRun run_check(const std::string& bytes, const std::string& file_name, const std::string& format) {
  char tmpl[] = "/tmp/vanban-hostile-XXXXXX";
  if (!mkdtemp(tmpl)) throw std::runtime_error("mkdtemp failed");
  const fs::path dir = tmpl;
  const fs::path file = dir / file_name, out = dir / "stdout", err = dir / "stderr";
  {
    std::ofstream f(file, std::ios::binary);
    f.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  }
  // A hang ends at the CPU limit (SIGXCPU) or at timeout(1)'s wall-clock one (status 124); either
  // fails the test like a crash would.
  const std::string cmd = "ulimit -t " + std::to_string(static_cast<int>(cpu_deadline())) + "; timeout 1200 " +
                          shell_quote(VANBAN_BINARY) + " check " + (format.empty() ? "" : "--format " + format + " ") +
                          shell_quote(file.string()) + " > " + shell_quote(out.string()) + " 2> " +
                          shell_quote(err.string());
  const double cpu_before = children_cpu_seconds();
  const int raw = std::system(cmd.c_str());
  CliRun r;
  r.cpu_seconds = children_cpu_seconds() - cpu_before;
  r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : 128 + (WIFSIGNALED(raw) ? WTERMSIG(raw) : 0);
  r.out = slurp(out);
  r.err = slurp(err);
  fs::remove_all(dir);
  return r;
}

Outcome survive(const std::string& name, const std::string& bytes, double budget) {
  INFO("hostile input: " << name << " (" << bytes.size() << " bytes)");
  Outcome o = run_pipeline(name, bytes);
  if (o.loaded) {
    INFO("loaded: " << o.lines << " lines, " << o.paragraphs << " paragraphs, " << o.citations << " citations, "
                    << o.quantities << " numbers, " << o.findings << " findings");
    CHECK(o.problems.empty());
    for (const std::string& p : o.problems) UNSCOPED_INFO(p);
    CHECK(o.json_bytes > 0);
  } else {
    // A clear error: names the input and says what is wrong (in Vietnamese).
    CHECK(o.error.rfind(name + ": ", 0) == 0);
    CHECK(o.error.size() > name.size() + 10);
  }
  INFO("CPU seconds through the pipeline: " << o.cpu_seconds);
  CHECK(o.cpu_seconds < budget * cpu_limit());

  const std::string file_name = "hostile.txt";
  for (const std::string format : {"json", ""}) {
    CliRun c = run_check(bytes, file_name, format);
    INFO("vanban check " << (format.empty() ? "(text)" : "--format " + format) << ": exit status " << c.status
                         << ", " << c.cpu_seconds << " CPU seconds; stderr: " << c.err.substr(0, 500));
    CHECK((c.status == 0 || c.status == 1 || c.status == 2));
    CHECK(c.err.find("lỗi nội bộ") == std::string::npos);  // an exception caught is still a bug
    if (c.status == 2) CHECK(c.err.find(file_name) != std::string::npos);
    if (format == "json" && (c.status == 0 || c.status == 1)) CHECK(c.out.find("\"findings\"") != std::string::npos);
    // Text: one report per finding, each naming the file (".../hostile.txt:LINE:COLUMN: …").
    if (format.empty() && c.status == 1) CHECK(c.out.find("/" + file_name + ":") != std::string::npos);
    CHECK((c.status == 2) == !o.loaded);  // the CLI and the library agree on what is readable
    CHECK(c.cpu_seconds < budget * cpu_limit());
  }
  return o;
}

}  // namespace vanban::hostile
