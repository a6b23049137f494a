// Every citation form of issue 4 with its expected fields (checked by hand against the text).
#include <catch2/catch.hpp>

#include "support.h"

using cite_test::cites;
using cite_test::date_of;
using cite_test::find;

TEST_CASE("Party citation with date, issuer and quoted title") {
  auto cs = cites("Kết quả thực hiện Chỉ thị số 24-CT/TU ngày 27/02/2018 của Ban Thường vụ Tỉnh ủy về “Tăng cường và đổi mới công tác dân vận”.");
  REQUIRE(cs.size() == 1);
  const auto& c = cs[0];
  CHECK(c.type == "Chỉ thị");
  CHECK(c.code == "24-CT/TU");
  CHECK(c.number == "24");
  CHECK(c.type_code == "CT");
  CHECK(c.issuer_code == "TU");
  CHECK(c.format == "party");
  CHECK(date_of(c) == "2018-02-27");
  CHECK(c.issuer == "Ban Thường vụ Tỉnh ủy");
  CHECK(c.title == "Tăng cường và đổi mới công tác dân vận");
  CHECK(c.key == "24-CT/TU");
  CHECK(c.text == "Chỉ thị số 24-CT/TU ngày 27/02/2018 của Ban Thường vụ Tỉnh ủy");
  CHECK_FALSE(c.year);
}

TEST_CASE("State, normative and letter numbers") {
  auto cs = cites("Kế hoạch số 33/KH-UBND ngày 08/3/2018 về triển khai; Nghị định số 04/2015/NĐ-CP ngày 09/01/2015 của Chính phủ; "
                  "Công văn số 825/UBND ngày 23/5/2018 v/v triển khai; văn bản số 387/UBND ngày 06/3/2020 về triển khai.");
  REQUIRE(cs.size() == 4);
  CHECK(cs[0].format == "state");
  CHECK(cs[0].type == "Kế hoạch");
  CHECK(cs[0].issuer.empty());
  CHECK(date_of(cs[0]) == "2018-03-08");
  CHECK(cs[1].format == "normative");
  CHECK(cs[1].year == 2015);
  CHECK(cs[1].issuer == "Chính phủ");
  CHECK(cs[2].format == "letter");
  CHECK(cs[2].type == "Công văn");
  CHECK(cs[2].issuer_code == "UBND");
  CHECK(cs[3].type == "Văn bản");
  CHECK(cs[3].code == "387/UBND");
}

TEST_CASE("Joint issuers and compound type words") {
  auto cs = cites("Kế hoạch phối hợp số 64-KH/UBND-BDVHU ngày 24/4/2018 của UBND huyện và Ban Dân vận Huyện ủy về phối hợp; "
                  "Quy chế phối hợp số 01/QCPH-UBND-BDVHU ngày 29/3/2022 của UBND huyện và Ban Dân vận Huyện ủy về Phối hợp.");
  REQUIRE(cs.size() == 2);
  CHECK(cs[0].type == "Kế hoạch phối hợp");
  CHECK(cs[0].code == "64-KH/UBND-BDVHU");
  CHECK(cs[0].issuer_code == "UBND-BDVHU");
  CHECK(cs[0].issuer == "UBND huyện và Ban Dân vận Huyện ủy");
  CHECK(cs[1].type == "Quy chế phối hợp");
  CHECK(cs[1].type_code == "QCPH");
  CHECK(date_of(cs[1]) == "2022-03-29");
}

TEST_CASE("Old Pháp lệnh symbol written with a space, and its term") {
  auto cs = cites("theo Pháp lệnh số 34/2007/PL-UBTVQH 11 của Ủy ban Thường vụ Quốc hội khóa XI và Nghị định số 04/2015/NĐ-CP của Chính phủ,");
  REQUIRE(cs.size() == 2);
  CHECK(cs[0].code == "34/2007/PL-UBTVQH11");
  CHECK(cs[0].code_as_written == "34/2007/PL-UBTVQH 11");
  CHECK(cs[0].type == "Pháp lệnh");
  CHECK(cs[0].issuer == "Ủy ban Thường vụ Quốc hội");
  CHECK(cs[0].term == "XI");
  CHECK(cs[0].format_problem == "spaced");
  CHECK(cs[1].issuer == "Chính phủ");
}

