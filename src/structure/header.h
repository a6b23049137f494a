// The document's own header: kind, title, number, issuing body, place and date.
//
//   vanban::DocumentInfo doc;
//   vanban::read_header(layout, first_heading_offset, doc);
//   // "Số: 435/QĐ-UBND Kon Tum, ngày 04 tháng 5 năm 2020 QUYẾT ĐỊNH V/V …" gives
//   // number "435/QĐ-UBND", place "Kon Tum", date 2020-05-04, kind "Quyết định"
//
// The header is the text before the first section heading (at most a few thousand bytes:
// converted pages squeeze it onto a line or two). What is read there:
// - number: after "Số" ("Số: 435/QĐ-UBND", Party style "Số 24-BC/HU") or "<loại> số:"
//   ("Nghị quyết số: 61/2022/QH15"); a lower-case "số" in running text ("Chỉ thị số 24-CT/TU")
//   is a citation, not the document's number;
// - place and date: "<Địa danh>, ngày DD tháng MM năm YYYY" (also "ngày DD/MM/YYYY");
// - kind: the first type name written in capitals (lexicons/doc_types.json), after the number
//   and date when there are any; else the type the number's code names ("24-BC/HU"); a
//   consolidated text ("…/VBHN-…") is a Văn bản hợp nhất whatever law it prints; a letter
//   with "V/v" and no type name is a Công văn;
// - title: the type name and the subject that follows it (the rest of its capitals, else the
//   next paragraph), without the name of the deciding authority printed after it;
// - issuer: the last line in capitals before the number (or the kind), leaving out the
//   national motto ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc") and
//   "ĐẢNG CỘNG SẢN VIỆT NAM".
#pragma once
#include "layout/layout.h"
#include "structure/structure.h"

namespace vanban {

void read_header(const Layout& layout, size_t zone_end, DocumentInfo& doc);

}  // namespace vanban
