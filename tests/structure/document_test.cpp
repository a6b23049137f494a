// The document itself (kind, title, number, date, place, issuer, recipients, signature) and its
// footnotes. Headers are written in the shapes real pages take: a PDF conversion with one
// field per line, a crawled page that squeezes the header onto two lines, a Party header
// ("Số 24-BC/HU", no colon), a letter ("V/v"), and a law's header from the UTS_VLC corpus
// (github undertheseanlp/underthesea, Apache-2.0: Luật An ninh quốc gia 32/2004/QH11). The
// numbers and names of the made-up headers are invented.
#include <catch2/catch.hpp>

#include "../layout/helpers.h"
#include "structure/structure.h"

namespace {

vanban::Structure structure_of(const std::string& text) {
  auto l = vanban::test::lay_out(text);
  return vanban::analyze_structure(l.layout);
}

const vanban::Structure& seed() {
  static const vanban::Structure s = structure_of(vanban::test::read_seed());
  return s;
}

vanban::Date date(int y, int m, int d) { return vanban::Date{y, m, d}; }

}  // namespace

TEST_CASE("the seed: a report without number or date; the signature columns share lines with the recipients") {
  const vanban::DocumentInfo& d = seed().document;
  CHECK(d.kind == "Báo cáo");
  CHECK(d.title.rfind("BÁO CÁO Kết quả 05 năm thực hiện Chỉ thị số 24-CT/TU ngày 27/02/2018 của Ban Thường vụ Tỉnh ủy", 0) == 0);
  CHECK(d.number.empty());
  CHECK_FALSE(d.date.has_value());
  CHECK(d.place.empty());
  CHECK(d.issuer.empty());
  // Lines 1082-1095: "Nơi nhận:        T/M BAN THƯỜNG VỤ", "- Ban Dân vận  Tỉnh ủy;        PHÓ BÍ THƯ", …
  CHECK(d.recipients == std::vector<std::string>{"Ban Dân vận Tỉnh ủy", "TT/HU, HĐND, UBND huyện", "Các Ban xây dựng Đảng",
                                                 "MT, các đoàn thể huyện", "Các TCCS Đảng trực thuộc HU", "Lưu VP/HU"});
  CHECK(d.signature_role == "T/M BAN THƯỜNG VỤ PHÓ BÍ THƯ");
  CHECK(d.signer == "Lê Hồng Khánh");
}

TEST_CASE("the seed's footnotes: marker line and body line") {
  const std::vector<vanban::Footnote>& f = seed().footnotes;
  REQUIRE(f.size() == 8);
  const uint32_t refs[] = {170, 440, 494, 546, 550, 582, 688, 779};
  const uint32_t bodies[] = {230, 502, 505, 587, 598, 607, 698, 783};
  for (size_t i = 0; i < 8; ++i) {
    INFO("footnote " << i + 1);
    CHECK(f[i].label == std::to_string(i + 1));
    CHECK(f[i].ref_line == refs[i]);
    CHECK(f[i].line == bodies[i]);
  }
}

TEST_CASE("a decision whose header a crawler squeezed onto a few lines") {
  auto s = structure_of(
      "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG -------\n"
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------\n"
      "Số: 127/QĐ-UBND Đà Lạt, ngày 05 tháng 01 năm 2021 QUYẾT ĐỊNH V/V BAN HÀNH KẾ HOẠCH THỰC HIỆN "
      "CÔNG TÁC DÂN VẬN CHÍNH QUYỀN NĂM 2021 ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG\n"
      "Căn cứ Luật tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
      "QUYẾT ĐỊNH:\n"
      "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện công tác dân vận chính quyền năm 2021.\n"
      "Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.\n"
      "Nơi nhận:\n"
      "- Như điều 2;\n"
      "- Thường trực Tỉnh ủy (b/c);\n"
      "- Lưu: VT, NC.\n"
      "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn Bình KẾ HOẠCH THỰC HIỆN CÔNG TÁC DÂN VẬN\n"
      "I. MỤC ĐÍCH, YÊU CẦU\n");
  const vanban::DocumentInfo& d = s.document;
  CHECK(d.number == "127/QĐ-UBND");
  CHECK(d.place == "Đà Lạt");
  REQUIRE(d.date.has_value());
  CHECK(*d.date == date(2021, 1, 5));
  CHECK(d.kind == "Quyết định");
  CHECK(d.title == "QUYẾT ĐỊNH V/V BAN HÀNH KẾ HOẠCH THỰC HIỆN CÔNG TÁC DÂN VẬN CHÍNH QUYỀN NĂM 2021");
  CHECK(d.issuer == "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG");
  CHECK(d.recipients == std::vector<std::string>{"Như điều 2", "Thường trực Tỉnh ủy (b/c)", "Lưu: VT, NC"});
  CHECK(d.signature_role == "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH");
  CHECK(d.signer == "Nguyễn Văn Bình");
  // The attached plan's sections are sections too; Điều 2 ends before the recipients.
  REQUIRE(s.sections.size() == 3);
  CHECK(s.sections[1].label == "Điều 2");
  CHECK(s.sections[1].end_line == 7);
  CHECK(s.sections[2].number == "I");
}

