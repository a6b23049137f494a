// The rules of this stage on the seed report (positions read off corpus/seed_report.txt by
// hand) and on texts made to fire or not:
//   line 35   "ninh được được giữ vững, …"          second "được" at column 11
//   line 195  "…”, Quyết định số 290-QĐ/TW ngày Quyết định số 290-" second copy at column 56,
//             ending on line 197 "QĐ/TW ngày 25/02/2010 …" at column 10
//   line 336  "… Quy chế dân chủ ở cơ sở sở theo Pháp lệnh …" second "sở" at column 25
//   line 439  "và xử lý nghiêm các hành vi vi phạm" (hành vi + vi phạm: must NOT fire)
//   line 489  "… đổi mới hệ thống tổ chức và và " second "và" at column 74
//   line 612  "… khiếu nại của các cấp cấp chính quyền, …" second "cấp" at column 90 (a footnote)
//   line 1058 "7. Đẩy mạnh …" after "5." (line 1041) in IV
// text/repeated-word needs lexicons/words2.txt and lexicons/reduplicated.txt.
#include <catch2/catch.hpp>

#include "core/analysis.h"
#include "core/lexicon_data.h"
#include "../layout/helpers.h"

using vanban::Position;

namespace {

std::vector<const vanban::Finding*> of_rule(const vanban::Analysis& a, const std::string& rule) {
  std::vector<const vanban::Finding*> out;
  for (const vanban::Finding& f : a.findings)
    if (f.rule == rule) out.push_back(&f);
  return out;
}

size_t count(const std::string& text, const std::string& rule) { return of_rule(vanban::analyze_text(text), rule).size(); }

// The findings of one rule on a text, copied out of the analysis (which does not outlive the call).
std::vector<vanban::Finding> findings(const std::string& text, const std::string& rule) {
  std::vector<vanban::Finding> out;
  for (const vanban::Finding& f : vanban::analyze_text(text).findings)
    if (f.rule == rule) out.push_back(f);
  return out;
}

const vanban::Analysis& seed() {
  static const vanban::Analysis a = vanban::analyze_text(vanban::test::read_seed());
  return a;
}

}  // namespace

TEST_CASE("section numbering: the seed's IV goes 1, 2, 3, 4, 5, 7") {
  auto f = of_rule(seed(), "structure/section-numbering");
  REQUIRE(f.size() == 1);
  CHECK(seed().position(f[0]->span.begin) == Position{1058, 1});
  CHECK(f[0]->message == "Mục 7 đứng sau mục 5 trong phần IV; mong đợi 6");
  CHECK(f[0]->suggestion == "6");
  REQUIRE(f[0]->related.size() == 1);
  CHECK(seed().position(f[0]->related[0].span.begin) == Position{1041, 1});
}

TEST_CASE("section numbering: skips, repeats and steps back among siblings") {
  const std::string rule = "structure/section-numbering";
  CHECK(count("I. MỞ ĐẦU\nII. KẾT QUẢ\nIV. NHIỆM VỤ\n", rule) == 1);
  auto repeat = findings("I. KẾT QUẢ\n1. Ưu điểm\n2. Hạn chế\n2. Nguyên nhân\n", rule);
  REQUIRE(repeat.size() == 1);
  CHECK(repeat[0].message == "Mục 2 lặp lại số của mục 2 đứng trước trong phần I; mong đợi 3");
  auto back = findings("I. KẾT QUẢ\n1. Ưu điểm\n4. Hạn chế\n5. Nguyên nhân\n3. Kinh nghiệm\n", rule);
  REQUIRE(back.size() == 2);
  CHECK(back[0].message == "Mục 4 đứng sau mục 1 trong phần I; mong đợi 2");
  CHECK(back[1].message == "Mục 3 đứng sau mục 5 (số thứ tự bị lùi) trong phần I; mong đợi 6");
  auto letters = findings("1. Nhiệm vụ\na) Một;\nb) Hai;\nd) Bốn.\n", rule);
  REQUIRE(letters.size() == 1);
  CHECK(letters[0].message == "Điểm d đứng sau điểm b trong mục 1; mong đợi c");
  auto decimal = findings("2. Kết quả\n2.1. Một\n2.2. Hai\n2.4. Bốn\n", rule);
  REQUIRE(decimal.size() == 1);
  CHECK(decimal[0].message == "Mục 2.4 đứng sau mục 2.2 trong mục 2; mong đợi 2.3");
  auto parent = findings("2. Kết quả\n3.1. Một\n", rule);
  REQUIRE(parent.size() == 1);
  CHECK(parent[0].message == "Mục 3.1 nằm trong mục 2; mong đợi số bắt đầu bằng 2.");
  // Articles run on through chapters: Điều 5 after Điều 3 skips one, wherever the chapter.
  auto article = findings("Chương I\nĐiều 1. Phạm vi\nĐiều 2. Đối tượng\nChương II\nĐiều 3. Nguyên tắc\nĐiều 5. Chính sách\n", rule);
  REQUIRE(article.size() == 1);
  CHECK(article[0].message == "Điều 5 đứng sau Điều 3; mong đợi Điều 4");
  CHECK(count("Chương I\nĐiều 1. Một\nChương III\nĐiều 2. Hai\n", rule) == 1);
}

