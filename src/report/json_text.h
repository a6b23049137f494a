// The JSON text of an analysis, written straight into a string: the same bytes as dumping the
// trees of report/json.h (dump_json(to_json(a), indent)), ten times faster, for the CLI's
// hot path (`vanban extract`, `vanban check --format json|jsonl`).
//
//   std::string out;
//   vanban::JsonWriter w(out, 2);          // or -1 for one line (jsonl)
//   vanban::write_analysis_json(w, a);     // out == dump_json(to_json(a), 2)
//
// Each field is written here and built in report/json.cpp: a field added to one must be added
// to the other (tests/report compares the two on several documents).
#pragma once
#include <string>

#include "core/analysis.h"
#include "report/json_writer.h"

namespace vanban {

// What to_json(a) holds: spec/OUTPUT.md, `vanban extract --format json`.
void write_analysis_json(JsonWriter& w, const Analysis& a);
// What check_json(a) holds: schema, source and findings.
void write_check_json(JsonWriter& w, const Analysis& a);

// dump_json(to_json(a), indent) and dump_json(check_json(a), indent), written directly.
std::string analysis_json_text(const Analysis& a, int indent = -1);
std::string check_json_text(const Analysis& a, int indent = -1);

}  // namespace vanban
