// Second pass of layout reconstruction: joins the classified lines into paragraphs.
//
//   vanban::layout::build_body(out, lines);       // running text, markers cut out
//   out.body_end = out.text.size();
//   vanban::layout::build_footnotes(out, lines);  // one paragraph per footnote body
//
// Where a paragraph breaks: before a heading (unless the line before, in running text, runs to
// the full width and stops on a word that calls for a number: a wrapped "… tại khoản" /
// "2. Điều 5 …"), before and after a
// table row, after a clause-ending line followed by one that starts a block, after an
// all-caps title, after a heading's title when the body starts on the next line, after a
// short line, and at blank lines in documents that do not print a blank line between every
// two lines.
#pragma once
#include "layout/classify.h"
#include "layout/layout.h"

namespace vanban::layout {

void build_body(Layout& out, const Lines& lines);
void build_footnotes(Layout& out, const Lines& lines);

// Does `next` start a new paragraph after `prev`? `width` is the typical full line width;
// `in_heading` tells that the open paragraph started with a heading label.
bool breaks_between(std::string_view prev, std::string_view next, size_t width, bool in_heading);

}  // namespace vanban::layout
