// What stands before a number and symbol: "số", the type word, the name of a law.
//
//   vanban::cite::Before b = vanban::cite::read_before(text, code_begin, code);
//   if (b.type >= 0) lexicon().types[b.type].name;   // "Kế hoạch phối hợp"
//
// The type word stands right before "số" (or before the code: "Chỉ thị 26/CT-TTg", "NQ
// 25-NQ/TW"). When it does not, a type word a few words further back is taken if it fits the
// code ("Báo cáo kết quả giám sát số 166/BC-ĐGS", "Luật Việc làm số 38/2013/QH13": the words
// in between are the law's name).
#pragma once
#include <string>
#include <string_view>

#include "cite/code.h"

namespace vanban::cite {

struct Before {
  bool has_so = false;     // "số" (or "số:") right before the code
  Span so;                 // that word
  bool so_colon = false;   // "số:" / "Số:"
  int type = -1;           // index into lexicon().types, -1 when none
  Span type_span;          // the type word(s)
  std::string name;        // words between a law's type word and "số"
  bool abbreviation = false;  // the type word is an abbreviation ("NQ")
  bool not_document = false;  // "Mẫu số 05/ĐK", "Bảng số 02/BVĐ": a form or a table, not a document
};

Before read_before(std::string_view text, size_t code_begin, const CodeParse& code);

// Does the type accept a code of this shape (type code, or a law's QH/UBTVQH issuer)?
bool type_fits_code(int type, const CodeParse& code);

// The document's own number in its header ("Số: 435/QĐ-UBND Kon Tum, ngày …"), not a citation.
bool header_number(std::string_view text, const Before& before, size_t code_begin, size_t code_end);

}  // namespace vanban::cite
