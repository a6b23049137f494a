#include "layout/layout.h"

#include "layout/classify.h"
#include "layout/paragraphs.h"

namespace vanban {

Layout reconstruct(const SourceText& source) {
  layout::Lines L;
  L.norm.reserve(source.line_count());
  for (size_t i = 1; i <= source.line_count(); ++i) {
    const std::string_view line = source.line(i);
    if (std::optional<NormalizedLine> changed = normalize_if_changed(line)) {
      L.changed.push_back(std::move(*changed));
      L.norm.emplace_back(L.changed.back());
    } else {
      L.norm.emplace_back(line);
    }
  }
  layout::classify(L);
  Layout out;
  // The text is the lines joined by one byte each; a line gives an anchor and a joint another.
  out.text.reserve(source.text.size() + source.line_count(), 2 * source.line_count() + 16);
  layout::build_body(out, L);
  out.body_end = out.text.size();
  layout::build_footnotes(out, L);
  out.line_kinds = std::move(L.kind);
  return out;
}

}  // namespace vanban
