// The Vietnamese number reader ("192.240", "33,3%", "1.234,56") at every digit of the input,
// and the writer on what it read.
#include <cmath>

#include "fuzz_check.h"
#include "number/vn_number.h"
#include "text/utf8_check.h"

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, size_t size) {
  const std::string_view s = vanban::fuzz::bytes(data, size);
  if (!vanban::utf8::is_valid(s)) return 0;  // the pipeline only ever passes valid text
  for (size_t pos = 0; pos < s.size(); ++pos) {
    if (!vanban::is_ascii_digit(s[pos])) continue;
    const vanban::VnNumber n = vanban::read_vn_number(s, pos);
    FUZZ_CHECK(n.end > pos && n.end <= s.size(), "a number ends after its first digit, inside the text");
    if (!n.ok) continue;
    FUZZ_CHECK(n.decimals >= 0 && n.integer_digits >= 1, "digit counts");
    FUZZ_CHECK(!std::isnan(n.value) && n.value >= 0, "a read number is a non-negative value");
    if (std::isfinite(n.value) && n.decimals <= 6) FUZZ_CHECK(!vanban::format_vn(n.value, n.decimals).empty(), "format_vn");
  }
  return 0;
}
