#include "layout/layout.h"

#include "layout/classify.h"
#include "layout/paragraphs.h"

namespace vanban {

Layout reconstruct(const SourceText& source) {
  layout::Lines L;
  L.norm.reserve(source.line_count());
  for (size_t i = 1; i <= source.line_count(); ++i) {
    const std::string_view line = source.line(i);
    if (is_normalized(line)) {
      L.norm.emplace_back(line);
    } else {
      L.changed.push_back(normalize_line(line));
      L.norm.emplace_back(L.changed.back());
    }
  }
  layout::classify(L);
  Layout out;
  layout::build_body(out, L);
  out.body_end = out.text.size();
  layout::build_footnotes(out, L);
  out.line_kinds = std::move(L.kind);
  return out;
}

}  // namespace vanban
