#include "structure/footnotes.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>

namespace vanban {
namespace {

// The bodies of each label, in document order, and which are still free.
class Bodies {
 public:
  explicit Bodies(const Layout& layout) {
    for (const Paragraph& p : layout.paragraphs)
      if (p.footnote) {
        Label& l = labels_[p.label];
        l.all.push_back(list_.size());
        l.free.insert(list_.size());
        list_.push_back(&p);
      }
    used_.assign(list_.size(), false);
  }

  // The body a marker points to, or -1: the first free one with its label on or after its
  // line, else the first free one, else one already taken (a second reference to the same
  // note, as forms with numbered columns "[1] [2] [3]" make). Logarithmic in the bodies.
  int take(const FootnoteMarker& m) {
    auto it = labels_.find(m.label);
    if (it == labels_.end()) return -1;
    Label& l = it->second;
    if (l.free.empty()) return static_cast<int>(l.all.front());
    auto from = std::partition_point(l.all.begin(), l.all.end(), [&](size_t b) { return list_[b]->first_line < m.line; });
    auto pick = from == l.all.end() ? l.free.end() : l.free.lower_bound(*from);
    if (pick == l.free.end()) pick = l.free.begin();
    const size_t b = *pick;
    l.free.erase(pick);
    used_[b] = true;
    return static_cast<int>(b);
  }

  const Paragraph& operator[](size_t b) const { return *list_[b]; }
  size_t size() const { return list_.size(); }
  bool used(size_t b) const { return used_[b]; }

 private:
  struct Label {
    std::vector<size_t> all;  // in document order
    std::set<size_t> free;
  };
  std::vector<const Paragraph*> list_;
  std::vector<bool> used_;
  std::map<std::string, Label> labels_;
};

}  // namespace

std::vector<Footnote> pair_footnotes(const Layout& layout) {
  Bodies bodies(layout);
  std::vector<Footnote> out;
  out.reserve(layout.markers.size() + bodies.size());
  for (const FootnoteMarker& m : layout.markers) {
    Footnote f;
    f.label = m.label;
    f.ref_line = m.line;
    f.ref_offset = m.offset;
    if (const int b = bodies.take(m); b >= 0) {
      f.line = bodies[static_cast<size_t>(b)].first_line;
      f.body = bodies[static_cast<size_t>(b)].span;
    }
    out.push_back(std::move(f));
  }
  for (size_t b = 0; b < bodies.size(); ++b) {
    if (bodies.used(b)) continue;
    Footnote f;
    f.label = bodies[b].label;
    f.line = bodies[b].first_line;
    f.body = bodies[b].span;
    out.push_back(std::move(f));
  }
  // In document order: by the marker's line, or the body's for a body with no marker.
  std::stable_sort(out.begin(), out.end(), [](const Footnote& x, const Footnote& y) {
    return (x.ref_line ? x.ref_line : x.line) < (y.ref_line ? y.ref_line : y.line);
  });
  return out;
}

}  // namespace vanban
