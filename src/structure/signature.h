// The end of a document: its recipients ("Nơi nhận:") and its signature block.
//
//   vanban::DocumentInfo doc;
//   size_t block = vanban::read_signature(layout, doc);   // offset where the block starts
//   // doc.recipients {"Ban Dân vận Tỉnh ủy", …}, doc.signature_role "T/M BAN THƯỜNG VỤ PHÓ
//   // BÍ THƯ", doc.signer "Lê Hồng Khánh"
//
// Converted pages often print the two columns of the block on the same lines ("Nơi nhận:
//   T/M BAN THƯỜNG VỤ"): a gap of three or more spaces separates the cells. A cell that
// starts with a bullet is a recipient (after "Nơi nhận"); the signature is a run of capitals
// (opened by an authority mark T/M, TM., KT., K/T, Q., TL., T/L, TUQ., or following one)
// with the signer's name after it, in the same cell ("KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG Trần Hồng
// Hà") or in a later one. Without "Nơi nhận" the last paragraphs are searched for the
// signature alone ("CHỦ TỊCH QUỐC HỘI Vương Đình Huệ").
#pragma once
#include <string_view>

#include "layout/layout.h"
#include "structure/structure.h"

namespace vanban {

// Fills recipients, signature_role and signer; returns the offset in layout.text where the
// block starts (npos when none was found).
size_t read_signature(const Layout& layout, DocumentInfo& doc);

}  // namespace vanban
