// Placeholder until the number stage lands.
#include "number/number.h"
namespace vanban {
std::vector<Quantity> find_quantities(const Layout&) { return {}; }
std::vector<Relation> find_relations(const Layout&, const std::vector<Quantity>&) { return {}; }
}  // namespace vanban