TEST_CASE("section numbering: what must not fire") {
  const std::string rule = "structure/section-numbering";
  // Restarting under each parent; the Vietnamese letter order with đ and without f.
  CHECK(count("I. A\n1. Một\n2. Hai\nII. B\n1. Một\n2. Hai\n", rule) == 0);
  CHECK(count("1. Việc\na) Một;\nb) Hai;\nc) Ba;\nd) Bốn;\nđ) Năm;\ne) Sáu;\ng) Bảy;\nh) Tám.\n", rule) == 0);
  // The Latin order some documents use instead.
  CHECK(count("1. Việc\na) Một;\nb) Hai;\nc) Ba;\nd) Bốn;\ne) Năm;\nf) Sáu.\n", rule) == 0);
  // A list that starts again at 1, the first item under a parent, an amended article "5a".
  CHECK(count("I. A\n1. Một\n2. Hai\n1. Một lần nữa\n", rule) == 0);
  CHECK(count("Điều 5. Năm\nĐiều 5a. Bổ sung\nĐiều 6. Sáu\n", rule) == 0);
  // Figures and sentences that start a line are not items of the list.
  CHECK(count("I. A\n1. Một.\n5 năm qua, các cấp ủy triển khai.\n2. Hai.\n", rule) == 0);
}

TEST_CASE("section numbering: the first item of a list starts at 1; a repeated 1 is a repeat") {
  const std::string rule = "structure/section-numbering";
  auto first = findings("I. A\n2. Hai\n3. Ba\n", rule);
  REQUIRE(first.size() == 1);
  CHECK(first[0].message == "Mục 2 là đề mục đầu tiên trong phần I; mong đợi 1");
  auto decimal = findings("1. Một\n1.2. Hai\n1.3. Ba\n", rule);
  REQUIRE(decimal.size() == 1);
  CHECK(decimal[0].message == "Mục 1.2 là đề mục đầu tiên trong mục 1; mong đợi 1.1");
  CHECK(count("II. KẾT QUẢ\n", rule) == 0);                        // an excerpt may start anywhere
  CHECK(count("Điều 5. Phạm vi\nĐiều 6. Đối tượng\n", rule) == 0);  // an excerpt of a law
  CHECK(count("Điều 3. Giải thích từ ngữ\n1. Một\n1. Hai\n", rule) == 1);
}

TEST_CASE("footnote-unmatched: the seed's eight footnotes all pair up") {
  CHECK(of_rule(seed(), "structure/footnote-unmatched").empty());
}

TEST_CASE("footnote-unmatched: a marker without a body, a body without a marker") {
  auto a = vanban::analyze_text(
      "Giải quyết dứt điểm đơn thư khiếu nại, tố cáo của công dân\n"
      "1\n"
      ", góp phần ổn định tình hình.\n"
      "                                           \n"
      "3\n"
      "Đã giải quyết 2.682 đơn, đạt 96,4%.\n");
  auto f = of_rule(a, "structure/footnote-unmatched");
  REQUIRE(f.size() == 2);
  CHECK(f[0]->message == "Dấu chú thích 1 không có lời chú thích tương ứng ở chân trang; mong đợi một lời chú thích mang số 1");
  CHECK(a.position(f[0]->span.begin) == Position{1, 56});  // "dân", the word the marker is glued to
  CHECK(f[1]->message == "Lời chú thích 3 không có dấu chú thích nào trong văn bản trỏ tới; mong đợi dấu chú thích 3 trong phần nội dung");
  CHECK(a.position(f[1]->span.begin) == Position{6, 1});
}

TEST_CASE("repeated words on the seed, at the second occurrence") {
  REQUIRE(!vanban::lexicon_file("words2.txt").empty());
  auto f = of_rule(seed(), "text/repeated-word");
  REQUIRE(f.size() == 4);
  CHECK(seed().position(f[0]->span.begin) == Position{35, 11});
  CHECK(f[0]->message == "Từ “được” bị viết hai lần liền nhau (“được được”); chỉ cần viết một lần");
  CHECK(seed().position(f[1]->span.begin) == Position{336, 25});
  CHECK(seed().position(f[2]->span.begin) == Position{489, 74});
  CHECK(seed().position(f[3]->span.begin) == Position{612, 90});
  CHECK(seed().last_position(f[3]->span) == Position{612, 92});
  CHECK(f[3]->suggestion == "cấp");
  for (const auto* x : f) CHECK(seed().position(x->span.begin).line != 439);  // hành vi vi phạm
}

