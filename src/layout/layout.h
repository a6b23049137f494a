// Layout reconstruction: undoes what PDF and Word converters do to a text, so that later
// stages read running sentences.
//
//   vanban::Layout lay = vanban::reconstruct(source);
//   for (const vanban::Paragraph& p : lay.paragraphs)
//     std::string_view s = lay.slice(p.span);          // NFC text of one paragraph
//   vanban::Position pos = lay.text.position(offset);   // back to the original line/column
//
// What it undoes: lines wrapped mid-sentence (also with a blank line between every two lines),
// codes split by a wrap ("24-" / "CT/TU" → "24-CT/TU"; "24- CT/TU" inside one line is kept as
// written for the citation stage to judge), footnote markers left as a lone number on their
// own line or written inline ("[2]", "²"), footnote bodies printed at the foot of a page (with
// their separator line, also when a body continues on the next page), page numbers, and the
// short rules under titles. Headings, table rows ("| … |") and all-caps titles start their own
// paragraphs. The body paragraphs come first in `text`, in document order, separated by '\n';
// the footnote bodies follow, one paragraph per footnote, in the order their labels appear.
// Every byte still maps back to the original line and column through `text`.
// How footnotes are recognized, and what is not: layout/classify.h.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text/mapped_text.h"
#include "text/source.h"

namespace vanban {

enum class LineKind : uint8_t {
  Blank,              // empty or white space only
  Text,               // running text
  Marker,             // a footnote marker left on its own line
  FootnoteSeparator,  // the rule line above footnote bodies (converted to spaces or dashes)
  FootnoteLabel,      // the number that opens a footnote body
  FootnoteText,       // text of a footnote body
  PageNumber,         // page-break residue
  Decoration,         // a short rule under a title or issuer ("-----", "***")
};

struct Paragraph {
  Span span;                 // in Layout::text, without the separating '\n'
  uint32_t first_line = 0;   // original line of its first character
  uint32_t last_line = 0;    // original line of its last character
  bool footnote = false;     // a footnote body
  std::string label;         // footnote label, when footnote
  bool heading = false;      // starts with a heading label (layout/heading_label.h)
};

struct FootnoteMarker {
  std::string label;
  size_t offset = 0;  // in Layout::text: where the marker stood (just after the word it follows)
  uint32_t line = 0;  // original line of the marker itself
};

struct Layout {
  MappedText text;
  std::vector<Paragraph> paragraphs;  // body paragraphs, then footnote bodies
  std::vector<FootnoteMarker> markers;
  std::vector<LineKind> line_kinds;  // one per original line (index = line - 1)
  size_t body_end = 0;               // offset in text where footnote bodies begin

  std::string_view slice(Span s) const { return std::string_view(text.text()).substr(s.begin, s.end - s.begin); }
  bool in_footnote(size_t offset) const { return offset >= body_end; }
};

Layout reconstruct(const SourceText& source);

}  // namespace vanban
