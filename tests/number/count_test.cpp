// Stated counts of the list that follows.
#include <catch2/catch.hpp>

#include "number_test_util.h"

using numtest::findings;
using numtest::relations;

TEST_CASE("seed: five religions listed") {
  auto a = vanban::analyze_text(
      "đồng bào có đạo là 92.772 người, chiếm 46,8%, có 5 tôn giáo chính là Phật giáo, Công giáo, Tin Lành, Cao Đài "
      "và Cơ đốc. Toàn huyện có 12 phòng, ban chuyên môn.");
  auto rs = relations(a, "count");
  REQUIRE(rs.size() == 1);
  CHECK(rs[0].holds);
  CHECK(rs[0].stated_value == 5);
  CHECK(rs[0].items == std::vector<std::string>{"Phật giáo", "Công giáo", "Tin Lành", "Cao Đài", "Cơ đốc"});
}

TEST_CASE("a count changed by hand is caught") {
  auto a = vanban::analyze_text("Trên địa bàn có 5 tôn giáo chính là Phật giáo, Công giáo, Tin Lành và Cao Đài.");
  auto rs = relations(a, "count");
  REQUIRE(rs.size() == 1);
  CHECK_FALSE(rs[0].holds);
  CHECK(rs[0].computed == 4);
  CHECK(rs[0].message ==
        "danh sách kể ra 4 tôn giáo (Phật giáo, Công giáo, Tin Lành, Cao Đài), nhưng văn bản ghi 5 tôn giáo");
  CHECK(findings(a, "number/count") == 1);
}

TEST_CASE("numbered items are counted by their numbers") {
  std::string intro = "Hội nghị thống nhất ";
  std::string items = " nhiệm vụ trọng tâm: (1) đẩy mạnh cải cách hành chính, nhất là thủ tục đất đai; (2) chuyển đổi số "
                      "trong các cơ quan nhà nước; (3) phát triển kinh tế số gắn với an sinh xã hội.";
  auto ok = vanban::analyze_text(intro + "3" + items);
  auto rs = relations(ok, "count");
  REQUIRE(rs.size() == 1);
  CHECK(rs[0].holds);
  auto bad = vanban::analyze_text(intro + "4" + items);
  rs = relations(bad, "count");
  REQUIRE(rs.size() == 1);
  CHECK_FALSE(rs[0].holds);
}

TEST_CASE("lower-case items sharing their first word are a list") {
  auto a = vanban::analyze_text("Rừng trên địa bàn gồm 3 loại: rừng đặc dụng, rừng phòng hộ và rừng sản xuất.");
  auto rs = relations(a, "count");
  REQUIRE(rs.size() == 1);
  CHECK(rs[0].holds);
  auto b = vanban::analyze_text("Rừng trên địa bàn gồm 2 loại: rừng đặc dụng, rừng phòng hộ và rừng sản xuất.");
  rs = relations(b, "count");
  REQUIRE(rs.size() == 1);
  CHECK_FALSE(rs[0].holds);
}

TEST_CASE("the list ends after its 'và' item; a bracketed list ends at its bracket") {
  auto a = vanban::analyze_text("Có 3 xã là Ninh Gia, Tân Hội và Hiệp An, đã về đích nông thôn mới.");
  auto rs = relations(a, "count");
  REQUIRE(rs.size() == 1);
  CHECK(rs[0].holds);
  auto b = vanban::analyze_text("Đã kiểm tra 4 xã (Ninh Gia, Tân Hội, Hiệp An, Ninh Loan) trong năm.");
  rs = relations(b, "count");
  REQUIRE(rs.size() == 1);
  CHECK(rs[0].holds);
}

TEST_CASE("prose with paired verbs or long items is not a countable list") {
  const char* texts[] = {
      "Tập trung 2 nội dung: tuyên truyền, vận động nhân dân và kiểm tra, giám sát.",
      "Toàn huyện có 12 phòng, ban chuyên môn; 71 đơn vị sự nghiệp công lập.",
      "Có 3 nhóm giải pháp là tăng cường sự lãnh đạo của cấp ủy đảng đối với công tác dân vận, đổi mới phương thức.",
      "Sáp nhập 02 tổ dân phố (giảm từ 35 tổ dân phố giảm xuống còn 34 tổ dân phố).",
  };
  for (const char* t : texts) {
    INFO(t);
    auto a = vanban::analyze_text(t);
    CHECK(relations(a, "count").empty());
  }
}

TEST_CASE("items may carry the codes of the documents they name") {
  std::string items = " kế hoạch: Kế hoạch số 12/KH-UBND, Kế hoạch số 25/KH-UBND và Kế hoạch số 40/KH-UBND.";
  auto ok = vanban::analyze_text("UBND huyện đã ban hành 03" + items);
  auto rs = relations(ok, "count");
  REQUIRE(rs.size() == 1);
  CHECK(rs[0].holds);
  auto bad = vanban::analyze_text("UBND huyện đã ban hành 04" + items);
  rs = relations(bad, "count");
  REQUIRE(rs.size() == 1);
  CHECK_FALSE(rs[0].holds);
}
