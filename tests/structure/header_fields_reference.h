// The regular expressions the header's number and place-date scanners replaced
// (structure/header_fields.h), run by RE2 as their definition, and the scanners' answers in
// the same form: "none", or where the match starts and what it captured. Shared by
// header_fields_test.cpp and fuzz/fuzz_header.cpp.
//
//   CHECK(reference::number_by_scanner(zone) == reference::number_by_re2(zone));
#pragma once
#include <re2/re2.h>

#include <string>
#include <string_view>

#include "structure/header_fields.h"

namespace vanban::reference {

inline const RE2& number_pattern() {
  static const RE2 re(R"((?s:.*?)(?:^|[\s*\-])((?:Số|SỐ\s*:|\pL+ số\s*:)\s*:?\s*(\d{1,6}(?:[/\-.]?[\pL\pN]+)*)))");
  return re;
}

inline const RE2& place_date_pattern() {
  static const RE2 re(
      R"((?s:.*?)(?:^|[^\pL\pN/])((?:(?:Thành phố|Thị xã|Thị trấn|TP\.|Tp\.)\s*)?\p{Lu}\p{Ll}*(?:[ \-]\p{Lu}\p{Ll}*){0,4})\s*,?\s*[Nn]gày\s+(\d{1,2})\s*(?:tháng\s+|[/.\-]\s*)(\d{1,2})\s*(?:năm\s+|[/.\-]\s*)(\d{4}))");
  return re;
}

// "none", or where the match starts and its code.
inline std::string number_by_re2(std::string_view zone) {
  re2::StringPiece input(zone.data(), zone.size()), whole, code;
  if (!RE2::Consume(&input, number_pattern(), &whole, &code)) return "none";
  return std::to_string(whole.data() - zone.data()) + " " + std::string(code.data(), code.size()) + " @" +
         std::to_string(code.data() - zone.data());
}

inline std::string number_by_scanner(std::string_view zone) {
  const std::optional<NumberField> f = find_number_field(zone);
  if (!f) return "none";
  return std::to_string(f->begin) + " " + std::string(f->code) + " @" + std::to_string(f->code.data() - zone.data());
}

inline std::string place_date_by_re2(std::string_view zone) {
  re2::StringPiece input(zone.data(), zone.size()), place;
  int day = 0, month = 0, year = 0;
  if (!RE2::Consume(&input, place_date_pattern(), &place, &day, &month, &year)) return "none";
  return std::to_string(place.data() - zone.data()) + " [" + std::string(place.data(), place.size()) + "] " +
         std::to_string(day) + "/" + std::to_string(month) + "/" + std::to_string(year);
}

inline std::string place_date_by_scanner(std::string_view zone) {
  const std::optional<PlaceDateField> f = find_place_date_field(zone);
  if (!f) return "none";
  return std::to_string(f->place.data() - zone.data()) + " [" + std::string(f->place) + "] " + std::to_string(f->day) +
         "/" + std::to_string(f->month) + "/" + std::to_string(f->year);
}

}  // namespace vanban::reference
