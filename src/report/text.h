// Findings as people read them, in the style of compilers and linters:
//
//   report.txt:489:27: warning: Từ “được” bị lặp lại [text/repeated-word]
//   Kết quả đạt được được đánh giá cao
//                     ^~~~~~~~
//     = gợi ý: được
//
//   std::string out = vanban::findings_text(analysis, "report.txt", {.color = false});
//
// The source line is the original line as decoded (control characters shown as U+FFFD); the
// caret line copies its tabs and puts one space per terminal column of every other character,
// so the caret sits under the span also after wide or combining characters. Line and column in
// the header are those of spec/OUTPUT.md (code points). A line longer than max_line code
// points is shown as a window around the span, cut ends marked with “…”.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "core/analysis.h"
#include "report/line_columns.h"

namespace vanban {

struct TextStyle {
  bool color = false;     // ANSI colours (the caller decides: terminal, NO_COLOR, --color)
  size_t max_line = 240;  // code points of a source line shown in full
};

// Every finding of the analysis, in order, each with its source line, caret line, suggestion
// and related places.
std::string findings_text(const Analysis& a, std::string_view path, const TextStyle& style);

// A source line (terminal-safe, windowed when long) and the caret line under columns
// first..last (1-based code points, inclusive; last past the end underlines to the end).
struct Snippet {
  std::string line;
  std::string caret;
};
Snippet make_snippet(std::string_view line, uint32_t first, uint32_t last, size_t max_line = 240);
// The same, finding the window through `columns` (of the line): for the many findings of one
// long line, which would otherwise each walk it from its start.
Snippet make_snippet(LineColumns& columns, uint32_t first, uint32_t last, size_t max_line = 240);

}  // namespace vanban
