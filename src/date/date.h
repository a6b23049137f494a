// Dates as Vietnamese documents write them.
//
//   auto d = vanban::parse_date("27/02/2018");          // also "27/ 6/ 2012", "4-7-2017",
//   auto e = vanban::parse_date("ngày 20 tháng 3 năm 2019");   // "ngày 03 tháng 9 năm 2019"
//   if (d && d->valid()) std::cout << d->iso();          // "2018-02-27"
//
//   for (const vanban::DateMention& m : vanban::find_dates(text)) …   // every date, in order
//   auto m = vanban::date_at(text, pos);   // the date that starts at pos ("ngày …" or digits)
//
// A Date keeps what was written even when no such day exists (31/02/2018), so the
// date/invalid rule can report it.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "text/mapped_text.h"

namespace vanban {

struct Date {
  int year = 0, month = 0, day = 0;
  bool valid() const;                    // a real day of the Gregorian calendar, year 1000–2999
  std::string iso() const;               // "2018-02-27" (also for an invalid date, as written)
  std::string vn() const;                // "27/02/2018", for messages
  auto operator<=>(const Date&) const = default;
};

// Parses one whole date expression (leading "ngày" allowed); nullopt when it is not one.
std::optional<Date> parse_date(std::string_view text);

// A date found in running text.
struct DateMention {
  Span span;               // from the day's first digit to the year's last ("ngày" not included)
  Date date;
  bool effective = false;  // introduced by "có hiệu lực … (kể) từ ngày": not an issue date
};

// Finds every date in text (numeric d/m/y with / or - and optional spaces; "ngày D tháng M
// năm Y"), in order. Year ranges ("2012 - 2020") and bare years are not dates.
std::vector<DateMention> find_dates(std::string_view text);

// The date whose expression starts at pos: either its first digit or a leading "ngày"
// (then the span still starts at the digit). nullopt when none starts there.
std::optional<DateMention> date_at(std::string_view text, size_t pos);

}  // namespace vanban
