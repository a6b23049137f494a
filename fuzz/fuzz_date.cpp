// Date parsing: parse_date on the whole input, find_dates over it, date_at at every "ngày" and
// digit. Spans must lie in the text, in order; every Date prints (iso, vn) even when invalid.
#include "date/date.h"
#include "fuzz_check.h"
#include "text/utf8_check.h"

namespace {

bool may_start_date(std::string_view s, size_t pos) {
  if (s[pos] >= '0' && s[pos] <= '9') return true;
  const std::string_view rest = s.substr(pos);
  return rest.rfind("ngày", 0) == 0 || rest.rfind("Ngày", 0) == 0;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, size_t size) {
  const std::string_view s = vanban::fuzz::bytes(data, size);
  if (!vanban::utf8::is_valid(s)) return 0;  // the pipeline only ever passes valid text
  if (auto d = vanban::parse_date(s)) {
    FUZZ_CHECK(!d->iso().empty() && !d->vn().empty(), "a parsed date prints");
    if (d->valid()) FUZZ_CHECK(d->month >= 1 && d->month <= 12 && d->day >= 1 && d->day <= 31, "a valid date is a real day");
  }
  size_t previous_begin = 0;
  for (const vanban::DateMention& m : vanban::find_dates(s)) {
    FUZZ_CHECK(m.span.begin < m.span.end && m.span.end <= s.size(), "a date span lies in the text");
    FUZZ_CHECK(m.span.begin >= previous_begin, "dates come in text order");
    previous_begin = m.span.begin;
    FUZZ_CHECK(!m.date.iso().empty(), "a found date prints");
  }
  for (size_t pos = 0; pos < s.size(); ++pos) {
    if (!may_start_date(s, pos)) continue;
    if (auto m = vanban::date_at(s, pos))
      FUZZ_CHECK(m->span.begin >= pos && m->span.end <= s.size() && m->span.begin < m->span.end, "date_at span");
  }
  return 0;
}
