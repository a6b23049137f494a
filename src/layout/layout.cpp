#include "layout/layout.h"

#include <algorithm>
#include <map>
#include <set>

#include "layout/line_shape.h"
#include "text/utf8.h"

namespace vanban {
namespace {

using namespace layout;

struct Lines {
  std::vector<NormalizedLine> norm;
  std::vector<LineKind> kind;
  std::vector<std::string> label;  // footnote label for FootnoteLabel / FootnoteText / Marker lines
};

// First pass: what each line is. Footnote regions open at a separator line (or at a lone
// number that answers a marker still waiting for its body) and close at the first line that
// resumes the running text, which converters print with a leading space, or at a heading.
void classify(Lines& L) {
  const size_t n = L.norm.size();
  L.kind.assign(n, LineKind::Text);
  L.label.assign(n, "");
  std::set<std::string> pending;  // markers seen whose body has not been seen
  std::string last_label;
  bool in_region = false;
  LineKind prev_nonblank = LineKind::Blank;
  for (size_t i = 0; i < n; ++i) {
    std::string_view s = L.norm[i].text;
    const bool prev_is_text = i > 0 && L.kind[i - 1] == LineKind::Text && !is_blank(L.norm[i - 1].text);
    if (is_footnote_separator(s)) {
      L.kind[i] = LineKind::FootnoteSeparator;
      in_region = true;
      prev_nonblank = LineKind::FootnoteSeparator;
      continue;
    }
    if (is_blank(s)) {
      L.kind[i] = LineKind::Blank;
      continue;
    }
    if (is_lone_number(s)) {
      std::string num(trim(s));
      if (in_region || pending.count(num)) {
        L.kind[i] = LineKind::FootnoteLabel;
        L.label[i] = last_label = num;
        pending.erase(num);
        in_region = true;
      } else if (prev_is_text) {
        L.kind[i] = LineKind::Marker;
        L.label[i] = num;
        pending.insert(num);
      } else {
        L.kind[i] = LineKind::PageNumber;
      }
      prev_nonblank = L.kind[i];
      continue;
    }
    if (in_region) {
      const bool leading_space = s.front() == ' ';
      const bool resumes = (leading_space && prev_nonblank != LineKind::FootnoteLabel) || looks_like_heading(s);
      if (resumes || last_label.empty()) {
        in_region = false;
      } else {
        L.kind[i] = LineKind::FootnoteText;
        L.label[i] = last_label;
        prev_nonblank = LineKind::FootnoteText;
        continue;
      }
    }
    L.kind[i] = LineKind::Text;
    prev_nonblank = LineKind::Text;
  }
}

// The width a full line of running text has: lines shorter than most of it end a paragraph
// when the next line starts like a new block.
size_t typical_width(const Lines& L) {
  std::vector<size_t> widths;
  for (size_t i = 0; i < L.norm.size(); ++i)
    if (L.kind[i] == LineKind::Text) widths.push_back(visible_length(L.norm[i].text));
  if (widths.empty()) return 80;
  std::sort(widths.begin(), widths.end());
  return std::max<size_t>(widths[widths.size() * 9 / 10], 20);
}

// A document printed with a blank line between every two lines does not mark paragraphs with
// blank lines; any other document does.
bool blank_lines_break_paragraphs(const Lines& L) {
  size_t text = 0, blank_between = 0;
  for (size_t i = 0; i < L.norm.size(); ++i) {
    if (L.kind[i] == LineKind::Text) ++text;
    if (L.kind[i] == LineKind::Blank && i > 0 && i + 1 < L.norm.size() && L.kind[i - 1] == LineKind::Text &&
        L.kind[i + 1] == LineKind::Text)
      ++blank_between;
  }
  return text == 0 || blank_between * 10 < text * 4;
}

bool ends_with_split_code(std::string_view prev) {
  std::string_view t = trim(prev);
  if (t.size() < 2) return false;
  const char last = t.back();
  const char before = t[t.size() - 2];
  return (last == '-' || last == '/') && before >= '0' && before <= '9';
}

// Does `next` start a new paragraph after `prev`?
bool breaks_between(std::string_view prev, std::string_view next, size_t width) {
  if (looks_like_heading(next)) return true;
  if (!starts_block(next)) return false;
  if (ends_clause(prev)) return true;
  if (is_all_caps(prev) && !is_all_caps(next)) return true;
  return visible_length(prev) * 10 < width * 7;
}

class Builder {
 public:
  Builder(Layout& out, const Lines& L) : out_(out), L_(L) {}

