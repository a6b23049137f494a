// The relation tokenizer of the number stage: its fast path (words viewed where they are)
// must give what the general path gives.
#include <catch2/catch.hpp>

#include <vector>

#include "number/tokens.h"
#include "number/words.h"
#include "text/fold.h"

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
