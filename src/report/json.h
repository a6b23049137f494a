// The JSON form of an analysis, exactly as spec/OUTPUT.md ("vanban extract --format json")
// defines it: schema, source, document, sections, footnotes, citations, numbers, relations,
// findings. Positions are original lines and code-point columns.
//
//   nlohmann::json j = vanban::to_json(analysis);
//   std::cout << j.dump(2) << "\n";
#pragma once
#include <nlohmann/json.hpp>

#include "core/analysis.h"

namespace vanban {

nlohmann::json to_json(const Analysis& a);
nlohmann::json finding_json(const Analysis& a, const Finding& f);
nlohmann::json citation_json(const Analysis& a, const Citation& c);

}  // namespace vanban
