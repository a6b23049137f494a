#include "layout/classify.h"

#include <algorithm>
#include <map>
#include <set>

#include "layout/line_shape.h"
#include "text/fold.h"
#include "text/utf8.h"

namespace vanban::layout {
namespace {

// The footnote label that follows `last` in a running sequence ("" → "1", "7" → "8").
std::string successor(const std::string& last) {
  if (last.empty()) return "1";
  int v = 0;
  for (char c : last) v = v * 10 + (c - '0');
  return std::to_string(v + 1);
}

// The line ends on a word (a letter, or a closing quote or bracket after one).
bool ends_on_word(std::string_view line) {
  std::string_view t = trim(line);
  while (!t.empty()) {
    size_t i = t.size();
    const char32_t c = utf8::prev(t, i);
    if (c == U'”' || c == '"' || c == ')' || c == U'’') {
      t = t.substr(0, i);
      continue;
    }
    return is_letter(c) || (c >= '0' && c <= '9');
  }
  return false;
}

// The line goes on with the sentence: punctuation that attaches to a word, or a lower-case word.
bool continues_sentence(std::string_view line) {
  std::string_view t = trim(line);
  if (t.empty()) return false;
  if (starts_with_attaching_punct(t)) return true;
  size_t i = 0;
  const char32_t c = utf8::next(t, i);
  return is_letter(c) && !is_upper(c);
}

// State of the line-by-line pass over markers on their own line and page-foot bodies.
class FootnoteScanner {
 public:
  explicit FootnoteScanner(Lines& L) : L_(L), body_width_(median_width(L)) {}

  void run() {
    const size_t n = L_.norm.size();
    L_.kind.assign(n, LineKind::Text);
    for (i_ = 0; i_ < n; ++i_) L_.kind[i_] = classify_line(L_.norm[i_].text);
  }

 private:
  LineKind classify_line(std::string_view s) {
    if (!may_be_residue(s)) {  // the common line: what the tests below would conclude
      prev_ = region_ ? region_line(s) : LineKind::Text;
      return prev_;
    }
    if (is_footnote_separator(s)) {
      region_ = true;
      prev_ = LineKind::FootnoteSeparator;
      return prev_;
    }
    if (is_blank(s)) return LineKind::Blank;
    if (is_decoration(s)) return LineKind::Decoration;
    if (is_page_label(s)) return LineKind::PageNumber;
    LineKind k = is_lone_number(s) ? lone_number(std::string(trim(s))) : region_ ? region_line(s) : LineKind::Text;
    prev_ = k;
    return k;
  }

  // A lone number is a footnote label (in a footnote region, or answering a marker still
  // waiting for its body), a marker, or a page number. A marker was cut out of a sentence: the
  // line before ends on a word, the line after goes on with punctuation or a lower-case word
  // ("công lập" / "1" / "."), and it continues the numbering of the markers before it. Numbers
  // of a table printed one cell per line fail these tests.
  LineKind lone_number(const std::string& num) {
    if (region_ || pending_.count(num)) {
      open_footnote(num, 0, 0);
      return LineKind::FootnoteLabel;
    }
    const bool text_before = i_ > 0 && L_.kind[i_ - 1] == LineKind::Text && ends_on_word(L_.norm[i_ - 1].text);
    const bool text_after = i_ + 1 < L_.norm.size() && continues_sentence(L_.norm[i_ + 1].text);
    if (text_before && text_after && continues_numbering(num)) {
      pending_.insert(num);
      last_marker_ = num;
      return LineKind::Marker;
    }
    return LineKind::PageNumber;
  }

