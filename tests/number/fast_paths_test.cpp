// The number stage's shortcuts against their definitions, on the corpus and on random text
// built from the pieces that steer them (digits, separators, phone and unit words).
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "number/quantity_shape.h"
#include "number/vn_number.h"

namespace {

std::vector<std::string> corpus_texts() {
  namespace fs = std::filesystem;
  std::vector<std::string> out;
  for (const auto& e : fs::recursive_directory_iterator(fs::path(VANBAN_SOURCE_DIR) / "corpus")) {
    if (!e.is_regular_file() || e.path().extension() != ".txt") continue;
    std::ifstream in(e.path(), std::ios::binary);
    out.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  return out;
}

const char* const kPieces[] = {"0", "1", "2", "7", "12", "09", "0263", "2024", "1999", "123456789", "1.200", "3,5",
                               "1.234,56", "3.5", "1,234,567", "/", "/", ".", ",", " ", "  ", "\t", "\n", "-", "–",
                               ":", "(", ")", "+", "%", "ĐT", "điện thoại", "Fax", " xã", " người", " ha", "ha",
                               " tỷ đồng", " năm", "năm ", "Điều ", "số ", "ISO ", "a", "Đ", "ư", "…", "\xc3"};

std::string random_text(std::mt19937& rng, size_t pieces) {
  std::string s;
  for (size_t k = 0; k < pieces; ++k) s += kPieces[rng() % (sizeof kPieces / sizeof *kPieces)];
  return s;
}

// figure_skip must answer figure_shape's skip_to at every digit of the text.
void check_skips(const std::string& text) {
  for (size_t i = 0; i < text.size(); ++i) {
    if (!vanban::is_ascii_digit(text[i])) continue;
    const vanban::VnNumber n = vanban::read_vn_number(text, i);
    INFO(text.substr(i > 40 ? i - 40 : 0, 80) << " at " << i);
    REQUIRE(vanban::figure_skip(text, i, n) == vanban::figure_shape(text, i, n).skip_to);
  }
}

}  // namespace

TEST_CASE("figure_skip gives figure_shape's skip_to on the corpus") {
  const std::vector<std::string> texts = corpus_texts();
  REQUIRE(!texts.empty());
  for (const std::string& text : texts) check_skips(text);
}

TEST_CASE("figure_skip gives figure_shape's skip_to on random text") {
  std::mt19937 rng(20261128);
  for (int round = 0; round < 4000; ++round) check_skips(random_text(rng, 1 + rng() % 30));
}
