// On a long line MappedText adds checkpoints so that a position costs at most a few hundred
// bytes of counting (many findings on one 100 MB line were quadratic). The checkpoints must not
// move any position: each byte maps to the column normalize_line gives it.
#include <catch2/catch.hpp>

#include <string>

#include "text/mapped_text.h"
#include "text/utf8.h"

TEST_CASE("positions on a long line are those of the normalized line, checkpoint or not") {
  // NFC words and NFD words (e + combining marks: normalization changes them and anchors them).
  std::string line;
  for (int i = 0; i < 400; ++i) line += i % 7 == 3 ? "Vie\xCC\xA3\xCC\x82t " : "Điều khoản số 12/2024 ";
  const vanban::NormalizedLine norm = vanban::normalize_line(line);
  vanban::MappedText t;
  t.append_synthetic("");
  t.append(norm, 7, 0, norm.text.size());
  REQUIRE(t.text() == norm.text);
  size_t wrong = 0, first_wrong = 0;
  for (size_t o = 0; o < norm.text.size(); ++o) {
    if (vanban::utf8::is_continuation(static_cast<unsigned char>(norm.text[o]))) continue;
    const vanban::Position p = t.position(o);
    if ((p.line != 7 || p.column != norm.column_at(o)) && wrong++ == 0) first_wrong = o;
  }
  INFO("first byte mapped wrong: " << first_wrong);
  CHECK(wrong == 0);
  // The last character of the line is at the column of the line's last code point.
  CHECK(t.last_position({0, t.size()}).column == vanban::utf8::count(line));  // the final space
}
