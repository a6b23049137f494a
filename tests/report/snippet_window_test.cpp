// The text report's snippet of a long line, found through LineColumns (report/line_columns.h),
// against the definition it replaced, kept here: make the whole line terminal-safe, list the
// byte offset of each of its code points, cut the window out of that. Random lines of letters,
// marks, wide characters, tabs, control characters and stray bytes; random spans, some past
// the end; one LineColumns per line asked for its columns in random order, as the notes of
// findings ask.
#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "../random_pieces.h"
#include "report/display.h"
#include "report/line_columns.h"
#include "report/text.h"
#include "text/utf8.h"

namespace {

std::vector<size_t> code_point_offsets(std::string_view s) {
  std::vector<size_t> offsets;
  for (size_t i = 0; i < s.size();) {
    offsets.push_back(i);
    vanban::utf8::next(s, i);
  }
  offsets.push_back(s.size());
  return offsets;
}

// The window of the definition: the text shown and the 1-based columns of the span in it (the
// caret line is drawn from these by the same caret_for in both).
struct Window {
  std::string shown;
  uint32_t first = 0, last = 0;
  bool operator==(const Window&) const = default;
};

Window reference_window(std::string_view original, uint32_t first, uint32_t last, size_t max_line) {
  const std::string line = vanban::terminal_safe(original);
  first = std::max<uint32_t>(first, 1);
  last = std::max(last, first);
  const std::vector<size_t> offsets = code_point_offsets(line);
  const size_t count = offsets.size() - 1;
  if (count <= max_line) return {line, first, last};
  const size_t context = max_line / 4;
  const size_t from = first > context ? first - context : 1;
  const size_t to = std::min(count, from + max_line - 1);
  std::string shown = from > 1 ? "…" : "";
  const size_t lead = from > 1 ? 1 : 0;
  shown.append(line, offsets[from - 1], offsets[to] - offsets[from - 1]);
  if (to < count) shown += "…";
  const auto shift = [&](size_t c) { return static_cast<uint32_t>(c - from + 1 + lead); };
  const uint32_t shown_first = shift(std::min<size_t>(first, to + 1));
  return {shown, shown_first, std::max(shown_first, shift(std::min<size_t>(last, to)))};
}

const char* const kPieces[] = {"a", "b", " ", "\t", "ệ", "đ", "Ư", "e\u0301", "漢", "\x1b", "\x7f", "\u0085",
                               "\xff", "\xc3", "\xe1\xbb", "\xf0\x9f\x98\x80", "“", "…"};

}  // namespace

TEST_CASE("LineColumns: the byte offset of any column, in any order of asking") {
  std::mt19937 rng(20261128);
  for (int round = 0; round < 50; ++round) {
    const std::string line = vanban::testing::random_pieces(rng, kPieces, 6000, 1000000);
    const std::vector<size_t> offsets = code_point_offsets(line);
    vanban::LineColumns columns(line);
    for (int ask = 0; ask < 200; ++ask) {
      const size_t column = 1 + rng() % (offsets.size() + 50);
      INFO("round " << round << ", column " << column << " of " << offsets.size() - 1);
      CHECK(columns.offset(column) == offsets[std::min(column - 1, offsets.size() - 1)]);
    }
  }
}

TEST_CASE("snippet: the window of a long line is the one of the definition it replaced") {
  std::mt19937 rng(7);
  size_t windowed = 0;
  for (int round = 0; round < 40; ++round) {
    const std::string line = vanban::testing::random_pieces(rng, kPieces, 3000, 1000000);
    const size_t count = code_point_offsets(line).size() - 1;
    vanban::LineColumns columns(line);
    for (int ask = 0; ask < 100; ++ask) {
      const size_t max_line = 1 + rng() % 300;
      const uint32_t first = static_cast<uint32_t>(rng() % (count + 2));  // count + 1: just past the end
      const uint32_t last = rng() % 8 == 0 ? UINT32_MAX : first + static_cast<uint32_t>(rng() % 20);
      INFO("round " << round << ", columns " << first << ".." << last << " of " << count << ", max " << max_line);
      const Window expected = reference_window(line, first, last, max_line);
      const vanban::Snippet got = vanban::make_snippet(columns, first, last, max_line);
      CHECK(got.line == expected.shown);
      CHECK(got.caret == vanban::make_snippet(expected.shown, expected.first, expected.last, SIZE_MAX).caret);
      windowed += count > max_line;
    }
  }
  CHECK(windowed > 2000);  // most asks are of long lines, where the window is cut
}
