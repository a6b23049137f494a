// find_repeats against its definition: every place i, every length n of 2 … 12 compared
// syllable by syllable, without the hash filters that send only a few places to the full
// check (RepeatFinder, echoes). On random texts over a few syllables, in mixed case, with
// the separators that matter, both must report the same repeats.
#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "check/syllables.h"
#include "check/text_repeats.h"

namespace {

using vanban::Gap;
using vanban::Syllable;

std::string describe(std::string_view text, const vanban::Repeat& r) {
  auto slice = [&](vanban::Span s) { return std::string(text.substr(s.begin, s.size())); };
  return slice(r.first) + "|" + slice(r.second) + "|" + std::to_string(r.words) + "|" + slice(r.before) + "|" +
         slice(r.after);
}

std::vector<std::string> found(std::string_view text) {
  std::vector<std::string> out;
  for (const vanban::Repeat& r : vanban::find_repeats(text)) out.push_back(describe(text, r));
  return out;
}

// The definition in text_repeats.h, spelled out.
std::vector<std::string> defined(std::string_view text) {
  std::vector<Syllable> s;
  vanban::SyllableReader reader(text);
  for (Syllable x; reader.next(x);) s.push_back(x);
  auto same = [&](size_t a, size_t b) { return vanban::same_syllable(text, s[a], s[b]); };
  auto same_gap = [&](size_t a, size_t b) {
    if (s[a].gap != s[b].gap || s[b].gap == Gap::Break) return false;
    return s[b].gap == Gap::Space || (vanban::same_separator(text, s[a], s[b]) && !vanban::clause_before(text, s[b]));
  };
  auto repeats = [&](size_t i, size_t n) {
    for (size_t k = 0; k < n; ++k)
      if (!same(i - n + k, i + k) || (k > 0 && !same_gap(i - n + k, i + k))) return false;
    return true;
  };
  auto span = [&](size_t from, size_t n) { return vanban::Span{s[from].begin, s[from + n - 1].end}; };
  std::vector<std::string> out;
  constexpr size_t kNone = static_cast<size_t>(-1);
  size_t skip_until = 0, last_pair = kNone;
  for (size_t i = 1; i < s.size(); ++i) {
    if (i < skip_until || s[i].gap != Gap::Space) continue;
    size_t best = 0;
    for (size_t n = 2; n <= std::min({size_t{12}, i, s.size() - i}); ++n)
      if (repeats(i, n)) best = n;
    if (best) {
      bool letters = false, varied = false;
      for (size_t k = i; k < i + best; ++k) {
        letters = letters || s[k].letters;
        varied = varied || !same(k, i);
      }
      if (letters && varied) {
        out.push_back(describe(text, {span(i - best, best), span(i, best), best, {}, {}}));
        skip_until = i + best;
        continue;
      }
    }
    if (!s[i].letters || !s[i - 1].letters || !same(i - 1, i)) continue;
    const bool run = last_pair != kNone && last_pair + 1 == i;
    last_pair = i;
    if (run) continue;
    vanban::Repeat r{span(i - 1, 1), span(i, 1), 1, {}, {}};
    if (i >= 2 && s[i - 1].gap == Gap::Space) r.before = span(i - 2, 1);
    if (i + 1 < s.size() && s[i + 1].gap == Gap::Space) r.after = span(i + 1, 1);
    out.push_back(describe(text, r));
  }
  return out;
}

std::string random_text(std::mt19937& rng, size_t syllables) {
  static const std::vector<std::string> kWords = {"được", "Được", "ĐƯỢC", "của", "và", "các", "quy", "Quy", "định",
                                                  "ĐỊNH", "290", "QĐ", "TW", "trường", "TRƯỜNG", "a"};
  static const std::vector<std::string> kGaps = {" ", " ", " ", " ", " ", "  ", ", ", "-", "/", "\n", ". ", " (", ") "};
  std::uniform_int_distribution<size_t> word(0, kWords.size() - 1), gap(0, kGaps.size() - 1);
  std::uniform_int_distribution<size_t> few(0, 5);
  std::string out;
  for (size_t k = 0; k < syllables; ++k) {
    out += kGaps[gap(rng)];
    out += kWords[few(rng) == 0 ? word(rng) : word(rng) % 5];  // mostly a handful: many repeats
  }
  return out;
}

}  // namespace

TEST_CASE("find_repeats agrees with its definition on random texts") {
  std::mt19937 rng(1128);
  size_t repeats = 0;
  for (int round = 0; round < 3000; ++round) {
    const std::string text = random_text(rng, 2 + round % 90);
    INFO("text: " << text);
    const std::vector<std::string> expected = defined(text);
    REQUIRE(found(text) == expected);
    repeats += expected.size();
  }
  CHECK(repeats > 1000);  // the texts do repeat themselves
}
