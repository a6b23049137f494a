// Positions users see (line, column) must be those of the ORIGINAL file, whatever its form.
// The expected columns below were counted by hand on the seed report (corpus/seed_report.txt)
// and confirmed with Python's unicodedata: line 2 reads
// "Kết quả 05 năm thực hiện Chỉ thị số 24-CT/TU ngày 27/02/2018 của Ban ", where "Chỉ" starts at
// code point 26 and "24" at 37; in NFD every precomposed letter before them counts as 2 or 3
// code points, which moves them to 34 and 49.
#include <catch2/catch.hpp>

#include "layout/layout.h"
#include "text/source.h"
#include "variants.h"

using vanban::Position;

namespace {

const std::string& seed() {
  static const std::string s = vanban::test::read_file(VANBAN_SOURCE_DIR "/corpus/seed_report.txt");
  return s;
}

struct Loaded {
  vanban::SourceText src;
  vanban::Layout layout;
};

Loaded load(const std::string& bytes) {
  auto r = vanban::load_bytes("seed", bytes, {});
  REQUIRE(r.ok());
  Loaded l{std::move(*r.source), {}};
  l.layout = vanban::reconstruct(l.src);
  return l;
}

// Original position of the n-th occurrence (0-based) of needle in the reconstructed text.
Position find(const Loaded& l, const std::string& needle, int nth = 0) {
  size_t at = l.layout.text.text().find(needle);
  while (nth-- > 0 && at != std::string::npos) at = l.layout.text.text().find(needle, at + 1);
  REQUIRE(at != std::string::npos);
  return l.layout.text.position(at);
}

}  // namespace

TEST_CASE("positions on the seed as it is") {
  Loaded l = load(seed());
  CHECK(l.src.line_count() == 1096);
  CHECK(find(l, "Chỉ thị số 24-CT/TU ngày 27/02/2018") == Position{2, 26});
  CHECK(find(l, "24-CT/TU ngày 27/02/2018") == Position{2, 37});
  CHECK(find(l, "192.240") == Position{15, 10});
  // "Ban " ends line 2, "Thường vụ" starts line 4 after a blank line 3: joined by one space.
  CHECK(find(l, "Ban Thường vụ Tỉnh ủy về") == Position{2, 66});
  CHECK(find(l, "Thường vụ Tỉnh ủy về") == Position{4, 1});
}

TEST_CASE("a code split by a wrap keeps both halves' positions") {
  Loaded l = load(seed());
  // Line 96 ends "Chỉ thị số 24-" and line 98 starts "CT/TU": rejoined without a space.
  const std::string joined = "24-CT/TU của Ban Thường vụ Tỉnh ủy, gắn với";
  CHECK(find(l, joined) == Position{96, 83});
  const size_t at = l.layout.text.text().find(joined);
  CHECK(l.layout.text.position(at + 3) == Position{98, 1});
}

TEST_CASE("the same text as NFD, CRLF, BOM and UTF-16 gives the same items at the right columns") {
  const Loaded nfc = load(seed());
  SECTION("NFD: columns count the code points of the file") {
    Loaded l = load(vanban::test::to_nfd(seed()));
    CHECK(l.layout.text.text() == nfc.layout.text.text());  // matching sees NFC
    CHECK(find(l, "Chỉ thị số 24-CT/TU") == Position{2, 34});
    CHECK(find(l, "24-CT/TU ngày 27/02/2018") == Position{2, 49});
    CHECK(find(l, "192.240") == Position{15, 13});
    CHECK(find(l, "24-CT/TU của Ban Thường vụ Tỉnh ủy, gắn với") == Position{96, 108});
  }
  SECTION("CRLF") {
    Loaded l = load(vanban::test::to_crlf(seed()));
    CHECK(l.src.line_count() == nfc.src.line_count());
    CHECK(l.layout.text.text() == nfc.layout.text.text());
    CHECK(find(l, "24-CT/TU ngày 27/02/2018") == Position{2, 37});
    CHECK(find(l, "192.240") == Position{15, 10});
  }
  SECTION("CR only") {
    std::string cr = seed();
    for (char& c : cr) if (c == '\n') c = '\r';
    Loaded l = load(cr);
    CHECK(find(l, "192.240") == Position{15, 10});
  }
  SECTION("UTF-8 BOM") {
    Loaded l = load(vanban::test::with_bom(seed()));
    CHECK(l.src.encoding == "UTF-8");
    CHECK(find(l, "Chỉ thị số 24-CT/TU") == Position{2, 26});
    CHECK(find(l, "BÁO CÁO") == Position{1, 2});
  }
  SECTION("UTF-16 LE and BE with BOM") {
    for (bool be : {false, true}) {
      Loaded l = load(vanban::test::to_utf16(seed(), be));
      CHECK(l.src.encoding == (be ? "UTF-16BE" : "UTF-16LE"));
      CHECK(l.layout.text.text() == nfc.layout.text.text());
      CHECK(find(l, "24-CT/TU ngày 27/02/2018") == Position{2, 37});
    }
  }
}

TEST_CASE("windows-1258 named with --encoding decodes to the same text") {
  // windows-1258 writes most tones as combining marks after the letter: 0xD2 is U+0309 (hỏi),
  // 0xF2 U+0323 (nặng), 0xEC U+0301 (sắc), 0xF4 is ô. So "Chỉ thị số 24-CT/TU" is:
  const std::string bytes = "Chi\xD2 thi\xF2 s\xF4\xEC 24-CT/TU\n";
  vanban::LoadOptions opt;
  opt.encoding = "windows-1258";
  auto r = vanban::load_bytes("cp1258.txt", bytes, opt);
  REQUIRE(r.ok());
  CHECK(r.source->encoding == "windows-1258");
  vanban::Layout l = vanban::reconstruct(*r.source);
  CHECK(l.text.text() == "Chỉ thị số 24-CT/TU");
  // The decoded original line is C h i ̉ ␠ t h i ̣ ␠ s ô ́ ␠ 2 …: "số" at 11, "24" at 15.
  CHECK(l.text.position(l.text.text().find("số")) == Position{1, 11});
  CHECK(l.text.position(l.text.text().find("24")) == Position{1, 15});
}

TEST_CASE("text that is not UTF-8 is refused unless its encoding is named") {
  auto r = vanban::load_bytes("cp1258.txt", "Chi\xD2 thi\xF2", {});
  CHECK_FALSE(r.ok());
}

TEST_CASE("a stray NBSP or zero-width space does not shift later columns") {
  // NBSP (U+00A0) becomes a plain space (one code point for one); U+200B is dropped from the
  // text but still counted in the original line.
  const std::string text = "Chỉ\u00a0thị số\u200b 24-CT/TU";
  auto r = vanban::load_bytes("x", text, {});
  REQUIRE(r.ok());
  vanban::Layout l = vanban::reconstruct(*r.source);
  CHECK(l.text.text() == "Chỉ thị số 24-CT/TU");
  CHECK(l.text.position(l.text.text().find("24")) == Position{1, 13});
}
