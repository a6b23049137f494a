// The citation rules, firing and not firing, with what their messages say.
#include <catch2/catch.hpp>

#include "support.h"

using cite_test::findings;
using cite_test::run;

namespace {
size_t count(const std::string& text, const std::string& rule) { return findings(run(text), rule).size(); }
}  // namespace

TEST_CASE("type-mismatch: the type word against the code's type") {
  CHECK(count("Thực hiện Chỉ thị số 24-KL/TW của Ban Bí thư.", "citation/type-mismatch") == 1);
  CHECK(count("Thực hiện Quyết định số 08-QĐi/TW của Bộ Chính trị.", "citation/type-mismatch") == 1);
  for (const char* good : {"Thực hiện Kết luận số 24-KL/TW của Ban Bí thư.", "Thực hiện Quy định số 08-QĐi/TW.",
                           "Thực hiện Quy định số 101-QĐ/TW.", "Theo văn bản số 24-KL/TW.", "Theo Thông tri số 17-TT/TW.",
                           "Theo Kế hoạch phối hợp số 64-KH/UBND-BDVHU.", "Theo Công văn số 825/UBND."}) {
    INFO(good);
    CHECK(count(good, "citation/type-mismatch") == 0);
  }
}

TEST_CASE("type-mismatch names the form the document is cited under most") {
  auto a = run("Chỉ thị số 24-CT/TU ngày 27/02/2018 của Ban Thường vụ Tỉnh ủy.\nThực hiện Chỉ thị số 24-CT/TU của Ban Thường vụ Tỉnh ủy.\n"
               "Qua 5 năm thực hiện Chỉ thị số 24-KL/TW của Ban Thường vụ Tỉnh ủy về công tác dân vận.\n");
  auto fs = findings(a, "citation/type-mismatch");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == vanban::Severity::Error);
  CHECK(fs[0].message ==
        "Tên loại “Chỉ thị” không khớp với mã loại KL (Kết luận) trong số hiệu 24-KL/TW; văn bản này được dẫn 2 lần là "
        "24-CT/TU (dòng 1, 2)");
  CHECK(fs[0].suggestion == "24-CT/TU");
  REQUIRE(fs[0].related.size() == 2);
  CHECK(a.position(fs[0].related[1].span.begin).line == 2);
  CHECK(a.position(fs[0].span.begin).line == 3);
}

TEST_CASE("issuer-mismatch: the issuer phrase against the issuer code") {
  auto a = run("Chỉ thị số 24-CT/TU của Ban Thường vụ Tỉnh ủy. Kết luận số 24-KL/TW của Ban Thường vụ Tỉnh ủy chưa được thực hiện.");
  auto fs = findings(a, "citation/issuer-mismatch");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].message.find("không khớp với mã TW (Trung ương) trong số hiệu 24-KL/TW") != std::string::npos);
  CHECK(fs[0].message.find("ký số hiệu với mã TU") != std::string::npos);
  CHECK(fs[0].suggestion == "24-CT/TU");
  CHECK(count("Quyết định số 15/2020/QĐ-TTg ngày 24/4/2020 của Chính phủ.", "citation/issuer-mismatch") == 1);
  CHECK(count("Chỉ thị số 24-CT/TU ngày 27/02/2018 của UBND tỉnh.", "citation/issuer-mismatch") == 1);
  for (const char* good : {
           "Quyết định số 15/2020/QĐ-TTg ngày 24/4/2020 của Thủ tướng Chính phủ.",
           "Thông tư số 83/2012/TT-BTC ngày 23/5/2012 của Bộ trưởng Bộ Tài chính.",
           "Kế hoạch phối hợp số 64-KH/UBND-BDVHU ngày 24/4/2018 của UBND huyện và Ban Dân vận Huyện ủy.",
           "Kế hoạch số 12-KH/BDVHU của Ban Dân vận Huyện ủy.",
           "Quyết định số 1704/QĐ-CT ngày 15/10/2007 của Chủ tịch UBND tỉnh.",
           "Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Hội nghị lần thứ 7 Ban Chấp hành Trung ương Đảng.",
           "Chỉ thị số 05-CT/TW của Trung ương.",
       }) {
    INFO(good);
    CHECK(count(good, "citation/issuer-mismatch") == 0);
  }
}

