// The scan for inline footnote markers reads eight bytes at a time; it must stop exactly where
// the byte-by-byte pre-test would, wherever the byte falls in a word and whatever precedes it.
#include <catch2/catch.hpp>
#include <string>

#include "layout/line_shape.h"

namespace {
size_t byte_by_byte(std::string_view s, size_t from) {
  for (size_t i = from; i < s.size(); ++i)
    if (vanban::layout::may_start_inline_marker(static_cast<unsigned char>(s[i]))) return i;
  return s.size();
}
}  // namespace

TEST_CASE("next_inline_marker_byte stops where the byte-by-byte pre-test does") {
  const std::string lines[] = {
      "",
      "không có dấu chú thích nào trên dòng này cả, dù dòng khá dài",
      "công lập[1] và ngoài công lập[12], theo “Luật”¹² …",
      "[3] Luật này quy định",
      "\x01\x01\x01\x01[\xC2\xB9\xE2\x81\xB4",  // bytes that borrow in the word arithmetic
      "\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF[",
      std::string("\0\0\0\0\0\0\0\0x[", 10),
  };
  size_t differences = 0;
  for (const std::string& s : lines)
    for (size_t from = 0; from <= s.size(); ++from)
      differences += vanban::layout::next_inline_marker_byte(s, from) != byte_by_byte(s, from);
  // One marker byte at every place of a 40-byte line (16- and 8-byte blocks and the tail),
  // after every kind of byte.
  for (int before : {0x00, 0x01, 0x5A, 0x5B, 0xC1, 0xC2, 0xC3, 0xE1, 0xE2, 0xE3, 0xFF})
    for (int marker : {0x5B, 0xC2, 0xE2})
      for (size_t at = 0; at < 40; ++at) {
        std::string s(40, static_cast<char>(before == '[' || before == 0xC2 || before == 0xE2 ? 'a' : before));
        s[at] = static_cast<char>(marker);
        for (size_t from = 0; from <= s.size(); ++from)
          differences += vanban::layout::next_inline_marker_byte(s, from) != byte_by_byte(s, from);
      }
  CHECK(differences == 0);
}
