#include "layout/paragraphs.h"

#include <algorithm>
#include <array>
#include <utility>

#include "layout/heading_label.h"
#include "layout/line_shape.h"

namespace vanban::layout {
namespace {

constexpr size_t kMinLinesForWidth = 10;
constexpr size_t kDefaultWidth = 80;

// The width a full line of running text has: lines shorter than most of it end a paragraph
// when the next line starts like a new block.
size_t typical_width(const Lines& L) {
  std::vector<size_t> widths;
  for (size_t i = 0; i < L.norm.size(); ++i)
    if (L.kind[i] == LineKind::Text) widths.push_back(L.width[i]);
  if (widths.size() < kMinLinesForWidth) return kDefaultWidth;  // too few lines to tell
  auto p90 = widths.begin() + static_cast<std::ptrdiff_t>(widths.size() * 9 / 10);
  std::nth_element(widths.begin(), p90, widths.end());
  return std::max<size_t>(*p90, 20);
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

// A line that is only "Điều", "Chương", "Mục" or "Phần": its number went to the next line.
bool is_bare_legal_keyword(std::string_view line) {
  std::string_view t = trim(line);
  if (t.size() < 5 || t.size() > 8) return false;  // "Mục" has 5 bytes, "CHƯƠNG" 8: most lines are longer
  return t == "Điều" || t == "Chương" || t == "Mục" || t == "Phần" || t == "ĐIỀU" || t == "CHƯƠNG" || t == "MỤC" || t == "PHẦN";
}

// "… số 2025. Mục" / "6. HỖ TRỢ, ƯU ĐÃI …": a crawler glued the keyword of the next heading to
// the end of the line before. Returns where that keyword starts, npos when it is not so.
size_t glued_legal_keyword(const Lines& L, size_t i) {
  std::string_view line = L.norm[i].text;
  while (!line.empty() && line.back() == ' ') line.remove_suffix(1);
  const size_t space = line.rfind(' ');
  if (space == std::string_view::npos || space == 0) return std::string_view::npos;
  const std::string_view keyword = line.substr(space + 1);
  const char before = line[space - 1];
  // The punctuation first: it is one byte to read, and most lines fail there.
  if ((before != '.' && before != ';' && before != ':') || !is_bare_legal_keyword(keyword)) return std::string_view::npos;
  size_t j = i + 1;
  while (j < L.norm.size() && L.kind[j] == LineKind::Blank) ++j;
  if (j >= L.norm.size() || L.kind[j] != LineKind::Text) return std::string_view::npos;
  const std::string joined = std::string(keyword) + " " + std::string(trim(L.norm[j].text));
  const HeadingLabel h = parse_heading_label(joined);
  const bool legal = h.style == LabelStyle::Dieu || h.style == LabelStyle::Chuong || h.style == LabelStyle::Muc ||
                     h.style == LabelStyle::Phan;
  return legal ? space + 1 : std::string_view::npos;
}

// Words after which a capitalised word continues the sentence (a name follows them):
// "… của" / "Ban Thường vụ Tỉnh ủy".
bool introduces_name(std::string_view word) {
  static constexpr std::array<std::string_view, 14> kWords = {
      "của", "và", "với", "về", "tại", "cho", "theo", "thuộc", "trên", "ở", "số", "các", "đồng", "chí"};
  return std::find(kWords.begin(), kWords.end(), word) != kWords.end();
}

// Words a reference puts before a number: "khoản" 2, "điểm" a, "Điều" 5, "số" 24, "năm" 2020.
bool calls_for_number(std::string_view word) {
  static constexpr std::array<std::string_view, 16> kWords = {"khoản", "Khoản", "điểm", "Điểm", "điều", "Điều", "mục", "Mục",
                                                              "chương", "Chương", "số", "năm", "ngày", "tháng", "lần", "thứ"};
  return std::find(kWords.begin(), kWords.end(), word) != kWords.end();
}

// A heading's title ends where its body begins on the next line: a capital after a title line
// visibly shorter than the full width, which ends on a word that does not introduce a name.
bool heading_title_ends(std::string_view prev, std::string_view next, size_t width) {
  if (!starts_upper(next) || visible_length(prev) * 10 >= width * 8) return false;
  std::string_view w = last_word(prev);
  return !w.empty() && !starts_upper(w) && !introduces_name(w);
}

// Bytes of a paragraph enough to read its heading label.
constexpr size_t kHeadingProbe = 160;

class Builder {
 public:
  Builder(Layout& out, const Lines& L) : out_(out), L_(L) {}

  // `heading_exact`: `heading` is heading_style of the whole first line, which close() may
  // then keep when that line turns out to be the whole paragraph.
  void open(uint32_t line, bool footnote, std::string label, bool heading, bool heading_exact = false) {
    close();
    if (!out_.text.text().empty()) out_.text.append_synthetic("\n");
    cur_ = Paragraph{};
    cur_.span.begin = out_.text.size();
    cur_.first_line = cur_.last_line = line;
    cur_.footnote = footnote;
    cur_.label = std::move(label);
    cur_.heading = heading;
    open_ = true;
    last_line_text_ = {};
    heading_exact_ = heading_exact;
    lines_added_ = 0;
    markers_cut_ = false;
  }

  // Appends bytes [a, b) of line i (trimmed) to the open paragraph, joined to what came
  // before; inline footnote markers inside it leave the text and are recorded.
  void add(size_t i, size_t a, size_t b) {
    const NormalizedView& nl = L_.norm[i];
    std::string_view s = nl.text;
    const bool whole_line = a == 0 && b == s.size();
    while (a < b && s[a] == ' ') ++a;
    while (b > a && s[b - 1] == ' ') --b;
    if (a == b) return;
    if (cur_.span.begin != out_.text.size()) {
      if (!ends_with_split_code(last_line_text_) && !starts_with_attaching_punct(s.substr(a, b - a)))
        out_.text.append_synthetic(" ");
    }
    const auto line = static_cast<uint32_t>(i + 1);
    size_t from = a;
    while (marker_ < L_.inline_markers.size() && L_.inline_markers[marker_].line < i) ++marker_;
    for (; marker_ < L_.inline_markers.size() && L_.inline_markers[marker_].line == i; ++marker_) {
      const InlineMarker& m = L_.inline_markers[marker_];
      if (m.a < from || m.b > b) continue;
      out_.text.append(nl, line, from, m.a);
      out_.markers.push_back({m.label, out_.text.size(), line});
      from = m.b;
      markers_cut_ = true;
    }
    // A whole line trimmed of its spaces holds the code points of its width (classify counted
    // them, trailing white space aside: a tab would be, and is not trimmed here), less the
    // leading spaces: the text need not count them again.
    if (from == a && whole_line && s[b - 1] != '\t')
      out_.text.append_counted(nl, line, a, b, L_.width[i] - a);
    else
      out_.text.append(nl, line, from, b);
    cur_.last_line = line;
    last_line_text_ = s.substr(a, b - a);
    ++lines_added_;
  }

  void close() {
    if (!open_) return;
    cur_.span.end = out_.text.size();
    // Judged on the whole paragraph: "Điều" / "3. Giải thích từ ngữ" is a heading once joined.
    if (!cur_.footnote && !heading_already_read()) {
      std::string_view text = std::string_view(out_.text.text()).substr(cur_.span.begin, cur_.span.end - cur_.span.begin);
      cur_.heading = looks_like_heading(text.substr(0, kHeadingProbe));
    }
    // A footnote whose body is only its label still exists (with an empty span).
    if (cur_.span.end > cur_.span.begin || cur_.footnote) out_.paragraphs.push_back(std::move(cur_));  // open() starts the next one afresh
    open_ = false;
  }

  bool is_open() const { return open_; }

  // The paragraph is its first line whole, trimmed of spaces (which the label parse skips
  // and reads as the end alike), within the probe: the heading_style build_body read of that
  // line is what looks_like_heading would read again.
  bool heading_already_read() const {
    return heading_exact_ && lines_added_ == 1 && !markers_cut_ && cur_.span.size() <= kHeadingProbe;
  }
  bool in_heading() const { return open_ && cur_.heading; }
  std::string_view last_line_text() const { return last_line_text_; }

 private:
  Layout& out_;
  const Lines& L_;
  Paragraph cur_;
  bool open_ = false;
  std::string_view last_line_text_;
  size_t marker_ = 0;  // next inline marker to consider (lines come in order)
  bool heading_exact_ = false;
  size_t lines_added_ = 0;
  bool markers_cut_ = false;
};

}  // namespace

namespace {

// breaks_between, with the style of the heading label of `next` (None: no label) already
// read: the caller needs it too.
bool breaks_before(std::string_view prev, std::string_view next, LabelStyle next_label, size_t width,
                   bool in_heading) {
  if (ends_with_split_code(prev)) return false;  // "24-" / "CT/TU": one code
  if (is_table_row(next) || is_table_row(prev)) return true;
  if (is_bare_legal_keyword(prev)) return false;  // "Điều" then "3. Giải thích từ ngữ" 
  if (next_label != LabelStyle::None) {
    // "… theo quy định tại điểm a khoản" / "2. Điều 5 của Nghị định …": a full line that stops
    // on a word calling for a number, inside running text, wrapped before the number.
    const bool list_label = next_label == LabelStyle::Arabic || next_label == LabelStyle::Letter;
    const bool wrapped = list_label && !in_heading && calls_for_number(last_word(prev)) &&
                         visible_length(prev) * 10 >= width * 9;
    return !wrapped;
  }
  if (!starts_block(next)) return false;
  if (ends_clause(prev)) return true;
  if (is_all_caps(prev) && !is_all_caps(next)) return true;
  if (in_heading && heading_title_ends(prev, next, width)) return true;
  return visible_length(prev) * 10 < width * 7;
}

}  // namespace

// looks_like_heading(line) is heading_style(line) != None with a pre-test on the first byte that
// the parse makes itself: one parse gives both.
bool breaks_between(std::string_view prev, std::string_view next, size_t width, bool in_heading) {
  return breaks_before(prev, next, heading_style(next), width, in_heading);
}

void build_body(Layout& out, const Lines& L) {
  const size_t width = typical_width(L);
  const bool blank_breaks = blank_lines_break_paragraphs(L);
  // At most a paragraph a line of text (a glued keyword adds one, rarely), and one a footnote
  // piece: the paragraphs are then not moved again and again as the vector grows.
  out.paragraphs.reserve(static_cast<size_t>(std::count(L.kind.begin(), L.kind.end(), LineKind::Text)) + L.pieces.size());
  Builder b(out, L);
  bool saw_blank = false, force_break = false;
  for (size_t i = 0; i < L.norm.size(); ++i) {
    std::string_view s = L.norm[i].text;
    switch (L.kind[i]) {
      case LineKind::Blank:
        saw_blank = true;
        break;
      case LineKind::Marker:
        out.markers.push_back({std::string(trim(s)), out.text.size(), static_cast<uint32_t>(i + 1)});
        break;
      case LineKind::Decoration:
        force_break = true;
        break;
      case LineKind::Text: {
        const LabelStyle label = heading_style(s);
        const bool brk = !b.is_open() || force_break || (blank_breaks && saw_blank) ||
                         breaks_before(b.last_line_text(), s, label, width, b.in_heading());
        const size_t glued = glued_legal_keyword(L, i);
        if (brk) b.open(static_cast<uint32_t>(i + 1), false, "", label != LabelStyle::None, glued == std::string_view::npos);
        if (glued != std::string_view::npos) {
          b.add(i, 0, glued);
          b.open(static_cast<uint32_t>(i + 1), false, "", false);
          b.add(i, glued, s.size());
        } else {
          b.add(i, 0, s.size());
        }
        saw_blank = force_break = false;
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
  Builder b(out, L);
  for (const FootnotePiece& p : L.pieces) {
    if (p.opens || !b.is_open()) b.open(static_cast<uint32_t>(p.line + 1), true, p.label, false);
    b.add(p.line, p.a, p.b);
  }
  b.close();
}

}  // namespace vanban::layout
