// Rounding-aware verdicts (statcheck's rule): a stated figure stands for every value that
// rounds to it. A stated 33,3% stands for [33,25; 33,35]; a count written without decimals is
// exact; "1.234 tỷ đồng" stands for [1.233,5; 1.234,5] tỷ. A relation holds when the range of
// values its operands allow meets the stated figure's interval.
//
//   vanban::Range r = vanban::quotient(vanban::operand_range(part), vanban::operand_range(whole));
//   vanban::Range s = vanban::stated_range(percent_q, /*computed=*/true);
//   bool ok = vanban::meets(r.scaled(100), s);
#pragma once
#include <string>

#include "number/number.h"

namespace vanban {

struct Range {
  double lo = 0, hi = 0;
  Range scaled(double k) const { return k >= 0 ? Range{lo * k, hi * k} : Range{hi * k, lo * k}; }
};

// Half a unit of the last written digit, in the quantity's magnitude (value × scale).
double half_unit(const Quantity& q);
// An operand: exact when written as a whole count without a scale word, else ± half a unit.
Range operand_range(const Quantity& q);
// A stated figure: always ± half a unit when it was computed (a rate, a share); a whole
// count that is a sum or a difference of exact counts is exact.
Range stated_range(const Quantity& q, bool computed);

Range sum(Range a, Range b);
Range difference(Range a, Range b);  // a − b
Range quotient(Range a, Range b);    // a / b, b > 0
bool meets(Range a, Range b);        // the two ranges share a value (with a tiny tolerance)
double mid(Range r);

// Vietnamese formatting of a computed value with enough decimals to differ from a wrong
// stated figure: at least `decimals`, one more when rounding would show the stated figure.
std::string show(double v, int decimals, double stated);

}  // namespace vanban
