// find_repeats, the raw material of text/repeated-word and text/repeated-phrase, pinned on
// the cases its fast paths must keep: letter case folded in every Vietnamese block (ASCII,
// Latin-1, Latin Extended-A/B, Latin Extended Additional) and outside them, the separators
// that end a repeat, phrases with their inner punctuation, and the per-text cache.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "check/rule.h"
#include "check/text_repeats.h"

namespace {

using vanban::Repeat;

std::string slice(std::string_view text, vanban::Span s) { return std::string(text.substr(s.begin, s.size())); }

// "first|second|words" for each repeat, to compare whole results at once.
std::vector<std::string> describe(std::string_view text) {
  std::vector<std::string> out;
  for (const Repeat& r : vanban::find_repeats(text))
    out.push_back(slice(text, r.first) + "|" + slice(text, r.second) + "|" + std::to_string(r.words));
  return out;
}

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("a syllable written twice, with its neighbours") {
  const std::string text = "an ninh được được giữ vững";
  const std::vector<Repeat> r = vanban::find_repeats(text);
  REQUIRE(r.size() == 1);
  CHECK(r[0].words == 1);
  CHECK(slice(text, r[0].first) == "được");
  CHECK(slice(text, r[0].second) == "được");
  CHECK(r[0].first.begin == 8);
  CHECK(slice(text, r[0].before) == "ninh");
  CHECK(slice(text, r[0].after) == "giữ");
}

TEST_CASE("letter case does not matter, in every block Vietnamese is written in") {
  CHECK(describe("Được được") == Lines{"Được|được|1"});
  CHECK(describe("ĐƯỢC được") == Lines{"ĐƯỢC|được|1"});     // Đ/đ, Ư/ư: Latin Extended-A and B
  CHECK(describe("ĂN ăn") == Lines{"ĂN|ăn|1"});             // Ă/ă
  CHECK(describe("ƠN ơn") == Lines{"ƠN|ơn|1"});             // Ơ/ơ
  CHECK(describe("ÂM âm") == Lines{"ÂM|âm|1"});             // Latin-1
  CHECK(describe("ỦY ủy") == Lines{"ỦY|ủy|1"});             // Latin Extended Additional
  CHECK(describe("ĨA ĩa ŨA ũa") == Lines{"ĨA|ĩa|1", "ŨA|ũa|1"});
  CHECK(describe("Ð đ").empty());                           // Icelandic eth is no đ
  CHECK(describe("ΑΒΓ αβγ") == Lines{"ΑΒΓ|αβγ|1"});         // Greek, through ICU
  CHECK(describe("ДА да") == Lines{"ДА|да|1"});             // Cyrillic, through ICU
  CHECK(describe("được đuợc").empty());                     // a different syllable
  CHECK(describe("ß ss").empty());
}

TEST_CASE("what separates two copies") {
  CHECK(describe("được\nđược").empty());           // a paragraph break
  CHECK(describe("được | được").empty());          // a table cell
  CHECK(describe("phát triển, phát triển").empty());
  CHECK(describe("được → được").empty());          // a symbol
  CHECK(describe("được “được”").empty());          // a quote
  CHECK(describe("được \t được") == Lines{"được|được|1"});
  CHECK(describe("12 12").empty());                // figures are no word
  CHECK(describe("k12 k12") == Lines{});           // letters and figures: no word either
}

TEST_CASE("one slip of three copies is reported once") {
  CHECK(describe("được được được") == Lines{"được|được|1"});
  CHECK(describe("được được và được được") == Lines{"được|được|1", "được|được|1"});
}

TEST_CASE("a phrase written twice, with the same punctuation inside") {
  const std::string text = "thực hiện Quyết định số 290-QĐ/TW ngày Quyết định số 290-QĐ/TW ngày 25/02/2010";
  CHECK(describe(text) == Lines{"Quyết định số 290-QĐ/TW ngày|Quyết định số 290-QĐ/TW ngày|7"});
  CHECK(describe("số 290-QĐ/TW số 290/QĐ-TW").empty());       // the separators differ
  CHECK(describe("phát triển phát triển") == Lines{"phát triển|phát triển|2"});
  CHECK(describe("rừng, trồng rừng, trồng cây").empty());     // a list
  CHECK(describe("số 5 số 5") == Lines{"số 5|số 5|2"});
  CHECK(describe("a a a a").size() == 1);                      // one syllable over and over: a word repeat
  CHECK(describe("a a a a")[0] == "a|a|1");
}

TEST_CASE("the first copy may start at any earlier copy of the syllable, not only the nearest") {
  // "mà" stands 2 and 4 syllables back: only the copy 4 back starts a phrase written twice.
  CHECK(describe("mà xa mà bờ mà xa mà bờ") == Lines{"mà xa mà bờ|mà xa mà bờ|4"});
  CHECK(describe("mà xa mà bờ mà bờ") == Lines{"mà bờ|mà bờ|2"});
}

TEST_CASE("the longest phrase at a place, up to 12 syllables") {
  const std::string twelve = "một hai ba bốn năm sáu bảy tám chín mười mươi trăm";
  CHECK(describe(twelve + " " + twelve) == Lines{twelve + "|" + twelve + "|12"});
  const std::string thirteen = twelve + " nghìn";
  // Too long to be one phrase: no copy of 12 syllables stands right before another.
  CHECK(describe(thirteen + " " + thirteen).empty());
}

TEST_CASE("repeats_in computes again when the text at the same address changes") {
  std::string text = "lan lan giữ vững";
  const char* const at = text.data();
  CHECK(vanban::repeats_in(text).size() == 1);
  text.replace(0, 3, "lam");  // "lam lan giữ vững": same address, same size
  REQUIRE(text.data() == at);
  CHECK(vanban::repeats_in(text).empty());  // outside a rule pass: computed each time
  {
    const vanban::RulePass pass;
    CHECK(vanban::repeats_in(text).empty());
  }
  text.replace(0, 3, "lan");
  {
    const vanban::RulePass pass;  // a new pass: the cache of the last one is not used
    CHECK(vanban::repeats_in(text).size() == 1);
  }
  CHECK(vanban::repeats_in("được được").size() == 1);
}

// Within one pass the text the rules read cannot change, so the repeats are found once and
// shared: the second rule gets the first one's result (seen here by changing the text in place,
// which a pass rules out, to show that it is not read again).
TEST_CASE("repeats_in finds the repeats once per rule pass") {
  CHECK(vanban::RulePass::current() == 0);
  std::string text = "lan lan giữ vững";
  uint64_t first_pass = 0;
  {
    const vanban::RulePass pass;
    first_pass = vanban::RulePass::current();
    CHECK(first_pass != 0);
    const std::vector<vanban::Repeat>& found = vanban::repeats_in(text);
    CHECK(found.size() == 1);
    text[6] = 'm';
    CHECK(&vanban::repeats_in(text) == &found);
    CHECK(vanban::repeats_in(text).size() == 1);  // shared, not read again
    CHECK(vanban::repeats_in(std::string_view(text).substr(0, 7)).empty());  // another text: read
  }
  CHECK(vanban::RulePass::current() == 0);
  const vanban::RulePass next;
  CHECK(vanban::RulePass::current() != first_pass);
  CHECK(vanban::repeats_in(text).empty());  // "lan lam giữ vững", read anew
}

// Each rule pass reads the text it is given: a one-byte change wherever it falls is seen by the
// next pass, at the same address and size.
TEST_CASE("repeats_in sees a one-byte change at every offset, pass after pass") {
  for (size_t pad = 0; pad < 40; ++pad) {
    for (const bool at_end : {false, true}) {
      std::string text = at_end ? std::string(pad, ' ') + "giữ vững lan lan" : "lan lan giữ vững" + std::string(pad, ' ');
      const size_t changed = at_end ? text.size() - 1 : 6;  // the second "lan" becomes "lam"
      const char* const at = text.data();
      INFO("pad " << pad << (at_end ? ", repeat at the end" : ", repeat at the start"));
      auto in_a_pass = [&] {
        const vanban::RulePass pass;
        return vanban::repeats_in(text).size();
      };
      CHECK(in_a_pass() == 1);
      text[changed] = 'm';
      REQUIRE(text.data() == at);
      CHECK(in_a_pass() == 0);
      text[changed] = 'n';
      CHECK(in_a_pass() == 1);
    }
  }
}
