#include "structure/footnotes.h"

#include <algorithm>

namespace vanban {
namespace {

// Index of the body a marker points to, or -1.
int body_for(const FootnoteMarker& m, const std::vector<const Paragraph*>& bodies, const std::vector<bool>& used) {
  int any = -1;
  for (size_t b = 0; b < bodies.size(); ++b) {
    if (used[b] || bodies[b]->label != m.label) continue;
    if (bodies[b]->first_line >= m.line) return static_cast<int>(b);
    if (any < 0) any = static_cast<int>(b);
  }
  return any;
}

}  // namespace

std::vector<Footnote> pair_footnotes(const Layout& layout) {
  std::vector<const Paragraph*> bodies;
  for (const Paragraph& p : layout.paragraphs)
    if (p.footnote) bodies.push_back(&p);
  std::vector<bool> used(bodies.size(), false);
  std::vector<Footnote> out;
  for (const FootnoteMarker& m : layout.markers) {
    Footnote f;
    f.label = m.label;
    f.ref_line = m.line;
    f.ref_offset = m.offset;
    if (const int b = body_for(m, bodies, used); b >= 0) {
      used[static_cast<size_t>(b)] = true;
      f.line = bodies[static_cast<size_t>(b)]->first_line;
      f.body = bodies[static_cast<size_t>(b)]->span;
    }
    out.push_back(f);
  }
  for (size_t b = 0; b < bodies.size(); ++b) {
    if (used[b]) continue;
    Footnote f;
    f.label = bodies[b]->label;
    f.line = bodies[b]->first_line;
    f.body = bodies[b]->span;
    out.push_back(f);
  }
  // In document order: by the marker's line, or the body's for a body with no marker.
  std::stable_sort(out.begin(), out.end(), [](const Footnote& x, const Footnote& y) {
    return (x.ref_line ? x.ref_line : x.line) < (y.ref_line ? y.ref_line : y.line);
  });
  return out;
}

}  // namespace vanban
