// Totals and their listed parts.
#include <catch2/catch.hpp>

#include "number_test_util.h"

using numtest::findings;
using numtest::operand_texts;
using numtest::relations;
using numtest::stated_text;

namespace {
const char* kFootnote5 =
    "Từ năm 2018 đến nay tổng số đơn, số vụ việc thuộc thẩm quyền giải quyết của UBND huyện là 2.782 đơn "
    "(khiếu nại: 109, tố cáo: 36; kiến nghị, phản ánh: 2.637) trong đó kỳ trước chuyển sang là 124 đơn: phát "
    "sinh mới trong kỳ là 2.658 đơn. Đã giải quyết là 2.682 đơn (khiếu nại: 100, tố cáo: 35; kiến nghị, phản "
    "ánh: 2.547), tỷ lệ giải quyết là 96,4%. Tồn cuối kỳ 100 đơn (khiếu nại: 09, tố cáo: 1; kiến nghị, phản ánh: 90)";
}

TEST_CASE("seed footnote 5: four sums, all holding") {
  auto a = vanban::analyze_text(kFootnote5);
  auto rs = relations(a, "sum");
  REQUIRE(rs.size() == 4);
  CHECK(stated_text(a, rs[0]) == "2.782");
  CHECK(operand_texts(a, rs[0]) == std::vector<std::string>{"109", "36", "2.637"});
  CHECK(stated_text(a, rs[1]) == "2.782");
  CHECK(operand_texts(a, rs[1]) == std::vector<std::string>{"124", "2.658"});
  CHECK(stated_text(a, rs[2]) == "2.682");
  CHECK(operand_texts(a, rs[2]) == std::vector<std::string>{"100", "35", "2.547"});
  CHECK(stated_text(a, rs[3]) == "100");
  CHECK(operand_texts(a, rs[3]) == std::vector<std::string>{"09", "1", "90"});
  for (const auto& r : rs) CHECK(r.holds);
  CHECK(numtest::number_findings(a) == 0);
}

TEST_CASE("seed footnote 5 with a total changed by hand") {
  std::string text = kFootnote5;
  text.replace(text.find("2.782 đơn"), 5, "2.792");
  auto a = vanban::analyze_text(text);
  auto rs = relations(a, "sum");
  REQUIRE(rs.size() == 4);
  CHECK_FALSE(rs[0].holds);
  CHECK_FALSE(rs[1].holds);
  CHECK(rs[0].message == "109 + 36 + 2.637 = 2.782, nhưng văn bản ghi tổng là 2.792 đơn");
  CHECK(findings(a, "number/sum") == 2);
}

TEST_CASE("a bracketed breakdown that does not add up") {
  // 320 + 870 + 45 = 1.235.
  auto a = vanban::analyze_text(
      "Tổng số tin báo về tội phạm là 1.245 tin (tố giác: 320, tin báo: 870; kiến nghị khởi tố: 45).");
  auto rs = relations(a, "sum");
  REQUIRE(rs.size() == 1);
  CHECK_FALSE(rs[0].holds);
  CHECK(rs[0].computed == 1235);
  CHECK(rs[0].low == 1245);
  CHECK(rs[0].high == 1245);
}

TEST_CASE("'gồm' lists the kinds of a total") {
  // 104 + 15 + 9 = 128.
  auto ok = vanban::analyze_text("Toàn tỉnh có 128 đơn vị hành chính cấp xã, gồm 104 xã, 15 phường và 9 thị trấn.");
  auto rs = relations(ok, "sum");
  REQUIRE(rs.size() == 1);
  CHECK(rs[0].holds);
  auto bad = vanban::analyze_text("Toàn tỉnh có 127 đơn vị hành chính cấp xã, gồm 104 xã, 15 phường và 9 thị trấn.");
  rs = relations(bad, "sum");
  REQUIRE(rs.size() == 1);
  CHECK_FALSE(rs[0].holds);
}

TEST_CASE("a 'gồm' list ends at the ';' where it adds up") {
  auto a = vanban::analyze_text(
      "Toàn tỉnh có 128 đơn vị hành chính cấp xã, gồm 104 xã, 15 phường và 9 thị trấn; 1.230 thôn, bản.");
  auto rs = relations(a, "sum");
  REQUIRE(rs.size() == 1);
  CHECK(rs[0].holds);
  CHECK(rs[0].operands.size() == 3);
}

