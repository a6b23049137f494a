// Which figures are quantities, their values, decimals and units, and which are not.
#include <catch2/catch.hpp>

#include "number_test_util.h"

using numtest::quantity_texts;

namespace {

const vanban::Quantity* only_quantity(const vanban::Analysis& a) {
  return a.quantities.size() == 1 ? &a.quantities[0] : nullptr;
}

}  // namespace

TEST_CASE("a quantity carries its value, decimals and unit") {
  auto a = vanban::analyze_text("Dân số toàn huyện có 192.240 người, trong đó 63.439 người chiếm 33,3%.");
  REQUIRE(a.quantities.size() == 3);
  CHECK(a.quantities[0].text == "192.240");
  CHECK(a.quantities[0].value == 192240);
  CHECK(a.quantities[0].unit == "người");
  CHECK(a.quantities[2].text == "33,3%");
  CHECK(a.quantities[2].percent);
  CHECK(a.quantities[2].decimals == 1);
  CHECK(a.quantities[2].value == Approx(33.3));
}

TEST_CASE("the longest unit phrase wins, and scale words are kept apart") {
  auto a = vanban::analyze_text("Sáp nhập 02 tổ dân phố; thu ngân sách 1.234,5 tỷ đồng; trồng 20ha rừng.");
  REQUIRE(a.quantities.size() == 3);
  CHECK(a.quantities[0].unit == "tổ dân phố");
  CHECK(a.quantities[0].text == "02");
  CHECK(a.quantities[0].value == 2);
  CHECK(a.quantities[1].unit == "tỷ đồng");
  CHECK(a.quantities[1].noun == "đồng");
  CHECK(a.quantities[1].scale == 1e9);
  CHECK(a.quantities[1].magnitude() == Approx(1234.5e9));
  CHECK(a.quantities[2].unit == "ha");
}

TEST_CASE("a figure followed by a lower-case word not in the lexicon takes that word as unit") {
  auto a = vanban::analyze_text("Diện tích rừng gồm 3 loại.");
  REQUIRE(only_quantity(a));
  CHECK(a.quantities[0].unit == "loại");
  auto b = vanban::analyze_text("Năm qua có 15 và hơn thế.");
  REQUIRE(only_quantity(b));
  CHECK(b.quantities[0].unit.empty());
}

TEST_CASE("a fraction gives its part and its whole, both with the unit") {
  auto a = vanban::analyze_text("Đến nay có 12/15 xã đạt chuẩn nông thôn mới.");
  REQUIRE(a.quantities.size() == 2);
  CHECK(a.quantities[0].value == 12);
  CHECK(a.quantities[1].value == 15);
  CHECK(a.quantities[0].unit == "xã");
  CHECK(a.quantities[1].unit == "xã");
}

TEST_CASE("years, dates, codes, labels, ranges and phone numbers are not quantities") {
  const char* texts[] = {
      "Chỉ thị số 24-CT/TU ngày 27/02/2018 của Ban Thường vụ Tỉnh ủy",
      "Nghị định số 04/2015/NĐ-CP ngày 09/01/2015 của Chính phủ",
      "Nghị quyết số 13-NQ/HU ngày 27/ 6/ 2012 của Huyện ủy",
      "Kế hoạch số 363/KH-TTCP ngày 20 tháng 3 năm 2019",
      "phòng, chống dịch Covid-19 và đại dịch Covid -19",
      "hệ thống quản lý chất lượng theo tiêu chuẩn TCVN ISO 9001: 2015",
      "Ban Chấp hành Trung ương Đảng khóa XI",
      "giai đoạn 2012 - 2020, nhiệm kỳ 2020-2025, năm 2023",
      "theo Điều 5, khoản 2, điểm a",
      "hội nghị lần thứ 7 Ban Chấp hành Trung ương",
      "Điện thoại: 0263 3843 123; Fax: (0263) 3.843.124",
      "ĐT: 0912.345.678",
      "bản đồ tỷ lệ 1:50.000",
      "thôn 5, Quốc lộ 20, Km 12",
      "Chương trình 135 của Chính phủ",
      "(1) cải cách hành chính; (2) chuyển đổi số",
      "lúc 8h30 sáng",
      "mục 2.3 của báo cáo",
      "đối thoại với thanh niên (2018, 2022), với Phụ nữ (2019)",
      "Khu kinh tế quốc phòng 78-Học viện Lục quân",
  };
  for (const char* t : texts) {
    INFO(t);
    auto a = vanban::analyze_text(t);
    CHECK(quantity_texts(a).empty());
  }
}

TEST_CASE("a numbered heading is not a quantity, the figures in its paragraph are") {
  auto a = vanban::analyze_text("1. Công tác lãnh đạo\n\n5 năm qua đã tổ chức 266 cuộc giám sát.");
  CHECK(quantity_texts(a) == std::vector<std::string>{"5", "266"});
}

TEST_CASE("compounds ending in a label word do not hide the figure after them") {
  auto a = vanban::analyze_text("đồng bào dân tộc thiểu số 63.439 người; tổng số 2.782 đơn; dân số 192.240 người");
  CHECK(quantity_texts(a) == std::vector<std::string>{"63.439", "2.782", "192.240"});
}

TEST_CASE("a four-digit year-like figure with a count unit after it is a quantity") {
  auto a = vanban::analyze_text("Đã cấp 2018 thẻ bảo hiểm y tế.");
  REQUIRE(only_quantity(a));
  CHECK(a.quantities[0].value == 2018);
  auto b = vanban::analyze_text("Trong năm 2018 đã làm được nhiều việc.");
  CHECK(b.quantities.empty());
}

TEST_CASE("positions of a quantity map back to the original line") {
  auto a = vanban::analyze_text("Dòng một.\n\nCó 14 xã và 105 thôn.\n");
  REQUIRE(a.quantities.size() == 2);
  auto p = a.position(a.quantities[1].span.begin);
  CHECK(p.line == 3);
  CHECK(p.column == 13);  // "Có 14 xã và " is 12 code points
}

TEST_CASE("a calendar word makes a date part only of a figure that fits it") {
  auto a = vanban::analyze_text("ngày 20 tháng 3 năm 2019; cây lâu năm 23.070 ha; trong tháng 45 hộ thoát nghèo");
  CHECK(quantity_texts(a) == std::vector<std::string>{"23.070", "45"});
}
