// Placeholder until the citation stage lands.
#include "cite/citation.h"
namespace vanban {
std::vector<Citation> extract_citations(const Layout&) { return {}; }
std::vector<CitedDocument> group_citations(const std::vector<Citation>&) { return {}; }
}  // namespace vanban
