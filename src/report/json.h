// The JSON form of an analysis, exactly as spec/OUTPUT.md ("vanban extract --format json")
// defines it: schema, source, document, sections, footnotes, citations, numbers, relations,
// findings. Positions are original lines and code-point columns.
//
//   nlohmann::json j = vanban::to_json(analysis);
//   std::cout << j.dump(2) << "\n";
//
// To print, report/json_text.h writes the same text ten times faster, without the tree.
#pragma once
#include <nlohmann/json.hpp>

#include "core/analysis.h"

namespace vanban {

nlohmann::json to_json(const Analysis& a);
// What `vanban check --format json` prints for one document: schema, source and findings only,
// with the same fields as to_json.
nlohmann::json check_json(const Analysis& a);
nlohmann::json source_json(const Analysis& a);
nlohmann::json findings_json(const Analysis& a);
nlohmann::json finding_json(const Analysis& a, const Finding& f);
nlohmann::json citation_json(const Analysis& a, const Citation& c);

// j as text (indent -1: one line), never throwing: invalid UTF-8 in a string becomes U+FFFD.
std::string dump_json(const nlohmann::json& j, int indent = -1);
// Every line of text prefixed with indent (to nest a dumped object inside an array).
std::string indent_lines(const std::string& text, const std::string& indent);

}  // namespace vanban
