// Layout reconstruction on the seed report (corpus/seed_report.txt). Every line and column
// below was read off the file by hand (columns are code points of the original line):
//   line 88  "1.1. Công tác … quán triệt Chỉ thị số 24-"  ("24-" at column 69), line 90 "CT/TU của Ban …"
//   line 169 "… đơn vị sự nghiệp công lập" ("công" at column 47), line 170 "1", line 171 ".  "
//   line 229 spaces (the footnote rule), 230 "1", 232 "UBND huyện đã ban hành …"
//   line 285 "2.2. Vai trò …", 287 "quyền các cấp … công tác dân vận ", 289 "Trong những năm qua, …"
//   line 502 "2", 503 " Qua công tác thanh tra, …"
//   line 698 "7", 699 "5 năm qua đã có 91 mô hình …" (a body that starts with a figure)
//   line 783 "8" (footnote 8), 877 spaces (the rule of the next page), 879 "hội; việc thực hiện …",
//   885 "… theo Nghị quyết số 42-" ("42-" at column 110), 887 "NQ/CP và Quyết định số 15/2020/QĐ-TTg …",
//   888 " chính Nhà nước và cán bộ, …" (the running text resumes)
#include <catch2/catch.hpp>

#include <sstream>

#include "helpers.h"

using vanban::LineKind;
using vanban::Position;
using vanban::test::offset_of;
using vanban::test::paragraph_at;

namespace {

const vanban::test::Laid& seed() {
  static const vanban::test::Laid l = vanban::test::lay_out(vanban::test::read_seed());
  return l;
}

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

Position pos(const std::string& needle, int nth = 0) {
  const size_t at = offset_of(seed().layout, needle, nth);
  REQUIRE(at != std::string::npos);
  return seed().layout.text.position(at);
}

}  // namespace

TEST_CASE("a code split by a wrap and a blank line is joined, and starts on its first line") {
  // "24-" / blank / "CT/TU" (lines 88-90)
  CHECK(offset_of(seed().layout, "quán triệt Chỉ thị số 24-CT/TU của Ban Thường vụ Tỉnh ủy") != std::string::npos);
  const size_t code = offset_of(seed().layout, "quán triệt Chỉ thị số 24-CT/TU") + std::string("quán triệt Chỉ thị số ").size();
  CHECK(seed().layout.text.position(code) == Position{88, 69});
  CHECK(seed().layout.text.position(code + 3) == Position{90, 1});  // "CT/TU"
  // "42-" / blank / "NQ/CP" (lines 885-887), inside the body of footnote 8
  const size_t at = offset_of(seed().layout, "Nghị quyết số 42-NQ/CP và Quyết định số 15/2020/QĐ-TTg");
  REQUIRE(at != std::string::npos);
  CHECK(seed().layout.in_footnote(at));
  CHECK(pos("42-NQ/CP") == Position{885, 110});
  CHECK(pos("NQ/CP và Quyết") == Position{887, 1});
}

TEST_CASE("a footnote marker on its own line leaves the sentence and is recorded") {
  const vanban::Layout& l = seed().layout;
  CHECK(offset_of(l, "đơn vị sự nghiệp công lập.") != std::string::npos);  // no "1" left between
  CHECK(pos("công lập.") == Position{169, 47});
  CHECK(seed().layout.text.position(offset_of(seed().layout, "công lập.") + std::string("công lập").size()) == Position{171, 1});
  REQUIRE(l.markers.size() == 8);
  const uint32_t marker_lines[] = {170, 440, 494, 546, 550, 582, 688, 779};
  for (size_t i = 0; i < 8; ++i) {
    INFO("marker " << i + 1);
    CHECK(l.markers[i].label == std::to_string(i + 1));
    CHECK(l.markers[i].line == marker_lines[i]);
  }
  CHECK(l.line_kinds[170 - 1] == LineKind::Marker);
  // The marker stood right after "lập": the text there goes on with ".".
  CHECK(l.text.text().substr(l.markers[0].offset, 1) == ".");
  const std::string lap = "lập";
  CHECK(l.text.text().substr(l.markers[0].offset - lap.size(), lap.size()) == lap);
}

