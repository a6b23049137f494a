// Reading and writing figures the Vietnamese way.
#include <catch2/catch.hpp>

#include "number/vn_number.h"

using vanban::format_vn;
using vanban::read_vn_number;

TEST_CASE("dots group thousands, a comma marks decimals") {
  auto n = read_vn_number("192.240 người", 0);
  REQUIRE(n.ok);
  CHECK(n.value == 192240);
  CHECK(n.decimals == 0);
  CHECK(n.grouped);
  CHECK(n.end == 7);

  auto p = read_vn_number("33,3%", 0);
  REQUIRE(p.ok);
  CHECK(p.value == Approx(33.3));
  CHECK(p.decimals == 1);
  CHECK(p.end == 4);

  auto m = read_vn_number("1.234,5 tỷ đồng", 0);
  REQUIRE(m.ok);
  CHECK(m.value == Approx(1234.5));
  CHECK(m.decimals == 1);

  auto big = read_vn_number("1.234.567", 0);
  REQUIRE(big.ok);
  CHECK(big.value == 1234567);
}

TEST_CASE("leading zeros are kept as written but read as their value") {
  auto n = read_vn_number("02 tổ dân phố", 0);
  REQUIRE(n.ok);
  CHECK(n.value == 2);
  CHECK(n.leading_zero);
  auto z = read_vn_number("0,5", 0);
  REQUIRE(z.ok);
  CHECK(z.value == Approx(0.5));
  CHECK_FALSE(z.leading_zero);
}

TEST_CASE("a sentence-final dot or comma is not part of the figure") {
  std::string s = "có 15 xã.";
  auto n = read_vn_number(s, s.find('1'));
  REQUIRE(n.ok);
  CHECK(n.value == 15);
  CHECK(s.substr(n.end) == " xã.");
  std::string t = "là 2.782, trong đó";
  auto m = read_vn_number(t, t.find('2'));
  REQUIRE(m.ok);
  CHECK(m.value == 2782);
  CHECK(t.substr(m.end) == ", trong đó");
}

TEST_CASE("runs of another convention are malformed and skipped whole") {
  for (const char* s : {"3.5", "1,234,567", "1.2.3", "2.1.", "12.34"}) {
    INFO(s);
    auto n = read_vn_number(s, 0);
    CHECK_FALSE(n.ok);
  }
  auto n = read_vn_number("1.2.3 abc", 0);
  CHECK(n.end == 5);
}

TEST_CASE("Vietnamese formatting for messages") {
  CHECK(format_vn(2782, 0) == "2.782");
  CHECK(format_vn(192240, 0) == "192.240");
  CHECK(format_vn(33.0, 1) == "33,0");
  CHECK(format_vn(32.99989, 1) == "33,0");
  CHECK(format_vn(48.2584, 1) == "48,3");
  CHECK(format_vn(1234.5, 2) == "1.234,50");
  CHECK(format_vn(12, 0) == "12");
  CHECK(format_vn(-1.5, 1) == "-1,5");
  CHECK(format_vn(999.96, 1) == "1.000,0");
}

TEST_CASE("next_digit finds the first digit wherever it stands among other bytes") {
  std::string filler = "Tổng số đơn (khiếu nại: ";  // letters, spaces, punctuation and multi-byte letters
  for (size_t at = 0; at < 40; ++at) {
    std::string s;
    while (s.size() < at) s += filler[s.size() % filler.size()];
    for (char& c : s)
      if (vanban::is_ascii_digit(c)) c = 'x';
    size_t expect = s.size();
    s += "7 và thêm chữ";
    INFO(at);
    CHECK(vanban::next_digit(s, 0) == expect);
    CHECK(vanban::next_digit(s, expect + 1) == s.size());
  }
  for (int b = 0; b < 256; ++b) {
    std::string s(16, static_cast<char>(b));
    size_t expect = vanban::is_ascii_digit(static_cast<char>(b)) ? 0 : s.size();
    CHECK(vanban::next_digit(s, 0) == expect);
  }
}

TEST_CASE("vn_number: a fraction of hundreds of digits still has a value (found by fuzz_number)") {
  // Summed digit by digit, 400 fives overflow both the digits and the scale: inf / inf is NaN.
  auto n = read_vn_number("1," + std::string(400, '5'), 0);
  REQUIRE(n.ok);
  CHECK(n.decimals == 400);
  CHECK(n.value == Approx(1.5555555555555556));
}
