// Percentages of a whole, growth rates, and the rounding-aware verdict.
#include <catch2/catch.hpp>

#include "number_test_util.h"

using numtest::findings;
using numtest::operand_texts;
using numtest::relations;
using numtest::stated_text;

TEST_CASE("seed: two wrong shares of the population, on the line of the percentage") {
  // seed_report.txt lines 13-17, as the PDF wrapped them.
  auto a = vanban::analyze_text(
      "Huyện Đức Trọng có 14 xã, 1 thị trấn, 105 thôn, 34 tổ dân phố;\n\n"
      "dân số toàn huyện có 192.240 người, trong đó: đồng bào dân tộc thiểu số 63.439 người chiếm\n\n"
      "33,3%; đồng bào có đạo là 92.772 người, chiếm 46,8%, có 5 tôn giáo chính là Phật giáo, Công giáo,\n\n"
      "Tin Lành, Cao Đài và Cơ đốc.\n");
  auto rs = relations(a, "percent");
  REQUIRE(rs.size() == 2);
  CHECK(operand_texts(a, rs[0]) == std::vector<std::string>{"63.439", "192.240"});
  CHECK_FALSE(rs[0].holds);
  CHECK(rs[0].computed == Approx(63439.0 / 192240 * 100));
  CHECK(rs[0].low == Approx(33.25));
  CHECK(rs[0].high == Approx(33.35));
  CHECK(rs[0].message == "63.439 / 192.240 = 33,0%, nhưng văn bản ghi 33,3% (khoảng làm tròn 33,25–33,35%)");
  CHECK(a.position(a.quantities[rs[0].stated].span.begin).line == 5);
  CHECK(operand_texts(a, rs[1]) == std::vector<std::string>{"92.772", "192.240"});
  CHECK_FALSE(rs[1].holds);
  CHECK(rs[1].message.rfind("92.772 / 192.240 = 48,3%, nhưng văn bản ghi 46,8%", 0) == 0);
  CHECK(findings(a, "number/percent") == 2);
}

TEST_CASE("a share that rounds to the stated figure holds; one off by a tenth fails") {
  // 85 / 1.250 = 6,8%.
  auto ok = vanban::analyze_text("Toàn xã có 1.250 hộ, trong đó có 85 hộ nghèo, chiếm 6,8%.");
  auto rs = relations(ok, "percent");
  REQUIRE(rs.size() == 1);
  CHECK(rs[0].holds);
  CHECK(findings(ok, "number/percent") == 0);
  auto bad = vanban::analyze_text("Toàn xã có 1.250 hộ, trong đó có 85 hộ nghèo, chiếm 6,9%.");
  rs = relations(bad, "percent");
  REQUIRE(rs.size() == 1);
  CHECK_FALSE(rs[0].holds);
  CHECK(findings(bad, "number/percent") == 1);
}

TEST_CASE("statcheck's interval: 2/3 is 66,7% and 67%, not 66% nor 66,6%") {
  const char* base = "Tổ có 3 người, trong đó 2 người, chiếm ";
  for (auto [stated, holds] : std::vector<std::pair<std::string, bool>>{
           {"66,7%", true}, {"67%", true}, {"66,67%", true}, {"66%", false}, {"66,6%", false}}) {
    INFO(stated);
    auto a = vanban::analyze_text(std::string(base) + stated + ".");
    auto rs = relations(a, "percent");
    REQUIRE(rs.size() == 1);
    CHECK(rs[0].holds == holds);
  }
}

TEST_CASE("the part is named by 'tỷ lệ <tên> là' and the whole by 'tổng số'") {
  // 1.425 / 1.500 = 95%.
  std::string text = "Tổng số hồ sơ tiếp nhận là 1.500 hồ sơ. Đã giải quyết đúng hạn 1.425 hồ sơ, tỷ lệ giải quyết đúng hạn đạt ";
  auto ok = vanban::analyze_text(text + "95%.");
  auto rs = relations(ok, "percent");
  REQUIRE(rs.size() == 1);
  CHECK(operand_texts(ok, rs[0]) == std::vector<std::string>{"1.425", "1.500"});
  CHECK(rs[0].holds);
  auto bad = vanban::analyze_text(text + "98%.");
  rs = relations(bad, "percent");
  REQUIRE(rs.size() == 1);
  CHECK_FALSE(rs[0].holds);
}

