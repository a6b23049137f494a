// Dates as Vietnamese documents write them: parse_date, find_dates, the effective-date flag.
#include <catch2/catch.hpp>

#include "date/date.h"
#include "text/utf8.h"
#include "text/vn_word.h"

using vanban::Date;
using vanban::find_dates;
using vanban::parse_date;

namespace {
std::string iso(std::string_view text) {
  auto d = parse_date(text);
  return d ? d->iso() : "none";
}
}  // namespace

TEST_CASE("numeric dates with / or - and stray spaces") {
  CHECK(iso("27/02/2018") == "2018-02-27");
  CHECK(iso("27/ 6/ 2012") == "2012-06-27");
  CHECK(iso("4-7-2017") == "2017-07-04");
  CHECK(iso("ngày 3/6/2013") == "2013-06-03");
  CHECK(iso("ngày 01.01.2020") == "2020-01-01");  // dots only after "ngày"
  CHECK(iso("01.01.2020") == "none");
}

// digits_at asks whether "ngày" comes before only for a "." separator or a year out of
// 1900-2099: both answers of both questions.
TEST_CASE("the word ngày before a numeric date: dots, and years out of range") {
  CHECK(iso("Ngày 01.01.2020") == "2020-01-01");
  CHECK(iso("NGÀY 5.6.2021") == "2021-06-05");
  CHECK(iso("hôm 01.01.2020") == "none");
  CHECK(iso("ngày 01/01/1890") == "1890-01-01");  // after "ngày" any year is one
  CHECK(iso("ngày 3-4-2150") == "2150-04-03");
  CHECK(iso("01/01/1890") == "none");
  CHECK(iso("số 3-4-2150") == "none");
  CHECK(iso("tungày 01.01.2020") == "none");  // "ngày" must be a word of its own
  CHECK(find_dates("ngày 01.01.2020 và 02.02.2020, ngày 1/1/1800").size() == 2);
}

// digits_at reads the day once for both kinds of date, and before it looks back at what comes
// before the figure.
TEST_CASE("a date starts with a day of one or two digits, not glued to a word or a figure") {
  CHECK(find_dates("123/4/2020").empty());
  CHECK(find_dates("2020 tháng 3 năm 2019").empty());
  CHECK(find_dates("mã12/3/2020").empty());
  CHECK(find_dates("Đ5 tháng 3 năm 2019").empty());
  CHECK(find_dates("1.5/3/2020").empty());
  CHECK(find_dates("số 1/3/2020 và 5 tháng 3 năm 2019").size() == 2);
  CHECK(find_dates("(20 tháng 3 năm 2019)").size() == 1);
  CHECK(find_dates("7").empty());
  CHECK(find_dates("07  /03/2020").size() == 1);
}

TEST_CASE("dates in words, any letter case") {
  CHECK(iso("ngày 20 tháng 3 năm 2019") == "2019-03-20");
  CHECK(iso("ngày 03 tháng 9 năm 2019") == "2019-09-03");
  CHECK(iso("NGÀY 18 THÁNG 12 NĂM 2019") == "2019-12-18");
  CHECK(iso("Ngày 24 tháng 6 năm 1977") == "1977-06-24");
}

TEST_CASE("02/3/2018 and 2/3/2018 are the same date") {
  REQUIRE(parse_date("02/3/2018"));
  CHECK(*parse_date("02/3/2018") == *parse_date("2/3/2018"));
  CHECK(*parse_date("ngày 02 tháng 3 năm 2018") == *parse_date("2-3-2018"));
}

TEST_CASE("a date that does not exist is kept as written and is not valid") {
  auto d = parse_date("31/02/2018");
  REQUIRE(d);
  CHECK_FALSE(d->valid());
  CHECK(d->iso() == "2018-02-31");
  CHECK_FALSE(parse_date("15/13/2019")->valid());
  CHECK_FALSE(parse_date("00/5/2020")->valid());
  CHECK(parse_date("29/02/2020")->valid());
  CHECK_FALSE(parse_date("29/02/2019")->valid());
  CHECK_FALSE(parse_date("29/02/1900")->valid());
  CHECK(parse_date("29/02/2000")->valid());
  CHECK(Date{2018, 2, 27}.vn() == "27/02/2018");
}

TEST_CASE("a date in words with a year of five to eight digits is found, and is not valid") {
  const auto ds = find_dates("ban hành ngày 31 tháng 02 năm 99999 và ngày 5 tháng 3 năm 20201.");
  REQUIRE(ds.size() == 2);
  CHECK(ds[0].date == Date{99999, 2, 31});
  CHECK_FALSE(ds[0].date.valid());
  CHECK(ds[1].date == Date{20201, 3, 5});
  CHECK_FALSE(ds[1].date.valid());
  CHECK(iso("ngày 1 tháng 1 năm 12345678") == "12345678-01-01");
  // Nine digits or more, or fewer than four, are not read as a year.
  CHECK(iso("ngày 1 tháng 1 năm 123456789") == "none");
  CHECK(iso("ngày 1 tháng 1 năm 2147483648") == "none");
  CHECK(iso("ngày 1 tháng 1 năm 202") == "none");
  // The numeric form keeps to four digits: "12/12/20199" may be a code.
  CHECK(iso("12/12/20199") == "none");
}