TEST_CASE("issuer-mismatch: a body that may not issue the type") {
  auto fs = findings(run("Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Thủ tướng Chính phủ về thực hiện cơ chế một cửa."),
                     "citation/issuer-mismatch");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].message == "Nghị định do Chính phủ ban hành (mã CP trong số hiệu 61/2018/NĐ-CP), không phải “Thủ tướng Chính phủ”");
  CHECK(fs[0].suggestion == "Chính phủ");
}

TEST_CASE("format: canonical form as suggestion, severity by kind") {
  auto glued = findings(run("Chỉ thị 26/CTTTg ngày 05/9/2016 của Thủ tướng chính phủ."), "citation/format");
  REQUIRE(glued.size() == 1);
  CHECK(glued[0].severity == vanban::Severity::Warning);
  CHECK(glued[0].suggestion == "26/CT-TTg");
  auto party = findings(run("theo Nghị quyết số 42-NQ/CP và Quyết định số 15/2020/QĐ-TTg"), "citation/format");
  REQUIRE(party.size() == 1);
  CHECK(party[0].suggestion == "42/NQ-CP");
  CHECK(party[0].severity == vanban::Severity::Warning);
  auto spaced = findings(run("Chỉ thị số 24- CT/TU của Ban Thường vụ Tỉnh ủy"), "citation/format");
  REQUIRE(spaced.size() == 1);
  CHECK(spaced[0].severity == vanban::Severity::Info);
  CHECK(spaced[0].message == "Số hiệu “24- CT/TU” có khoảng trắng thừa; viết đúng là 24-CT/TU");
  auto variant = findings(run("Nghị định số 04/2015/ND-CP ngày 09/01/2015"), "citation/format");
  REQUIRE(variant.size() == 1);
  CHECK(variant[0].suggestion == "04/2015/NĐ-CP");
  CHECK(variant[0].severity == vanban::Severity::Info);
  CHECK(count("Chỉ thị số 24-CT/TU, Kế hoạch số 33/KH-UBND, Nghị định số 04/2015/NĐ-CP, Công văn số 825/UBND",
              "citation/format") == 0);
}

TEST_CASE("year-mismatch: code year, Quốc hội term, written term") {
  auto fs = findings(run("Nghị định số 04/2015/NĐ-CP ngày 09/01/2016 của Chính phủ."), "citation/year-mismatch");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].message == "Năm trong số hiệu 04/2015/NĐ-CP là 2015 nhưng ngày ban hành là 09/01/2016; mong đợi một ngày trong năm 2015");
  CHECK(count("Luật số 80/2015/QH14 của Quốc hội.", "citation/year-mismatch") == 1);
  CHECK(count("Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị (khóa X) về", "citation/year-mismatch") == 1);
  for (const char* good : {"Nghị định số 04/2015/NĐ-CP ngày 09/01/2015 của Chính phủ.", "Luật số 80/2015/QH13 của Quốc hội.",
                           "Pháp lệnh số 34/2007/PL-UBTVQH11 của Ủy ban Thường vụ Quốc hội khóa XI.",
                           "Quyết định số 290-QĐ/TW ngày 25/02/2010 của Bộ Chính trị (khóa X).",
                           "Nghị quyết số 01-NQ/TU ngày 16/11/2020 của Ban Chấp hành Đảng bộ tỉnh khóa XV."}) {
    INFO(good);
    CHECK(count(good, "citation/year-mismatch") == 0);
  }
}

TEST_CASE("conflict: another issuer, date or type for one document") {
  auto a = run("Theo Nghị quyết số 39-NQ/TW ngày 17/4/2015 của Bộ Chính trị về tinh giản biên chế.\n"
               "Tiếp tục thực hiện Nghị quyết số 39-NQ/TW của Ban Chấp hành Trung ương Đảng về tinh giản.\n");
  auto fs = findings(a, "citation/conflict");
  REQUIRE(fs.size() == 1);
  CHECK(a.position(fs[0].span.begin).line == 2);
  CHECK(fs[0].message ==
        "Văn bản 39-NQ/TW được dẫn với cơ quan ban hành “Ban Chấp hành Trung ương Đảng”, khác với dòng 1 (“Bộ Chính trị”)");
  REQUIRE(fs[0].related.size() == 1);
  CHECK(a.position(fs[0].related[0].span.begin).line == 1);
  CHECK(count("Chỉ thị số 14-CT/HU ngày 2/3/2018. Sau đó Chỉ thị số 14-CT/HU ngày 05/3/2018.", "citation/conflict") == 1);
}

