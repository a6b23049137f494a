// The section tree: the seed report's 28 headings (lines read off corpus/seed_report.txt by
// hand: "I." 11, " II." 82, "1." 84, "1.1." 88 … "5." 1041, "7." 1058), legal texts, and the
// labels one-line-per-paragraph pages glue into a title. Legal excerpts come from the UTS_VLC
// law corpus (github undertheseanlp/underthesea, Apache-2.0): Luật An ninh quốc gia
// 32/2004/QH11 and Bộ luật Dân sự 91/2015/QH13.
#include <catch2/catch.hpp>

#include "../layout/helpers.h"
#include "structure/structure.h"

namespace {

struct Expected {
  const char* number;
  const char* label;
  int level;
  uint32_t line;
};

vanban::Structure structure_of(const std::string& text) {
  auto l = vanban::test::lay_out(text);
  return vanban::analyze_structure(l.layout);
}

const vanban::Structure& seed() {
  static const vanban::Structure s = structure_of(vanban::test::read_seed());
  return s;
}

}  // namespace

TEST_CASE("the seed's sections: full paths, labels, levels, lines") {
  const Expected expected[] = {
      {"I", "I", 1, 11},         {"II", "II", 1, 82},       {"II.1", "1", 2, 84},       {"II.1.1", "1.1", 3, 88},
      {"II.1.2", "1.2", 3, 142}, {"II.1.3", "1.3", 3, 183}, {"II.2", "2", 2, 221},      {"II.2.1", "2.1", 3, 223},
      {"II.2.2", "2.2", 3, 285}, {"II.2.3", "2.3", 3, 327}, {"II.2.4", "2.4", 3, 368},  {"II.2.5", "2.5", 3, 400},
      {"II.2.6", "2.6", 3, 451}, {"II.2.7", "2.7", 3, 523}, {"II.2.8", "2.8", 3, 641},  {"II.2.9", "2.9", 3, 691},
      {"III", "III", 1, 809},    {"III.1", "1", 2, 811},    {"III.2", "2", 2, 847},     {"III.3", "3", 2, 900},
      {"III.4", "4", 2, 922},    {"IV", "IV", 1, 952},      {"IV.1", "1", 2, 954},      {"IV.2", "2", 2, 973},
      {"IV.3", "3", 2, 991},     {"IV.4", "4", 2, 1015},    {"IV.5", "5", 2, 1041},     {"IV.7", "7", 2, 1058},
  };
  const std::vector<vanban::Section>& secs = seed().sections;
  REQUIRE(secs.size() == std::size(expected));
  for (size_t i = 0; i < secs.size(); ++i) {
    INFO("section " << expected[i].number);
    CHECK(secs[i].number == expected[i].number);
    CHECK(secs[i].label == expected[i].label);
    CHECK(secs[i].level == expected[i].level);
    CHECK(secs[i].line == expected[i].line);
  }
}

TEST_CASE("the seed's sections: kinds, titles, columns, ends, parents") {
  const std::vector<vanban::Section>& secs = seed().sections;
  REQUIRE(secs.size() == 28);
  CHECK(secs[0].kind == "roman");
  CHECK(secs[0].title == "KHÁI QUÁT TÌNH HÌNH");
  CHECK(secs[0].end_line == 80);      // "bàn huyện. " is the last line before " II."
  CHECK(secs[1].column == 2);         // " II. KẾT QUẢ THỰC HIỆN": the label after a space
  CHECK(secs[2].kind == "arabic");
  CHECK(secs[2].title == "Công tác lãnh đạo, chỉ đạo thực hiện Chỉ thị số 24-CT/TU của Ban Thường vụ Tỉnh ủy");
  CHECK(secs[3].kind == "decimal");
  CHECK(secs[3].parent == 2);
  CHECK(secs[3].ordinal == 1);
  CHECK(secs[8].title == "Vai trò trách nhiệm của người đứng đầu cấp ủy Đảng và chính quyền các cấp trong việc triển khai thực hiện công tác dân vận");
  CHECK(secs[8].end_line == 325);
  CHECK(secs[15].end_line == 807);    // II.2.9 runs to the end of II
  CHECK(secs[18].title == "Hạn chế, khuyết điểm");
  CHECK(secs[27].ordinal == 7);
  CHECK(secs[27].parent == 21);
  CHECK(secs[27].end_line == 1078);   // the recipients and signature (from 1082) are not in IV.7
  CHECK(seed().section_at(500)->number == "II.2.6");
  CHECK(seed().section_at(1060)->number == "IV.7");
}

