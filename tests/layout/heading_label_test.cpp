// Heading labels read at the start of a line: each style, and the figures and wrapped
// sentences that merely start a line. Examples are lines of the seed report and of the
// UTS_VLC law corpus (github undertheseanlp/underthesea, Apache-2.0: Luật An ninh quốc gia
// 32/2004/QH11, Bộ luật Dân sự 91/2015/QH13).
#include <catch2/catch.hpp>

#include "layout/heading_label.h"

using vanban::layout::LabelStyle;
using vanban::layout::parse_heading_label;

TEST_CASE("report headings: Roman, Arabic, decimal") {
  auto h = parse_heading_label("I. KHÁI QUÁT TÌNH HÌNH ");
  CHECK(h.style == LabelStyle::Roman);
  CHECK(h.label == "I");
  CHECK(h.parts == std::vector<int>{1});
  CHECK(std::string("I. KHÁI QUÁT TÌNH HÌNH ").substr(h.title_begin, 5) == "KHÁI");

  h = parse_heading_label(" II. KẾT QUẢ THỰC HIỆN ");  // a leading space, as converters leave it
  CHECK(h.style == LabelStyle::Roman);
  CHECK(h.label == "II");
  CHECK(h.begin == 1);

  h = parse_heading_label("IV. NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI ");
  CHECK(h.parts == std::vector<int>{4});

  h = parse_heading_label("7. Đẩy mạnh các phong trào thi đua yêu nước, các cuộc vận động nhất là ");
  CHECK(h.style == LabelStyle::Arabic);
  CHECK(h.label == "7");
  CHECK(h.parts == std::vector<int>{7});

  h = parse_heading_label("1.1. Công tác lãnh đạo, chỉ đạo tuyên truyền, quán triệt Chỉ thị số 24-");
  CHECK(h.style == LabelStyle::Decimal);
  CHECK(h.label == "1.1");
  CHECK(h.parts == std::vector<int>{1, 1});
  CHECK(h.label_end == 4);
  CHECK(h.title_begin == 5);

  h = parse_heading_label("2.3.1. Việc công khai");
  CHECK(h.label == "2.3.1");
  CHECK(h.parts == std::vector<int>{2, 3, 1});

  // Without the closing dot a decimal still labels a title in capitals.
  h = parse_heading_label("2.3 Việc thực hiện quy chế dân chủ ở cơ sở");
  CHECK(h.style == LabelStyle::Decimal);
  CHECK(h.label == "2.3");
  // A label alone on its line (its title on the next one), as one-paragraph-per-line pages print it.
  h = parse_heading_label("1.4.");
  CHECK(h.label == "1.4");
  CHECK(h.title_begin == 4);
  CHECK(parse_heading_label("2.").label == "2");
}

TEST_CASE("lettered items follow the Vietnamese alphabet") {
  auto h = parse_heading_label("a) Tăng cường bảo vệ các mục tiêu quan trọng;");
  CHECK(h.style == LabelStyle::Letter);
  CHECK(h.label == "a");
  CHECK(h.parts == std::vector<int>{1});
  h = parse_heading_label("đ) Cấm, giải tán hoặc hạn chế các cuộc tụ tập đông người");
  CHECK(h.style == LabelStyle::Letter);
  CHECK(h.label == "đ");
  CHECK(h.parts == std::vector<int>{5});
  CHECK(parse_heading_label("e) Hạn chế hoặc tạm ngừng hoạt động").parts == std::vector<int>{6});
  CHECK(parse_heading_label("g) Kiểm soát việc sử dụng").parts == std::vector<int>{7});
  // "f" is not in the Vietnamese order but some documents use the Latin one.
  auto f = parse_heading_label("f) Latin order");
  CHECK(f.style == LabelStyle::Letter);
  CHECK(f.parts == std::vector<int>{0});
  CHECK(vanban::layout::vietnamese_letter(5) == "đ");
  CHECK(vanban::layout::vietnamese_letter(7) == "g");
}

