// heading_title reads only as much of a long heading paragraph as its title can hold: these
// cases put the sentence end, the cut and the collapsed white space on each side of that
// limit (max_chars = 10 here, 200 in use).
#include <catch2/catch.hpp>

#include <string>

#include "../layout/helpers.h"
#include "structure/structure.h"
#include "structure/title.h"

using vanban::heading_title;

TEST_CASE("a title ends at its first sentence or colon") {
  CHECK(heading_title("1. Người có đất thu hồi bao gồm: a) hộ gia đình", 3) == "Người có đất thu hồi bao gồm");
  CHECK(heading_title("Một hai ba.", 0, 10) == "Một hai ba");
  CHECK(heading_title("Một hai ba: bốn năm sáu", 0, 10) == "Một hai ba");
  CHECK(heading_title("Một hai b:", 0, 10) == "Một hai b");
  CHECK(heading_title("Một hai ba:", 0, 10) == "Một hai ba");
  CHECK(heading_title("Một. Hai ba", 0, 10) == "Một");
  CHECK(heading_title("Một 2.5 hai", 0, 12) == "Một 2.5 hai");  // no sentence ends inside a figure
}

TEST_CASE("a title longer than max_chars is cut at a word") {
  CHECK(heading_title("Một hai ba", 0, 10) == "Một hai ba");           // exactly 10 characters
  CHECK(heading_title("Một hai ba bốn", 0, 10) == "Một hai ba…");      // the 11th is a space
  CHECK(heading_title("Một hai bốn năm", 0, 10) == "Một hai…");
  CHECK(heading_title("Một hai bay:", 0, 10) == "Một hai…");           // the colon is the 12th
  CHECK(heading_title("Một hai ba bốn: năm", 0, 10) == "Một hai ba…");  // a colon past the limit
  CHECK(heading_title("Mộthaibabốnnăm", 0, 10) == "Mộthaibabố…");      // no space to cut at
  CHECK(heading_title("Một hai ba. Bốn năm", 0, 10) == "Một hai ba");
  CHECK(heading_title("Một hai ba bốn. Năm", 0, 10) == "Một hai ba…");
}

TEST_CASE("white space collapses before the title is measured") {
  CHECK(heading_title("Một  hai\n ba", 0, 10) == "Một hai ba");
  CHECK(heading_title("  Một \t hai   ba    bốn", 0, 10) == "Một hai ba…");
  CHECK(heading_title("Một hai ba    ", 0, 10) == "Một hai ba");
  CHECK(heading_title("Một hai b;  ", 0, 10) == "Một hai b");
  CHECK(heading_title("Một hai ba;  ", 0, 10) == "Một hai…");  // measured before ';' is dropped
  const std::string long_paragraph = "1. " + std::string(5000, 'x') + " cuối: a) điểm";
  CHECK(heading_title(long_paragraph, 3) == std::string(200, 'x') + "…");
}

TEST_CASE("only the first glued label candidate is read") {
  // " 2.1." first stands in "2.1.a", which is no label: the decimal after it is not looked
  // for, and the lettered item is the glued child (the title ends at the sentence "2.1. Tiếp").
  auto l = vanban::test::lay_out("2. Tiêu chí 2.1.a và 2.1. Tiếp tục a) Một việc;\n");
  const vanban::Structure s = vanban::analyze_structure(l.layout);
  REQUIRE(s.sections.size() == 2);
  CHECK(s.sections[0].number == "2");
  CHECK(s.sections[0].title == "Tiêu chí 2.1.a và 2.1");
  CHECK(s.sections[1].number == "2.a");
}
