// text/byte_skip.h: the sixteen-bytes-at-a-time skip must stop exactly where a byte loop does.
#include <catch2/catch.hpp>

#include <random>
#include <string>

#include "text/byte_skip.h"

namespace {

size_t naive_stop(std::string_view t, size_t i, std::string_view extra) {
  while (i < t.size() && !((t[i] >= '0' && t[i] <= '9') || extra.find(t[i]) != std::string_view::npos)) ++i;
  return i;
}

// Mostly letters and Vietnamese multi-byte characters, with rare digits and capitals, and the
// bytes right around the digit range ('/', ':') that a wrong range test would take for digits.
std::string random_text(std::mt19937& rng, size_t n) {
  static const std::vector<std::string> pieces = {"a", "n", "g", " ", "ờ", "Đ", "ấ", "/", ":", "L", "B", "H",
                                                  "P", "0", "9", "5", "\xff", "\x80", "\xb0", "\xb9", "K", "\n"};
  std::uniform_int_distribution<size_t> pick(0, pieces.size() - 1), common(0, 4);
  std::string s;
  while (s.size() < n) {
    const size_t k = pick(rng);
    s += k < 13 || common(rng) == 0 ? pieces[k] : pieces[common(rng)];
  }
  return s;
}

}  // namespace

TEST_CASE("byteskip stops at the first digit (or listed byte) exactly as a byte loop") {
  std::mt19937 rng(7);
  for (int round = 0; round < 300; ++round) {
    const std::string text = random_text(rng, 1 + round % 97);
    for (size_t i = 0; i <= text.size(); ++i) {
      REQUIRE(vanban::byteskip::to_digit(text, i) == naive_stop(text, i, ""));
      REQUIRE(vanban::byteskip::to_digit_or(text, i, "LBHP") == naive_stop(text, i, "LBHP"));
      REQUIRE(vanban::byteskip::to_digit_or(text, i, "L") == naive_stop(text, i, "L"));
      REQUIRE(vanban::byteskip::to_digit_or(text, i, "LBHPK") == naive_stop(text, i, "LBHPK"));
    }
  }
}

TEST_CASE("byteskip finds a digit at every offset of a long run without one") {
  for (size_t k = 0; k < 70; ++k) {
    std::string text(70, 'x');
    text[k] = '7';
    CHECK(vanban::byteskip::to_digit(text, 0) == k);
    CHECK(vanban::byteskip::to_digit_or(text, 0, "LBHP") == k);
    text[k] = 'P';
    CHECK(vanban::byteskip::to_digit(text, 0) == text.size());
    CHECK(vanban::byteskip::to_digit_or(text, 0, "LBHP") == k);
  }
}
