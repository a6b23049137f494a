// The section tree of a document, from the heading labels that open its body paragraphs.
//
//   std::vector<vanban::Section> secs = vanban::find_sections(layout, signature_offset);
//   vanban::set_section_ends(secs, layout, stop_offset);   // end_line of every section
//
// Nesting: a label style seen before among the open headings makes a sibling of that heading
// (closing everything under it); a new style makes a child of the innermost open heading.
// So "I." > "1." > "1.1." > "a)" in whatever order a document introduces them, with numbering
// restarting under each parent. A Roman heading closes every report-style heading; a decimal
// "2.1." closes lettered items and deeper decimals; legal headings nest by rank (Phần >
// Chương > Mục > Tiểu mục > Điều), and an Arabic or lettered item under a Điều is a khoản or
// an điểm. Labels glued into a heading's title by one-line-per-paragraph conversions
// ("III. TỔ CHỨC THỰC HIỆN 1.", "2. Nâng cao … 2.1.", "Phần thứ nhất … Chương I …") open
// their own sections. A document attached after the signature block (a decision's plan,
// programme or regulation) starts a new tree.
#pragma once
#include <string_view>
#include <vector>

#include "layout/layout.h"
#include "structure/structure.h"

namespace vanban {

std::vector<Section> find_sections(const Layout& layout, size_t restart_offset);
// Each section ends before the next one at its level or above, and never runs past
// `stop_offset` (the signature block) when it starts before it.
void set_section_ends(std::vector<Section>& sections, const Layout& layout, size_t stop_offset);

// How many “ the text opens less how many ” it closes: whether a quoted block of provisions
// opens or closes in a paragraph (public for its test).
int quote_balance(std::string_view text);

}  // namespace vanban
