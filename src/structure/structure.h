// Document structure: the document's own identity (kind, number, date, issuer, place,
// signature), its section tree and its footnotes.
//
//   vanban::Structure s = vanban::analyze_structure(layout);
//   for (const vanban::Section& sec : s.sections) … sec.number == "II.2.3"
//   const vanban::Section* where = s.section_at(line);   // innermost section holding a line
//
// Sections come from the heading labels of layout/heading_label.h, nested by the order in
// which their styles appear (a style seen before is a sibling, a new one a child); legal
// headings nest Phần > Chương > Mục > Tiểu mục > Điều > khoản > điểm. Numbers are full paths:
// "II.2.3" for "2.3." under "2." under "II."; "Chương II.Điều 5.1.a" for điểm a of khoản 1.
// How each part is read: structure/sections.h, structure/header.h, structure/signature.h.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "date/date.h"
#include "layout/layout.h"

namespace vanban {

struct Section {
  // Every member has its initializer below. Written out (not defaulted) so that
  // sections.emplace_back() does not zero all 184 bytes first (value-initialization does that
  // for a defaulted constructor: a `rep stos` on every heading) only to set them again.
  Section() {}
  std::string number;  // full path: "II.2.3"
  std::string label;   // as written, without the trailing dot: "2.3", "IV", "a", "Điều 5"
  int level = 1;       // 1 = top
  std::string kind;    // "roman", "arabic", "decimal", "letter", "phan", "chuong", "muc", "dieu", "khoan", "diem"
  std::string title;
  uint32_t line = 0;
  uint32_t column = 0;
  uint32_t end_line = 0;
  Span label_span;     // in Layout::text
  int ordinal = 0;     // its own number among its siblings: 7 for "2.7", 4 for "IV", 5 for "đ"; 0 unknown
  int parent = -1;     // index in Structure::sections, -1 at the top
  bool after_text = false;  // running text stands between this heading and the one before it
};

struct Footnote {
  std::string label;
  uint32_t ref_line = 0;  // line of the marker (0 when no marker refers to it)
  uint32_t line = 0;      // line of the body (0 when the marker has no body)
  Span body;              // in Layout::text
  size_t ref_offset = 0;  // in Layout::text: where the marker stood (when ref_line != 0)
};

struct DocumentInfo {
  std::string kind;    // "Báo cáo", "Quyết định", …; empty when unknown
  std::string title;   // kind + subject line as printed
  std::string number;  // the document's own number and symbol: "435/QĐ-UBND"
  std::optional<Date> date;
  std::string issuer;  // issuing body as printed in the header
  std::string place;   // "Kon Tum"
  std::string signer;
  std::string signature_role;  // "T/M BAN THƯỜNG VỤ PHÓ BÍ THƯ"
  std::vector<std::string> recipients;
};

struct Structure {
  DocumentInfo document;
  std::vector<Section> sections;  // in document order
  std::vector<Footnote> footnotes;
  const Section* section_at(uint32_t line) const;
};

Structure analyze_structure(const Layout& layout);

}  // namespace vanban
