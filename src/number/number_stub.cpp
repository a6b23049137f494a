// Placeholder until the number stage lands.
#include "number/number.h"
namespace vanban {
std::vector<Quantity> find_quantities(const Layout&, const Structure&, const std::vector<Citation>&,
                                      const std::vector<DateMention>&) { return {}; }
std::vector<Relation> find_relations(const Layout&, const std::vector<Quantity>&) { return {}; }
}  // namespace vanban