  void open(uint32_t line, bool footnote, std::string label) {
    close();
    if (!out_.text.text().empty()) out_.text.append_synthetic("\n");
    cur_ = Paragraph{};
    cur_.span.begin = out_.text.size();
    cur_.first_line = line;
    cur_.footnote = footnote;
    cur_.label = std::move(label);
    open_ = true;
    last_line_text_ = {};
  }

  // Appends line i (its trimmed content) to the open paragraph, joined to what came before.
  void add_line(size_t i) {
    const NormalizedLine& nl = L_.norm[i];
    std::string_view s = nl.text;
    size_t a = 0, b = s.size();
    while (a < b && s[a] == ' ') ++a;
    while (b > a && s[b - 1] == ' ') --b;
    if (a == b) return;
    if (cur_.span.begin != out_.text.size()) {
      std::string_view next = s.substr(a, b - a);
      if (!ends_with_split_code(last_line_text_) && !starts_with_attaching_punct(next))
        out_.text.append_synthetic(" ");
    }
    out_.text.append(nl, static_cast<uint32_t>(i + 1), a, b);
    cur_.last_line = static_cast<uint32_t>(i + 1);
    last_line_text_ = s.substr(a, b - a);
  }

  void close() {
    if (!open_) return;
    cur_.span.end = out_.text.size();
    if (cur_.span.end > cur_.span.begin) out_.paragraphs.push_back(cur_);
    open_ = false;
  }

  bool is_open() const { return open_; }
  std::string_view last_line_text() const { return last_line_text_; }

 private:
  Layout& out_;
  const Lines& L_;
  Paragraph cur_;
  bool open_ = false;
  std::string_view last_line_text_;
};

void build_body(Layout& out, const Lines& L) {
  const size_t width = typical_width(L);
  const bool blank_breaks = blank_lines_break_paragraphs(L);
  Builder b(out, L);
  bool saw_blank = false;
  for (size_t i = 0; i < L.norm.size(); ++i) {
    switch (L.kind[i]) {
      case LineKind::Blank:
        saw_blank = true;
        break;
      case LineKind::Marker:
        out.markers.push_back({L.label[i], out.text.size(), static_cast<uint32_t>(i + 1)});
        break;
      case LineKind::Text: {
        std::string_view s = L.norm[i].text;
        const bool brk = !b.is_open() || (blank_breaks && saw_blank) || breaks_between(b.last_line_text(), s, width);
        if (brk) b.open(static_cast<uint32_t>(i + 1), false, "");
        b.add_line(i);
        saw_blank = false;
        break;
      }
      default:  // footnote lines and page residue leave the running text
        saw_blank = false;
        break;
    }
  }
  b.close();
}

void build_footnotes(Layout& out, const Lines& L) {
  std::vector<std::string> order;
  std::map<std::string, std::vector<size_t>> lines_of;
  std::map<std::string, size_t> label_line;
  for (size_t i = 0; i < L.norm.size(); ++i) {
    if (L.kind[i] == LineKind::FootnoteLabel && !label_line.count(L.label[i])) {
      label_line[L.label[i]] = i;
      order.push_back(L.label[i]);
    }
    if (L.kind[i] == LineKind::FootnoteText) lines_of[L.label[i]].push_back(i);
  }
  Builder b(out, L);
  for (const std::string& label : order) {
    b.open(static_cast<uint32_t>(label_line[label] + 1), true, label);
    for (size_t i : lines_of[label]) b.add_line(i);
    b.close();
  }
  // A footnote whose body is only its label still exists: record it with an empty span.
  for (const std::string& label : order) {
    bool found = false;
    for (const auto& p : out.paragraphs) found |= p.footnote && p.label == label;
    if (!found) {
      Paragraph p;
      p.span = {out.text.size(), out.text.size()};
      p.first_line = p.last_line = static_cast<uint32_t>(label_line[label] + 1);
      p.footnote = true;
      p.label = label;
      out.paragraphs.push_back(p);
    }
  }
}

}  // namespace

Layout reconstruct(const SourceText& source) {
  Lines L;
  L.norm.reserve(source.line_count());
  for (size_t i = 1; i <= source.line_count(); ++i) L.norm.push_back(normalize_line(source.line(i)));
  classify(L);
  Layout out;
  build_body(out, L);
  out.body_end = out.text.size();
  build_footnotes(out, L);
  out.line_kinds = std::move(L.kind);
  return out;
}

}  // namespace vanban
