// Numeric claims: quantities read the Vietnamese way and the arithmetic a text states.
//
//   auto qs = vanban::find_quantities(layout, structure, citations, dates);  // "192.240 người"
//   auto rs = vanban::find_relations(layout, qs);       // percent, sum, difference, count, repeat
//   for (auto& r : rs) if (!r.holds) std::cout << r.message;   // "63.439 / 192.240 = 33,0%, …"
//
// "." groups thousands and "," marks decimals. Years, dates, document numbers, section
// numbers, "Covid-19", "ISO 9001", terms ("khóa XI") and phone numbers are not quantities.
// A relation is only claimed where the text states it ("chiếm 33,3%" after a part whose whole
// is named; "2.782 đơn (khiếu nại: 109, …)"; "giảm 12 thôn, từ 117 … xuống còn 105 thôn"; "có 5
// tôn giáo chính là A, B, …"); its verdict is rounding-aware: a stated 33,3% stands for
// 33,25–33,35 (statcheck's rule), a count is exact.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "cite/citation.h"
#include "date/date.h"
#include "layout/layout.h"
#include "structure/structure.h"

namespace vanban {

struct Quantity {
  Span span;          // the figure as written ("192.240", "33,3%")
  std::string text;
  double value = 0;   // as written: "1,5 triệu người" has value 1.5
  int decimals = 0;   // digits after the decimal comma
  bool percent = false;
  std::string unit;   // the unit or noun that follows: "người", "đơn", "%", "tỷ đồng"
  Span unit_span;     // where the unit is written (empty when none)
  double scale = 1;   // a scale word in the unit: "tỷ đồng" → 1e9
  std::string noun;   // the unit without its scale word: "tỷ đồng" → "đồng"
  double magnitude() const { return value * scale; }
};

struct Operand {
  size_t quantity;  // index into the quantity vector
};

struct Relation {
  std::string kind;  // percent | sum | difference | count | ratio | repeat
  size_t stated;     // index of the stated figure that is checked
  std::vector<size_t> operands;  // indexes of the figures it is computed from
  bool holds = true;
  double stated_value = 0;
  double computed = 0;
  double low = 0, high = 0;  // rounding interval of the stated figure
  std::string message;       // Vietnamese, with the arithmetic, for a failing relation
  std::vector<std::string> items;  // count: the listed items, as written
};

// Spans already taken by citations, dates and heading numbers are not quantities.
std::vector<Quantity> find_quantities(const Layout& layout, const Structure& structure,
                                      const std::vector<Citation>& citations, const std::vector<DateMention>& dates);
std::vector<Relation> find_relations(const Layout& layout, const std::vector<Quantity>& quantities);

}  // namespace vanban
