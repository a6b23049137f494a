// Reading and writing numbers the Vietnamese way: "." groups thousands, "," marks decimals.
//
//   auto n = vanban::read_vn_number("192.240 người", 0);  // n.ok, n.value == 192240, n.end == 7
//   auto m = vanban::read_vn_number("33,3%", 0);          // m.value == 33.3, m.decimals == 1
//   auto s = vanban::read_vn_number("3.5", 0);            // !s.ok: "." must be followed by 3 digits
//   std::string t = vanban::format_vn(2782, 0);           // "2.782"; format_vn(33.0, 1) == "33,0"
//
// A run that is not a well-formed Vietnamese number ("3.5", "1,234,567", "1.2.3") is reported
// with ok == false and end past the whole run, so the caller skips it in one step.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

#include "text/byte_skip.h"

namespace vanban {

struct VnNumber {
  bool ok = false;
  double value = 0;
  int decimals = 0;        // digits after the decimal comma
  int integer_digits = 0;  // digits before the comma, without the group dots
  bool grouped = false;    // has thousands dots
  bool leading_zero = false;  // "02", "09", "0263": starts with 0 and has more integer digits
  size_t end = 0;          // byte just after the number (or after the malformed run)
};

inline bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }

// Position of the first ASCII digit at or after pos (s.size() when none); 16 bytes at a time.
// Inline: find_quantities calls it once a figure of the text.
inline size_t next_digit(std::string_view s, size_t pos) { return byteskip::to_digit(s, pos); }

// Reads the number whose first digit is s[pos].
VnNumber read_vn_number(std::string_view s, size_t pos);

// Formats v with `decimals` digits after the comma, thousands grouped with dots.
std::string format_vn(double v, int decimals);

}  // namespace vanban
