#include "number/vn_number.h"

#include <cmath>
#include <cstdint>
#include <cstring>
#include <cstdio>


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

// The value of a long run (more than 15 integer or fraction digits): summed by hand, 400
// fraction digits make inf / inf, not a number, so it goes through strtod.
double long_value(std::string_view s, size_t pos, size_t int_end, size_t frac_begin, size_t decimals) {
  std::string digits;
  for (size_t k = pos; k < int_end; ++k)
    if (s[k] != '.') digits.push_back(s[k]);
  digits += '.';
  digits += s.substr(frac_begin, decimals);
  return std::strtod(digits.c_str(), nullptr);
}

// 10^k for the fraction digits summed by hand: exact doubles, as 10 multiplied k times is.
constexpr double kPowersOf10[16] = {1e0, 1e1, 1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                    1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};

}  // namespace

VnNumber read_vn_number(std::string_view s, size_t pos) {
  VnNumber n;
  // The digits are summed as they are read, in integers: up to 15 digits each side (all that is
  // summed by hand) they are exact, and so is their double, as the digit-by-digit double sum is.
  uint64_t integer = 0;
  size_t i = pos;
  while (i < s.size() && is_ascii_digit(s[i])) integer = integer * 10 + static_cast<uint64_t>(s[i++] - '0');
  const size_t first = i - pos;
  size_t int_digits = first;
  // Thousands groups: a dot followed by exactly three digits, after a first group of 1-3.
  while (i < s.size() && s[i] == '.' && digits_from(s, i + 1) == 3) {
    if (first > 3) return VnNumber{false, 0, 0, 0, false, false, run_end(s, pos)};
    for (size_t k = i + 1; k < i + 4; ++k) integer = integer * 10 + static_cast<uint64_t>(s[k] - '0');
    int_digits += 3;
    n.grouped = true;
    i += 4;
  }
  const size_t int_end = i;
  size_t frac_begin = i, decimals = 0;
  uint64_t fraction = 0;
  if (i + 1 < s.size() && s[i] == ',' && is_ascii_digit(s[i + 1])) {
    frac_begin = ++i;
    while (i < s.size() && is_ascii_digit(s[i])) fraction = fraction * 10 + static_cast<uint64_t>(s[i++] - '0');
    decimals = i - frac_begin;
  }
  // Another separator glued to a digit means another convention ("1,234,567", "3.5", "1.2.3").
  if (separator_then_digit(s, i)) return VnNumber{false, 0, 0, 0, false, false, run_end(s, pos)};
  n.ok = true;
  n.integer_digits = static_cast<int>(int_digits);
  n.leading_zero = int_digits > 1 && s[pos] == '0';
  n.decimals = static_cast<int>(decimals);
  n.value = int_digits > 15 || decimals > 15
                ? long_value(s, pos, int_end, frac_begin, decimals)
                : static_cast<double>(integer) + static_cast<double>(fraction) / kPowersOf10[decimals];
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
