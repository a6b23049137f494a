#include "number/verdict.h"

#include <algorithm>
#include <cmath>

#include "number/vn_number.h"

namespace vanban {

double half_unit(const Quantity& q) { return 0.5 * std::pow(10.0, -q.decimals) * q.scale; }

Range operand_range(const Quantity& q) {
  double v = q.magnitude();
  if (q.decimals == 0 && q.scale == 1 && !q.percent) return {v, v};
  return {v - half_unit(q), v + half_unit(q)};
}

Range stated_range(const Quantity& q, bool computed) {
  if (!computed) return operand_range(q);
  double v = q.magnitude();
  return {v - half_unit(q), v + half_unit(q)};
}

Range sum(Range a, Range b) { return {a.lo + b.lo, a.hi + b.hi}; }
Range difference(Range a, Range b) { return {a.lo - b.hi, a.hi - b.lo}; }

Range quotient(Range a, Range b) {
  if (b.lo <= 0) return {a.lo / b.hi, a.hi / std::max(b.lo, 1e-12)};
  double c[4] = {a.lo / b.lo, a.lo / b.hi, a.hi / b.lo, a.hi / b.hi};
  return {*std::min_element(c, c + 4), *std::max_element(c, c + 4)};
}

bool meets(Range a, Range b) {
  // Tolerance for floating point only, relative to the computed side (b may be unbounded).
  double eps = 1e-9 * std::max({1.0, std::fabs(a.lo), std::fabs(a.hi)});
  return a.lo <= b.hi + eps && b.lo <= a.hi + eps;
}

double mid(Range r) { return (r.lo + r.hi) / 2; }

std::string show(double v, int decimals, double stated) {
  int d = decimals;
  double unit = std::pow(10.0, -d);
  if (std::fabs(std::round(v / unit) * unit - stated) < unit / 10) ++d;
  return format_vn(v, d);
}

}  // namespace vanban