TEST_CASE("seed footnote 5: the resolution rate holds") {
  auto a = vanban::analyze_text(
      "Từ năm 2018 đến nay tổng số đơn, số vụ việc thuộc thẩm quyền giải quyết của UBND huyện là 2.782 đơn "
      "(khiếu nại: 109, tố cáo: 36; kiến nghị, phản ánh: 2.637) trong đó kỳ trước chuyển sang là 124 đơn: phát "
      "sinh mới trong kỳ là 2.658 đơn. Đã giải quyết là 2.682 đơn (khiếu nại: 100, tố cáo: 35; kiến nghị, phản "
      "ánh: 2.547), tỷ lệ giải quyết là 96,4%. Tồn cuối kỳ 100 đơn (khiếu nại: 09, tố cáo: 1; kiến nghị, phản ánh: 90)");
  auto rs = relations(a, "percent");
  REQUIRE(rs.size() == 1);
  CHECK(operand_texts(a, rs[0]) == std::vector<std::string>{"2.682", "2.782"});
  CHECK(rs[0].holds);
  CHECK(numtest::number_findings(a) == 0);
}

TEST_CASE("a fraction is its own part and whole") {
  // 12 / 15 = 80%.
  auto ok = vanban::analyze_text("Đến nay có 12/15 xã đạt chuẩn nông thôn mới, đạt 80%.");
  auto rs = relations(ok, "percent");
  REQUIRE(rs.size() == 1);
  CHECK(rs[0].holds);
  auto bad = vanban::analyze_text("Đến nay có 12/15 xã đạt chuẩn nông thôn mới, đạt 75%.");
  rs = relations(bad, "percent");
  REQUIRE(rs.size() == 1);
  CHECK_FALSE(rs[0].holds);
  CHECK(rs[0].computed == Approx(80));
}

TEST_CASE("a share of a plan may pass 100%, with the plan in brackets") {
  // 1.234,5 / 1.173,6 = 105,19%.
  std::string text = "Thu ngân sách nhà nước trên địa bàn được 1.234,5 tỷ đồng, đạt ";
  auto ok = vanban::analyze_text(text + "105,2% dự toán tỉnh giao (1.173,6 tỷ đồng).");
  auto rs = relations(ok, "percent");
  REQUIRE(rs.size() == 1);
  CHECK(rs[0].holds);
  auto bad = vanban::analyze_text(text + "108,2% dự toán tỉnh giao (1.173,6 tỷ đồng).");
  rs = relations(bad, "percent");
  REQUIRE(rs.size() == 1);
  CHECK_FALSE(rs[0].holds);
}

TEST_CASE("people counted under two names: 'đảng viên' and 'người'") {
  // 1.120 / 3.200 = 35%.
  auto a = vanban::analyze_text("Toàn Đảng bộ có 3.200 đảng viên. Trong đó, đảng viên nữ 1.120 người, chiếm 35%.");
  auto rs = relations(a, "percent");
  REQUIRE(rs.size() == 1);
  CHECK(rs[0].holds);
}

TEST_CASE("a growth rate compares the two figures it names") {
  // (1.200 − 1.050) / 1.050 = 14,29%.
  std::string text = "Năm 2023, tổng thu ngân sách đạt 1.200 tỷ đồng, tăng ";
  auto ok = vanban::analyze_text(text + "14,3% so với năm 2022 (1.050 tỷ đồng).");
  auto rs = relations(ok, "percent");
  REQUIRE(rs.size() == 1);
  CHECK(operand_texts(ok, rs[0]) == std::vector<std::string>{"1.050", "1.200"});
  CHECK(rs[0].holds);
  auto bad = vanban::analyze_text(text + "15,3% so với năm 2022 (1.050 tỷ đồng).");
  rs = relations(bad, "percent");
  REQUIRE(rs.size() == 1);
  CHECK_FALSE(rs[0].holds);
  CHECK(findings(bad, "number/percent") == 1);
}

