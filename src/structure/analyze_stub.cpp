// Placeholder until the structure stage lands: footnotes straight from the layout.
#include "structure/structure.h"

namespace vanban {

Structure analyze_structure(const Layout& layout) {
  Structure s;
  for (const Paragraph& p : layout.paragraphs) {
    if (!p.footnote) continue;
    Footnote f;
    f.label = p.label;
    f.line = p.first_line;
    f.body = p.span;
    for (const FootnoteMarker& m : layout.markers)
      if (m.label == p.label) f.ref_line = m.line;
    s.footnotes.push_back(f);
  }
  return s;
}

}  // namespace vanban
