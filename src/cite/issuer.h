// The issuing body named after "của": where the phrase ends, and which body it is.
//
//   vanban::cite::IssuerPhrase p = vanban::cite::read_issuer(text, pos);  // pos after "của "
//   if (!p.span.empty()) { p.body;   /* index into lexicon().bodies, or -1 */ }
//
// The phrase is a known body ("Ban Thường vụ Tỉnh ủy", "Bộ Văn hóa, Thể thao và Du lịch"),
// possibly after a title ("Bộ trưởng Bộ Tư pháp") and followed by its place ("UBND tỉnh Lâm
// Đồng"), or a run of capitalised words the lexicon does not know ("Đoàn giám sát"). Several
// bodies joined by "và" make one phrase ("UBND huyện và Ban Dân vận Huyện ủy"). It ends at
// punctuation, at a stop word ("về", "ngày", "khóa", …) or at anything else that is not part of
// a name.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "text/mapped_text.h"

namespace vanban::cite {

struct IssuerPart {
  int body = -1;       // lexicon body, -1 when unknown
  std::string code;    // issuer code of a composed Party agency ("BDVHU"), else empty
};

struct IssuerPhrase {
  Span span;
  std::vector<IssuerPart> parts;  // one per body joined by "và"
};

// expected_parts: bodies the number and symbol names (TTLT-BTC-BNV: 2). Up to that many bodies
// may be listed with commas even when no "và" closes the list.
IssuerPhrase read_issuer(std::string_view text, size_t pos, size_t expected_parts = 1);

}  // namespace vanban::cite