TEST_CASE("'trên', 'dưới' and 'khoảng' bound the claim") {
  // 520 / 1.000 = 52%.
  auto above = vanban::analyze_text("Xã có 1.000 hộ, trong đó 520 hộ, chiếm trên 50%.");
  auto rs = relations(above, "percent");
  REQUIRE(rs.size() == 1);
  CHECK(rs[0].holds);
  auto wrong = vanban::analyze_text("Xã có 1.000 hộ, trong đó 520 hộ, chiếm trên 60%.");
  rs = relations(wrong, "percent");
  REQUIRE(rs.size() == 1);
  CHECK_FALSE(rs[0].holds);
  CHECK(rs[0].message == "520 / 1.000 = 52%, nhưng văn bản ghi trên 60%");
  auto about = vanban::analyze_text("Xã có 1.000 hộ, trong đó 520 hộ, chiếm khoảng 51%.");
  rs = relations(about, "percent");
  REQUIRE(rs.size() == 1);
  CHECK(rs[0].holds);
}

TEST_CASE("no relation without a stated whole, for norms, or for changes") {
  const char* texts[] = {
      "Diện tích rừng 50.000 ha, chiếm 45% diện tích tự nhiên.",
      "Doanh nghiệp do Nhà nước nắm giữ 100% vốn điều lệ; góp vốn không quá 50% vốn điều lệ.",
      "Thu ngân sách đạt 1.200 tỷ đồng, tăng 12% so với cùng kỳ.",
      "Tỷ lệ hộ nghèo giảm còn 3,2%, tỷ lệ bao phủ bảo hiểm y tế đạt 92%.",
      "Có 300 người tham dự, 95% đánh giá tốt.",
  };
  for (const char* t : texts) {
    INFO(t);
    auto a = vanban::analyze_text(t);
    CHECK(relations(a, "percent").empty());
  }
}

TEST_CASE("a fraction with the unit before the slash, or in brackets after the percentage") {
  // 180.500 / 192.240 = 93,89%; 1.904 / 2.000 = 95,2%; 188 / 185 = 101,6%.
  auto a = vanban::analyze_text("Số người tham gia bảo hiểm y tế là 180.500 người/192.240 người, đạt 93,9%.");
  auto rs = relations(a, "percent");
  REQUIRE(rs.size() == 1);
  CHECK(operand_texts(a, rs[0]) == std::vector<std::string>{"180.500", "192.240"});
  CHECK(rs[0].holds);
  auto b = vanban::analyze_text("Tỷ lệ giải ngân vốn đầu tư công đạt 95,2% (giải ngân 1.904 tỷ đồng/2.000 tỷ đồng kế hoạch).");
  rs = relations(b, "percent");
  REQUIRE(rs.size() == 1);
  CHECK(rs[0].holds);
  auto c = vanban::analyze_text("Giao quân đạt 100% chỉ tiêu (188/185 thanh niên).");
  rs = relations(c, "percent");
  REQUIRE(rs.size() == 1);
  CHECK_FALSE(rs[0].holds);
  CHECK(rs[0].computed == Approx(188.0 / 185 * 100));
}

TEST_CASE("a share of a plan with the plan stated in brackets after 'chỉ tiêu'") {
  // 215 / 200 = 107,5%.
  auto a = vanban::analyze_text("Kết nạp mới 215 đảng viên, đạt 107,5% chỉ tiêu (200 đảng viên).");
  auto rs = relations(a, "percent");
  REQUIRE(rs.size() == 1);
  CHECK(rs[0].holds);
  CHECK(operand_texts(a, rs[0]) == std::vector<std::string>{"215", "200"});
}