TEST_CASE("a header printed one field per line: the number after its own line") {
  auto s = structure_of(
      "BỘ TÀI CHÍNH\n"
      "TỔNG CỤC HẢI QUAN\n"
      "--------\n"
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
      "Độc lập - Tự do - Hạnh phúc\n"
      "Số:\n"
      "778/TCHQ-GSQL\n"
      "V/v thủ tục hải quan đối với hàng hóa xuất khẩu\n"
      "Hà Nội, ngày 12 tháng 02 năm 2015\n"
      "Kính gửi: Cục Hải quan các tỉnh, thành phố.\n"
      "Tổng cục Hải quan hướng dẫn thực hiện như sau.\n");
  const vanban::DocumentInfo& d = s.document;
  CHECK(d.number == "778/TCHQ-GSQL");
  CHECK(d.place == "Hà Nội");
  REQUIRE(d.date.has_value());
  CHECK(*d.date == date(2015, 2, 12));
  CHECK(d.issuer == "TỔNG CỤC HẢI QUAN");  // the issuing body under its parent
  CHECK(d.kind == "Công văn");             // a letter: "V/v" and no type name
  CHECK(d.title == "V/v thủ tục hải quan đối với hàng hóa xuất khẩu");
}

TEST_CASE("a Party header: \"Số 24-BC/HU\" without a colon") {
  auto s = structure_of(
      "ĐẢNG BỘ TỈNH LÂM ĐỒNG\n"
      "HUYỆN ỦY ĐỨC TRỌNG\n"
      "*\n"
      "Số 31-BC/HU\n"
      "ĐẢNG CỘNG SẢN VIỆT NAM\n"
      "Đức Trọng, ngày 15 tháng 3 năm 2023\n"
      "BÁO CÁO\n"
      "Kết quả 05 năm thực hiện Chỉ thị số 24-CT/TU ngày 27/02/2018 của Ban Thường vụ Tỉnh ủy\n"
      "I. KHÁI QUÁT TÌNH HÌNH\n"
      "Huyện có 14 xã, 1 thị trấn.\n");
  const vanban::DocumentInfo& d = s.document;
  CHECK(d.number == "31-BC/HU");
  CHECK(d.place == "Đức Trọng");
  REQUIRE(d.date.has_value());
  CHECK(*d.date == date(2023, 3, 15));
  CHECK(d.issuer == "HUYỆN ỦY ĐỨC TRỌNG");
  CHECK(d.kind == "Báo cáo");
  CHECK(d.title == "BÁO CÁO Kết quả 05 năm thực hiện Chỉ thị số 24-CT/TU ngày 27/02/2018 của Ban Thường vụ Tỉnh ủy");
}

TEST_CASE("a law's header (UTS_VLC, Luật An ninh quốc gia)") {
  auto s = structure_of(
      "QUỐC HỘI\n********\n\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n********\n\n"
      "Số: 32/2004/QH11\n\nHà Nội, ngày 03 tháng 12 năm 2004\n\n\n\nLUẬT\n\n"
      "CỦA QUỐC HỘI NƯỚC CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM SỐ 32/2004/QH11 NGÀY 03 THÁNG 12 NĂM 2004 VỀ AN NINH QUỐC GIA\n\n"
      "Luật này quy định về an ninh quốc gia.\n\nChương 1:\n\nNHỮNG QUY ĐỊNH CHUNG\n\nĐiều 1. Phạm vi điều chỉnh\n\n");
  const vanban::DocumentInfo& d = s.document;
  CHECK(d.number == "32/2004/QH11");
  CHECK(d.place == "Hà Nội");
  CHECK(*d.date == date(2004, 12, 3));
  CHECK(d.kind == "Luật");
  CHECK(d.issuer == "QUỐC HỘI");
  CHECK(d.title.rfind("LUẬT CỦA QUỐC HỘI", 0) == 0);
  CHECK(s.sections.size() == 2);
}

TEST_CASE("\"<loại> số:\" names the number; a citation's lower-case \"số\" does not") {
  auto s = structure_of("QUỐC HỘI --------\nNghị quyết số:\n45/2023/QH15\nHà Nội, ngày 20 tháng 6 năm 2023 NGHỊ QUYẾT VỀ CHẤT VẤN\n");
  CHECK(s.document.number == "45/2023/QH15");
  CHECK(s.document.kind == "Nghị quyết");
  CHECK(s.document.title == "NGHỊ QUYẾT VỀ CHẤT VẤN");
  auto report = structure_of("BÁO CÁO\nTình hình thực hiện Chỉ thị số 24-CT/TU của Ban Thường vụ Tỉnh ủy\n");
  CHECK(report.document.number.empty());
}

