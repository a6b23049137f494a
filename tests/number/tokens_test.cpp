// The relation tokenizer and the word helpers of the number stage: their fast paths (ASCII
// inline, words viewed where they are) must give what the general paths give.
#include <catch2/catch.hpp>

#include <vector>

#include "number/tokens.h"
#include "number/words.h"
#include "text/fold.h"

using vanban::numwords::is_upper_char;
using vanban::numwords::is_upper_char_table;
using vanban::numwords::is_word_char;
using vanban::numwords::is_word_char_table;

TEST_CASE("is_word_char and is_upper_char: the inline ASCII test agrees with the tables and ICU") {
  for (char32_t c = 0; c < 0x2000; ++c) {
    INFO(static_cast<unsigned>(c));
    REQUIRE(is_word_char(c) == is_word_char_table(c));
    REQUIRE(is_upper_char(c) == is_upper_char_table(c));
    if (c < 0x80) {
      REQUIRE(is_word_char(c) == vanban::is_letter(c));
      REQUIRE(is_upper_char(c) == vanban::is_upper(c));
    }
  }
}

TEST_CASE("tokenize lower-cases the words with a capital and views the others as written") {
  const std::string text = "Tổng SỐ hộ nghèo [toàn Huyện] là 12 hộ, ĐẠT tỷ lệ 3,5%.";
  std::vector<vanban::Quantity> none;
  vanban::ParaTokens p = vanban::tokenize(text, vanban::Span{0, text.size()}, none, 0);
  std::vector<std::string> words, puncts;
  std::vector<bool> upper;
  for (const vanban::Tok& t : p.t) {
    if (t.kind == vanban::Tok::Word) {
      words.emplace_back(t.w);
      upper.push_back(t.upper);
    }
    if (t.kind == vanban::Tok::Punct) puncts.emplace_back(t.w);
  }
  CHECK(words == std::vector<std::string>{"tổng", "số", "hộ", "nghèo", "toàn", "huyện", "là", "hộ", "đạt", "tỷ", "lệ"});
  CHECK(upper == std::vector<bool>{true, true, false, false, false, true, false, false, true, false, false});
  CHECK(puncts == std::vector<std::string>{"(", ")", ",", "."});  // brackets read as parentheses
  // A moved ParaTokens still views its lower-cased words.
  vanban::ParaTokens moved = std::move(p);
  CHECK(moved.word(0, "tổng"));
  bool found = false;
  for (size_t i = 0; i < moved.size(); ++i) found = found || moved.word(i, "huyện");
  CHECK(found);
}
