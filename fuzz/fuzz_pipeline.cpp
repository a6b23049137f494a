// The whole pipeline, bytes in, findings out: decode, layout, structure, citations, dates,
// numbers, checks, JSON. Every span must lie in the text and map to a real original line, and
// the JSON writer must print what dumping the nlohmann tree prints.
#include "core/analysis.h"
#include "fuzz_check.h"
#include "report/json.h"
#include "report/json_text.h"

namespace {

void check_span(const vanban::Analysis& a, vanban::Span s, const char* what) {
  FUZZ_CHECK(s.begin <= s.end && s.end <= a.layout.text.size(), what);
  const vanban::Position p = a.position(s.begin);
  FUZZ_CHECK(p.line >= 1 && p.column >= 1, what);
  FUZZ_CHECK(p.line <= std::max<size_t>(a.source.line_count(), 1), what);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, size_t size) {
  vanban::LoadResult in = vanban::load_bytes("fuzz.txt", vanban::fuzz::bytes(data, size), {});
  if (!in.ok()) {
    FUZZ_CHECK(in.error.rfind("fuzz.txt: ", 0) == 0, "a load error names the input");
    return 0;
  }
  const vanban::Analysis a = vanban::analyze(std::move(*in.source), {});
  for (const auto& p : a.layout.paragraphs) check_span(a, p.span, "paragraph span");
  for (const auto& c : a.citations) check_span(a, c.span, "citation span");
  for (const auto& d : a.dates) check_span(a, d.span, "date span");
  for (const auto& q : a.quantities) check_span(a, q.span, "number span");
  for (const auto& f : a.findings) {
    check_span(a, f.span, "finding span");
    FUZZ_CHECK(!f.rule.empty() && !f.message.empty(), "a finding has a rule and a message");
    for (const auto& r : f.related) check_span(a, r.span, "related span");
  }
  const std::string json = vanban::dump_json(vanban::to_json(a));
  FUZZ_CHECK(!json.empty(), "extract JSON");
  FUZZ_CHECK(vanban::analysis_json_text(a) == json, "the JSON writer prints what nlohmann prints");
  const std::string check = vanban::dump_json(vanban::check_json(a));
  FUZZ_CHECK(!check.empty(), "check JSON");
  FUZZ_CHECK(vanban::check_json_text(a) == check, "the JSON writer prints what nlohmann prints (check)");
  return 0;
}