TEST_CASE("conflict: fewer details, the same date written two ways, a generic issuer are not conflicts") {
  for (const char* good : {
           "Chỉ thị số 24-CT/TU ngày 27/02/2018 của Ban Thường vụ Tỉnh ủy. Thực hiện Chỉ thị số 24-CT/TU.",
           "Chỉ thị số 14-CT/HU ngày 2/3/2018. Ban hành Chỉ thị số 14-CT/HU ngày 02/3/2018.",
           "Chỉ thị số 05-CT/TW của Bộ Chính trị. Thực hiện Chỉ thị số 05-CT/TW của Trung ương.",
           "Chỉ thị số 07/CT-UBND của UBND tỉnh Lâm Đồng. Thực hiện Chỉ thị số 07/CT-UBND của UBND tỉnh.",
           "Kết luận 114-KL/TW của Ban Bí thư Trung ương Đảng (khóa XI). Kết luận số 114-KL/TW của Ban Bí thư Trung ương Đảng.",
       }) {
    INFO(good);
    CHECK(count(good, "citation/conflict") == 0);
  }
}

TEST_CASE("the most used form wins a conflict: the odd mention is flagged") {
  auto a = run("Chỉ thị số 24-CT/TU của Ban Thường vụ Tỉnh ủy.\nChỉ thị số 24-CT/TU của Huyện ủy.\n"
               "Chỉ thị số 24-CT/TU của Ban Thường vụ Tỉnh ủy.\nChỉ thị số 24-CT/TU của Ban Thường vụ Tỉnh ủy.\n");
  auto fs = findings(a, "citation/conflict");
  REQUIRE(fs.size() == 1);
  CHECK(a.position(fs[0].span.begin).line == 2);
  CHECK(fs[0].message.find("được dẫn 3 lần với “Ban Thường vụ Tỉnh ủy”") != std::string::npos);
}

TEST_CASE("old State numbers in the Party layout are not flagged") {
  // 1990s State numbers: n-TYPE/ISSUER, and "TC" there is the Ministry of Finance.
  CHECK(count("theo Thông tư 70-TC/TCT ngày 24/8/1994 của Bộ Tài chính", "citation/type-mismatch") == 0);
  CHECK(count("Lệnh số 37-L/CTN ngày 14/7/1993 của Chủ tịch nước công bố Pháp lệnh", "citation/format") == 0);
  CHECK(count("theo Nghị quyết số 42-NQ/CP về hỗ trợ người dân", "citation/format") == 1);
}

TEST_CASE("looser names of the same type or issuer are not mismatches or conflicts") {
  CHECK(count("Công văn số 7760/TC-QLCS ngày 14/7/2004 của Bộ Tài chính", "citation/type-mismatch") == 0);
  CHECK(count("theo Pháp lệnh 37-L/CTN về thuế", "citation/type-mismatch") == 0);
  CHECK(count("được hướng dẫn bởi Nghị quyết 72/2025/NQLT/UBTVQH15-CP-ĐCTUBTWMTTQVN", "citation/type-mismatch") == 0);
  CHECK(count("Bộ luật Tố tụng dân sự số 92/2015/QH13. Theo Luật số 92/2015/QH13 đã sửa đổi.", "citation/conflict") == 0);
  CHECK(count("Quyết định số 1966/QĐ-TCHQ của Tổng cục Hải quan. Quyết định số 1966/QĐ-TCHQ của TCHQ.", "citation/conflict") == 0);
  CHECK(count("Quyết định số 1966/QĐ-TCHQ của Tổng cục Hải quan. Quyết định số 1966/QĐ-TCHQ của Bộ Tài chính.",
              "citation/conflict") == 1);
}
