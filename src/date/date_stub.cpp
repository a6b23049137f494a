// Placeholder until the date stage lands.
#include "date/date.h"
namespace vanban {
bool Date::valid() const { return false; }
std::string Date::iso() const { return {}; }
std::optional<Date> parse_date(std::string_view) { return std::nullopt; }
std::vector<DateMention> find_dates(std::string_view) { return {}; }
}  // namespace vanban