TEST_CASE("numbering restarts under each parent") {
  auto s = structure_of(
      "I. MỤC ĐÍCH, YÊU CẦU\n"
      "1. Nâng cao nhận thức của cấp ủy.\n"
      "2. Bám sát các nội dung của Kế hoạch.\n"
      "II. NỘI DUNG HOẠT ĐỘNG\n"
      "1. Tăng cường sự lãnh đạo của cấp ủy\n"
      "1.1. Tổ chức nghiên cứu, tuyên truyền.\n"
      "a) Đối với cán bộ, đảng viên;\n"
      "b) Đối với người lao động.\n"
      "1.2. Nâng cao vai trò của người đứng đầu.\n"
      "2. Nâng cao năng lực quản lý nhà nước\n");
  std::vector<std::string> numbers;
  std::vector<int> levels;
  for (const auto& sec : s.sections) {
    numbers.push_back(sec.number);
    levels.push_back(sec.level);
  }
  CHECK(numbers == std::vector<std::string>{"I", "I.1", "I.2", "II", "II.1", "II.1.1", "II.1.1.a", "II.1.1.b", "II.1.2", "II.2"});
  CHECK(levels == std::vector<int>{1, 2, 2, 1, 2, 3, 4, 4, 3, 2});
  CHECK(s.sections[6].kind == "letter");
}

TEST_CASE("legal headings: Phần, Chương, Mục, Điều, khoản, điểm") {
  auto s = structure_of(
      "Phần thứ nhất\n\nQUY ĐỊNH CHUNG\n\nChương III\n\nCÁ NHÂN\n\n"
      "Mục 1. NĂNG LỰC PHÁP LUẬT DÂN SỰ, NĂNG LỰC HÀNH VI DÂN SỰ CỦA CÁ NHÂN\n\n"
      "Điều 16. Năng lực pháp luật dân sự của cá nhân\n\n"
      "1. Năng lực pháp luật dân sự của cá nhân là khả năng của cá nhân có quyền dân sự và nghĩa vụ dân sự.\n\n"
      "2. Mọi cá nhân đều có năng lực pháp luật dân sự như nhau.\n\n"
      "Điều 21. Áp dụng một số biện pháp cần thiết\n\n"
      "1. Khi có nguy cơ đe doạ an ninh quốc gia, Thủ tướng Chính phủ quyết định:\n\n"
      "a) Tăng cường bảo vệ các mục tiêu quan trọng;\n\n"
      "đ) Cấm, giải tán hoặc hạn chế các cuộc tụ tập đông người;\n\n");
  REQUIRE(s.sections.size() == 10);
  const auto& sec = s.sections;
  CHECK(sec[0].number == "Phần thứ nhất");
  CHECK(sec[0].kind == "phan");
  CHECK(sec[0].title == "QUY ĐỊNH CHUNG");  // the title on the next line
  CHECK(sec[1].number == "Phần thứ nhất.Chương III");
  CHECK(sec[1].title == "CÁ NHÂN");
  CHECK(sec[2].number == "Phần thứ nhất.Chương III.Mục 1");
  CHECK(sec[3].number == "Phần thứ nhất.Chương III.Mục 1.Điều 16");
  CHECK(sec[3].label == "Điều 16");
  CHECK(sec[3].title == "Năng lực pháp luật dân sự của cá nhân");
  CHECK(sec[4].number == "Phần thứ nhất.Chương III.Mục 1.Điều 16.1");
  CHECK(sec[4].kind == "khoan");
  CHECK(sec[6].number == "Phần thứ nhất.Chương III.Mục 1.Điều 21");  // a new article closes the khoản
  CHECK(sec[8].number == "Phần thứ nhất.Chương III.Mục 1.Điều 21.1.a");
  CHECK(sec[9].number == "Phần thứ nhất.Chương III.Mục 1.Điều 21.1.đ");
  CHECK(sec[9].kind == "diem");
  CHECK(sec[9].ordinal == 5);
  CHECK(sec[9].level == 6);
}

