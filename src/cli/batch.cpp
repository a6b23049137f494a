#include "cli/batch.h"

#include <cstdio>
#include <exception>
#include <thread>

#include "cli/crash_report.h"
#include "cli/ordered_pool.h"
#include "cli/progress.h"
#include "cli/terminal.h"
#include "core/warm_up.h"

namespace vanban::cli {
namespace {

// Reads a stream (standard input, a pipe) as bytes, stopping one byte past the limit so that
// an endless stream is refused instead of filling the memory.
LoadResult load_stream(std::FILE* in, const std::string& name, const LoadOptions& options) {
  std::string bytes;
  char buf[1 << 16];
  size_t got;
  while ((got = std::fread(buf, 1, sizeof buf, in)) > 0) {
    bytes.append(buf, got);
    if (bytes.size() > options.max_bytes) break;
  }
  if (std::ferror(in)) return LoadResult{std::nullopt, name + ": lỗi khi đọc"};
  return load_bytes(name, bytes, options);
}

bool blank(std::string_view text) { return text.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos; }

DocumentOutput process(const Input& in, const Settings& s, const Render& render) {
  DocumentOutput out;
  if (!in.error.empty()) {
    out.error = in.error;
    return out;
  }
  const CurrentInput here(in.display);
  try {
    LoadResult loaded = load_input(in, s.load);
    if (!loaded.ok()) {
      out.error = loaded.error;
      return out;
    }
    out.bytes = loaded.source->bytes;
    if (blank(loaded.source->text)) out.note = in.display + ": tệp rỗng, không có gì để phân tích";
    Analysis a = analyze(std::move(*loaded.source), s.options);
    for (const Finding& f : a.findings) ++out.by_severity[static_cast<size_t>(f.severity)];
    out.citations = a.citations.size();
    render(a, out);
  } catch (const std::exception& e) {
    out = DocumentOutput{};
    out.error = in.display + ": lỗi nội bộ khi phân tích (" + e.what() + "); xin báo lỗi kèm tệp này";
  }
  return out;
}

}  // namespace

LoadResult load_input(const Input& in, const LoadOptions& options) {
  if (in.path == "-") return load_stream(stdin, in.display, options);
  if (!in.stream) return load_file(in.path, options);
  std::FILE* f = std::fopen(in.path.c_str(), "rb");
  if (!f) return LoadResult{std::nullopt, in.display + ": không mở được tệp để đọc"};
  LoadResult r = load_stream(f, in.display, options);
  std::fclose(f);
  return r;
}

Totals run_batch(const Settings& s, const InputList& inputs, const Render& render, const Emit& emit) {
  uint64_t total_bytes = 0;
  for (const Input& in : inputs.inputs) total_bytes += in.size;
  Progress progress(stderr_is_terminal() && !s.quiet, inputs.inputs.size(), total_bytes);
  const bool shared_terminal = stdout_is_terminal();
  if (!s.quiet)
    for (const std::string& note : inputs.notes) write_stderr("vanban: chú ý: " + note + "\n");

  // The lexicons and header patterns are built on a spare thread while the workers read and
  // lay out their first files, instead of on the first worker to need them (core/warm_up.h).
  std::jthread warm;  // joined on the way out, however that is
  if (!inputs.inputs.empty()) warm = std::jthread([] {
      try {
        warm_up();
      } catch (...) {
        // Nothing is lost: the first document builds what failed here, and reports it.
      }
    });
  Totals totals;
  run_in_order_weighted<DocumentOutput>(
      inputs.inputs.size(), s.jobs, size_t{4} * s.jobs, [&](size_t i) { return inputs.inputs[i].size; },
      [&](size_t i) {
        DocumentOutput out = process(inputs.inputs[i], s, render);
        progress.done(out.bytes);
        return out;
      },
      [&](size_t i, DocumentOutput&& out) {
        if (out.failed() || !out.note.empty() || shared_terminal) progress.clear();
        if (out.failed()) {
          ++totals.failed;
          write_stderr("vanban: lỗi: " + out.error + "\n");
        } else {
          ++totals.files;
          totals.bytes += out.bytes;
          totals.citations += out.citations;
          for (size_t k = 0; k < 3; ++k) totals.by_severity[k] += out.by_severity[k];
          if (!out.note.empty() && !s.quiet) write_stderr("vanban: chú ý: " + out.note + "\n");
        }
        emit(inputs.inputs[i], out);
      },
      [&] { progress.tick(); });
  if (warm.joinable()) warm.join();  // before the summary: it is part of the run
  progress.finish();
  return totals;
}

std::string findings_phrase(const std::array<size_t, 3>& n) {
  const size_t total = n[0] + n[1] + n[2];
  if (total == 0) return "không có phát hiện nào";
  std::string parts;
  const auto part = [&](size_t count, const char* name) {
    if (count == 0) return;
    parts += (parts.empty() ? "" : ", ") + std::to_string(count) + " " + name;
  };
  part(n[static_cast<size_t>(Severity::Error)], "lỗi (error)");
  part(n[static_cast<size_t>(Severity::Warning)], "cảnh báo (warning)");
  part(n[static_cast<size_t>(Severity::Info)], "thông tin (info)");
  return std::to_string(total) + " phát hiện: " + parts;
}

std::string size_phrase(uint64_t bytes) {
  if (bytes < 1000) return std::to_string(bytes) + " byte";
  if (bytes < 1000 * 1000) return decimal_comma(bytes / 1e3) + " kB";
  return decimal_comma(bytes / 1e6) + " MB";
}

void print_summary(const Settings& s, const Totals& t, const std::string& what) {
  if (s.quiet) return;
  std::string line = "vanban: " + std::to_string(t.files) + " tệp (" + size_phrase(t.bytes) + "): " + what;
  if (t.failed) line += "; " + std::to_string(t.failed) + " đầu vào không đọc được (xem các dòng “lỗi” ở trên)";
  write_stderr(line + "\n");
}

}  // namespace vanban::cli
