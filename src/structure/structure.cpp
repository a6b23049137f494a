#include "structure/structure.h"

#include "structure/footnotes.h"
#include "structure/header.h"
#include "structure/sections.h"
#include "structure/signature.h"

namespace vanban {

const Section* Structure::section_at(uint32_t line) const {
  const Section* best = nullptr;
  for (const Section& s : sections)
    if (s.line <= line && (s.end_line == 0 || line <= s.end_line) && (!best || s.level >= best->level)) best = &s;
  return best;
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
