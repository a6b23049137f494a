// MappedText::position searches only the anchors of the stretch of text an offset is in; it
// must find what the binary search over all the anchors (position_by_search) finds, for every
// offset of texts built as the layout builds them: normalized lines (NFD, CRLF, tabs, NBSP),
// joining spaces, paragraph breaks, and lines long enough for checkpoints.
#include <catch2/catch.hpp>

#include <array>
#include <optional>
#include <random>
#include <string>

#include "layout/layout.h"
#include "text/mapped_text.h"
#include "text/source.h"
#include "text/utf8.h"
#include "variants.h"

namespace {

std::string random_document(std::mt19937& rng) {
  static const std::array<std::string, 16> kPieces = {
      "a", "Người ", "việc ", "ế", "e\xCC\x81", "o\xCC\x9B\xCC\x80 ", "\xC2\xA0", "\t", " ", "  ", "\r\n", "\n",
      "\n\n", "1. Quy định ", "Điều 5. ", std::string(300, 'x')};
  std::string s;
  const size_t pieces = rng() % 400;
  for (size_t k = 0; k < pieces; ++k) s += kPieces[rng() % kPieces.size()];
  return s;
}

size_t differences_in(const vanban::MappedText& t) {
  size_t differences = 0;
  for (size_t offset = 0; offset <= t.size() + 2; ++offset)
    differences += !(t.position(offset) == t.position_by_search(offset));
  return differences;
}

}  // namespace

TEST_CASE("position finds the anchor the binary search over all anchors finds") {
  std::mt19937 rng(11);
  size_t differences = 0, texts = 0;
  for (int k = 0; k < 300; ++k) {
    const std::string bytes = k % 2 ? random_document(rng) : vanban::test::to_nfd(random_document(rng));
    auto r = vanban::load_bytes("random", bytes, {});
    if (!r.ok()) continue;
    const vanban::Layout lay = vanban::reconstruct(*r.source);
    differences += differences_in(lay.text);
    ++texts;
  }
  const std::string seed = vanban::test::read_file(VANBAN_SOURCE_DIR "/corpus/seed_report.txt");
  for (const std::string& bytes : {seed, vanban::test::to_nfd(seed), vanban::test::to_crlf(seed)}) {
    auto r = vanban::load_bytes("seed", bytes, {});
    REQUIRE(r.ok());
    differences += differences_in(vanban::reconstruct(*r.source).text);
    ++texts;
  }
  // Pieces appended by hand: an empty text, and anchors exactly at bucket edges.
  vanban::MappedText t;
  differences += differences_in(t);
  const std::string line(1000, 'y');
  for (size_t cut : {255, 256, 257, 511, 512, 513}) {
    t.append(vanban::NormalizedView(std::string_view(line)), static_cast<uint32_t>(cut), 0, cut);
    t.append_synthetic("\n");
  }
  differences += differences_in(t);
  CHECK(texts > 250);
  CHECK(differences == 0);
}

TEST_CASE("append_counted maps every byte as append does") {
  std::mt19937 rng(12);
  size_t differences = 0;
  for (int k = 0; k < 3000; ++k) {
    const std::string raw = random_document(rng).substr(0, 700);
    // A line as the layout appends it: normalized, or the original when nothing changed.
    const std::optional<vanban::NormalizedLine> changed = vanban::normalize_if_changed(raw);
    const vanban::NormalizedView view = changed ? vanban::NormalizedView(*changed) : vanban::NormalizedView(raw);
    const size_t a = view.text.empty() ? 0 : rng() % view.text.size(), b = a + rng() % (view.text.size() - a + 1);
    vanban::MappedText plain, counted;
    for (vanban::MappedText* t : {&plain, &counted}) t->append_synthetic("x");
    plain.append(view, 3, a, b);
    counted.append_counted(view, 3, a, b, vanban::utf8::count(view.text.substr(a, b - a)));
    for (vanban::MappedText* t : {&plain, &counted}) t->append_synthetic(" ");
    for (size_t offset = 0; offset <= plain.size(); ++offset)
      differences += !(plain.position(offset) == counted.position(offset));
  }
  CHECK(differences == 0);
}
