// Every entry of the citation lexicons carries examples; this runs them through the pipeline,
// so an entry whose data drifts from what the extractor does fails here (reporters-db style).
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "cite/code.h"
#include "cite/issuer.h"
#include "cite/lexicon.h"
#include "core/lexicon_data.h"
#include "support.h"

using cite_test::cites;
using nlohmann::json;

namespace {
json lexicon_json(const char* name) { return json::parse(vanban::lexicon_file(name)); }
}  // namespace

TEST_CASE("every document type example comes out with that type") {
  for (const auto& t : vanban::cite::lexicon().types) {
    for (const std::string& example : t.examples) {
      INFO(t.name << ": " << example);
      auto cs = cites(example);
      REQUIRE_FALSE(cs.empty());
      CHECK(cs[0].type == t.name);
    }
  }
}

TEST_CASE("every issuer example is recognised as its body") {
  const auto& lx = vanban::cite::lexicon();
  for (size_t i = 0; i < lx.bodies.size(); ++i) {
    const auto& b = lx.bodies[i];
    CHECK_FALSE(b.examples.empty());
    for (const std::string& example : b.examples) {
      INFO(b.id << ": " << example);
      auto cs = cites(example);
      REQUIRE_FALSE(cs.empty());
      // The issuer phrase of the citation, read again, names this body (alone or among others).
      const auto& c = cs[0];
      REQUIRE_FALSE(c.issuer_span.empty());
      const std::string text = example.substr(0, c.issuer_span.end);
      auto phrase = vanban::cite::read_issuer(text, c.issuer_span.begin, 8);
      bool found = false;
      for (const auto& part : phrase.parts) found = found || part.body == static_cast<int>(i);
      CHECK(found);
    }
  }
}

TEST_CASE("issuer codes of the bodies are in the code table; competence names known bodies") {
  const auto& lx = vanban::cite::lexicon();
  for (const auto& b : lx.bodies)
    for (const std::string& code : b.codes) {
      INFO(b.id << " signs " << code);
      CHECK(lx.issuer_code(code) != nullptr);
    }
  for (const auto& rule : lx.competence) {
    INFO(rule.type);
    CHECK(lx.type_named(rule.type));
    for (const std::string& id : rule.bodies) CHECK(lx.body(id));
  }
}

TEST_CASE("competence examples: allowed ones pass, forbidden ones are flagged") {
  for (const auto& rule : vanban::cite::lexicon().competence) {
    INFO(rule.type << " allowed: " << rule.allowed);
    CHECK(cite_test::findings(cite_test::run(rule.allowed), "citation/issuer-mismatch").empty());
    INFO(rule.type << " forbidden: " << rule.forbidden);
    CHECK(cite_test::findings(cite_test::run(rule.forbidden), "citation/issuer-mismatch").size() == 1);
  }
}

TEST_CASE("Quốc hội term examples fall inside their term's years") {
  const auto& lx = vanban::cite::lexicon();
  for (const auto& t : lx.qh_terms) {
    if (t.example.empty()) continue;
    INFO(t.roman << ": " << t.example);
    auto code = vanban::cite::parse_code(t.example, 0);
    REQUIRE(code);
    CHECK(code->term == t.number);
    REQUIRE(code->year);
    CHECK(*code->year >= t.from);
    CHECK(*code->year <= t.to);
  }
  for (const auto& t : lx.party_terms) {
    if (t.example.empty()) continue;
    INFO(t.roman << ": " << t.example);
    auto cs = cites(t.example);
    REQUIRE(cs.size() == 1);
    CHECK(cs[0].term == t.roman);
    REQUIRE(cs[0].date);
    CHECK(cs[0].date->year >= t.from);
    CHECK(cs[0].date->year <= t.to);
  }
}

TEST_CASE("law name examples give that name") {
  const auto names = lexicon_json("law_names.json");  // a named object: .at() of a temporary dangles in a range-for
  for (const auto& e : names.at("examples")) {
    const std::string text = e.at("text");
    INFO(text);
    auto cs = cites(text);
    REQUIRE(cs.size() == 1);
    CHECK(cs[0].type == e.at("type").get<std::string>());
    CHECK(cs[0].name == e.at("name").get<std::string>());
  }
}

TEST_CASE("type abbreviations: variants map to the canonical spelling") {
  const auto& lx = vanban::cite::lexicon();
  CHECK(lx.canonical_type_code("ND") == "NĐ");
  CHECK(lx.canonical_type_code("QD") == "QĐ");
  CHECK(lx.canonical_type_code("qđi") == "QĐi");
  CHECK(lx.canonical_type_code("CTR") == "CTr");
  CHECK(lx.canonical_issuer_code("TTG") == "TTg");
  CHECK(lx.canonical_type_code("HD") == "HD");  // Hướng dẫn, not Hợp đồng
  CHECK(lx.canonical_type_code("XYZ").empty());
  CHECK(lx.type_for_code("TT", true) == "Thông tri");
  CHECK(lx.type_for_code("TT", false) == "Thông tư");
}
