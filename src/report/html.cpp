#include "report/html.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>
#include <vector>

#include "text/utf8.h"

namespace vanban {
namespace {

constexpr const char* kStyle = R"(
body{font-family:system-ui,sans-serif;margin:2em;color:#222}
h1{font-size:1.4em} h2{font-size:1.15em;border-bottom:1px solid #ccc;padding-bottom:.2em;margin-top:2em}
table{border-collapse:collapse;margin:.5em 0} td,th{padding:.15em .6em;text-align:left;vertical-align:top}
tr:nth-child(even){background:#f6f6f6}
pre{background:#fafafa;border:1px solid #ddd;padding:.5em;overflow-x:auto;line-height:1.45}
.ln{color:#999;user-select:none;display:inline-block;min-width:4em;text-align:right;margin-right:1em}
.gap{color:#999}
mark{border-radius:2px;padding:0 1px} mark.error{background:#fbb} mark.warning{background:#fe9} mark.info{background:#cdf}
.sev-error{color:#b00;font-weight:bold} .sev-warning{color:#a60;font-weight:bold} .sev-info{color:#06a}
.failure{color:#b00} .none{color:#070}
)";

struct Mark {
  uint32_t line, first, last;  // columns, inclusive; last may be UINT32_MAX (to end of line)
  size_t finding;
};

const char* css_class(Severity s) { return severity_name(s); }

// The line with the marks that touch it: segments between mark boundaries, each wrapped in
// the most severe mark covering it, its title the messages of all covering marks (in the order
// of `marks`). The marks covering a segment are kept as the walk goes, taken in by their first
// column and dropped past their last: a long line with thousands of marks is not matched
// against all of them at each of its segments (that was quadratic).
std::string annotated_line(const Analysis& a, std::string_view line, const std::vector<Mark>& marks) {
  std::set<uint32_t> cuts;
  for (const Mark& m : marks) {
    cuts.insert(m.first);
    if (m.last != UINT32_MAX) cuts.insert(m.last + 1);
  }
  std::vector<size_t> by_first(marks.size());
  for (size_t k = 0; k < marks.size(); ++k) by_first[k] = k;
  std::stable_sort(by_first.begin(), by_first.end(), [&](size_t x, size_t y) { return marks[x].first < marks[y].first; });
  size_t taken = 0;
  std::vector<size_t> covering;  // indices into marks
  std::string out;
  uint32_t column = 1;
  size_t i = 0;
  while (i < line.size()) {
    auto next_cut = cuts.upper_bound(column);
    const uint32_t stop = next_cut == cuts.end() ? UINT32_MAX : *next_cut;
    const size_t start = i;
    uint32_t c = column;
    while (i < line.size() && c < stop) {
      utf8::next(line, i);
      ++c;
    }
    for (; taken < by_first.size() && marks[by_first[taken]].first <= column; ++taken) covering.push_back(by_first[taken]);
    std::erase_if(covering, [&](size_t k) { return marks[k].last < column; });
    const std::string text = html_escape(line.substr(start, i - start));
    if (covering.empty()) {
      out += text;
    } else {
      std::sort(covering.begin(), covering.end());
      Severity worst = Severity::Info;
      std::string title;
      for (size_t k : covering) {
        const Finding& f = a.findings[marks[k].finding];
        worst = std::max(worst, f.severity);
        title += (title.empty() ? "" : "\n") + f.message + " [" + f.rule + "]";
      }
      out += "<mark class=\"" + std::string(css_class(worst)) + "\" title=\"" + html_escape(title) + "\">" + text + "</mark>";
    }
    column = c;
  }
  return out;
}

std::string findings_table(const Analysis& a, const std::string& anchor) {
  std::string out = "<table><tr><th>dòng:cột</th><th>mức</th><th>quy tắc</th><th>nội dung</th><th>gợi ý</th></tr>\n";
  for (const Finding& f : a.findings) {
    const Position p = a.position(f.span.begin);
    const std::string sev = severity_name(f.severity);
    out += "<tr><td><a href=\"#" + anchor + "-L" + std::to_string(p.line) + "\">" + std::to_string(p.line) + ":" +
           std::to_string(p.column) + "</a></td><td class=\"sev-" + sev + "\">" + sev + "</td><td>" +
           html_escape(f.rule) + "</td><td>" + html_escape(f.message) + "</td><td>" + html_escape(f.suggestion) +
           "</td></tr>\n";
  }
  return out + "</table>\n";
}

}  // namespace

std::string html_escape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string html_open(std::string_view title) {
  return "<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + html_escape(title) +
         "</title>\n<style>" + kStyle + "</style>\n</head>\n<body>\n<h1>" + html_escape(title) + "</h1>\n";
}

std::string html_document(const Analysis& a, std::string_view path, uint32_t context) {
  // Anchors must be unique in the page and the same on every run: FNV-1a of the path.
  uint64_t hash = 1469598103934665603ull;
  for (unsigned char c : path) hash = (hash ^ c) * 1099511628211ull;
  char hex[20];
  std::snprintf(hex, sizeof hex, "d%016llx", static_cast<unsigned long long>(hash));
  const std::string anchor = hex;
  std::string out = "<section>\n<h2>" + html_escape(path) + "</h2>\n";
  if (a.findings.empty()) return out + "<p class=\"none\">Không có phát hiện nào.</p>\n</section>\n";
  out += findings_table(a, anchor);

  std::map<uint32_t, std::vector<Mark>> marks;  // by line
  std::set<uint32_t> shown;
  const uint32_t lines = static_cast<uint32_t>(a.source.line_count());
  for (size_t k = 0; k < a.findings.size(); ++k) {
    const Position b = a.position(a.findings[k].span.begin), e = a.last_position(a.findings[k].span);
    for (uint32_t l = b.line; l <= e.line && l <= lines; ++l)
      marks[l].push_back({l, l == b.line ? b.column : 1, l == e.line ? e.column : UINT32_MAX, k});
    for (uint32_t l = b.line > context ? b.line - context : 1; l <= std::min(lines, e.line + context); ++l)
      shown.insert(l);
  }
  out += "<pre>";
  uint32_t previous = 0;
  for (uint32_t l : shown) {
    if (previous && l != previous + 1) out += "<span class=\"gap\">⋮</span>\n";
    previous = l;
    out += "<span class=\"ln\" id=\"" + anchor + "-L" + std::to_string(l) + "\">" + std::to_string(l) + "</span>";
    auto it = marks.find(l);
    out += it == marks.end() ? html_escape(a.source.line(l)) : annotated_line(a, a.source.line(l), it->second);
    out += "\n";
  }
  return out + "</pre>\n</section>\n";
}

std::string html_failure(std::string_view path, std::string_view error) {
  return "<section>\n<h2>" + html_escape(path) + "</h2>\n<p class=\"failure\">Không đọc được: " + html_escape(error) +
         "</p>\n</section>\n";
}

std::string html_close() { return "</body>\n</html>\n"; }

}  // namespace vanban
