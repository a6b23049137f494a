// The header's number and place-date scanners against the regular expressions they replaced,
// run by RE2 (tests/structure/header_fields_reference.h): on any valid text, the same leftmost
// match and the same captures.
#include "../tests/structure/header_fields_reference.h"
#include "fuzz_check.h"
#include "text/utf8_check.h"

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, size_t size) {
  const std::string_view s = vanban::fuzz::bytes(data, size);
  if (size > 4096 || !vanban::utf8::is_valid(s)) return 0;  // a header zone: valid text, at most 3000 bytes
  namespace ref = vanban::reference;
  FUZZ_CHECK(ref::number_by_scanner(s) == ref::number_by_re2(s), "the number scanner agrees with its expression");
  FUZZ_CHECK(ref::place_date_by_scanner(s) == ref::place_date_by_re2(s), "the place-date scanner agrees with its expression");
  return 0;
}
