// Layout cases beyond the seed: the other ways converters leave footnotes, tables, headings
// glued to lines, codes split inside a line. The texts imitate real pages (the sentences come
// from the seed report); positions were counted by hand.
#include <catch2/catch.hpp>

#include "helpers.h"
#include "layout/line_shape.h"

using vanban::LineKind;
using vanban::Position;
using vanban::test::lay_out;
using vanban::test::offset_of;
using vanban::test::paragraph_at;

namespace {

std::vector<const vanban::Paragraph*> bodies(const vanban::Layout& l) {
  std::vector<const vanban::Paragraph*> out;
  for (const vanban::Paragraph& p : l.paragraphs)
    if (p.footnote) out.push_back(&p);
  return out;
}

}  // namespace

TEST_CASE("a stray space inside a code on one line is kept for the citation stage to judge") {
  auto l = lay_out("Tổ chức nghiên cứu, quán triệt Chỉ thị số 24- CT/TU của Ban Thường vụ Tỉnh ủy.\n");
  CHECK(offset_of(l.layout, "Chỉ thị số 24- CT/TU của Ban") != std::string::npos);
  CHECK(l.layout.text.position(offset_of(l.layout, "24- CT/TU")) == Position{1, 43});
  CHECK(l.layout.text.position(offset_of(l.layout, "CT/TU")) == Position{1, 47});
}

TEST_CASE("a footnote body that starts with its label on the same line") {
  // line 1-3: text, marker "2", continuation; line 4: the rule; line 5: "2 Qua công tác…"
  auto l = lay_out(
      "kịp thời phát hiện và xử lý nghiêm các hành vi vi phạm\n"
      "2\n"
      ", qua đó đội ngũ cán bộ, công chức, viên chức đã nâng cao tinh thần trách nhiệm.\n"
      "                                           \n"
      "2 Qua công tác thanh tra, kiểm tra đã xử lý kỷ luật 113 cán bộ.\n");
  REQUIRE(l.layout.markers.size() == 1);
  CHECK(l.layout.markers[0].label == "2");
  CHECK(l.layout.markers[0].line == 2);
  CHECK(offset_of(l.layout, "hành vi vi phạm, qua đó") < l.layout.body_end);
  auto b = bodies(l.layout);
  REQUIRE(b.size() == 1);
  CHECK(b[0]->label == "2");
  CHECK(b[0]->first_line == 5);
  CHECK(l.layout.slice(b[0]->span) == "Qua công tác thanh tra, kiểm tra đã xử lý kỷ luật 113 cán bộ.");
  CHECK(l.layout.text.position(b[0]->span.begin) == Position{5, 3});
  CHECK(l.layout.line_kinds[5 - 1] == LineKind::FootnoteLabel);
}

TEST_CASE("inline markers [n] and their bodies, several bodies on one line") {
  auto l = lay_out(
      "Rà soát tổ chức bộ máy theo đúng tinh thần chỉ đạo của Tỉnh ủy[1] và Ủy ban nhân dân tỉnh[2]; báo cáo kết quả.\n"
      "- Thời gian thực hiện: Thực hiện thường xuyên hằng năm.\n"
      "[1] tại Chương trình số 51-CTr/TU ngày 09 tháng 02 năm 2018/ [2] Tại Kế hoạch số 739/KH-UBND ngày 28 tháng 3 năm 2018.\n");
  const vanban::Layout& lay = l.layout;
  CHECK(offset_of(lay, "chỉ đạo của Tỉnh ủy và Ủy ban nhân dân tỉnh; báo cáo") != std::string::npos);
  REQUIRE(lay.markers.size() == 2);
  CHECK(lay.markers[0].label == "1");
  CHECK(lay.markers[1].label == "2");
  CHECK(lay.markers[0].line == 1);
  // After the cut the text still maps to the original columns: " và" follows "[1]" (col 63-65).
  CHECK(lay.text.position(offset_of(lay, " và Ủy ban")) == Position{1, 66});
  auto b = bodies(lay);
  REQUIRE(b.size() == 2);
  CHECK(b[0]->label == "1");
  CHECK(lay.slice(b[0]->span) == "tại Chương trình số 51-CTr/TU ngày 09 tháng 02 năm 2018/");
  CHECK(b[1]->label == "2");
  CHECK(lay.slice(b[1]->span) == "Tại Kế hoạch số 739/KH-UBND ngày 28 tháng 3 năm 2018.");
  CHECK(lay.text.position(b[1]->span.begin) == Position{3, 66});
}

