// The header's number and place-and-date scanners against the regular expressions they
// replace (header_fields_reference.h, run by RE2, as their definition): the same leftmost
// match and the same captures on every header of the corpus, on every line of it, and on
// random text built from the pieces a header is made of. Then a few cases read by hand, where the order in which a
// backtracking matcher tries its choices decides the answer.
#include "structure/header_fields.h"

#include <catch2/catch.hpp>
#include <random>
#include <string>

#include "../corpus_texts.h"
#include "../random_pieces.h"
#include "header_fields_reference.h"

namespace vanban {
namespace {

using reference::number_by_re2;
using reference::place_date_by_re2;
using reference::number_by_scanner;
using reference::place_date_by_scanner;

void check_both(std::string_view zone) {
  INFO("zone: " << zone);
  CHECK(number_by_scanner(zone) == number_by_re2(zone));
  CHECK(place_date_by_scanner(zone) == place_date_by_re2(zone));
}

// Valid UTF-8 cut at a character boundary, at most `n` bytes.
std::string_view head(std::string_view s, size_t n) {
  if (s.size() <= n) return s;
  while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
  return s.substr(0, n);
}

}  // namespace

TEST_CASE("header fields: the scanners agree with the expressions on every corpus header and line") {
  size_t zones = 0;
  for (const std::string& text : testing::corpus_texts()) {
    check_both(head(text, 3000));
    for (size_t at = 0; at < text.size();) {
      size_t end = text.find('\n', at);
      if (end == std::string::npos) end = text.size();
      check_both(std::string_view(text).substr(at, end - at));
      at = end + 1;
      ++zones;
    }
  }
  CHECK(zones > 1000);
}

// Random text in the shape of a header: a number and a place and date, each piece drawn from
// right (listed first) and nearly right variants (a missing space, a third digit, a lower-case word, a sixth
// word, a slash before the place…), with random pieces around them.
std::string random_header(std::mt19937& rng) {
  static const char* const kJunk[] = {"UBND", " ", "\n", "*", "-", "/", "Hà", "nội", "12", "“", "ⅷ", "٣", "ǅ", "ª", "Ạ", "ạ", "x"};
  static const char* const kBefore[] = {"", " ", "\n", "*", "-", "/", "x", "“", "\t"};
  static const char* const kIntro[] = {"Số", "SỐ", "số", "Số:", "SỐ :", "Nghị quyết số", "Quyết định  số", "QĐ số", "Sốx"};
  static const char* const kColon[] = {"", ":", " : ", "::", " ", "\n", ": :"};
  static const char* const kCode[] = {"12", "435", "1234567", "/", "-", ".", "QĐ", "UBND", "٣", "Đ", "./.", "x", " ", "2020"};
  static const char* const kWord[] = {"Hà", "Nội", "hà", "Kon", "Tum", "Ngày", "ngày", "Hàngày", "TP.", "Tp.", "Thành phố",
                                      "Thị xã", "Thị trấn", "Ạb", "ǅa", "ĐỨC", "Aa", "12"};
  static const char* const kGap[] = {" ", "-", "  ", "", ",", "\n", " - "};
  static const char* const kComma[] = {"", " ", ",", " , ", ", ", "\n", ";"};
  static const char* const kNgay[] = {"ngày", "Ngày", "ngay", "", "NGÀY"};
  static const char* const kSpace[] = {" ", "", "  ", "\t", "\n"};
  static const char* const kDigits[] = {"1", "05", "123", "", "٣", "5"};
  static const char* const kMonthSep[] = {" tháng ", "tháng ", " tháng", "/", " / ", "-", ".", " ", "tháng\n"};
  static const char* const kYearSep[] = {" năm ", "năm ", " năm", "/", " /", "-", ".", " "};
  static const char* const kYear[] = {"2020", "20201", "999", "0999", "2O20"};
  // The first variant (the right one) half of the time, so that whole matches are common.
  auto pick = [&rng](const auto& list) { return std::string(list[rng() % 2 ? 0 : rng() % std::size(list)]); };
  std::string out = testing::random_pieces(rng, kJunk, 4, 1000000) + pick(kBefore) + pick(kIntro) + pick(kColon);
  for (size_t k = rng() % 5; k > 0; --k) out += pick(kCode);
  out += pick(kSpace) + pick(kBefore);
  for (size_t k = rng() % 8; k > 0; --k) out += pick(kWord) + (k > 1 ? pick(kGap) : "");
  out += pick(kComma) + pick(kNgay) + pick(kSpace) + pick(kDigits) + pick(kMonthSep) + pick(kDigits) + pick(kYearSep) +
         pick(kYear);
  return out + testing::random_pieces(rng, kJunk, 3, 1000000);
}

TEST_CASE("header fields: the scanners agree with the expressions on random headers") {
  std::mt19937 rng(20261128);
  size_t numbers = 0, dates = 0;
  for (int i = 0; i < 60000; ++i) {
    const std::string zone = random_header(rng);
    check_both(zone);
    numbers += find_number_field(zone).has_value();
    dates += find_place_date_field(zone).has_value();
  }
  // Both outcomes are common, so both paths are compared.
  CHECK(numbers > 5000);
  CHECK(numbers < 50000);
  CHECK(dates > 5000);
  CHECK(dates < 50000);
}

TEST_CASE("header fields: the number after Số, SỐ: or a type name and số:") {
  auto code = [](std::string_view z) {
    const auto f = find_number_field(z);
    return f ? std::string(f->code) : std::string("none");
  };
  CHECK(code("UBND TỈNH KON TUM\nSố: 435/QĐ-UBND\nKon Tum") == "435/QĐ-UBND");
  CHECK(code("HUYỆN ỦY ĐỨC TRỌNG\n*\nSố 31-BC/HU\n") == "31-BC/HU");
  CHECK(code("QUỐC HỘI\nNghị quyết số:\n45/2023/QH15\n") == "45/2023/QH15");
  CHECK(code("SỐ: 12/KH-UBND") == "12/KH-UBND");
  CHECK(code("SỐ 12/KH-UBND") == "none");                    // capitals need the colon
  CHECK(code("Thực hiện Chỉ thị số 24-CT/TU ngày") == "none");  // a citation in running text
  CHECK(code("Số: 12/KH-UBND./.") == "12/KH-UBND");           // a separator must lead somewhere
  const auto f = find_number_field("--Số: 7/TB");
  REQUIRE(f);
  CHECK(f->begin == 2);
}

TEST_CASE("header fields: place and date, with the choices a backtracking matcher makes") {
  auto read = [](std::string_view z) { return place_date_by_scanner(z); };
  CHECK(read("Số: 435/QĐ-UBND Kon Tum, ngày 04 tháng 5 năm 2020 QUYẾT ĐỊNH") == "19 [Kon Tum] 4/5/2020");
  CHECK(read("Thành phố Hồ Chí Minh, ngày 1/2/2021") == "0 [Thành phố Hồ Chí Minh] 1/2/2021");
  // "Ngày" is also a capitalised word: the place gives it back to the date.
  CHECK(read("Hà Nội Ngày 5 tháng 3 năm 2020") == "0 [Hà Nội] 5/3/2020");
  // A lower-case run gives back "ngày" too, when nothing separates it from the place.
  CHECK(read("Hàngày 5/3/2020") == "0 [Hà] 5/3/2020");
  CHECK(read("Hà Nội, ngày 123 tháng 3 năm 2020") == "none");  // a day has one or two digits
  CHECK(read("Hà Nội, ngày 12 tháng 3 năm 20201") == "0 [Hà Nội] 12/3/2020");
  CHECK(read("Hà Nội, ngày 12 tháng3 năm 2020") == "none");  // "tháng" needs a space after it
  // No more than five words: the sixth starts the place.
  CHECK(read("Aa Bb Cc Dd Ee Ff, ngày 1/1/2001") == "3 [Bb Cc Dd Ee Ff] 1/1/2001");
  // A slash before the place is a code ("12/Hà"), not a boundary.
  CHECK(read("12/Hà Nội, ngày 1/1/2001") == "7 [Nội] 1/1/2001");
}

}  // namespace vanban