TEST_CASE("a signature without recipients, on the last line") {
  auto s = structure_of(
      "Điều 3. Điều khoản thi hành\n"
      "Nghị quyết này được Quốc hội thông qua ngày 16 tháng 6 năm 2022.\n"
      "CHỦ TỊCH QUỐC HỘI Nguyễn Văn An\n");
  CHECK(s.document.signature_role == "CHỦ TỊCH QUỐC HỘI");
  CHECK(s.document.signer == "Nguyễn Văn An");
  CHECK(s.document.recipients.empty());
}

TEST_CASE("a signature on several lines, with the authority mark alone") {
  auto s = structure_of(
      "Bộ Kế hoạch và Đầu tư trả lời để Tổng công ty biết, thực hiện./.\n"
      "Nơi nhận:\n"
      "- Như trên;\n"
      "- Lưu: VT, QLKTTW.\n"
      "TL. BỘ TRƯỞNG\n"
      "CHÁNH VĂN PHÒNG\n"
      "Trần Thị Hoa\n");
  CHECK(s.document.recipients == std::vector<std::string>{"Như trên", "Lưu: VT, QLKTTW"});
  CHECK(s.document.signature_role == "TL. BỘ TRƯỞNG CHÁNH VĂN PHÒNG");
  CHECK(s.document.signer == "Trần Thị Hoa");
}

TEST_CASE("footnotes: a marker with no body and a body with no marker") {
  auto s = structure_of(
      "Giải quyết dứt điểm đơn thư khiếu nại, tố cáo của công dân\n"
      "1\n"
      ", góp phần ổn định tình hình.\n"
      "                                           \n"
      "3\n"
      "Đã giải quyết 2.682 đơn, đạt 96,4%.\n");
  REQUIRE(s.footnotes.size() == 2);
  CHECK(s.footnotes[0].label == "1");
  CHECK(s.footnotes[0].ref_line == 2);
  CHECK(s.footnotes[0].line == 0);
  CHECK(s.footnotes[1].label == "3");
  CHECK(s.footnotes[1].ref_line == 0);
  CHECK(s.footnotes[1].line == 5);
}

TEST_CASE("the kind from the number's type code when no type name is printed") {
  auto party = structure_of("HUYỆN ỦY ĐỨC TRỌNG\n*\nSố 12-TB/HU\nĐức Trọng, ngày 02 tháng 8 năm 2022\nÝ kiến của Thường trực Huyện ủy\n");
  CHECK(party.document.number == "12-TB/HU");
  CHECK(party.document.kind == "Thông báo");
  // A consolidated text prints the law it consolidates; its number says what it is.
  auto vbhn = structure_of("VĂN PHÒNG QUỐC HỘI --------\nSố: 12/VBHN-VPQH Hà Nội, ngày 08 tháng 7 năm 2022 LUẬT ĐẤU THẦU\n");
  CHECK(vbhn.document.kind == "Văn bản hợp nhất");
  CHECK(vbhn.document.title == "LUẬT ĐẤU THẦU");
}

TEST_CASE("the date line without its comma, as crawled pages sometimes print it") {
  auto s = structure_of("CHÍNH PHỦ -------\nSố: 87/2025/NĐ-CP Hà Nội ngày 11 tháng 4 năm 2025\nNGHỊ ĐỊNH QUY ĐỊNH VIỆC GIẢM TIỀN THUÊ ĐẤT NĂM 2024\n");
  CHECK(s.document.place == "Hà Nội");
  REQUIRE(s.document.date.has_value());
  CHECK(*s.document.date == date(2025, 4, 11));
  CHECK(s.document.kind == "Nghị định");
}

TEST_CASE("a signature at the end of a very long last paragraph is still read, from its end") {
  // A crawled law whose last paragraph runs on into the signer's role and name: only the last
  // kilobyte of the cell is split into words, and the role and name are within it.
  std::string body = "Nghị quyết này được Quốc hội thông qua ngày 16 tháng 6 năm 2022";
  while (body.size() < 200'000) body += ", và các cơ quan có liên quan chịu trách nhiệm thi hành";
  auto s = structure_of("Điều 3. Điều khoản thi hành\n" + body + ". CHỦ TỊCH QUỐC HỘI Nguyễn Văn An\n");
  CHECK(s.document.signature_role == "CHỦ TỊCH QUỐC HỘI");
  CHECK(s.document.signer == "Nguyễn Văn An");
}