TEST_CASE("superscript markers; a digit glued to a word is not a marker") {
  auto l = lay_out(
      "Các cơ quan hành chính Nhà nước, đơn vị sự nghiệp công lập¹ đã ban hành kế hoạch.\n"
      "¹ Kế hoạch số 33/KH-UBND ngày 08/3/2018.\n");
  REQUIRE(l.layout.markers.size() == 1);
  CHECK(l.layout.markers[0].label == "1");
  CHECK(offset_of(l.layout, "công lập đã ban hành") != std::string::npos);
  REQUIRE(bodies(l.layout).size() == 1);

  auto glued = lay_out("Các cơ quan hành chính Nhà nước, đơn vị sự nghiệp công lập1.\nTrên cơ sở các văn bản lãnh đạo.\n");
  CHECK(glued.layout.markers.empty());
  CHECK(offset_of(glued.layout, "công lập1.") != std::string::npos);
}

TEST_CASE("a page number between blank lines and numbers of a table are not markers") {
  auto page = lay_out(
      "tham gia giám sát, phản biện xã hội, góp ý xây dựng Đảng, xây dựng chính quyền vững mạnh.\n"
      "\n"
      "12\n"
      "\n"
      "Các cơ quan hành chính Nhà nước đã ký kết chương trình phối hợp.\n");
  CHECK(page.layout.markers.empty());
  CHECK(page.layout.line_kinds[3 - 1] == LineKind::PageNumber);
  CHECK(offset_of(page.layout, "12") == std::string::npos);

  auto table = lay_out(
      "Tiêu chuẩn diện tích nhà ở tối đa\n"
      "(m2/người)\n"
      "1\n"
      "Nhóm 1: Đại sứ, Đại biện\n"
      "50\n"
      "120\n"
      "2\n"
      "Nhóm 2: Công sứ, Tham tán\n");
  CHECK(table.layout.markers.empty());
  CHECK(bodies(table.layout).empty());
}

TEST_CASE("table rows are paragraphs of their own") {
  auto l = lay_out(
      "Bảng tổng hợp các chỉ tiêu\n"
      "| STT | Chỉ tiêu | Đơn vị |\n"
      "| 9 | Tỷ lệ xử lý phản ánh, kiến nghị đúng hạn | % |\n");
  REQUIRE(l.layout.paragraphs.size() == 3);
  CHECK(l.layout.paragraphs[1].first_line == 2);
  CHECK(l.layout.paragraphs[2].first_line == 3);
}

TEST_CASE("a wrapped line that happens to begin with a list label is not a heading") {
  // Nine lines of about 80 characters set the full width; line 5 runs to it and stops on
  // "khoản", line 6 goes on with "2. …" (no capital would help: here there is one).
  std::string text;
  for (int i = 0; i < 4; ++i)
    text += "Các cơ quan hành chính Nhà nước, chính quyền các cấp tiếp tục thực hiện có hiệu quả\n";
  text += "chương trình tổng thể cải cách hành chính nhà nước theo quy định tại điểm a khoản\n";
  text += "2. Điều 5 của Nghị định số 04/2015/NĐ-CP ngày 09/01/2015 của Chính phủ về dân chủ.\n";
  for (int i = 0; i < 3; ++i)
    text += "Các cơ quan hành chính Nhà nước, chính quyền các cấp tiếp tục thực hiện có hiệu quả\n";
  auto l = lay_out(text);
  const vanban::Paragraph* p = paragraph_at(l.layout, offset_of(l.layout, "điểm a khoản 2. Điều 5"));
  REQUIRE(p != nullptr);
  CHECK(p->first_line == 1);
  CHECK_FALSE(p->heading);
}

TEST_CASE("paragraph breaks of a text printed one paragraph per line") {
  auto l = lay_out(
      "Điều 2. Đối tượng áp dụng\n"
      "1. Người có đất thu hồi bao gồm:\n"
      "a) Người thuộc hộ gia đình, cá nhân được hỗ trợ theo quy định;\n"
      "b) Người thuộc hộ gia đình, cá nhân theo quy định tại khoản 3 Điều 109 Luật Đất đai.\n"
      "2. Cơ quan, doanh nghiệp, tổ chức, cá nhân có liên quan.\n");
  REQUIRE(l.layout.paragraphs.size() == 5);
  for (size_t i = 0; i < 5; ++i) {
    CHECK(l.layout.paragraphs[i].first_line == i + 1);
    CHECK(l.layout.paragraphs[i].heading);
  }
}

