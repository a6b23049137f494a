// date/invalid and date/future through the whole pipeline.
#include <catch2/catch.hpp>

#include "core/analysis.h"

namespace {
std::vector<vanban::Finding> of(const vanban::Analysis& a, const std::string& rule) {
  std::vector<vanban::Finding> out;
  for (const auto& f : a.findings)
    if (f.rule == rule) out.push_back(f);
  return out;
}
}  // namespace

TEST_CASE("date/invalid reports a day that does not exist and says why") {
  auto a = vanban::analyze_text("Căn cứ Kế hoạch số 12/KH-UBND ngày 31/02/2018 và Công văn số 5/UBND ngày 15/13/2019.");
  auto fs = of(a, "date/invalid");
  REQUIRE(fs.size() == 2);
  CHECK(fs[0].severity == vanban::Severity::Error);
  CHECK(fs[0].message == "Ngày “31/02/2018” không có thật: tháng 2 năm 2018 chỉ có 28 ngày; mong đợi một ngày có trên lịch");
  CHECK(fs[1].message.find("không có tháng 13") != std::string::npos);
  CHECK(of(vanban::analyze_text("ngày 29/02/2020 và ngày 31/12/2019"), "date/invalid").empty());
}

TEST_CASE("date/invalid reports a year of five digits written in words") {
  auto fs = of(vanban::analyze_text("Quyết định số 1/QĐ-UBND ngày 31 tháng 02 năm 99999 của Ủy ban nhân dân tỉnh."), "date/invalid");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].message == "Ngày “31 tháng 02 năm 99999” không có thật: năm 99999 không hợp lệ; mong đợi một ngày có trên lịch");
}

TEST_CASE("date/future compares cited dates of issue with --as-of") {
  vanban::Options opt;
  opt.as_of = vanban::Date{2024, 7, 31};
  auto a = vanban::analyze_text(
      "Thực hiện Chỉ thị số 05-CT/TU ngày 12/5/2025 của Ban Thường vụ Tỉnh ủy; Quyết định này có hiệu lực từ ngày 01/8/2024.", opt);
  auto fs = of(a, "date/future");
  REQUIRE(fs.size() == 1);  // the date of effect is not a date of issue
  CHECK(fs[0].message ==
        "Ngày ban hành 12/05/2025 của Chỉ thị 05-CT/TU muộn hơn ngày đối chiếu (--as-of) 31/07/2024; mong đợi một ngày không "
        "muộn hơn 31/07/2024");
  opt.as_of = vanban::Date{2025, 5, 12};
  CHECK(of(vanban::analyze_text("Thực hiện Chỉ thị số 05-CT/TU ngày 12/5/2025 của Ban Thường vụ Tỉnh ủy.", opt), "date/future").empty());
}

TEST_CASE("date/future stays silent without --as-of and without the document's own date") {
  auto a = vanban::analyze_text("Thực hiện Chỉ thị số 05-CT/TU ngày 12/5/2099 của Ban Thường vụ Tỉnh ủy.");
  CHECK(of(a, "date/future").empty());
}