TEST_CASE("legal headings: Phần, Chương, Mục, Điều") {
  auto h = parse_heading_label("Phần thứ nhất");
  CHECK(h.style == LabelStyle::Phan);
  CHECK(h.label == "Phần thứ nhất");
  CHECK(h.parts == std::vector<int>{1});
  CHECK(parse_heading_label("PHẦN THỨ HAI").parts == std::vector<int>{2});
  CHECK(parse_heading_label("Phần II").label == "Phần II");

  h = parse_heading_label("Chương III");
  CHECK(h.style == LabelStyle::Chuong);
  CHECK(h.label == "Chương III");
  CHECK(h.parts == std::vector<int>{3});
  CHECK(parse_heading_label("Chương 1:").label == "Chương 1");  // Luật An ninh quốc gia writes Arabic
  CHECK(parse_heading_label("CHƯƠNG II NHỮNG QUY ĐỊNH CỤ THỂ").style == LabelStyle::Chuong);

  h = parse_heading_label("Mục 1. NĂNG LỰC PHÁP LUẬT DÂN SỰ, NĂNG LỰC HÀNH VI DÂN SỰ CỦA CÁ NHÂN");
  CHECK(h.style == LabelStyle::Muc);
  CHECK(h.label == "Mục 1");
  CHECK(parse_heading_label("MỤC 2. XE Ô TÔ PHỤC VỤ CÔNG TÁC CHUNG").label == "Mục 2");

  h = parse_heading_label("Điều 16. Năng lực pháp luật dân sự của cá nhân");
  CHECK(h.style == LabelStyle::Dieu);
  CHECK(h.label == "Điều 16");
  CHECK(h.parts == std::vector<int>{16});
  CHECK(parse_heading_label("Điều 1.").label == "Điều 1");
  // An article inserted by an amendment, and the compound numbers of the Pháp điển: labels
  // whose number is not a plain sequence (value 0).
  CHECK(parse_heading_label("Điều 5a. Bổ sung").parts == std::vector<int>{0});
  auto pd = parse_heading_label("Điều 28.3.LQ.1. Phạm vi điều chỉnh");
  CHECK(pd.label == "Điều 28.3.LQ.1");
  CHECK(pd.parts == std::vector<int>{0});
}

TEST_CASE("figures and sentences that merely start a line are not headings") {
  CHECK_FALSE(parse_heading_label("5 năm qua, các cấp ủy Đảng, chính quyền triển khai"));
  CHECK_FALSE(parse_heading_label("2.782 đơn (khiếu nại: 109, tố cáo: 36)"));
  CHECK_FALSE(parse_heading_label("1.843 lượt công dân. Qua công tác tiếp công dân"));
  CHECK_FALSE(parse_heading_label("2025. Quy hoạch cán bộ lãnh đạo"));
  CHECK_FALSE(parse_heading_label("1. của Luật Đất đai"));                 // a wrapped sentence
  CHECK_FALSE(parse_heading_label("2.78 triệu đồng"));
  CHECK_FALSE(parse_heading_label("20 thôn (giảm 12 thôn, từ 117 thôn)"));
  CHECK_FALSE(parse_heading_label("321 người. Ngoài ra, Hội đồng tiếp dân"));
  CHECK_FALSE(parse_heading_label("Mục tiêu của chương trình là"));
  CHECK_FALSE(parse_heading_label("Mục đích của giao dịch dân sự là lợi ích"));
  CHECK_FALSE(parse_heading_label("Chương trình hành động của Ủy ban"));
  CHECK_FALSE(parse_heading_label("Phần lớn người đứng đầu các cấp ủy"));
  CHECK_FALSE(parse_heading_label("Điều 5 Luật này quy định"));             // no dot: a reference
  CHECK_FALSE(parse_heading_label("Chương II của Bộ luật này"));
  CHECK_FALSE(parse_heading_label("IIII. Không phải số La Mã"));
  CHECK_FALSE(parse_heading_label("L. Tolstoy"));
  CHECK_FALSE(parse_heading_label("a. bảng"));                              // "a." needs a capital after it
  CHECK_FALSE(parse_heading_label(""));
  CHECK_FALSE(parse_heading_label("   "));
}

TEST_CASE("Roman numerals") {
  CHECK(vanban::layout::roman_value("XIV") == 14);
  CHECK(vanban::layout::roman_value("IX") == 9);
  CHECK(vanban::layout::roman_value("IIII") == 0);
  CHECK(vanban::layout::roman_value("VX") == 0);
  CHECK(vanban::layout::roman(39) == "XXXIX");
}

TEST_CASE("a closed label may title a figure") {
  auto h = parse_heading_label("1.6. 100% hồ chứa thủy điện lớn đang vận hành được kiểm soát");
  CHECK(h.style == LabelStyle::Decimal);
  CHECK(h.label == "1.6");
  CHECK_FALSE(parse_heading_label("1.6 100% hồ chứa"));  // without the closing dot: a figure
}

TEST_CASE("a label's parts read like the vector they replaced") {
  vanban::layout::LabelParts p = {2, 3, 1};
  CHECK(p.size() == 3);
  CHECK(p.back() == 1);
  CHECK(p[1] == 3);
  CHECK(p == std::vector<int>{2, 3, 1});
  CHECK_FALSE(p == std::vector<int>{2, 3});
  CHECK(vanban::layout::LabelParts{}.empty());
  const std::vector<int> deep = {1, 2, 3, 4, 5, 6, 7};
  p.assign(deep.begin(), deep.end());  // no outline goes deeper than six: the rest is dropped
  CHECK(p == std::vector<int>{1, 2, 3, 4, 5, 6});
  CHECK(vanban::layout::parse_heading_label("1.2.3.4.5.6. Mục sáu cấp").parts == std::vector<int>{1, 2, 3, 4, 5, 6});
}
