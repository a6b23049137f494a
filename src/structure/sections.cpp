#include "structure/sections.h"

#include <algorithm>
#include <cstring>

#include "layout/heading_label.h"
#include "layout/line_shape.h"
#include "structure/title.h"

namespace vanban {
namespace {

using layout::HeadingLabel;
using layout::LabelStyle;

// Legal headings nest by rank; report styles by order of appearance (rank 0).
int legal_rank(LabelStyle s) {
  switch (s) {
    case LabelStyle::Phan: return 1;
    case LabelStyle::Chuong: return 2;
    case LabelStyle::Muc: return 3;
    case LabelStyle::TieuMuc: return 4;
    case LabelStyle::Dieu: return 5;
    default: return 0;
  }
}

// Two headings are of one style when they share the style and, for decimals, the depth.
struct StyleKey {
  LabelStyle style;
  size_t depth;
  bool operator==(const StyleKey&) const = default;
};

StyleKey key_of(const HeadingLabel& h) { return {h.style, h.style == LabelStyle::Decimal ? h.parts.size() : 0}; }

std::string_view kind_name(LabelStyle s) {
  switch (s) {
    case LabelStyle::Roman: return "roman";
    case LabelStyle::Arabic: return "arabic";
    case LabelStyle::Decimal: return "decimal";
    case LabelStyle::Letter: return "letter";
    case LabelStyle::Phan: return "phan";
    case LabelStyle::Chuong: return "chuong";
    case LabelStyle::Muc: return "muc";
    case LabelStyle::TieuMuc: return "tieu_muc";
    case LabelStyle::Dieu: return "dieu";
    default: return "";
  }
}

class TreeBuilder {
 public:
  TreeBuilder(const Layout& layout, std::vector<Section>& out) : layout_(layout), out_(out) {}

  // Closes every open heading: a new document begins.
  void restart() { open_.clear(); }

  // Adds the heading whose label starts at text offset `base + h.begin`; `title` is its title.
  void add(const HeadingLabel& h, size_t base, std::string title, bool after_text) {
    const StyleKey key = key_of(h);
    close_for(h, key);
    // Built where it stays: no Section moved in, no temporary strings for its kind and path.
    const int parent_index = open_.empty() ? -1 : static_cast<int>(open_.back().index);
    Section& s = out_.emplace_back();
    const Section* parent = parent_index >= 0 ? &out_[static_cast<size_t>(parent_index)] : nullptr;
    s.parent = parent_index;
    s.level = parent ? parent->level + 1 : 1;
    const std::string_view kind = kind_under(h.style, parent);
    s.kind.assign(kind.data(), kind.size());
    s.label = h.label;
    s.ordinal = h.parts.empty() ? 0 : h.parts.back();
    const std::string_view part = path_part(h, parent ? std::string_view(parent->label) : std::string_view());
    if (parent) {
      s.number.reserve(parent->number.size() + 1 + part.size());
      s.number = parent->number;
      s.number += '.';
    }
    s.number += part;
    s.title = std::move(title);
    s.after_text = after_text;
    s.label_span = {base + h.begin, base + h.label_end};
    const Position p = layout_.text.position(s.label_span.begin);
    s.line = p.line;
    s.column = p.column;
    open_.push_back({key, out_.size() - 1});
  }

 private:
  struct Open {
    StyleKey key;
    size_t index;
  };

  LabelStyle style_at(size_t k) const { return open_[k].key.style; }

  void close_for(const HeadingLabel& h, const StyleKey& key) {
    if (const int rank = legal_rank(h.style)) {
      // Close report-style items and legal headings of this rank or below.
      while (!open_.empty() && (legal_rank(open_.back().key.style) == 0 || legal_rank(open_.back().key.style) >= rank))
        open_.pop_back();
      return;
    }
    auto same = std::find_if(open_.begin(), open_.end(), [&](const Open& o) { return o.key == key; });
    if (same != open_.end()) {
      open_.erase(same, open_.end());
      return;
    }
    if (h.style == LabelStyle::Roman) {
      while (!open_.empty() && legal_rank(open_.back().key.style) == 0) open_.pop_back();
    } else if (h.style == LabelStyle::Decimal) {
      while (!open_.empty() && (open_.back().key.style == LabelStyle::Letter ||
                                (open_.back().key.style == LabelStyle::Decimal && open_.back().key.depth > key.depth)))
        open_.pop_back();
    }
  }

