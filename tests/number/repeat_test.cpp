// The same stock stated twice.
#include <catch2/catch.hpp>

#include "number_test_util.h"

using numtest::findings;
using numtest::relations;

TEST_CASE("the overview and a later 'xuống còn' agree") {
  auto a = vanban::analyze_text(
      "Huyện Đức Trọng có 14 xã, 1 thị trấn, 105 thôn, 34 tổ dân phố.\n\n"
      "Đã sáp nhập 20 thôn (giảm 12 thôn, từ 117 thôn giảm xuống còn 105 thôn).");
  auto rs = relations(a, "repeat");
  REQUIRE(rs.size() == 1);
  CHECK(rs[0].holds);
  CHECK(a.position(a.quantities[rs[0].stated].span.begin).line == 3);
  CHECK(findings(a, "number/conflict") == 0);
}

TEST_CASE("a stock stated twice with two values is a conflict") {
  auto a = vanban::analyze_text(
      "Huyện Đức Trọng có 14 xã, 1 thị trấn, 105 thôn, 34 tổ dân phố.\n\n"
      "Đã sáp nhập 20 thôn, từ 117 thôn giảm xuống còn 107 thôn.");
  auto rs = relations(a, "repeat");
  REQUIRE(rs.size() == 1);
  CHECK_FALSE(rs[0].holds);
  CHECK(rs[0].message == "số thôn ở đây là 107 thôn, nhưng dòng 1 ghi 105 thôn");
  CHECK(findings(a, "number/conflict") == 1);
}

TEST_CASE("stocks of different places, of other years, or far apart are not compared") {
  const char* texts[] = {
      "Xã Ninh Gia có 12 thôn.\n\nXã Tân Hội có 9 thôn.",
      "Năm 2020, toàn huyện có 117 thôn.\n\nHiện nay toàn huyện có 105 thôn.",
      "Toàn huyện có 105 thôn.\n\nXã Ninh Gia giảm xuống còn 12 thôn.",
  };
  for (const char* t : texts) {
    INFO(t);
    auto a = vanban::analyze_text(t);
    CHECK(findings(a, "number/conflict") == 0);
  }
}