TEST_CASE("footnote bodies leave the running text and come after it, one per label") {
  const vanban::Layout& l = seed().layout;
  std::vector<const vanban::Paragraph*> bodies;
  for (const vanban::Paragraph& p : l.paragraphs)
    if (p.footnote) bodies.push_back(&p);
  REQUIRE(bodies.size() == 8);
  const uint32_t body_lines[] = {230, 502, 505, 587, 598, 607, 698, 783};
  for (size_t i = 0; i < 8; ++i) {
    INFO("footnote " << i + 1);
    CHECK(bodies[i]->label == std::to_string(i + 1));
    CHECK(bodies[i]->first_line == body_lines[i]);
    CHECK(bodies[i]->span.begin >= l.body_end);
  }
  CHECK(starts_with(l.slice(bodies[0]->span), "UBND huyện đã ban hành các văn bản"));
  CHECK(l.slice(bodies[1]->span) == "Qua công tác thanh tra, kiểm tra đã xử lý kỷ luật 113 cán bộ, đảng viên, công chức, viên chức.");
  // A body that starts with a figure is not a new footnote labelled 5.
  CHECK(starts_with(l.slice(bodies[6]->span), "5 năm qua đã có 91 mô hình"));
  CHECK(l.line_kinds[229 - 1] == LineKind::FootnoteSeparator);
  CHECK(l.line_kinds[230 - 1] == LineKind::FootnoteLabel);
  CHECK(l.line_kinds[232 - 1] == LineKind::FootnoteText);
  CHECK(l.line_kinds[699 - 1] == LineKind::FootnoteText);
}

TEST_CASE("a footnote continued on the next page without a label stays with its footnote") {
  const vanban::Layout& l = seed().layout;
  CHECK(l.line_kinds[877 - 1] == LineKind::FootnoteSeparator);
  CHECK(l.line_kinds[879 - 1] == LineKind::FootnoteText);
  const size_t at = offset_of(l, "hội; việc thực hiện huy động, sử dụng vốn");
  REQUIRE(at != std::string::npos);
  const vanban::Paragraph* p = paragraph_at(l, at);
  REQUIRE(p != nullptr);
  CHECK(p->footnote);
  CHECK(p->label == "8");
  CHECK(p->first_line == 783);
  CHECK(p->last_line == 887);
  // The running text around the footnote block is one sentence again (lines 875 and 888).
  CHECK(offset_of(l, "phong cách Hồ Chí Minh trong các cơ quan hành chính Nhà nước và cán bộ, công chức") < l.body_end);
}

TEST_CASE("wrapped headings are one paragraph; the body after a heading is another") {
  const vanban::Layout& l = seed().layout;
  const vanban::Paragraph* h = paragraph_at(l, offset_of(l, "1.1. Công tác lãnh đạo"));
  REQUIRE(h != nullptr);
  CHECK(h->heading);
  CHECK(h->first_line == 88);
  CHECK(h->last_line == 90);
  const vanban::Paragraph* h22 = paragraph_at(l, offset_of(l, "2.2. Vai trò trách nhiệm"));
  REQUIRE(h22 != nullptr);
  CHECK(h22->first_line == 285);
  CHECK(h22->last_line == 287);  // "Trong những năm qua, …" (line 289) starts the body
  const vanban::Paragraph* body = paragraph_at(l, offset_of(l, "Trong những năm qua, phần lớn người đứng đầu"));
  REQUIRE(body != nullptr);
  CHECK(body->first_line == 289);
  // "1. … của Ban" / "Thường vụ Tỉnh ủy": a name goes on after "Ban", the title is not cut.
  const vanban::Paragraph* h1 = paragraph_at(l, offset_of(l, "1. Công tác lãnh đạo, chỉ đạo thực hiện"));
  REQUIRE(h1 != nullptr);
  CHECK(h1->last_line == 86);
}

TEST_CASE("the rule under the title is not text") {
  const vanban::Layout& l = seed().layout;
  CHECK(l.line_kinds[8 - 1] == LineKind::Decoration);
  const vanban::Paragraph* title = paragraph_at(l, offset_of(l, "Kết quả 05 năm thực hiện"));
  REQUIRE(title != nullptr);
  CHECK(title->first_line == 2);
  CHECK(title->last_line == 6);
}

TEST_CASE("without the converter's leading space the running text still resumes after the notes") {
  // The seed with the leading spaces of its text lines removed (the footnote rules, lines of
  // spaces only, stay): the width of the lines tells notes (about 130 characters) from text.
  std::string stripped;
  std::istringstream in(vanban::test::read_seed());
  for (std::string line; std::getline(in, line);) {
    const size_t first = line.find_first_not_of(' ');
    stripped += (first == std::string::npos || line.find_first_not_of(" \r") == std::string::npos) ? line : line.substr(first);
    stripped += '\n';
  }
  auto l = vanban::test::lay_out(stripped);
  std::vector<std::pair<uint32_t, uint32_t>> spans;
  for (const vanban::Paragraph& p : l.layout.paragraphs)
    if (p.footnote) spans.push_back({p.first_line, p.last_line});
  const std::vector<std::pair<uint32_t, uint32_t>> expected = {{230, 248}, {502, 503}, {505, 512}, {587, 595},
                                                               {598, 605}, {607, 616}, {698, 705}, {783, 887}};
  CHECK(spans == expected);
  // "… tạo điều kiện cho 462" (line 499) / notes 2 and 3 / "cán bộ, công chức, …" (line 513)
  CHECK(offset_of(l.layout, "tạo điều kiện cho 462 cán bộ, công chức, viên chức tham dự") < l.layout.body_end);
}
