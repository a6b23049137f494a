// Helpers for the layout and structure tests: load a text into a Layout, find a string in the
// reconstructed text and give its original position.
#pragma once
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>

#include "layout/layout.h"
#include "text/source.h"

namespace vanban::test {

struct Laid {
  SourceText src;
  Layout layout;
};

inline Laid lay_out(const std::string& utf8) {
  LoadResult r = load_bytes("<test>", utf8, {});
  if (!r.ok()) throw std::runtime_error(r.error);
  Laid l{std::move(*r.source), {}};
  l.layout = reconstruct(l.src);
  return l;
}

inline std::string read_seed() {
  std::ifstream in(VANBAN_SOURCE_DIR "/corpus/seed_report.txt", std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Offset of the n-th occurrence (0-based) of needle in the reconstructed text, npos if none.
inline size_t offset_of(const Layout& l, const std::string& needle, int nth = 0) {
  size_t at = l.text.text().find(needle);
  while (nth-- > 0 && at != std::string::npos) at = l.text.text().find(needle, at + 1);
  return at;
}

// The paragraph that holds a text offset.
inline const Paragraph* paragraph_at(const Layout& l, size_t offset) {
  for (const Paragraph& p : l.paragraphs)
    if (p.span.begin <= offset && offset < p.span.end) return &p;
  return nullptr;
}

}  // namespace vanban::test

namespace Catch {
template <>
struct StringMaker<vanban::Position> {
  static std::string convert(const vanban::Position& p) { return std::to_string(p.line) + ":" + std::to_string(p.column); }
};
}  // namespace Catch