TEST_CASE("a 'trong đó' pair that does not add up") {
  // 124 + 2.685 = 2.809.
  auto a = vanban::analyze_text(
      "Tổng số đơn là 2.782 đơn, trong đó kỳ trước chuyển sang 124 đơn, phát sinh mới trong kỳ 2.685 đơn.");
  auto rs = relations(a, "sum");
  REQUIRE(rs.size() == 1);
  CHECK_FALSE(rs[0].holds);
  CHECK(rs[0].computed == 2809);
}

TEST_CASE("a total written after its parts") {
  // 1.200 + 850 = 2.050.
  std::string text = "Đã cấp 1.200 thẻ bảo hiểm y tế cho người nghèo và 850 thẻ bảo hiểm y tế cho trẻ em, tổng cộng ";
  auto ok = vanban::analyze_text(text + "2.050 thẻ bảo hiểm y tế.");
  auto rs = relations(ok, "sum");
  REQUIRE(rs.size() == 1);
  CHECK(rs[0].holds);
  auto bad = vanban::analyze_text(text + "2.150 thẻ bảo hiểm y tế.");
  rs = relations(bad, "sum");
  REQUIRE(rs.size() == 1);
  CHECK_FALSE(rs[0].holds);
}

TEST_CASE("money parts rounded to a unit may miss the rounded total by rounding only") {
  // 1.000,4 + 500,4 = 1.500,8: written totals 1.500,8 and 1.501 (rounded) both hold.
  auto a = vanban::analyze_text("Tổng vốn 1.501 tỷ đồng (ngân sách trung ương: 1.000,4; ngân sách địa phương: 500,4).");
  auto rs = relations(a, "sum");
  REQUIRE(rs.size() == 1);
  CHECK(rs[0].holds);
}

TEST_CASE("partial, overlapping or unrelated lists are not claimed as sums") {
  const char* texts[] = {
      "Toàn huyện có 15 xã, trong đó có 3 xã đạt chuẩn nông thôn mới nâng cao và 2 xã đạt chuẩn kiểu mẫu.",
      "Tổng số 100 cán bộ (nữ: 40, đảng viên: 80).",
      "dân số toàn huyện có 192.240 người, trong đó: đồng bào dân tộc thiểu số 63.439 người chiếm 33,3%; đồng bào có "
      "đạo là 92.772 người, chiếm 46,8%.",
      "Sáp nhập 02 tổ dân phố (giảm từ 35 tổ dân phố giảm xuống còn 34 tổ dân phố).",
      "Tổ chức 154 kỳ tiếp dân định kỳ với tổng số người được tiếp là 321 người.",
  };
  for (const char* t : texts) {
    INFO(t);
    auto a = vanban::analyze_text(t);
    CHECK(relations(a, "sum").empty());
    CHECK(findings(a, "number/sum") == 0);
  }
}

TEST_CASE("a rate of the total may stand between the total and its breakdown") {
  // 12.350 + 23.070 = 35.420; "cây lâu năm 23.070 ha" is no date.
  std::string text = "Tổng diện tích gieo trồng năm 2024 đạt 35.420 ha, bằng 101,2% kế hoạch; trong đó cây hàng năm "
                     "12.350 ha, cây lâu năm ";
  auto ok = vanban::analyze_text(text + "23.070 ha.");
  auto rs = relations(ok, "sum");
  REQUIRE(rs.size() == 1);
  CHECK(rs[0].holds);
  CHECK(operand_texts(ok, rs[0]) == std::vector<std::string>{"12.350", "23.070"});
  auto bad = vanban::analyze_text(text + "23.700 ha.");
  rs = relations(bad, "sum");
  REQUIRE(rs.size() == 1);
  CHECK_FALSE(rs[0].holds);
}

TEST_CASE("parts may name the total's noun more loosely ('đơn' of 'đơn thư')") {
  auto a = vanban::analyze_text(
      "Tiếp nhận 356 đơn thư, trong đó khiếu nại 45 đơn, tố cáo 12 đơn, kiến nghị, phản ánh 299 đơn; đã giải quyết "
      "340/356 đơn, đạt 95,5%.");
  auto rs = relations(a, "sum");
  REQUIRE(rs.size() == 1);
  CHECK(rs[0].holds);
  CHECK(operand_texts(a, rs[0]) == std::vector<std::string>{"45", "12", "299"});
  CHECK(relations(a, "percent").size() == 1);
}
