// warm_up() builds the lazily built tables by analysing a built-in sample: the sample must
// still reach each stage it is there to warm, or the first real document pays for it again.
#include <catch2/catch.hpp>

#include <thread>

#include "core/warm_up.h"

TEST_CASE("the warm-up sample reaches the header, citation and number stages") {
  const vanban::Analysis a = vanban::warm_up();
  // The header reader, with its type names from the lexicon, runs on a header zone with these.
  REQUIRE(a.structure.document.number == "12/KH-UBND");
  REQUIRE(a.structure.document.place == "Kon Tum");
  REQUIRE(a.structure.document.date == vanban::Date{2020, 3, 5});
  // The citation lexicon, for a party, a normative and a state code.
  std::vector<std::string> codes;
  for (const vanban::Citation& c : a.citations) codes.push_back(c.code);
  CHECK_THAT(codes, Catch::Matchers::VectorContains(std::string("24-CT/TU")));
  CHECK_THAT(codes, Catch::Matchers::VectorContains(std::string("04/2015/NĐ-CP")));
  CHECK_THAT(codes, Catch::Matchers::VectorContains(std::string("33/KH-UBND")));
  // The number lexicon (units) and the relation finders: 63.439 of 192.240 is 33,0%, not 33,3%.
  REQUIRE(a.relations.size() == 1);
  CHECK_FALSE(a.relations[0].holds);
}

TEST_CASE("warming up on one thread while another analyses gives the same analysis") {
  const vanban::Analysis alone = vanban::warm_up();
  vanban::Analysis first, second;
  std::thread other([&] { first = vanban::warm_up(); });
  second = vanban::warm_up();
  other.join();
  CHECK(first.citations.size() == alone.citations.size());
  CHECK(second.citations.size() == alone.citations.size());
  CHECK(first.findings.size() == second.findings.size());
}