TEST_CASE("year ranges, bare years, fractions and codes are not dates") {
  for (const char* s : {"2012 - 2020", "2020-2025", "năm 2015", "104/111", "12/2019", "ISO 9001: 2015",
                        "04/2015/NĐ-CP", "Covid-19", "2019", "1.304"})
    CHECK(iso(s) == "none");
  CHECK(find_dates("giai đoạn 2012 - 2020 và nhiệm kỳ 2020-2025, số 104/111 quy hoạch").empty());
  CHECK(find_dates("Nghị định số 04/2015/NĐ-CP và Thông tư 12/2019/TT-BTC").empty());
}

TEST_CASE("find_dates gives each date with its span, in order") {
  const std::string text = "Chỉ thị số 24-CT/TU ngày 27/02/2018, Chỉ thị số 14-CT/HU ngày 2/3/2018 và kế hoạch ngày 20 tháng 3 năm 2019.";
  auto ds = find_dates(text);
  REQUIRE(ds.size() == 3);
  CHECK(ds[0].date.iso() == "2018-02-27");
  CHECK(text.substr(ds[0].span.begin, ds[0].span.size()) == "27/02/2018");
  CHECK(ds[1].date.iso() == "2018-03-02");
  CHECK(text.substr(ds[2].span.begin, ds[2].span.size()) == "20 tháng 3 năm 2019");
}

TEST_CASE("a date glued to the next word still ends at its year") {
  auto ds = find_dates("Nghị định số 12/2011/NĐ-CP ngày 30 tháng 01 năm 2011của Chính phủ");
  REQUIRE(ds.size() == 1);
  CHECK(ds[0].date.iso() == "2011-01-30");
}

TEST_CASE("dates of effect are flagged, dates of issue are not") {
  auto ds = find_dates("Luật số 57/2020/QH14 ngày 16/06/2020 của Quốc hội, có hiệu lực thi hành kể từ ngày 01/01/2021.");
  REQUIRE(ds.size() == 2);
  CHECK_FALSE(ds[0].effective);
  CHECK(ds[1].effective);
  CHECK(find_dates("Nghị quyết này có hiệu lực thi hành từ ngày 16 tháng 6 năm 2022.")[0].effective);
  CHECK(find_dates("Nghị quyết số 751/2019/UBTVQH14 hết hiệu lực kể từ ngày 01/01/2023.")[0].effective);
  CHECK_FALSE(find_dates("Từ ngày 01/01/2023, các cơ quan báo cáo.")[0].effective);
}

TEST_CASE("date_at reads a date at a digit or at its leading 'ngày'") {
  const std::string text = "ban hành ngày 08/3/2018 về";
  auto m = vanban::date_at(text, text.find("ngày"));
  REQUIRE(m);
  CHECK(m->date.iso() == "2018-03-08");
  CHECK(text.substr(m->span.begin, m->span.size()) == "08/3/2018");
  CHECK_FALSE(vanban::date_at(text, 0));
}

TEST_CASE("find_dates finds a date at every offset of the sixteen-byte skip, after multi-byte letters") {
  // The scan skips eight bytes at a time while none is a digit; a date must be found whatever
  // its offset inside such a block, and digits inside the padding must not be missed either.
  for (const std::string pad : {"x", "ờ", "Điều ", "số9 "}) {
    for (size_t k = 0; k < 17; ++k) {
      std::string prefix;
      while (prefix.size() < k) prefix += pad;
      const std::string text = prefix + " ngày 16/06/2020 và 5/7/2021.";
      auto found = find_dates(text);
      REQUIRE(found.size() == 2);
      CHECK(found[0].span.begin == text.find("16/06/2020"));
      CHECK(found[0].date.iso() == "2020-06-16");
      CHECK(found[1].span.begin == text.find("5/7/2021"));
    }
  }
}

TEST_CASE("fold: an ASCII word is only lower-cased") {
  for (std::string_view w : {"THANG", "Thang", "thang", "QD-UBND", "ND", "hoa", "UY", "O'Reilly", "a1B2", ""}) {
    std::string expected;
    for (char c : w) vanban::utf8::append(expected, vanban::lower(static_cast<unsigned char>(c)));
    CHECK(vanban::fold(w) == expected);
  }
  // Words with Vietnamese letters take the general path: lower case and new tone placement.
  CHECK(vanban::fold("THÁNG") == "tháng");
  CHECK(vanban::fold("Uỷ") == "ủy");
  CHECK(vanban::fold("HOÀ") == "hòa");
}

TEST_CASE("a date in words is found whatever the case of \"tháng\"") {
  for (std::string text : {"ngày 20 tháng 3 năm 2019", "NGÀY 20 THÁNG 3 NĂM 2019", "Ngày 20 Tháng 3 Năm 2019"}) {
    auto found = find_dates(text);
    REQUIRE(found.size() == 1);
    CHECK(found[0].date.iso() == "2019-03-20");
  }
  CHECK(find_dates("20 thang 3 năm 2019").empty());
  CHECK(find_dates("20 tuần 3 năm 2019").empty());
}