TEST_CASE("Laws by name") {
  auto cs = cites("Thực hiện Luật tiếp công dân, UBND huyện đã ban hành quy chế theo Bộ luật Lao động và Hiến pháp năm 2013.");
  REQUIRE(cs.size() == 3);
  CHECK(cs[0].type == "Luật");
  CHECK(cs[0].name == "tiếp công dân");
  CHECK(cs[0].code.empty());
  CHECK(cs[0].format == "named");
  CHECK(cs[1].type == "Bộ luật");
  CHECK(cs[1].name == "Lao động");
  CHECK(cs[2].type == "Hiến pháp");
  CHECK(cs[2].name == "Hiến pháp năm 2013");
  auto dated = cites("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;");
  REQUIRE(dated.size() == 1);
  CHECK(dated[0].name == "Tổ chức chính quyền địa phương");
  CHECK(date_of(dated[0]) == "2015-06-19");
}

TEST_CASE("A law's name before its number joins the citation") {
  auto cs = cites("Là người lao động theo quy định tại khoản 1 Điều 3 Luật Việc làm số 38/2013/QH13 ngày 16 tháng 11 năm 2013 của Quốc hội.");
  REQUIRE(cs.size() == 1);
  CHECK(cs[0].type == "Luật");
  CHECK(cs[0].name == "Việc làm");
  CHECK(cs[0].code == "38/2013/QH13");
  CHECK(cs[0].issuer == "Quốc hội");
}

TEST_CASE("Upper-case titles") {
  auto cs = cites("CHƯƠNG TRÌNH HÀNH ĐỘNG TRIỂN KHAI KẾ HOẠCH SỐ 119-KH/TU NGÀY 18 THÁNG 12 NĂM 2019 CỦA BAN THƯỜNG VỤ TỈNH ỦY VỀ THỰC HIỆN CHỈ THỊ SỐ 37-CT/TW NGÀY 03 THÁNG 9 NĂM 2019 CỦA BAN BÍ THƯ TRUNG ƯƠNG ĐẢNG");
  REQUIRE(cs.size() == 2);
  CHECK(cs[0].type == "Kế hoạch");
  CHECK(cs[0].code == "119-KH/TU");
  CHECK(date_of(cs[0]) == "2019-12-18");
  CHECK(cs[0].issuer == "BAN THƯỜNG VỤ TỈNH ỦY");
  CHECK(cs[0].issuer_body == "ban_thuong_vu_tinh_uy");
  CHECK(cs[1].type == "Chỉ thị");
  CHECK(cs[1].issuer_body == "ban_bi_thu");
}

