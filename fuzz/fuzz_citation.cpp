// Citations: the number-and-symbol parser at every digit, then the citation scanner over the
// layout of the input. Spans must lie in the text; a parsed code has a format and an identity.
#include "cite/citation.h"
#include "cite/code.h"
#include "fuzz_check.h"
#include "text/utf8_check.h"

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, size_t size) {
  const std::string_view s = vanban::fuzz::bytes(data, size);
  if (!vanban::utf8::is_valid(s)) return 0;  // the pipeline only ever passes valid text
  for (size_t pos = 0; pos < s.size(); ++pos) {
    if (s[pos] < '0' || s[pos] > '9') continue;
    if (auto c = vanban::cite::parse_code(s, pos)) {
      FUZZ_CHECK(c->span.begin == pos && c->span.end > pos && c->span.end <= s.size(), "a code span starts at its digit");
      FUZZ_CHECK(!c->format.empty(), "a code has a format");
      (void)vanban::cite::code_identity(*c);
      (void)vanban::cite::issuer_side(c->issuer_code);
    }
  }
  vanban::LoadResult in = vanban::load_bytes("fuzz.txt", s, {});
  if (!in.ok()) return 0;
  const vanban::Layout layout = vanban::reconstruct(*in.source);
  const auto citations = vanban::extract_citations(layout);
  for (const vanban::Citation& c : citations) {
    FUZZ_CHECK(c.span.begin <= c.span.end && c.span.end <= layout.text.size(), "a citation span lies in the text");
    FUZZ_CHECK(c.code_span.end <= layout.text.size() && c.issuer_span.end <= layout.text.size(), "sub-spans lie in the text");
  }
  (void)vanban::group_citations(citations);
  return 0;
}
