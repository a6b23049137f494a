// Footnotes: each marker of the running text tied to the body that answers it.
//
//   std::vector<vanban::Footnote> fns = vanban::pair_footnotes(layout);
//   // {label "1", ref_line 170, line 230}; a marker with no body has line 0, a body that no
//   // marker refers to has ref_line 0
//
// A marker takes the first unused body with its label that starts on or after the marker's
// line (bodies sit at the foot of the page, after their markers), else any unused one with
// its label: documents that restart numbering on every page still pair up. A marker whose
// label's bodies are all taken refers again to the same note.
#pragma once
#include <vector>

#include "layout/layout.h"
#include "structure/structure.h"

namespace vanban {

std::vector<Footnote> pair_footnotes(const Layout& layout);

}  // namespace vanban
