// The number-and-symbol parser on its own: shapes, canonical forms, problems.
#include <catch2/catch.hpp>

#include "cite/code.h"

using vanban::cite::parse_code;

namespace {
struct Expect {
  const char* text;
  const char* compact;
  const char* format;
  const char* canonical;
  const char* problem;
};
}  // namespace

TEST_CASE("shapes and canonical forms") {
  const Expect cases[] = {
      {"24-CT/TU", "24-CT/TU", "party", "24-CT/TU", ""},
      {"08-QĐi/TW", "08-QĐi/TW", "party", "08-QĐi/TW", ""},
      {"64-KH/UBND-BDVHU", "64-KH/UBND-BDVHU", "party", "64-KH/UBND-BDVHU", ""},
      {"33/KH-UBND", "33/KH-UBND", "state", "33/KH-UBND", ""},
      {"04/2015/NĐ-CP", "04/2015/NĐ-CP", "normative", "04/2015/NĐ-CP", ""},
      {"80/2015/QH13", "80/2015/QH13", "normative", "80/2015/QH13", ""},
      {"02/2012/UBTVQH13", "02/2012/UBTVQH13", "normative", "02/2012/UBTVQH13", ""},
      {"825/UBND", "825/UBND", "letter", "825/UBND", ""},
      {"8769/VPCP-CN", "8769/VPCP-CN", "letter", "8769/VPCP-CN", ""},
      {"26/CTTTg", "26/CTTTg", "malformed", "26/CT-TTg", "glued"},
      {"42-NQ/CP", "42-NQ/CP", "malformed", "42/NQ-CP", "party-layout"},
      {"24/CT-TU", "24/CT-TU", "malformed", "24-CT/TU", "state-layout"},
      {"24- CT/TU", "24-CT/TU", "party", "24-CT/TU", "spaced"},
      {"34/2007/PL-UBTVQH 11", "34/2007/PL-UBTVQH11", "normative", "34/2007/PL-UBTVQH11", "spaced"},
      {"34 /2019/TT-BGTVT", "34/2019/TT-BGTVT", "normative", "34/2019/TT-BGTVT", "spaced"},
      {"04/2015/ND-CP", "04/2015/ND-CP", "normative", "04/2015/NĐ-CP", "variant"},
      {"36/2006/CT-TTG", "36/2006/CT-TTG", "normative", "36/2006/CT-TTg", "variant"},
      {"01/2017/TTLT-BCA-BNN&PTNT", "01/2017/TTLT-BCA-BNN&PTNT", "normative", "01/2017/TTLT-BCA-BNN&PTNT", ""},
  };
  for (const Expect& e : cases) {
    INFO(e.text);
    auto c = parse_code(e.text, 0);
    REQUIRE(c);
    CHECK(c->compact == e.compact);
    CHECK(c->format == e.format);
    CHECK(c->canonical == e.canonical);
    CHECK(c->problem == e.problem);
  }
}

TEST_CASE("a space for a hyphen between two known abbreviations") {
  auto c = parse_code("33/CT TTg ngày", 0);
  REQUIRE(c);
  CHECK(c->written == "33/CT TTg");
  CHECK(c->compact == "33/CT-TTg");
  CHECK(c->problem == "lost-hyphen");
  // … but not before an ordinary word.
  auto d = parse_code("416/QĐ-TTg Về việc", 0);
  REQUIRE(d);
  CHECK(d->written == "416/QĐ-TTg");
}

TEST_CASE("parts of a code") {
  auto c = parse_code("34/2007/PL-UBTVQH11", 0);
  REQUIRE(c);
  CHECK(c->number == "34");
  CHECK(c->year == 2007);
  CHECK(c->type_code == "PL");
  CHECK(c->issuer_code == "UBTVQH11");
  CHECK(c->term == 11);
  auto old = parse_code("169-CP về", 0);
  REQUIRE(old);
  CHECK(old->weak);  // an old Government number: only after "số" or a type word
  CHECK(parse_code("825/UBND", 0)->weak);
  CHECK_FALSE(parse_code("24-CT/TU", 0)->weak);
}

TEST_CASE("identity: two digits at least") {
  CHECK(vanban::cite::code_identity(*parse_code("1/KH-UBND", 0)) == "01/KH-UBND");
  CHECK(vanban::cite::code_identity(*parse_code("001/KH-UBND", 0)) == "01/KH-UBND");
  CHECK(vanban::cite::code_identity(*parse_code("4/2015/ND-CP", 0)) == "04/2015/NĐ-CP");
  CHECK(vanban::cite::code_identity(*parse_code("124-KL/TW", 0)) == "124-KL/TW");
}

TEST_CASE("not codes") {
  for (const char* s : {"78-Học viện", "19 giờ", "2012 - 2020", "16/06/2020", "104/111", "5 - Quy định", "2/NHIỆM VỤ"}) {
    INFO(s);
    auto c = parse_code(s, 0);
    CHECK((!c || c->weak));
  }
}
