#include "report/text.h"

#include <algorithm>
#include <unordered_map>

#include "report/display.h"
#include "text/utf8.h"

namespace vanban {
namespace {

constexpr const char* kReset = "\033[0m";
constexpr const char* kBold = "\033[1m";
constexpr const char* kGreen = "\033[1;32m";
constexpr const char* kCyan = "\033[1;36m";

const char* severity_colour(Severity s) {
  switch (s) {
    case Severity::Error: return "\033[1;31m";
    case Severity::Warning: return "\033[1;35m";
    case Severity::Info: return kCyan;
  }
  return kBold;
}

// Wraps s in a colour when colours are on.
std::string paint(std::string_view s, const char* colour, bool on) {
  if (!on) return std::string(s);
  return std::string(colour) + std::string(s) + kReset;
}

// The caret line for columns first..last of a line that is shown as it is.
std::string caret_for(std::string_view line, uint32_t first, uint32_t last) {
  std::string caret;
  uint32_t column = 1;
  for (size_t i = 0; i < line.size() && column <= last; ++column) {
    const char32_t cp = utf8::next(line, i);
    if (cp == '\t') {
      caret += '\t';
      continue;
    }
    const int width = display_width(cp);
    if (column < first) caret.append(width, ' ');
    else if (column == first) caret += '^' + std::string(std::max(width, 1) - 1, '~');
    else caret.append(width, '~');
  }
  // A span that starts at or past the end of the line (a missing word at the line's end).
  if (column <= first) caret += std::string(first - column, ' ') + '^';
  return caret;
}

}  // namespace

Snippet make_snippet(std::string_view line, uint32_t first, uint32_t last, size_t max_line) {
  LineColumns columns(line);
  return make_snippet(columns, first, last, max_line);
}

Snippet make_snippet(LineColumns& columns, uint32_t first, uint32_t last, size_t max_line) {
  const std::string_view original = columns.line();
  first = std::max<uint32_t>(first, 1);
  last = std::max(last, first);
  if (!longer_than(original, max_line)) {
    const std::string line = terminal_safe(original);
    return {line, caret_for(line, first, last)};
  }
  // Too long to show in full: a window that starts a little before the span and holds at most
  // max_line code points of it. Only the window is read, past where it starts.
  const size_t context = max_line / 4;
  const size_t from = first > context ? first - context : 1;  // 1-based
  const size_t begin = columns.offset(from);
  size_t end = begin, shown_count = 0;
  for (; shown_count < max_line && end < original.size(); ++shown_count) utf8::next(original, end);
  const size_t to = from + shown_count - 1;  // inclusive
  std::string shown = from > 1 ? "…" : "";
  const size_t lead = from > 1 ? 1 : 0;  // the "…" takes one column
  shown += terminal_safe(original.substr(begin, end - begin));  // one code point for one
  if (end < original.size()) shown += "…";
  const auto shift = [&](size_t c) { return static_cast<uint32_t>(c - from + 1 + lead); };
  const uint32_t shown_first = shift(std::min<size_t>(first, to + 1));
  const uint32_t shown_last = std::max(shown_first, shift(std::min<size_t>(last, to)));
  return {shown, caret_for(shown, shown_first, shown_last)};
}

namespace {

// The columns of each long source line shown so far (the findings of one line share its walk).
using ShownLines = std::unordered_map<size_t, LineColumns>;

// One place of a finding: the header line, then the snippet.
void append_place(std::string& out, const Analysis& a, std::string_view path, Span span, const std::string& label,
                  const char* label_colour, const std::string& text, const std::string& rule,
                  const TextStyle& style, ShownLines& lines) {
  const Position begin = a.position(span.begin);
  const Position end = a.last_position(span);
  const std::string where = std::string(path) + ":" + std::to_string(begin.line) + ":" + std::to_string(begin.column) + ":";
  out += paint(where, kBold, style.color) + " " + paint(label + ":", label_colour, style.color) + " " +
         paint(terminal_safe(text), kBold, style.color);
  if (!rule.empty()) out += " [" + rule + "]";
  out += '\n';
  if (begin.line == 0 || begin.line > a.source.line_count()) return;
  const uint32_t last = end.line == begin.line ? end.column : UINT32_MAX;
  const std::string_view line = a.source.line(begin.line);
  const Snippet snip = longer_than(line, style.max_line)
                           ? make_snippet(lines.try_emplace(begin.line, line).first->second, begin.column, last, style.max_line)
                           : make_snippet(line, begin.column, last, style.max_line);
  out += snip.line + '\n' + paint(snip.caret, kGreen, style.color) + '\n';
}

}  // namespace

std::string findings_text(const Analysis& a, std::string_view path, const TextStyle& style) {
  std::string out;
  ShownLines lines;
  for (const Finding& f : a.findings) {
    append_place(out, a, path, f.span, severity_name(f.severity), severity_colour(f.severity), f.message, f.rule,
                 style, lines);
    if (!f.suggestion.empty()) out += "  = " + paint("gợi ý:", kGreen, style.color) + " " + terminal_safe(f.suggestion) + '\n';
    for (const Related& r : f.related) append_place(out, a, path, r.span, "note", kCyan, r.note, "", style, lines);
  }
  return out;
}

}  // namespace vanban
