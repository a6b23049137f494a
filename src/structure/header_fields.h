// The two fields of a header that have a fixed shape: the document's own number and its place
// and date, found in the header zone by hand-written scanners.
//
//   std::string_view zone = "UBND TỈNH KON TUM\nSố: 435/QĐ-UBND\nKon Tum, ngày 04 tháng 5 năm 2020";
//   if (auto n = vanban::find_number_field(zone)) …   // n->code "435/QĐ-UBND", n->begin at "Số"
//   if (auto d = vanban::find_place_date_field(zone)) …  // d->place "Kon Tum", 4, 5, 2020
//
// Each finds the leftmost match of a regular expression, and the same captures, that RE2
// would (tests/structure/header_fields_test.cpp keeps both expressions and compares them on
// real headers and on random ones):
//
//   number:     (?:^|[\s*\-])((?:Số|SỐ\s*:|\pL+ số\s*:)\s*:?\s*(\d{1,6}(?:[/\-.]?[\pL\pN]+)*))
//   place/date: (?:^|[^\pL\pN/])((?:(?:Thành phố|Thị xã|Thị trấn|TP\.|Tp\.)\s*)?
//               \p{Lu}\p{Ll}*(?:[ \-]\p{Lu}\p{Ll}*){0,4})\s*,?\s*[Nn]gày\s+(\d{1,2})\s*
//               (?:tháng\s+|[/.\-]\s*)(\d{1,2})\s*(?:năm\s+|[/.\-]\s*)(\d{4})
//
// Why not RE2 itself: over Unicode letter classes the two programs cost about 7 ms to compile
// and to build their first DFA states, once per process, which was a third of the time a
// process needs before its first result; the scanners need nothing built.
#pragma once
#include <cstddef>
#include <optional>
#include <string_view>

namespace vanban {

struct NumberField {
  size_t begin = 0;       // where "Số", "SỐ" or the word before "số" starts
  std::string_view code;  // "435/QĐ-UBND", a view into the zone; it ends the match
};

struct PlaceDateField {
  std::string_view place;  // "Kon Tum", "Thành phố Hồ Chí Minh", as written (a view into the zone)
  int day = 0, month = 0, year = 0;
};

std::optional<NumberField> find_number_field(std::string_view zone);
std::optional<PlaceDateField> find_place_date_field(std::string_view zone);

}  // namespace vanban