TEST_CASE("repeated words: what fires and what must not") {
  REQUIRE(!vanban::lexicon_file("words2.txt").empty());
  const std::string rule = "text/repeated-word";
  CHECK(count("Quốc phòng, an ninh được được giữ vững.", rule) == 1);
  CHECK(count("Thực hiện Quy chế dân chủ ở cơ sở sở theo Pháp lệnh.", rule) == 1);
  CHECK(count("Đổi mới hệ thống tổ chức và và quản lý.", rule) == 1);
  CHECK(count("Được được giữ vững.", rule) == 1);  // letter case does not matter
  CHECK(count("an ninh được được được giữ vững.", rule) == 1);  // one slip, reported once
  // Across a line wrap (with the blank line the seed has between lines): the layout joins them,
  // and the finding points at the second occurrence's own line and column.
  auto a = vanban::analyze_text("Các cơ quan thực hiện Quy chế dân chủ ở cơ sở\n\nsở theo Pháp lệnh số 34/2007/PL-UBTVQH11.\n");
  auto f = of_rule(a, rule);
  REQUIRE(f.size() == 1);
  CHECK(a.position(f[0]->span.begin) == Position{3, 1});
  // Two words that share a syllable, a doubled word of the language, figures, punctuation.
  CHECK(count("Kịp thời phát hiện và xử lý nghiêm các hành vi vi phạm.", rule) == 0);
  CHECK(count("Cán bộ luôn luôn gần dân.", rule) == 0);
  CHECK(count("Tổng số 100 100 đơn.", rule) == 0);
  CHECK(count("Đã được. Được như vậy là nhờ sự lãnh đạo.", rule) == 0);
  CHECK(count("quy chế, quy trình làm việc", rule) == 0);
}

TEST_CASE("repeated phrase on the seed, reported once and not as words") {
  auto f = of_rule(seed(), "text/repeated-phrase");
  REQUIRE(f.size() == 1);
  CHECK(seed().position(f[0]->span.begin) == Position{195, 56});
  CHECK(seed().last_position(f[0]->span) == Position{197, 10});
  CHECK(f[0]->message == "Cụm từ “Quyết định số 290-QĐ/TW ngày” bị viết hai lần liền nhau; chỉ cần viết một lần");
  for (const auto* w : of_rule(seed(), "text/repeated-word")) CHECK(seed().position(w->span.begin).line != 195);
}

TEST_CASE("repeated phrases: what fires and what must not") {
  const std::string rule = "text/repeated-phrase";
  CHECK(count("Tạo động lực thực hiện nhiệm vụ phát triển phát triển kinh tế - xã hội.", rule) == 1);
  CHECK(count("Thực hiện Nghị định số 04/2015/NĐ-CP Nghị định số 04/2015/NĐ-CP của Chính phủ.", rule) == 1);
  CHECK(count("Tạo động lực thực hiện nhiệm vụ phát triển phát triển kinh tế.", "text/repeated-word") == 0);
  // A list after a comma, a list that shares words, different codes.
  CHECK(count("Công tác quản lý bảo vệ rừng, trồng rừng, trồng cây phân tán.", rule) == 0);
  CHECK(count("Phát triển, phát triển nữa, phát triển mãi.", rule) == 0);
  CHECK(count("Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW của Bộ Chính trị.", rule) == 0);
  CHECK(count("| 100 | 100 |\n| 100 | 100 |\n", rule) == 0);
}

TEST_CASE("repeats: names, table cells") {
  CHECK(count("Điều tra ở các khu vực Tây Bắc, Trung Trung Bộ.", "text/repeated-word") == 0);
  CHECK(count("NÂNG CAO CHẤT LƯỢNG ĐƯỢC ĐƯỢC GIỮ VỮNG", "text/repeated-word") == 1);
  CHECK(count("| Luật Đất đai | Vụ Đất đai | Vụ Pháp chế |\n", "text/repeated-phrase") == 0);
}

TEST_CASE("repeats that are two words, names or parallel constructions do not fire") {
  // "mã số" + "số 08": a syllable that labels a figure ("số", "năm", "khoản") makes a word with it.
  CHECK(count("Cấp lại mã số số 08 cho doanh nghiệp.", "text/repeated-word") == 0);
  CHECK(count("Cấp lại mã số số cho doanh nghiệp.", "text/repeated-word") == 1);
  CHECK(count("gửi hồ sơ cho Trưởng phòng Phòng Lao động - Thương binh và Xã hội.", "text/repeated-word") == 0);
  CHECK(count("Quyết định chủ trương đầu tư hoặc chấp thuận chủ trương đầu tư hoặc chấp thuận nhà đầu tư.", "text/repeated-phrase") == 0);
  CHECK(count("LUẬT QUẢN LÝ THUẾ Luật quản lý thuế số 78/2006/QH11.", "text/repeated-phrase") == 0);
  CHECK(count("Hồ sơ khai thuế đối với đối với loại thuế khai và nộp theo tháng.", "text/repeated-phrase") == 1);
  CHECK(count("Gửi các văn bản, giấy tờ sau đến đến Chủ tịch Ủy ban nhân dân cấp xã.", "text/repeated-word") == 1);
}