TEST_CASE("empty and blank input") {
  CHECK(lay_out("").layout.paragraphs.empty());
  auto blank = lay_out("\n\n   \n");
  CHECK(blank.layout.paragraphs.empty());
  CHECK(blank.layout.line_kinds.size() == 3);
}

TEST_CASE("a reference that opens the line it annotates, and notes gathered at the end over several lines") {
  auto l = lay_out(
      "Điều 1. Phạm vi điều chỉnh\n"
      "[3] Luật này quy định nguyên tắc, trình tự, thủ tục thi hành án dân sự.\n"
      "Điều 2. Đối tượng áp dụng\n"
      "Luật này áp dụng đối với người được thi hành án[4].\n"
      "CHỦ NHIỆM Lê Quang Tùng\n"
      "[3] Điều này được sửa đổi, bổ sung theo quy định tại khoản 1 Điều 1 của Luật số 64/2014/QH13 như sau:\n"
      "“Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n"
      "Quốc hội ban hành Luật sửa đổi, bổ sung một số điều.”.\n"
      "[4] Cụm từ “người được thi hành án” được bổ sung.\n");
  const vanban::Layout& lay = l.layout;
  REQUIRE(lay.markers.size() == 2);
  CHECK(lay.markers[0].label == "3");
  CHECK(lay.markers[0].line == 2);
  CHECK(lay.markers[1].label == "4");
  CHECK(offset_of(lay, "Luật này quy định nguyên tắc") < lay.body_end);
  auto b = bodies(lay);
  REQUIRE(b.size() == 2);
  CHECK(b[0]->label == "3");
  CHECK(b[0]->first_line == 6);
  CHECK(b[0]->last_line == 8);  // the quoted lines continue the note
  CHECK(b[1]->first_line == 9);
  // The signature line keeps to itself.
  const vanban::Paragraph* sig = paragraph_at(lay, offset_of(lay, "CHỦ NHIỆM"));
  REQUIRE(sig != nullptr);
  CHECK(lay.slice(sig->span) == "CHỦ NHIỆM Lê Quang Tùng");
}

TEST_CASE("page labels leave the text") {
  auto l = lay_out(
      "các cấp ủy Đảng, chính quyền triển khai thực hiện có hiệu quả các chương trình, kế hoạch\n"
      "- 3 -\n"
      "phát triển kinh tế - xã hội, đảm bảo quốc phòng, an ninh.\n"
      "Trang 4/12\n");
  CHECK(l.layout.line_kinds[2 - 1] == LineKind::PageNumber);
  CHECK(l.layout.line_kinds[4 - 1] == LineKind::PageNumber);
  CHECK(offset_of(l.layout, "kế hoạch phát triển kinh tế - xã hội") != std::string::npos);
  CHECK(offset_of(l.layout, "Trang") == std::string::npos);
  CHECK_FALSE(vanban::layout::is_page_label("- Thời gian thực hiện -"));
  CHECK_FALSE(vanban::layout::is_page_label("Trang trại"));
}

TEST_CASE("text after a second separator is judged against the last note, read from its own line") {
  // The one-line note on line 5 is the last note read when line 8 comes under the next
  // separator (the heading on line 6 resumed the text); the note ends a sentence, so line 8,
  // of the body's width, resumes the running text.
  // The note was once kept as a view of a temporary copy, read after it was freed (ASan).
  auto l = lay_out(
      "kịp thời phát hiện và xử lý nghiêm các hành vi vi phạm\n"
      "2\n"
      ", qua đó đội ngũ cán bộ, công chức, viên chức đã nâng cao tinh thần trách nhiệm.\n"
      "                                           \n"
      "2 Qua công tác thanh tra, kiểm tra đã xử lý kỷ luật 113 cán bộ.\n"
      "II. NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI\n"
      "                                           \n"
      "Công tác kiểm tra, giám sát được tăng cường theo đúng quy định\n");
  CHECK(l.layout.line_kinds[5 - 1] == LineKind::FootnoteLabel);
  CHECK(l.layout.line_kinds[6 - 1] == LineKind::Text);
  CHECK(l.layout.line_kinds[8 - 1] == LineKind::Text);
  CHECK(offset_of(l.layout, "Công tác kiểm tra") < l.layout.body_end);
}
