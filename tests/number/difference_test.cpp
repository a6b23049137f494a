// Stated changes between two figures.
#include <catch2/catch.hpp>

#include "number_test_util.h"

using numtest::findings;
using numtest::operand_texts;
using numtest::relations;
using numtest::stated_text;

namespace {
// seed_report.txt footnote 3 (lines 505-512), joined.
const char* kFootnote3 =
    "Đã giải thể Phòng Dân tộc; sáp nhập Ban QLRPH Ninh Gia vào Ban QLRPH Đại Ninh; Sáp nhập 02 tổ dân phố "
    "(giảm từ 35 tổ dân phố giảm xuống còn 34 tổ dân phố) và sáp nhập 20 thôn (giảm 12 thôn, từ 117 thôn giảm "
    "xuống còn 105 thôn)";
}

TEST_CASE("seed footnote 3: the stated decrease holds; the merger without a stated change is not a claim") {
  auto a = vanban::analyze_text(kFootnote3);
  auto rs = relations(a, "difference");
  REQUIRE(rs.size() == 1);
  CHECK(stated_text(a, rs[0]) == "12");
  CHECK(operand_texts(a, rs[0]) == std::vector<std::string>{"117", "105"});
  CHECK(rs[0].holds);
  CHECK(rs[0].computed == 12);
  CHECK(numtest::number_findings(a) == 0);
}

TEST_CASE("a difference changed by hand is caught, with the arithmetic in the message") {
  std::string text = kFootnote3;
  text.replace(text.find("105 thôn"), 3, "106");
  auto a = vanban::analyze_text(text);
  auto rs = relations(a, "difference");
  REQUIRE(rs.size() == 1);
  CHECK_FALSE(rs[0].holds);
  CHECK(rs[0].computed == 11);
  CHECK(rs[0].message == "117 − 106 = 11 (giảm), nhưng văn bản ghi giảm 12 thôn");
  CHECK(findings(a, "number/difference") == 1);
}

TEST_CASE("the stated change may follow the two values") {
  // 1.520 − 1.130 = 390.
  std::string text = "Số hộ nghèo giảm từ 1.520 hộ năm 2020 xuống còn 1.130 hộ năm 2023 (giảm ";
  auto ok = vanban::analyze_text(text + "390 hộ).");
  auto rs = relations(ok, "difference");
  REQUIRE(rs.size() == 1);
  CHECK(rs[0].holds);
  auto bad = vanban::analyze_text(text + "380 hộ).");
  rs = relations(bad, "difference");
  REQUIRE(rs.size() == 1);
  CHECK_FALSE(rs[0].holds);
}

TEST_CASE("between two rates, a change in points or a relative change both hold") {
  // 4,52 − 3,21 = 1,31 points; (4,52 − 3,21) / 4,52 = 28,98%.
  std::string text = "Tỷ lệ hộ nghèo giảm từ 4,52% xuống còn 3,21%, giảm ";
  for (auto [change, holds] : std::vector<std::pair<std::string, bool>>{{"1,31%", true}, {"29%", true}, {"1,5%", false}}) {
    INFO(change);
    auto a = vanban::analyze_text(text + change + ".");
    auto rs = relations(a, "difference");
    REQUIRE(rs.size() == 1);
    CHECK(rs[0].holds == holds);
  }
}

TEST_CASE("a growth rate of two counts is a percent relation") {
  // (920 − 800) / 800 = 15%.
  std::string text = "Số doanh nghiệp tăng từ 800 doanh nghiệp lên 920 doanh nghiệp, tăng ";
  auto ok = vanban::analyze_text(text + "15%.");
  auto rs = relations(ok, "percent");
  REQUIRE(rs.size() == 1);
  CHECK(rs[0].holds);
  CHECK(relations(ok, "difference").empty());
  auto bad = vanban::analyze_text(text + "12%.");
  rs = relations(bad, "percent");
  REQUIRE(rs.size() == 1);
  CHECK_FALSE(rs[0].holds);
}

