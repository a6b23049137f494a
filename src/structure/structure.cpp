#include "structure/structure.h"

#include <algorithm>

#include "structure/footnotes.h"
#include "structure/header.h"
#include "structure/sections.h"
#include "structure/signature.h"

namespace vanban {

// The last section that starts on or before the line, then up its parents to the first one
// whose span holds the line (sections are in document order).
const Section* Structure::section_at(uint32_t line) const {
  auto it = std::upper_bound(sections.begin(), sections.end(), line, [](uint32_t l, const Section& s) { return l < s.line; });
  if (it == sections.begin()) return nullptr;
  const Section* s = &*std::prev(it);
  while (s && s->end_line != 0 && line > s->end_line) s = s->parent >= 0 ? &sections[static_cast<size_t>(s->parent)] : nullptr;
  return s;
}

Structure analyze_structure(const Layout& layout) {
  Structure s;
  size_t block = read_signature(layout, s.document);
  if (block == std::string_view::npos) block = layout.body_end;
  s.sections = find_sections(layout, block);
  s.footnotes = pair_footnotes(layout);
  read_header(layout, s.sections.empty() ? layout.body_end : s.sections.front().label_span.begin, s.document);
  set_section_ends(s.sections, layout, block);
  return s;
}

}  // namespace vanban