  // An Arabic item under a Điều is a khoản, a lettered one under a Điều or khoản an điểm.
  // (string views: their sizes are known, where a const char* was measured on every heading)
  static std::string_view kind_under(LabelStyle style, const Section* parent) {
    using namespace std::string_view_literals;
    if (parent && style == LabelStyle::Arabic && parent->kind == "dieu"sv) return "khoan";
    if (parent && style == LabelStyle::Letter && (parent->kind == "dieu"sv || parent->kind == "khoan"sv)) return "diem";
    return kind_name(style);
  }

  // The part of the path a heading adds: its label, but only the last number of a decimal
  // whose leading numbers repeat its parent's ("2.3" under "2" adds "3").
  static std::string_view path_part(const HeadingLabel& h, std::string_view parent_label) {
    const std::string_view label = h.label;
    if (h.style != LabelStyle::Decimal) return label;
    const std::string_view prefix = label.substr(0, label.rfind('.'));
    if (!parent_label.empty() && parent_label == prefix) return label.substr(label.rfind('.') + 1);
    return label;
  }

  const Layout& layout_;
  std::vector<Section>& out_;
  std::vector<Open> open_;
};

// The next legal heading ("Chương I", "Mục 2", "Điều 1.") in an all-caps title that starts at
// `from`; npos once a word in lower case shows the title has turned into prose.
size_t next_legal_label_in_caps(std::string_view text, size_t from) {
  size_t i = from;
  while (i < text.size()) {
    while (i < text.size() && text[i] == ' ') ++i;
    if (i >= text.size()) break;
    const HeadingLabel h = layout::parse_heading_label(text.substr(i));
    if (h && legal_rank(h.style) > 0 && i > from) return i;
    size_t end = text.find(' ', i);
    if (end == std::string_view::npos) end = text.size();
    if (!layout::is_all_caps(text.substr(i, end - i)) && has_lowercase(text.substr(i, end - i)))
      return std::string_view::npos;
    i = end;
  }
  return std::string_view::npos;
}

// text.find(" " + word, from), for a word that ends in '.' or ')': those bytes are far rarer
// than spaces, so they are looked for first (this runs on every heading paragraph, whole).
size_t find_spaced(std::string_view text, size_t from, std::string_view word) {
  for (size_t last = text.find(word.back(), from + word.size()); last != std::string_view::npos;
       last = text.find(word.back(), last + 1)) {
    const size_t at = last - word.size();
    if (text[at] == ' ' && text.compare(at + 1, word.size(), word) == 0) return at;
  }
  return std::string_view::npos;
}

// A label glued inside a heading's title: the first child of that heading ("2.1." or "a)" after
// "2. …", "1." at the end of "III. TỔ CHỨC THỰC HIỆN 1.") or the next legal heading after an
// all-caps title ("Phần thứ nhất QUY ĐỊNH CHUNG Chương I …"). Returns its byte in `text`.
// Where `child` (" 1.", " 2.1.", " a)") stands in text after `from` as a label with a title
// (or at the end); npos if not.
size_t find_label(std::string_view text, size_t from, std::string_view child) {
  const size_t at = find_spaced(text, from, child.substr(1));
  if (at == std::string_view::npos) return at;
  const size_t after = at + child.size();
  const bool ends_or_title = after >= text.size() || text[after] == ' ';
  return ends_or_title && layout::parse_heading_label(text.substr(at + 1)) ? at + 1 : std::string_view::npos;
}

size_t glued_child(std::string_view text, const HeadingLabel& h) {
  const size_t from = h.title_begin > 0 ? h.title_begin - 1 : 0;
  if (h.style == LabelStyle::Roman) return find_label(text, from, " 1.");
  if (h.style == LabelStyle::Arabic || h.style == LabelStyle::Decimal) {
    // " " + label + ".1.", written in place: labels are short (at most six parts of two
    // digits), and this runs on every khoản.
    char child[32];
    size_t decimal;
    if (h.label.size() + 4 <= sizeof child) {
      child[0] = ' ';
      std::memcpy(child + 1, h.label.data(), h.label.size());
      std::memcpy(child + 1 + h.label.size(), ".1.", 3);
      decimal = find_label(text, from, std::string_view(child, h.label.size() + 4));
    } else {
      decimal = find_label(text, from, " " + h.label + ".1.");
    }
    return decimal != std::string_view::npos ? decimal : find_label(text, from, " a)");
  }
  if (legal_rank(h.style) == 0 || h.style == LabelStyle::Dieu) return std::string_view::npos;
  return next_legal_label_in_caps(text, h.title_begin);
}

// Provisions quoted by an amending text ("1. Sửa đổi Điều 3 như sau: / “Điều 3. … / 1. … /
// 2. …”.") carry the numbering of the text they amend, not of this one: their headings make
// no section. A quoted block opens with a paragraph that starts with “ and leaves it open,
// and ends with the paragraph that closes it; a quote opened inside running prose (and maybe
// never closed: "về “Tiếp tục … công lập") is no block.
class QuoteTracker {
 public:
  // Is this paragraph quoted? Call once per body paragraph, in order.
  // The balance is counted only where it is read: inside a block, or on a paragraph that opens
  // with “ (every body paragraph comes here, and most are neither).
  bool quoted(std::string_view text) {
    if (in_block_) {
      if (quote_balance(text) < 0 || ++paragraphs_ > kMaxQuotedParagraphs) in_block_ = false;
      return true;
    }
    if (text.substr(0, kOpen.size()) != kOpen) return false;
    in_block_ = quote_balance(text) > 0;
    paragraphs_ = 0;
    return true;
  }

