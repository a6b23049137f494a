// Laws cited by name: "Luật tiếp công dân", "Bộ luật Lao động", "Hiến pháp năm 2013",
// "Pháp lệnh Thực hiện dân chủ ở xã, phường, thị trấn", "Luật sửa đổi, bổ sung một số điều
// của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương".
//
//   if (auto n = vanban::cite::named_at(text, pos)) { n->type; n->name; n->span; }
//
// pos must be the first letter of the type word. Common nouns are not citations ("Luật sư",
// "Luật này"); a law followed by "số <code>" is left to the code (the name joins that citation).
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "text/mapped_text.h"

namespace vanban::cite {

struct NamedLaw {
  int type = -1;      // index into lexicon().types
  Span type_span;
  Span name_span;
  std::string name;   // "tiếp công dân"; for the constitution the whole phrase "Hiến pháp năm 2013"
};

std::optional<NamedLaw> named_at(std::string_view text, size_t pos);

// Quick test on the first bytes at pos: could a named law start here?
bool maybe_named(std::string_view text, size_t pos);
// Its first test, inline, on the first two bytes: "Lu" (Luật), "B\xE1" (Bộ), "Hi" (Hiến), "Ph"
// (Pháp). maybe_named is false where this is.
inline bool may_open_named(char first, char second) {
  switch (first) {
    case 'L': return second == 'u';
    case 'B': return second == '\xE1';
    case 'H': return second == 'i';
    case 'P': return second == 'h';
    default: return false;
  }
}

}  // namespace vanban::cite
