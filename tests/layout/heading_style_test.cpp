// heading_style() is the style-only parse the layout runs on every line; it must give the
// style parse_heading_label() gives, on labels of every kind and on the lines that are not.
#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>
#include <string>

#include "layout/heading_label.h"

TEST_CASE("heading_style gives parse_heading_label's style") {
  const char* lines[] = {
      "I. KHÁI QUÁT", " II. KẾT QUẢ", "2.3.1. Việc công khai", "2.3 Việc thực hiện", "1.4.", "1.4", "2.",
      "a) Tăng cường", "đ) Cấm", "f) Latin", "a. bảng", "b. Bảng", "Phần thứ nhất", "PHẦN THỨ HAI", "Phần II",
      "Chương III", "Chương 1:", "CHƯƠNG II NHỮNG QUY ĐỊNH", "Mục 1. NĂNG LỰC", "MỤC 2. XE", "Tiểu mục 1. A",
      "Điều 16. Năng lực", "Điều 1.", "Điều 5a. Bổ sung", "Điều 28.3.LQ.1. Phạm vi", "ĐIỀU 3. X", "5 năm qua",
      "2.782 đơn", "1. của Luật", "Mục tiêu của", "Chương trình", "Điều 5 Luật này", "IIII. Không", "L. Tolstoy",
      "", "   ", "b)[13] Tổ chức", "1.1.Công tác", "1.6. 100% hồ chứa", "XL. Bốn mươi", "Trong năm",
  };
  for (const char* s : lines) {
    INFO(s);
    CHECK(vanban::layout::heading_style(s) == vanban::layout::parse_heading_label(s).style);
  }
  std::ifstream in(VANBAN_SOURCE_DIR "/corpus/seed_report.txt", std::ios::binary);
  size_t lines_read = 0, differences = 0;
  for (std::string line; std::getline(in, line); ++lines_read)
    differences += vanban::layout::heading_style(line) != vanban::layout::parse_heading_label(line).style;
  CHECK(lines_read > 1000);
  CHECK(differences == 0);
}
