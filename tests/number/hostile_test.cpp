// Random texts built from the pieces the number stage reacts to (figures, separators, cue
// words, brackets, multi-byte letters): no crash, and every span and index it returns is valid.
#include <catch2/catch.hpp>

#include <random>

#include "core/analysis.h"

namespace {

const char* kPieces[] = {
    "1", "02", "192.240", "33,3", "%", " %", "1.234,5", "2.782", "0263", "3.5", "1,234,567", "/", "-", "–", " - ", "(",
    ")", "[", "]", ",", ";", ":", ".", "…", " ", " ", " ", "\n", "\n\n", "người", "đơn", "thôn", "tổ dân phố", "tỷ đồng",
    "ha", "xã", "lần", "trong đó", "gồm", "bao gồm", "chiếm", "đạt", "tỷ lệ", "là", "có", "từ", "xuống còn", "lên",
    "tăng", "giảm", "gấp", "so với", "tổng số", "tổng cộng", "và", "năm", "ngày", "tháng", "Điều", "số", "Phật giáo",
    "Công giáo", "ISO", "Covid-", "khóa XI", "đ", "ĐT:", "trên", "khoảng", "ít nhất", "mỗi", "với", "ấ", "Ư", "x",
};

std::string random_text(std::mt19937& rng, size_t pieces) {
  std::uniform_int_distribution<size_t> pick(0, std::size(kPieces) - 1);
  std::string s;
  for (size_t i = 0; i < pieces; ++i) {
    s += kPieces[pick(rng)];
    if (rng() % 3) s += ' ';
  }
  return s;
}

}  // namespace

TEST_CASE("random texts: no crash, valid spans and indexes") {
  std::mt19937 rng(20240607);
  for (int round = 0; round < 1500; ++round) {
    std::string text = random_text(rng, 5 + rng() % 120);
    vanban::Analysis a = vanban::analyze_text(text);
    const size_t n = a.layout.text.size();
    for (const auto& q : a.quantities) {
      REQUIRE(q.span.begin < q.span.end);
      REQUIRE(q.span.end <= n);
      REQUIRE(q.unit_span.end <= n);
    }
    for (const auto& r : a.relations) {
      REQUIRE(r.stated < a.quantities.size());
      for (size_t o : r.operands) REQUIRE(o < a.quantities.size());
      if (!r.holds) CHECK_FALSE(r.message.empty());
    }
  }
}