  // Inside a footnote region: a body that starts with its label ("2 Qua công tác…"), more text
  // of the current body, or the running text resuming (converters print its first line with a
  // leading space; a heading also resumes it).
  LineKind region_line(std::string_view s) {
    LeadingNumber ln = leading_number(s);
    if (!ln.label.empty() && (pending_.count(ln.label) || (pending_.empty() && ln.label == successor(last_label_)))) {
      open_footnote(ln.label, ln.text_begin, s.size());
      return LineKind::FootnoteLabel;
    }
    const bool after_label = prev_ == LineKind::FootnoteLabel;
    const bool resumes = (s.front() == ' ' && !after_label) || looks_like_heading(s) || (!after_label && body_sized(s));
    if (resumes || last_label_.empty()) {
      region_ = false;
      return LineKind::Text;
    }
    L_.pieces.push_back({last_label_, i_, 0, s.size(), false});
    last_note_line_ = s;
    return LineKind::FootnoteText;
  }

  // Without the converter's leading space, the running text still shows by its width: notes
  // are set in a smaller font (longer lines). A line of the body's width resumes the text after
  // a note that ended (a short line, or a sentence's end), or right after a full note line when
  // it does not end a sentence itself (a note's own last line would).
  bool body_sized(std::string_view s) const {
    const size_t len = visible_length(s);
    const bool body_width = len * 100 >= body_width_ * 85 && len * 100 <= body_width_ * 110;
    const size_t prev = visible_length(last_note_line_);
    const bool note_ended = last_note_line_.empty() || ends_clause(last_note_line_) || prev * 100 < body_width_ * 85;
    const bool font_changed = prev * 100 >= body_width_ * 120 && !ends_clause(s);
    return body_width && (note_ended || font_changed);
  }

  // The median width of the lines: the running text's, notes being the few.
  static size_t median_width(const Lines& L) {
    std::vector<size_t> widths;
    for (size_t i = 0; i < L.norm.size(); ++i)
      if (!is_blank(L.norm[i].text)) widths.push_back(L.width[i]);
    if (widths.empty()) return 80;
    auto mid = widths.begin() + static_cast<std::ptrdiff_t>(widths.size() / 2);
    std::nth_element(widths.begin(), mid, widths.end());
    return std::max<size_t>(*mid, 20);
  }

  // Markers count up through a document (or start again at 1); a footnote whose marker was
  // not recognized may leave a small gap.
  bool continues_numbering(const std::string& num) const {
    const int v = std::stoi(num);
    const int last = last_marker_.empty() ? 0 : std::stoi(last_marker_);
    return v == 1 || (v > last && v <= last + 5);
  }

  void open_footnote(const std::string& label, size_t a, size_t b) {
    L_.pieces.push_back({label, i_, a, b, true});
    last_note_line_ = std::string_view(L_.norm[i_].text).substr(a, b - a);  // a view of the line, not of a temporary
    pending_.erase(label);
    last_label_ = label;
    region_ = true;
  }

