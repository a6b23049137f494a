// The JSON written by report/json_text.h is, byte for byte, what dumping the nlohmann trees of
// report/json.h gives, on analysed documents: the seed report, texts with control characters,
// quotes, backslashes and NFD, and the seed with every string field made hostile (invalid
// UTF-8, escapes) and figures that are not integers.
#include <catch2/catch.hpp>

#include <cmath>
#include <fstream>
#include <sstream>

#include "core/analysis.h"
#include "report/json.h"
#include "report/json_text.h"

namespace {

using vanban::Analysis;

std::string read_seed() {
  std::ifstream in(std::string(VANBAN_SOURCE_DIR) + "/corpus/seed_report.txt", std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

const Analysis& seed() {
  static const Analysis a = vanban::analyze_text(read_seed());
  return a;
}

// Every way the CLI prints a document, fast writer against nlohmann.
void check_same_json(const Analysis& a) {
  using vanban::dump_json;
  CHECK(vanban::analysis_json_text(a, 2) == dump_json(vanban::to_json(a), 2));
  CHECK(vanban::analysis_json_text(a) == dump_json(vanban::to_json(a)));
  CHECK(vanban::check_json_text(a, 2) == dump_json(vanban::check_json(a), 2));
  CHECK(vanban::check_json_text(a) == dump_json(vanban::check_json(a)));
  std::string nested = "  ";
  vanban::JsonWriter w(nested, 2, 1);
  vanban::write_analysis_json(w, a);
  w.finish();
  CHECK(nested == vanban::indent_lines(dump_json(vanban::to_json(a), 2), "  "));
}

// Strings that nlohmann escapes or repairs, given in turn to the string fields.
const std::string kHostile[] = {
    "",  // written as null where the field may be null
    "\"quoted\" \\back\\ slash",
    "tab\there\nnew line\r\x01\x1f\x7f",
    "cut \xC3",
    "\xE0\x80\x80 overlong, \xED\xA0\x80 surrogate, \xFF",
    "Vie\xCC\xA3\xCC\x82t Nam",
};

struct HostileStrings {
  size_t next = 0;
  const std::string& operator()() { return kHostile[next++ % std::size(kHostile)]; }
};

void make_hostile(Analysis& a) {
  HostileStrings s;
  a.source.path = s();
  a.source.encoding = s();
  auto& d = a.structure.document;
  d.kind = s(), d.title = s(), d.number = s(), d.issuer = s(), d.place = s(), d.signer = s();
  d.signature_role = s();
  d.recipients = {s(), s(), s()};
  for (auto& x : a.structure.sections) x.number = s(), x.label = s(), x.kind = s(), x.title = s();
  for (auto& f : a.structure.footnotes) f.label = s();
  for (auto& c : a.citations) {
    c.text = s(), c.type = s(), c.code = s(), c.name = s(), c.number = s(), c.type_code = s();
    c.issuer_code = s(), c.format = s(), c.issuer = s(), c.term = s(), c.title = s(), c.key = s();
  }
  const double figures[] = {33.3, 1e20, -2.5e-7, 0.1 + 0.2, std::nan(""), -0.0, 12345678.00001};
  size_t k = 0;
  for (auto& q : a.quantities) q.text = s(), q.unit = s(), q.value = figures[k++ % std::size(figures)];
  for (auto& r : a.relations) {
    r.kind = s(), r.message = s();
    r.computed = figures[k++ % std::size(figures)], r.low = figures[k++ % std::size(figures)];
  }
  for (auto& f : a.findings) {
    f.rule = s(), f.message = s(), f.suggestion = s();
    for (auto& r : f.related) r.note = s();
  }
}

}  // namespace

TEST_CASE("json text: the seed report, as nlohmann dumps it") {
  const Analysis& a = seed();
  // Every kind of member is present, so that all of them are compared.
  REQUIRE(!a.citations.empty());
  REQUIRE(!a.structure.sections.empty());
  REQUIRE(!a.structure.footnotes.empty());
  REQUIRE(!a.quantities.empty());
  REQUIRE(!a.relations.empty());
  REQUIRE(!a.findings.empty());
  check_same_json(a);
}

TEST_CASE("json text: control characters, quotes and backslashes in the text") {
  const Analysis a = vanban::analyze_text(
      "Căn cứ Nghị quyết số 39-NQ/TW ngày 17/4/2015 của Bộ Chính trị về \"tinh giản\\biên chế\";\f\n"
      "\tTổng số 192.240 người,\x01 trong đó 63.439 người chiếm 33,3%; \x1b[1m được được\n");
  REQUIRE(!a.citations.empty());
  REQUIRE(!a.findings.empty());
  check_same_json(a);
}

TEST_CASE("json text: a decomposed (NFD) text") {
  const Analysis a = vanban::analyze_text(
      "Nghi\xCC\xA3 quye\xCC\x82\xCC\x81t so\xCC\x82\xCC\x81 39-NQ/TW nga\xCC\x80y 17/4/2015 cu\xCC\x89"
      "a Bo\xCC\xA3\xCC\x82 Chi\xCC\x81nh tri\xCC\xA3.\n");
  REQUIRE(!a.citations.empty());
  check_same_json(a);
}

TEST_CASE("json text: hostile strings and figures in every field") {
  Analysis a = seed();
  make_hostile(a);
  check_same_json(a);
}

TEST_CASE("json text: an empty analysis") {
  check_same_json(Analysis{});
}
