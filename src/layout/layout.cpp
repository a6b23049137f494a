#include "layout/layout.h"

#include "layout/classify.h"
#include "layout/paragraphs.h"

namespace vanban {

Layout reconstruct(const SourceText& source) {
  layout::Lines L;
  L.norm.reserve(source.line_count());
  for (size_t i = 1; i <= source.line_count(); ++i) L.norm.push_back(normalize_line(source.line(i)));
  layout::classify(L);
  Layout out;
  layout::build_body(out, L);
  out.body_end = out.text.size();
  layout::build_footnotes(out, L);
  out.line_kinds = std::move(L.kind);
  return out;
}

}  // namespace vanban
