// The fast paths of text/utf8.h and text/utf8_check.cpp against their definitions.
//
// utf8::count sums its SSE2 compares per lane for up to 255 blocks of 16 bytes before adding
// the lanes up, and reads the bytes after the last whole block in a block that overlaps it:
// held here to the definition (bytes that are not 10xxxxxx) on strings long enough to fill
// several batches, at every start alignment and on every length up to 600.
#include <catch2/catch.hpp>
#include <random>
#include <string>

#include "text/utf8.h"
#include "text/utf8_check.h"

namespace {

size_t by_definition(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

}  // namespace

TEST_CASE("utf8::count equals the byte-by-byte definition on long and random strings") {
  std::mt19937 rng(7);
  // Continuation bytes everywhere (the worst case for a per-lane byte sum), random bytes, text.
  std::string all_continuation(255 * 16 * 3 + 37, '\x80');
  std::string random(20000, ' ');
  for (char& c : random) c = static_cast<char>(rng() % 256);
  std::string text;
  while (text.size() < 12000) text += "Điều 5. Thanh niên là công dân Việt Nam từ đủ 16 tuổi 😀 đến 30 tuổi. ";
  size_t differences = 0;
  for (const std::string* s : {&all_continuation, &random, &text})
    for (size_t a = 0; a < 40; ++a)
      for (size_t cut : {size_t{0}, size_t{1}, size_t{7}, size_t{15}, size_t{16}, size_t{17}, size_t{4081}}) {
        if (a + cut > s->size()) continue;
        const std::string_view v = std::string_view(*s).substr(a, s->size() - a - cut);
        differences += vanban::utf8::count(v) != by_definition(v);
      }
  CHECK(differences == 0);
  for (size_t len = 0; len < 600; ++len) {
    const std::string_view v = std::string_view(random).substr(len % 16, len);
    differences += vanban::utf8::count(v) != by_definition(v);
  }
  CHECK(differences == 0);
  CHECK(vanban::utf8::count(all_continuation) == 0);
}

// is_valid checks blocks of common sequences with masks and hands the others (overlong C0 C1,
// E0 and ED, four-byte and invalid leads) to the DFA, carrying the continuation bytes a block
// still owes into the next one. first_invalid, byte by byte, is the definition it must match,
// wherever a sequence, or damage to it, falls against a block boundary.
TEST_CASE("utf8::is_valid agrees with first_invalid on Vietnamese text cut and damaged anywhere") {
  const std::string pieces[] = {"a",  "Điều ", "ệ",   "“",        "😀",       "\xE0\xA4\x95", "\xED\x9F\xBF", "\xEF\xBF\xBD",
                                "\x80", "\xC0\x80", "\xC3", "\xE1\xBB", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xE0\x80\xAF", "\xFF"};
  std::mt19937 rng(11);
  size_t differences = 0, invalid = 0;
  for (int round = 0; round < 20000; ++round) {
    std::string s(rng() % 20, 'x');
    const int count = 1 + rng() % 12;
    for (int k = 0; k < count; ++k) s += pieces[rng() % (round % 2 ? 8 : 16)];  // odd rounds: valid pieces only
    const bool valid = vanban::utf8::first_invalid(s) == std::string_view::npos;
    invalid += !valid;
    differences += vanban::utf8::is_valid(s) != valid;
    differences += vanban::utf8::is_valid_blocks(s) != valid;
  }
  CHECK(differences == 0);
  CHECK(invalid > 1000);
  CHECK(invalid < 15000);
}

// From kSimdjsonFrom bytes on, is_valid is simdjson's validator: the same strict rules, with
// the damage anywhere in a long text (also in its last bytes, after the last whole block).
TEST_CASE("utf8::is_valid on long texts agrees with first_invalid") {
  const std::string valid_pieces[] = {"a", "Điều ", "ệ", "“", "😀", "\xE0\xA4\x95", "\xED\x9F\xBF", "\xEF\xBF\xBD"};
  const std::string damage[] = {"\x80", "\xC0\x80", "\xC3", "\xE1\xBB", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xE0\x80\xAF", "\xFF", "\xC1\xBF", "\xF5\x80\x80\x80"};
  std::mt19937 rng(12);
  size_t differences = 0, invalid = 0;
  for (int round = 0; round < 3000; ++round) {
    std::string s;
    const size_t length = vanban::utf8::kSimdjsonFrom + rng() % 700;
    while (s.size() < length) s += valid_pieces[rng() % 8];
    if (round % 2) {  // damage at a random place
      const size_t at = rng() % s.size();
      s.insert(at, damage[rng() % 10]);
    }
    const bool valid = vanban::utf8::first_invalid(s) == std::string_view::npos;
    invalid += !valid;
    differences += vanban::utf8::is_valid(s) != valid;
    differences += vanban::utf8::is_valid_blocks(s) != valid;
  }
  CHECK(differences == 0);
  CHECK(invalid > 1000);
}
