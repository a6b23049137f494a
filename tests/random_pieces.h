// Random text for the tests that compare a fast path with its definition: 1 to `most` pieces
// drawn from a list (letters of both cases, marks, broken UTF-8 sequences…), each replaced by
// a NUL byte once in `nul_one_in` draws.
//
//   std::mt19937 rng(2026);
//   const std::string text = vanban::testing::random_pieces(rng, kPieces, 25, 30);
#pragma once
#include <cstddef>
#include <random>
#include <string>

namespace vanban::testing {

template <size_t N>
std::string random_pieces(std::mt19937& rng, const char* const (&pieces)[N], size_t most, unsigned nul_one_in) {
  std::string text;
  for (size_t k = 1 + rng() % most; k > 0; --k) {
    if (rng() % nul_one_in == 0) text += '\0';
    else text += pieces[rng() % N];
  }
  return text;
}

}  // namespace vanban::testing