TEST_CASE("Codes split by a wrap, and the start line of a wrapped citation") {
  // Seed lines 94-98 and 372-376: long wrapped lines (as a PDF page gives them, a blank line
  // between) that end inside a code or inside the type word.
  auto a = cite_test::run(
      "Ban Thường vụ Huyện ủy đã lãnh đạo, chỉ đạo các cấp ủy Đảng, chính quyền, Mặt \n\n"
      "trận, các đoàn thể chính trị - xã hội tổ chức tuyên truyền, quán triệt Chỉ thị số 24-\n\n"
      "CT/TU của Ban Thường vụ Tỉnh ủy, gắn với tuyên truyền, quán triệt các kết luận \n");
  REQUIRE(a.citations.size() == 1);
  CHECK(a.citations[0].code == "24-CT/TU");
  CHECK(a.citations[0].issuer == "Ban Thường vụ Tỉnh ủy");
  CHECK(a.position(a.citations[0].span.begin).line == 3);
  auto b = cite_test::run(
      "Các cơ quan hành chính Nhà nước, chính quyền các cấp tiếp tục thực hiện \n\n"
      "có hiệu quả chương trình tổng thể cải cách hành chính giai đoạn 2011-2020; Nghị \n\n"
      "định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ “Về thực hiện cơ chế một \n");
  REQUIRE(b.citations.size() == 1);
  CHECK(b.position(b.citations[0].span.begin).line == 3);
  CHECK(b.citations[0].type == "Nghị định");
  CHECK(date_of(b.citations[0]) == "2018-04-23");
  // Seed lines 973-975: a long wrapped line (as a PDF page gives it) ends inside the code.
  auto c = cite_test::run(
      "2. Các cơ quan hành chính Nhà nước, chính quyền các cấp thực hiện tốt \n\n"
      "chương trình tổng thể cải cách hành chính giai đoạn 2021 - 2030; Chỉ thị 33/CT \n\n"
      "TTg ngày 26/11/2021 của Thủ tướng Chính phủ về việc “Tiếp tục tăng cường và \n\n"
      "đổi mới công tác dân vận của cơ quan hành chính Nhà nước”.\n");
  REQUIRE(c.citations.size() == 1);
  CHECK(c.citations[0].code == "33/CT-TTg");
  CHECK(c.citations[0].format_problem == "lost-hyphen");
  CHECK(date_of(c.citations[0]) == "2021-11-26");
}

TEST_CASE("A stray space inside a code is removed, case kept") {
  auto cs = cites("Quyết định số 416/QĐ- TTg ngày 25 tháng 3 năm 2020 và Kế hoạch số 119- KH/TU.");
  REQUIRE(cs.size() == 2);
  CHECK(cs[0].code == "416/QĐ-TTg");
  CHECK(cs[1].code == "119-KH/TU");
  CHECK(cs[1].format_problem == "spaced");
}

TEST_CASE("Coordinated lists share the symbol, the date and the issuer") {
  auto cs = cites("theo Quyết định số 217, 218-QĐ/TW của Bộ Chính trị.");
  REQUIRE(cs.size() == 2);
  CHECK(cs[0].code == "217-QĐ/TW");
  CHECK(cs[1].code == "218-QĐ/TW");
  CHECK(cs[0].issuer == "Bộ Chính trị");
  CHECK(cs[0].type == "Quyết định");
  auto both = cites("theo Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị.");
  REQUIRE(both.size() == 2);
  CHECK(date_of(both[0]) == "2013-12-12");
  CHECK(both[0].issuer == "Bộ Chính trị");
  auto stray = cites("theo Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW của ngày 12/12/2013 của Bộ Chính trị, góp phần");
  REQUIRE(stray.size() == 2);
  CHECK(date_of(stray[0]) == "2013-12-12");
  CHECK(date_of(stray[1]) == "2013-12-12");
  CHECK(stray[1].issuer == "Bộ Chính trị");
  // Different issuers do not share: each keeps its own (none here).
  auto apart = cites("Chỉ thị số 37-CT/TW; Quyết định số 416/QĐ-TTg ngày 25/3/2020 của Thủ tướng Chính phủ");
  REQUIRE(apart.size() == 2);
  CHECK(apart[0].issuer.empty());
}

TEST_CASE("Every date form after a code") {
  CHECK(date_of(cites("Nghị quyết số 13-NQ/HU ngày 27/ 6/ 2012 của Huyện ủy")[0]) == "2012-06-27");
  CHECK(date_of(cites("Nghị quyết số 15-NQ/TU ngày 4-7-2017")[0]) == "2017-07-04");
  CHECK(date_of(cites("Kế hoạch số 363/KH-TTCP ngày 20 tháng 3 năm 2019 của Thanh tra Chính phủ")[0]) == "2019-03-20");
  CHECK(date_of(cites("Nghị quyết số 18-NQ/TW, ngày 25 tháng 10 năm 2017 của Ban Chấp hành Trung ương khóa XII")[0]) == "2017-10-25");
}