TEST_CASE("'so với … (X)' gives the earlier value") {
  // 1.200 − 1.050 = 150.
  std::string text = "Năm 2023, thu ngân sách đạt 1.200 tỷ đồng, tăng ";
  auto ok = vanban::analyze_text(text + "150 tỷ đồng so với năm 2022 (1.050 tỷ đồng).");
  auto rs = relations(ok, "difference");
  REQUIRE(rs.size() == 1);
  CHECK(operand_texts(ok, rs[0]) == std::vector<std::string>{"1.050", "1.200"});
  CHECK(rs[0].holds);
  auto bad = vanban::analyze_text(text + "160 tỷ đồng so với năm 2022 (1.050 tỷ đồng).");
  rs = relations(bad, "difference");
  REQUIRE(rs.size() == 1);
  CHECK_FALSE(rs[0].holds);
}

TEST_CASE("a change stated the wrong way fails even when the amount is right") {
  auto a = vanban::analyze_text("Số thôn tăng 12 thôn, từ 117 thôn xuống còn 105 thôn.");
  auto rs = relations(a, "difference");
  REQUIRE(rs.size() == 1);
  CHECK_FALSE(rs[0].holds);
  CHECK(rs[0].message.find("không phải tăng") != std::string::npos);
}

TEST_CASE("ranges and changes without both ends are not claims") {
  const char* texts[] = {
      "Mỗi lớp có từ 25 đến 35 học sinh, giảm 5 học sinh.",
      "Thu ngân sách đạt 1.200 tỷ đồng, tăng 150 tỷ đồng so với năm 2022.",
      "Số hộ nghèo giảm 150 hộ so với cùng kỳ.",
      "Sáp nhập 02 tổ dân phố (giảm từ 35 tổ dân phố giảm xuống còn 34 tổ dân phố).",
  };
  for (const char* t : texts) {
    INFO(t);
    auto a = vanban::analyze_text(t);
    CHECK(relations(a, "difference").empty());
    CHECK(numtest::number_findings(a) == 0);
  }
}

TEST_CASE("a yearly average after a change is not the change") {
  auto a = vanban::analyze_text(
      "Tỷ lệ hộ nghèo giảm từ 5,12% năm 2020 xuống còn 1,85% năm 2024, bình quân mỗi năm giảm 0,82%.");
  CHECK(relations(a, "difference").empty());
  CHECK(numtest::number_findings(a) == 0);
}

TEST_CASE("'so với' may look back past a share to the figure it compares") {
  // 1.520 − 1.130 = 390.
  auto a = vanban::analyze_text(
      "Tổng số hộ nghèo cuối năm 2023 là 1.130 hộ, chiếm 2,35% tổng số hộ; giảm 390 hộ so với đầu năm (1.520 hộ).");
  auto rs = relations(a, "difference");
  REQUIRE(rs.size() == 1);
  CHECK(rs[0].holds);
  CHECK(operand_texts(a, rs[0]) == std::vector<std::string>{"1.520", "1.130"});
}

TEST_CASE("a multiple compares the two figures it names") {
  // 68,5 / 42,8 = 1,600.
  std::string text = "Thu nhập bình quân đầu người đạt 68,5 triệu đồng, ";
  auto ok = vanban::analyze_text(text + "gấp 1,6 lần so với năm 2020 (42,8 triệu đồng).");
  auto rs = relations(ok, "ratio");
  REQUIRE(rs.size() == 1);
  CHECK(rs[0].holds);
  CHECK(rs[0].computed == Approx(68.5 / 42.8));
  auto also = vanban::analyze_text(text + "tăng 1,6 lần so với năm 2020 (42,8 triệu đồng).");
  rs = relations(also, "ratio");
  REQUIRE(rs.size() == 1);
  CHECK(rs[0].holds);
  auto bad = vanban::analyze_text(text + "gấp 1,8 lần so với năm 2020 (42,8 triệu đồng).");
  rs = relations(bad, "ratio");
  REQUIRE(rs.size() == 1);
  CHECK_FALSE(rs[0].holds);
  CHECK(rs[0].message == "68,5 / 42,8 = 1,6 lần, nhưng văn bản ghi gấp 1,8 lần");
  CHECK(findings(bad, "number/percent") == 1);
}
