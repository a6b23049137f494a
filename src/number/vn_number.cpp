#include "number/vn_number.h"

#include <cmath>
#include <cstdint>
#include <cstring>
#include <cstdio>

#include "text/byte_skip.h"

namespace vanban {
namespace {

size_t digits_from(std::string_view s, size_t i) {
  size_t j = i;
  while (j < s.size() && is_ascii_digit(s[j])) ++j;
  return j - i;
}

bool separator_then_digit(std::string_view s, size_t i) {
  return i + 1 < s.size() && (s[i] == '.' || s[i] == ',') && is_ascii_digit(s[i + 1]);
}

// Past every digit, dot and comma that touch each other: the extent of a malformed run.
size_t run_end(std::string_view s, size_t i) {
  while (i < s.size() && (is_ascii_digit(s[i]) || separator_then_digit(s, i))) ++i;
  return i;
}

// The value of integer digits and fraction digits; exact for the figures reports write. Longer
// runs go through strtod: summed by hand, 400 fraction digits make inf / inf, not a number.
double digits_value(const std::string& integer, const std::string& fraction) {
  if (integer.size() > 15 || fraction.size() > 15) return std::strtod((integer + "." + fraction).c_str(), nullptr);
  double v = 0;
  for (char c : integer) v = v * 10 + (c - '0');
  double scale = 1, f = 0;
  for (char c : fraction) {
    f = f * 10 + (c - '0');
    scale *= 10;
  }
  return v + f / scale;
}

}  // namespace

size_t next_digit(std::string_view s, size_t pos) { return byteskip::to_digit(s, pos); }

VnNumber read_vn_number(std::string_view s, size_t pos) {
  VnNumber n;
  size_t i = pos;
  size_t first = digits_from(s, i);
  std::string integer(s.substr(i, first));
  i += first;
  // Thousands groups: a dot followed by exactly three digits, after a first group of 1-3.
  while (i < s.size() && s[i] == '.' && digits_from(s, i + 1) == 3) {
    if (first > 3) return VnNumber{false, 0, 0, 0, false, false, run_end(s, pos)};
    integer.append(s.substr(i + 1, 3));
    n.grouped = true;
    i += 4;
  }
  std::string fraction;
  if (i + 1 < s.size() && s[i] == ',' && is_ascii_digit(s[i + 1])) {
    size_t d = digits_from(s, i + 1);
    fraction.assign(s.substr(i + 1, d));
    i += 1 + d;
  }
  // Another separator glued to a digit means another convention ("1,234,567", "3.5", "1.2.3").
  if (separator_then_digit(s, i)) return VnNumber{false, 0, 0, 0, false, false, run_end(s, pos)};
  n.ok = true;
  n.integer_digits = static_cast<int>(integer.size());
  n.leading_zero = integer.size() > 1 && integer[0] == '0';
  n.decimals = static_cast<int>(fraction.size());
  n.value = digits_value(integer, fraction);
  n.end = i;
  return n;
}

std::string format_vn(double v, int decimals) {
  if (!std::isfinite(v)) return "?";
  if (decimals < 0) decimals = 0;
  if (decimals > 6) decimals = 6;
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, std::fabs(v));
  std::string plain(buf);
  size_t dot = plain.find('.');
  std::string integer = plain.substr(0, dot);
  std::string out = v < 0 && std::fabs(v) >= 0.5 * std::pow(10.0, -decimals) ? "-" : "";
  for (size_t k = 0; k < integer.size(); ++k) {
    if (k > 0 && (integer.size() - k) % 3 == 0) out += '.';
    out += integer[k];
  }
  if (dot != std::string::npos) out += "," + plain.substr(dot + 1);
  return out;
}

}  // namespace vanban
