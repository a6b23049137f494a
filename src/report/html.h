// An annotated HTML report of findings: one self-contained page (no scripts, no external
// files), one section per document with its findings listed and the lines around each shown
// with the span highlighted (hover for the message).
//
//   std::string page = vanban::html_open("vanban check");
//   page += vanban::html_document(analysis, "report.txt");   // for each document
//   page += vanban::html_failure("x.txt", "x.txt: tệp nhị phân …");
//   page += vanban::html_close();
#pragma once
#include <string>
#include <string_view>

#include "core/analysis.h"

namespace vanban {

std::string html_escape(std::string_view s);
std::string html_open(std::string_view title);
// Lines within `context` of a finding are shown; the gaps are marked “⋮”.
std::string html_document(const Analysis& a, std::string_view path, uint32_t context = 2);
std::string html_failure(std::string_view path, std::string_view error);
std::string html_close();

}  // namespace vanban