  Lines& L_;
  size_t i_ = 0;
  std::set<std::string> pending_;  // markers seen whose body has not been seen
  std::string last_label_;
  std::string last_marker_;
  std::string_view last_note_line_;  // the last line of note text read
  size_t body_width_;
  bool region_ = false;
  LineKind prev_ = LineKind::Blank;
};

struct Candidate {
  size_t line, a, b;
  std::string label;
  bool at_start;  // the first visible thing on its line: a body, not a reference
};

std::vector<Candidate> inline_candidates(const Lines& L) {
  std::vector<Candidate> out;
  for (size_t i = 0; i < L.norm.size(); ++i) {
    if (L.kind[i] != LineKind::Text) continue;
    std::string_view s = L.norm[i].text;
    size_t first = 0;
    while (first < s.size() && s[first] == ' ') ++first;
    // The line's first candidate byte was found with its width (classify).
    for (size_t p = L.first_marker[i]; p < s.size(); p = next_inline_marker_byte(s, p + 1)) {
      size_t end = p;
      std::string label = inline_marker_at(s, p, end);
      if (label.empty()) continue;
      out.push_back({i, p, end, label, p == first});
      p = end - 1;
    }
  }
  return out;
}

// Footnotes gathered at the end of a document ("[1] …" / "[2] …" after the signature) may run
// over several lines: in that trailing block, a line of text that is no heading and refers to
// no footnote continues the body above it.
void attach_trailing_lines(Lines& L, const std::set<size_t>& body_lines) {
  if (body_lines.empty()) return;
  std::set<size_t> marker_lines;
  for (const InlineMarker& m : L.inline_markers) marker_lines.insert(m.line);
  // Lines (a, b) hold nothing but what a footnote may contain.
  auto footnote_only = [&](size_t a, size_t b) {
    for (size_t j = a + 1; j < b; ++j)
      if (L.kind[j] == LineKind::Text && (marker_lines.count(j) || looks_like_heading(L.norm[j].text))) return false;
    return true;
  };
  if (!footnote_only(*body_lines.rbegin(), L.norm.size())) return;  // the text goes on: not the end block
  size_t block = *body_lines.rbegin();
  for (auto it = std::next(body_lines.rbegin()); it != body_lines.rend() && footnote_only(*it, block); ++it) block = *it;
  for (size_t j = block + 1; j < L.norm.size(); ++j) {
    if (L.kind[j] != LineKind::Text) continue;
    L.kind[j] = LineKind::FootnoteText;
    L.pieces.push_back({"", j, 0, L.norm[j].text.size(), false});
  }
}

// Inline references and the bodies they point to. A label's body is its last occurrence, on a
// line that starts with a body, after at least one reference: "[1]" alone proves nothing, and
// a reference may itself open a line ("[3] Luật này quy định …" marks a whole article).
void find_inline_footnotes(Lines& L) {
  std::vector<Candidate> cands = inline_candidates(L);
  if (cands.empty()) return;
  std::map<std::string, size_t> last, count;  // label → index of its last occurrence, occurrences
  for (size_t k = 0; k < cands.size(); ++k) {
    last[cands[k].label] = k;
    ++count[cands[k].label];
  }
  auto is_body = [&](size_t k) { return last[cands[k].label] == k && count[cands[k].label] >= 2; };
  std::set<size_t> body_lines;
  for (size_t k = 0; k < cands.size(); ++k)
    if (cands[k].at_start && is_body(k)) body_lines.insert(cands[k].line);
  std::set<std::string> accepted;
  for (size_t k = 0; k < cands.size(); ++k)
    if (is_body(k) && body_lines.count(cands[k].line)) accepted.insert(cands[k].label);
  for (size_t k = 0; k < cands.size(); ++k) {
    const Candidate& c = cands[k];
    if (!accepted.count(c.label) || (body_lines.count(c.line) && !is_body(k))) continue;
    if (!is_body(k)) {
      L.inline_markers.push_back({c.line, c.a, c.b, c.label});
      continue;
    }
    size_t end = L.norm[c.line].text.size();
    for (size_t j = k + 1; j < cands.size() && cands[j].line == c.line; ++j)
      if (is_body(j) && accepted.count(cands[j].label)) {
        end = cands[j].a;
        break;
      }
    L.kind[c.line] = LineKind::FootnoteLabel;
    L.pieces.push_back({c.label, c.line, c.b, end, true});
  }
  attach_trailing_lines(L, body_lines);
  std::stable_sort(L.pieces.begin(), L.pieces.end(),
                   [](const FootnotePiece& x, const FootnotePiece& y) { return x.line < y.line || (x.line == y.line && x.a < y.a); });
}

}  // namespace

void classify(Lines& lines) {
  lines.width.resize(lines.norm.size());
  lines.first_marker.resize(lines.norm.size());
  for (size_t i = 0; i < lines.norm.size(); ++i) {
    const LineScan scan = scan_line(lines.norm[i].text);
    lines.width[i] = scan.width;
    lines.first_marker[i] = scan.first_marker;
  }
  FootnoteScanner(lines).run();
  find_inline_footnotes(lines);
}

}  // namespace vanban::layout
