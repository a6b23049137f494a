// quote_balance counts both quote marks in one pass; this checks it against counting each
// with its own search (as QuoteTracker first did) on the corpus and on random text.
#include <catch2/catch.hpp>

#include <random>
#include <string>

#include "structure/sections.h"
#include "../corpus_texts.h"

namespace {

int count(std::string_view text, std::string_view what) {
  int n = 0;
  for (size_t at = text.find(what); at != std::string_view::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

int balance_by_definition(std::string_view text) { return count(text, "“") - count(text, "”"); }

}  // namespace

TEST_CASE("quote_balance counts as two searches do, on the corpus lines and random text") {
  size_t lines = 0;
  for (const std::string& text : vanban::testing::corpus_texts()) {
    REQUIRE(vanban::quote_balance(text) == balance_by_definition(text));
    for (size_t at = 0, end; at < text.size(); at = end + 1, ++lines) {
      end = std::min(text.find('\n', at), text.size());
      const std::string_view line = std::string_view(text).substr(at, end - at);
      REQUIRE(vanban::quote_balance(line) == balance_by_definition(line));
    }
  }
  CHECK(lines > 100);
  const char* const pieces[] = {"“", "”", "‘", "’", "–", "…", "a", " ", "\xE2", "\x80", "\x9C", "\x9D", "\xE2\x80", "ệ"};
  std::mt19937 rng(3);
  for (int round = 0; round < 20000; ++round) {
    std::string s;
    for (size_t k = rng() % 12; k > 0; --k) s += pieces[rng() % (sizeof pieces / sizeof *pieces)];
    INFO(s);
    REQUIRE(vanban::quote_balance(s) == balance_by_definition(s));
  }
}