TEST_CASE("A title between the number and the date (Bộ Pháp điển notes)") {
  auto cs = cites("(Điều 1 Nghị định số 12/2011/NĐ-CP Về tổ chức và chính sách đối với thanh niên xung phong ngày 30/01/2011 của Chính phủ, có hiệu lực thi hành kể từ ngày 26/03/2011)");
  REQUIRE(cs.size() == 1);
  CHECK(date_of(cs[0]) == "2011-01-30");
  CHECK(cs[0].issuer == "Chính phủ");
  CHECK(cs[0].title == "Về tổ chức và chính sách đối với thanh niên xung phong");
  auto bare = cites("(Điều 2 Nghị định số 12/2011/NĐ-CP, có hiệu lực thi hành kể từ ngày 26/03/2011)");
  REQUIRE(bare.size() == 1);
  CHECK_FALSE(bare[0].date);
  CHECK(bare[0].issuer.empty());
}

TEST_CASE("A nested citation in the title keeps its own date; the outer takes the last one") {
  auto cs = cites("(Điều 1 Thông tư số 11/2011/TT-BNV Hướng dẫn thi hành một số điều của Nghị định số 12/2011/NĐ-CP ngày 30 tháng 01 năm 2011của Chính phủ về tổ chức và chính sách đối với thanh niên xung phong ngày 26/09/2011 của Bộ Nội vụ, có hiệu lực thi hành kể từ ngày 01/11/2011)");
  REQUIRE(cs.size() == 2);
  CHECK(cs[0].code == "11/2011/TT-BNV");
  CHECK(date_of(cs[0]) == "2011-09-26");
  CHECK(cs[0].issuer == "Bộ Nội vụ");
  CHECK(date_of(cs[1]) == "2011-01-30");
  CHECK(cs[1].issuer == "Chính phủ");
  auto law = cites("(Điều 1 Luật số 57/2020/QH14 Luật Thanh niên ngày 16/06/2020 của Quốc hội, có hiệu lực thi hành kể từ ngày 01/01/2021)");
  REQUIRE(law.size() == 1);
  CHECK(law[0].name == "Thanh niên");
  CHECK(date_of(law[0]) == "2020-06-16");
}

TEST_CASE("Term in parentheses, title after 'về'") {
  auto c = cites("Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương Đảng (khóa XII) về “Một số vấn đề tiếp tục đổi mới”")[0];
  CHECK(c.issuer == "Ban Chấp hành Trung ương Đảng");
  CHECK(c.term == "XII");
  CHECK(c.title == "Một số vấn đề tiếp tục đổi mới");
  auto d = cites("Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị (Khóa XIII) về việc ban hành Quy chế công tác dân vận;")[0];
  CHECK(d.term == "XIII");
  CHECK(d.title == "việc ban hành Quy chế công tác dân vận");
}

TEST_CASE("The issuer after the date wins over a garbled one before it") {
  auto c = cites("gắn với thực hiện Kết luận số 01-KL/TW của Bộ Chính ngày 18/5/2021 của Bộ Chính trị về tiếp tục")[0];
  CHECK(c.issuer == "Bộ Chính trị");
  CHECK(date_of(c) == "2021-05-18");
}

TEST_CASE("An effective date is never the date of issue") {
  auto cs = cites("Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 8 năm 2024 và thay thế Quyết định số 63/2015/QĐ-TTg ngày 10 tháng 12 năm 2015 của Thủ tướng Chính phủ.");
  REQUIRE(cs.size() == 1);
  CHECK(date_of(cs[0]) == "2015-12-10");
  auto note = cites("(Điều 3 Luật số 23/2004/QH11, có hiệu lực thi hành kể từ ngày 01/01/2005, có nội dung được sửa đổi bởi Điều 1 Luật số 48/2014/QH13 có hiệu lực thi hành kể từ ngày 01/01/2015)");
  REQUIRE(note.size() == 2);
  CHECK_FALSE(note[0].date);
  CHECK_FALSE(note[1].date);
}

