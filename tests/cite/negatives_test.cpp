// Things that look like citations and are not.
#include <catch2/catch.hpp>

#include "support.h"

using cite_test::cites;

TEST_CASE("Numbers with dashes or slashes that are not document codes") {
  for (const char* text : {
           "không lấn chiếm đất đai với Khu kinh tế quốc phòng 78-Học viện Lục quân;",
           "phòng, chống dịch Covid-19 và Covid -19 vừa phát triển kinh tế",
           "theo tiêu chuẩn TCVN ISO 9001: 2015 trong giải quyết hồ sơ",
           "cải cách hành chính giai đoạn 2012 - 2020 và nhiệm kỳ 2020-2025",
           "nhiễm HIV/AIDS, đến nay vẫn còn 104/111 quy hoạch chưa hoàn thành trong quý II/2020",
           "Điều 36.3.LQ.1. Thanh niên; Điều 2/3 số thành viên",
           "đạt tỷ lệ 50/50, lúc 15/30 phút",
       })
    CHECK(cites(text).empty());
}

TEST_CASE("Common nouns built on 'Luật' are not laws cited by name") {
  for (const char* text : {"Luật này quy định về thanh niên.", "Văn phòng Luật sư Hà Nội", "Hội Luật gia tỉnh",
                           "theo quy định của pháp luật và các luật có liên quan"})
    CHECK(cites(text).empty());
}

TEST_CASE("The document's own number in its header is not a citation") {
  CHECK(cites("Số: 435/QĐ-UBND Kon Tum, ngày 04 tháng 5 năm 2020\n").empty());
  CHECK(cites("Nghị quyết số:\n61/2022/QH15\nHà Nội, ngày 16 tháng 6 năm 2022\n").empty());
  CHECK(cites("Số:\n299/TTg Hà Nội, ngày 10 tháng 11 năm 1980\n").empty());
  // … but the same number cited in the text is.
  CHECK(cites("(Kèm theo Quyết định số 435/QĐ-UBND ngày 04 tháng 5 năm 2020 của Ủy ban nhân dân tỉnh)").size() == 1);
}

TEST_CASE("A company-style number without 'số' or a type word is not a công văn") {
  CHECK(cites("Tổng cộng 825/UBND là sai").empty());
  CHECK(cites("Công văn 825/UBND ngày 23/5/2018").size() == 1);
}

TEST_CASE("Later mentions without date or issuer stay bare") {
  auto cs = cites("Chỉ thị số 24-CT/TU ngày 27/02/2018 của Ban Thường vụ Tỉnh ủy. Tiếp tục thực hiện Chỉ thị số 24-CT/TU.");
  REQUIRE(cs.size() == 2);
  CHECK_FALSE(cs[1].date);
  CHECK(cs[1].issuer.empty());
}

TEST_CASE("The number of a form, a table or an appendix is not a document") {
  CHECK(cites("gồm Đơn đăng ký đất đai theo Mẫu số 05/ĐK và báo cáo").empty());
  CHECK(cites("theo quy định tại Bảng số 02/BVĐ của Phụ lục VI ban hành kèm theo").empty());
  CHECK(cites("lập theo Biểu số 01/TB-UBND kèm theo").empty());
}

TEST_CASE("Apostrophes alone before a number do not stall the reader") {
  // Found by random input: a lone "’" before a code once sent the backward word reader round.
  CHECK(cites("2’PTNT12/12/2013 ’ 33/CT ’’ số 24-CT/TU").size() <= 2);
  CHECK(cites("’’’ ’ 24-CT/TU").size() == 1);
}
