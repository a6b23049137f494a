// A finding: one problem a rule reports, with where it is and what was expected.
#pragma once
#include <string>
#include <vector>

#include "text/mapped_text.h"

namespace vanban {

enum class Severity { Info, Warning, Error };
const char* severity_name(Severity s);  // "info", "warning", "error"

struct Related {
  Span span;         // in Layout::text; positions are computed when reporting
  std::string note;  // Vietnamese: "cùng văn bản được dẫn là 24-CT/TU"
};

struct Finding {
  std::string rule;  // "citation/type-mismatch"
  Severity severity = Severity::Warning;
  Span span;         // in Layout::text
  std::string message;
  std::vector<Related> related;
  std::string suggestion;
};

}  // namespace vanban