TEST_CASE("An abbreviation as the type word") {
  auto c = cites("tiếp tục thực hiện NQ 25-NQ/TW ngày 3/6/2013 của Ban Chấp hành Trung ương Đảng khóa XI")[0];
  CHECK(c.type == "Nghị quyết");
  CHECK(c.code == "25-NQ/TW");
  CHECK(c.term == "XI");
  CHECK(c.issuer == "Ban Chấp hành Trung ương Đảng");
}

TEST_CASE("Without a type word the type comes from the code") {
  auto cs = cites("thực hiện các Nghị quyết của Chính phủ: số 01/NQ-CP ngày 05 tháng 01 năm 2024 về nhiệm vụ");
  REQUIRE(cs.size() == 1);
  CHECK(cs[0].type == "Nghị quyết");
  CHECK_FALSE(cs[0].type_from_word);
}

TEST_CASE("Joint issuers listed with commas when the code names them all") {
  auto c = cites("(Điều 1 Thông tư liên tịch số 20/2013/TTLT-BYT-BCT-BNNPTNT Quy định điều kiện ngày 01/08/2013 của Bộ Y tế, Bộ công thương và Bộ Nông nghiệp và Phát triển nông thôn, có hiệu lực thi hành kể từ ngày 10/10/2013)")[0];
  CHECK(c.issuer == "Bộ Y tế, Bộ công thương và Bộ Nông nghiệp và Phát triển nông thôn");
  CHECK(c.type == "Thông tư liên tịch");
  // A comma list not closed by "và" is not one issuer.
  auto d = cites("Trên cơ sở Chỉ thị số 24-CT/TU của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Huyện ủy đã ban hành")[0];
  CHECK(d.issuer == "Ban Thường vụ Tỉnh ủy");
}

TEST_CASE("Mentions of one document share a key; numbers 1 and 01 are one document") {
  auto a = cite_test::run("Kế hoạch số 01/KH-UBND ngày 02/01/2020. Theo Kế hoạch số 1/KH-UBND, Chỉ thị số 24-CT/TU và Chỉ thị số 24- CT/TU.");
  REQUIRE(a.citations.size() == 4);
  CHECK(a.citations[0].key == a.citations[1].key);
  CHECK(a.citations[2].key == a.citations[3].key);
  REQUIRE(a.cited_documents.size() == 2);
  CHECK(a.cited_documents[0].mentions == std::vector<size_t>{0, 1});
  CHECK(a.cited_documents[1].key == "24-CT/TU");
}

TEST_CASE("A long law name between the type word and its number") {
  auto cs = cites("khoản 2 Điều 43 của Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ số 14/2017/QH14 đã được sửa đổi");
  REQUIRE(cs.size() == 1);
  CHECK(cs[0].type == "Luật");
  CHECK(cs[0].name == "Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ");
  CHECK(cs[0].code == "14/2017/QH14");
}

TEST_CASE("v/v opens a title; its V is no part of the issuer") {
  auto c = cites("Căn cứ Công văn số 1234/UBND-KTTH ngày 05/3/2021 của UBND tỉnh Quảng Ninh V/v triển khai kế hoạch;")[0];
  CHECK(c.issuer == "UBND tỉnh Quảng Ninh");
  CHECK(c.title == "triển khai kế hoạch");
  auto d = cites("Công văn số 825/UBND ngày 23/5/2018 v/v triển khai thực hiện một số nhiệm vụ;")[0];
  CHECK(d.title == "triển khai thực hiện một số nhiệm vụ");
}