 private:
  static constexpr std::string_view kOpen = "“";
  // An unbalanced quote in a crawled page must not hide the rest of the document.
  static constexpr int kMaxQuotedParagraphs = 400;
  bool in_block_ = false;
  int paragraphs_ = 0;
};

}  // namespace

int quote_balance(std::string_view text) {
  // “ is E2 80 9C and ” E2 80 9D: one pass over the E2 bytes (rare in Vietnamese letters,
  // which lead with C3-C6 or E1) finds both, where a search for each went over the text twice.
  int balance = 0;
  for (size_t at = text.find('\xE2'); at != std::string_view::npos; at = text.find('\xE2', at + 1)) {
    if (at + 2 >= text.size() || text[at + 1] != '\x80') continue;
    if (text[at + 2] == '\x9C') ++balance;
    else if (text[at + 2] == '\x9D') --balance;
  }
  return balance;
}

// A section title's characters at most; the layout's text is valid UTF-8 (the loader rejects
// anything else), which the title cut relies on.
constexpr size_t kTitleChars = 200;

std::vector<Section> find_sections(const Layout& layout, size_t restart_offset) {
  std::vector<Section> out;
  const std::vector<Paragraph>& paras = layout.paragraphs;
  // About one section a heading paragraph (glued labels add a few): the sections are not
  // moved again and again as the vector grows.
  out.reserve(static_cast<size_t>(std::count_if(paras.begin(), paras.end(), [](const Paragraph& p) { return p.heading; })));
  TreeBuilder tree(layout, out);
  bool restarted = false;
  bool text_between = false;   // running text since the last heading (not a title)
  size_t title_paragraph = paras.size();  // a paragraph read as the title of a bare label
  QuoteTracker quotes;
  // Adds the heading at text[0…] (offset base), with the labels glued into its title.
  auto add_run = [&](std::string_view text, size_t base, HeadingLabel h, size_t next) {
    while (h) {
      const size_t glued = glued_child(text, h);
      const size_t title_end = glued == std::string_view::npos ? text.size() : glued;
      std::string title = heading_title(text.substr(0, title_end), h.title_begin, kTitleChars, Utf8Text::Valid);
      tree.add(h, base, std::move(title), text_between);
      text_between = false;
      if (glued == std::string_view::npos) {
        // A label alone ("2." / "Nhiệm vụ và giải pháp chủ yếu 2.1. Tiếp tục …"): its title, and
        // maybe its first child, are in the next paragraph.
        if (h.title_begin < text.size() || next >= paras.size() || paras[next].heading || paras[next].footnote) return;
        std::string_view t = layout.slice(paras[next].span);
        HeadingLabel at_start = h;
        at_start.title_begin = 0;
        const size_t child = glued_child(t, at_start);
        out.back().title =
            heading_title(t.substr(0, child == std::string_view::npos ? t.size() : child), 0, kTitleChars, Utf8Text::Valid);
        title_paragraph = next;
        if (child == std::string_view::npos) return;
        text = t.substr(child);
        base = paras[next].span.begin + child;
      } else {
        base += glued;
        text = text.substr(glued);
      }
      h = layout::parse_heading_label(text);
    }
  };
  for (size_t k = 0; k < paras.size(); ++k) {
    const Paragraph& p = paras[k];
    if (p.footnote) continue;
    if (!restarted && p.span.begin > restart_offset) {
      tree.restart();
      restarted = true;
    }
    const bool quoted = quotes.quoted(layout.slice(p.span));
    if (k == title_paragraph) continue;
    if (!p.heading || quoted) {
      text_between = true;
      continue;
    }
    add_run(layout.slice(p.span), p.span.begin, layout::parse_heading_label(layout.slice(p.span)), k + 1);
  }
  return out;
}

namespace {

// For each section, the index of the next one at its level or above (sections.size() if none):
// one pass from the end with a stack of candidates, where a scan forward from each section
// went over all its descendants.
std::vector<size_t> next_at_or_above(const std::vector<Section>& sections) {
  std::vector<size_t> next(sections.size(), sections.size());
  std::vector<size_t> stack;  // indices after i, levels rising from the top down
  for (size_t i = sections.size(); i-- > 0;) {
    while (!stack.empty() && sections[stack.back()].level > sections[i].level) stack.pop_back();
    if (!stack.empty()) next[i] = stack.back();
    stack.push_back(i);
  }
  return next;
}

// The last line of running text before an offset: the paragraph holding the offset ends
// there (a glued heading), or the last paragraph before it ends on its last line. Body
// paragraphs come first in text order, footnotes after (layout.h): the paragraphs before
// `offset` are a prefix of them.
class LineBefore {
 public:
  explicit LineBefore(const Layout& layout) : layout_(layout), paras_(layout.paragraphs) {}

