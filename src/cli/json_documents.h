// One document's JSON as `vanban extract` and `vanban check --format json|jsonl` print it,
// written straight into a string (report/json_text.h).
//
//   out.text = json_document(a, JsonPlacement::InArray, vanban::write_analysis_json);
//   write_stdout(list.before(out.text), out.text);   // ListWriter("[\n", ",\n", "\n]\n", "[]\n")
#pragma once
#include <string>

#include "core/analysis.h"
#include "report/json_writer.h"

namespace vanban::cli {

enum class JsonPlacement {
  Alone,     // the only document: indent 2, then a newline
  InArray,   // one of several, in an array: indent 2, one level deep, its first line indented
  OneLine,   // JSON Lines: one line, then a newline
};

using WriteJson = void (*)(JsonWriter&, const Analysis&);

std::string json_document(const Analysis& a, JsonPlacement placement, WriteJson write);

}  // namespace vanban::cli
