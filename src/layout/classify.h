// First pass of layout reconstruction: what each original line is (running text, a footnote
// marker left on its own line, footnote body text, page residue), and which bytes of a line
// are footnote text or inline footnote references.
//
//   vanban::layout::Lines L;
//   L.norm = …;                       // one NormalizedView per original line
//   vanban::layout::classify(L);      // fills width, kind, pieces, inline_markers
//
// Footnotes are recognized in the forms converters leave them in:
// - a marker on its own line inside a sentence ("công lập" / "1" / "."), with its body at the
//   foot of the page under a separator line: the label alone on a line ("1" / "UBND huyện…")
//   or starting the body's first line ("2 Qua công tác…"); a body continued on the next
//   page, under the next separator and without a label, belongs to the last footnote opened;
// - inline markers "[1]" or superscript digits "¹" (glued to a word, or opening the line of the
//   text they annotate), with each body at the label's last occurrence, on a line that starts
//   with a body (several bodies may share a line: "… [2] Tại …"); the footnotes gathered at the
//   end of a crawled page may run over several lines.
// A plain digit glued to a word ("công lập1.") is NOT taken for a marker: it cannot be told
// apart from the numbers that legitimately end words ("Covid-19", "quý II/2020", "Điều 1.").
#pragma once
#include <deque>
#include <string>
#include <vector>

#include "layout/layout.h"
#include "text/mapped_text.h"

namespace vanban::layout {

// Footnote text: bytes [a, b) of line `line` (0-based). `opens` when a footnote starts here
// (its label is on this line); other pieces continue the footnote opened last.
struct FootnotePiece {
  std::string label;
  size_t line = 0;
  size_t a = 0, b = 0;
  bool opens = false;
};

// An inline footnote reference in running text: bytes [a, b) of line `line` leave the text.
struct InlineMarker {
  size_t line = 0;
  size_t a = 0, b = 0;
  std::string label;
};

struct Lines {
  // One per original line: the source line itself, or the copy in `changed` that normalization
  // made of it (a twentieth of the lines: most are NFC already and are not copied).
  std::vector<NormalizedView> norm;
  std::deque<NormalizedLine> changed;  // a deque: the views into it stay valid as it grows
  std::vector<uint32_t> width;  // visible_length of each line, counted once for every pass
  std::vector<size_t> first_marker;  // next_inline_marker_byte(line, 0), read in the same pass
  std::vector<LineKind> kind;
  std::vector<FootnotePiece> pieces;         // in line order
  std::vector<InlineMarker> inline_markers;  // in line, then byte order
};

void classify(Lines& lines);

}  // namespace vanban::layout
