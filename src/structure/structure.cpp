#include "structure/structure.h"

namespace vanban {

const Section* Structure::section_at(uint32_t line) const {
  const Section* best = nullptr;
  for (const Section& s : sections)
    if (s.line <= line && (s.end_line == 0 || line <= s.end_line) && (!best || s.level >= best->level)) best = &s;
  return best;
}

}  // namespace vanban