TEST_CASE("labels glued into a title by one-line-per-paragraph pages") {
  auto s = structure_of(
      "II. NỘI DUNG HOẠT ĐỘNG\n"
      "2. Nâng cao năng lực, hiệu quả quản lý nhà nước về quan hệ lao động 2.1.\n"
      "Rà soát, kiến nghị cấp có thẩm quyền sửa đổi, bổ sung các thiết chế.\n"
      "3. Giải quyết tốt tranh chấp lao động và đình công 3.1. Rà soát, kiện toàn các thiết chế.\n"
      "III. TỔ CHỨC THỰC HIỆN 1.\n"
      "Các sở, ban, ngành căn cứ chức năng, nhiệm vụ được giao tổ chức thực hiện.\n"
      "2.\n"
      "Giao Sở Lao động - Thương binh và Xã hội:\n");
  std::vector<std::string> numbers;
  for (const auto& sec : s.sections) numbers.push_back(sec.number);
  CHECK(numbers == std::vector<std::string>{"II", "II.2", "II.2.1", "II.3", "II.3.1", "III", "III.1", "III.2"});
  REQUIRE(numbers.size() == 8);
  CHECK(s.sections[1].title == "Nâng cao năng lực, hiệu quả quản lý nhà nước về quan hệ lao động");
  CHECK(s.sections[2].line == 2);
  CHECK(s.sections[2].column == 69);
  CHECK(s.sections[2].title == "Rà soát, kiến nghị cấp có thẩm quyền sửa đổi, bổ sung các thiết chế");  // from the next line
  CHECK(s.sections[4].title == "Rà soát, kiện toàn các thiết chế");
  CHECK(s.sections[5].title == "TỔ CHỨC THỰC HIỆN");
  CHECK(s.sections[7].title == "Giao Sở Lao động - Thương binh và Xã hội");
}

TEST_CASE("figures and wrapped sentences that start a line make no section") {
  auto s = structure_of(
      "I. KHÁI QUÁT TÌNH HÌNH\n"
      "Huyện có 14 xã, 1 thị trấn, 105 thôn.\n"
      "5 năm qua, các cấp ủy Đảng, chính quyền triển khai thực hiện có hiệu quả.\n"
      "2.782 đơn đã được tiếp nhận và giải quyết.\n"
      "20 thôn (giảm 12 thôn, từ 117 thôn giảm xuống còn 105 thôn)\n");
  REQUIRE(s.sections.size() == 1);
  CHECK(s.sections[0].number == "I");
  CHECK(s.sections[0].end_line == 5);
}

TEST_CASE("a title in capitals with its body glued after it") {
  auto s = structure_of("I. BỐI CẢNH, TÌNH HÌNH CHUNG Năm 2023 là năm có ý nghĩa quan trọng.\n");
  REQUIRE(s.sections.size() == 1);
  CHECK(s.sections[0].title == "BỐI CẢNH, TÌNH HÌNH CHUNG");
}

TEST_CASE("no headings, no sections; an empty text has no structure") {
  CHECK(structure_of("Công tác dân vận được quan tâm.\nKết quả tốt.\n").sections.empty());
  auto empty = structure_of("");
  CHECK(empty.sections.empty());
  CHECK(empty.footnotes.empty());
  CHECK(empty.document.kind.empty());
  CHECK(empty.section_at(1) == nullptr);
}

TEST_CASE("a lettered item glued after a numbered item's title") {
  auto s = structure_of("2. Phân loại các khu vực đất cần bảo vệ, cải tạo, phục hồi a) Phân loại đất bị thoái hóa;\nb) Phân loại mức độ đất bị ô nhiễm.\n");
  std::vector<std::string> numbers;
  for (const auto& sec : s.sections) numbers.push_back(sec.number);
  CHECK(numbers == std::vector<std::string>{"2", "2.a", "2.b"});
  REQUIRE(s.sections.size() == 3);
  CHECK(s.sections[0].title == "Phân loại các khu vực đất cần bảo vệ, cải tạo, phục hồi");
}
