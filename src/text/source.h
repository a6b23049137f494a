// Reading an input file into text: decoding, validation and splitting into original lines.
//
//   vanban::LoadOptions opt;                      // opt.encoding = "windows-1258" to force one
//   vanban::LoadResult r = vanban::load_file("report.txt", opt);
//   if (!r.ok()) std::cerr << r.error << "\n";    // Vietnamese message naming the file
//   const vanban::SourceText& src = *r.source;    // src.line(1) is the first original line
//
// Accepted: UTF-8 with or without BOM, UTF-16 LE/BE with BOM, and any ICU code page named in
// LoadOptions::encoding. Rejected with a clear message: unreadable files, NUL bytes (binary),
// invalid UTF-8 (line and byte given), files over LoadOptions::max_bytes.
// Lines end at LF, CRLF or CR, as spec/OUTPUT.md (Positions) defines.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vanban {

struct LoadOptions {
  std::string encoding;                         // empty: detect (BOM, else UTF-8)
  size_t max_bytes = size_t{512} * 1024 * 1024;  // documented limit: 512 MiB per input
};

// The decoded text of one input, with its original line structure.
struct SourceText {
  std::string path;      // as given by the user ("-" for standard input)
  std::string encoding;  // "UTF-8", "UTF-16LE", "windows-1258", …
  std::string sha256;    // of the raw bytes
  size_t bytes = 0;      // raw size
  std::string text;      // decoded UTF-8, BOM removed, line endings kept as in the input
  // Byte offset in `text` of the start of each line, and of its end (without the line ending).
  std::vector<uint32_t> line_begin;
  std::vector<uint32_t> line_end;

  size_t line_count() const { return line_begin.size(); }
  // 1-based line number → its text without the line ending.
  std::string_view line(size_t number) const {
    return std::string_view(text).substr(line_begin[number - 1], line_end[number - 1] - line_begin[number - 1]);
  }
};

struct LoadResult {
  std::optional<SourceText> source;
  std::string error;  // set when source is empty
  bool ok() const { return source.has_value(); }
};

// Decodes raw bytes already in memory (path is only used in messages and the result).
LoadResult load_bytes(std::string path, std::string_view bytes, const LoadOptions& options);
// Reads the file (or standard input for "-") and decodes it. Never writes anything.
LoadResult load_file(const std::string& path, const LoadOptions& options);

}  // namespace vanban