  // At any offset; from the last one read on when offsets come in order (section starts).
  uint32_t operator()(size_t offset) {
    if (offset < last_offset_) {
      cursor_ = static_cast<size_t>(std::partition_point(paras_.begin(), paras_.end(),
                                                         [&](const Paragraph& p) { return before(p, offset); }) -
                                    paras_.begin());
    } else {
      while (cursor_ < paras_.size() && before(paras_[cursor_], offset)) ++cursor_;
    }
    last_offset_ = offset;
    if (cursor_ == 0) return 0;
    const Paragraph& p = paras_[cursor_ - 1];
    return p.span.end <= offset ? p.last_line : layout_.text.position(offset).line;
  }

 private:
  static bool before(const Paragraph& p, size_t offset) { return !p.footnote && p.span.begin < offset; }

  const Layout& layout_;
  const std::vector<Paragraph>& paras_;
  size_t cursor_ = 0;
  size_t last_offset_ = 0;
};

}  // namespace

void set_section_ends(std::vector<Section>& sections, const Layout& layout, size_t stop_offset) {
  const std::vector<size_t> next = next_at_or_above(sections);
  // Every end is the start of a later section, body_end or stop_offset: the starts are read
  // in text order first, the other two once each.
  LineBefore line_before(layout);
  std::vector<uint32_t> line_before_start(sections.size());
  for (size_t j = 0; j < sections.size(); ++j) line_before_start[j] = line_before(sections[j].label_span.begin);
  const uint32_t line_before_body_end = line_before(layout.body_end);
  const uint32_t line_before_stop = line_before(stop_offset);
  for (size_t i = 0; i < sections.size(); ++i) {
    Section& s = sections[i];
    const bool to_next = next[i] < sections.size();
    size_t end = to_next ? sections[next[i]].label_span.begin : layout.body_end;
    uint32_t end_line = to_next ? line_before_start[next[i]] : line_before_body_end;
    if (s.label_span.begin < stop_offset && stop_offset < end) {
      end = stop_offset;
      end_line = line_before_stop;
    }
    s.end_line = std::max(s.line, end_line);
  }
}

}  // namespace vanban
