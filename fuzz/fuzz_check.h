// What the fuzz targets share: a check that aborts (so libFuzzer keeps the input) with a
// message saying which invariant broke.
//
//   FUZZ_CHECK(span.end <= text.size(), "citation span past the end of the text");
#pragma once
#include <cstdio>
#include <cstdlib>
#include <string_view>

#define FUZZ_CHECK(cond, what)                                            \
  do {                                                                    \
    if (!(cond)) {                                                        \
      std::fprintf(stderr, "FUZZ_CHECK failed: %s (%s)\n", what, #cond); \
      std::abort();                                                       \
    }                                                                     \
  } while (0)

namespace vanban::fuzz {
inline std::string_view bytes(const unsigned char* data, size_t size) {
  return std::string_view(reinterpret_cast<const char*>(data), size);
}
}  // namespace vanban::fuzz
