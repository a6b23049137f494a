// find_relations tokenizes a piece only when worth_tokenizing says a finder may use it. Its
// definition: when it says no, tokenizing the piece and running every finder finds nothing.
// Checked on every paragraph of the corpus, on spans cut anywhere in it, and on random text
// built from the words the finders look for (both cases, cut UTF-8, NUL bytes).
#include <catch2/catch.hpp>

#include <random>
#include <string>
#include <vector>

#include "core/analysis.h"
#include "number/relation_finders.h"
#include "number/tokens.h"
#include "../corpus_texts.h"
#include "../random_pieces.h"

namespace {

using vanban::Quantity;
using vanban::Span;

// What the finders state about the quantities of text[span]: relations and stock statements.
size_t findings_of(std::string_view text, Span span, const std::vector<Quantity>& qs, size_t first) {
  const vanban::ParaTokens p = vanban::tokenize(text, span, qs, first);
  std::vector<vanban::Relation> out;
  std::vector<vanban::StockStatement> stocks;
  vanban::find_percents(p, out);
  vanban::find_sums(p, out);
  vanban::find_differences(p, out);
  vanban::find_counts(p, out);
  vanban::collect_stocks(p, 0, stocks);
  return out.size() + stocks.size();
}

struct Tally {
  size_t skipped = 0, kept = 0;
};

// worth_tokenizing may say no for text[span] only when the finders find nothing there.
void check_span(std::string_view text, Span span, const std::vector<Quantity>& qs, Tally& tally) {
  size_t first = 0;
  while (first < qs.size() && qs[first].span.begin < span.begin) ++first;
  size_t last = first;
  while (last < qs.size() && qs[last].span.begin < span.end) ++last;
  if (first == last) return;
  if (vanban::worth_tokenizing(text, span, qs, first, last)) {
    ++tally.kept;
    return;
  }
  ++tally.skipped;
  INFO(std::string(text.substr(span.begin, std::min<size_t>(span.size(), 300))));
  REQUIRE(findings_of(text, span, qs, first) == 0);
}

// Every paragraph of the text, and `cuts` spans with random ends (mid-word, mid-character).
Tally check_text(const std::string& source, std::mt19937& rng, size_t cuts) {
  Tally tally;
  const vanban::Analysis a = vanban::analyze_text(source);
  const std::string_view text = a.layout.text.text();
  for (const vanban::Paragraph& para : a.layout.paragraphs) check_span(text, para.span, a.quantities, tally);
  for (size_t k = 0; k < cuts && text.size() > 1; ++k) {
    size_t b = rng() % text.size(), e = b + 1 + rng() % 400;
    check_span(text, {b, std::min(e, text.size())}, a.quantities, tally);
  }
  return tally;
}

const char* const kPieces[] = {
    "có ", "Có ", "CÓ ", "cÓ ", "còn ", "CÒN ", "và ", "VÀ ", "là ", "Là ", "gồm ", "GỒM ", "như ", "bao ", "bao gồm ",
    "xuống ", "giảm ", "xuống còn ", "giảm còn ", "tăng ", "từ ", "lên ", "chiếm ", "trong đó ", "tổng số ", "so với ", "đạt ", "huyện ", "Huyện ",
    "tỉnh ", "xã ", "hiện nay ", "năm ", "Phật giáo", "Công giáo", "rừng ", "14 xã", "5 thôn", "105 thôn", "3 tôn giáo",
    "2 xã", "1.250 hộ", "85 hộ", "12 người", "33,3%", "12%", "2020", "3", "45/50 xã", "1,6 lần", ", ", "; ", ",", ";",
    ": ", ":", "(", "[", ")", "]", ". ", " ", "  ", "\t", "\n", "\n\n", "-", "–", "…", "“", "%", "*", "&", "a", "Đ",
    "\xc3", "\xe1\xbb", "\xcc\x81", "ó", "c"};

}  // namespace

TEST_CASE("worth_tokenizing says no only where the finders find nothing: corpus") {
  const std::vector<std::string> texts = vanban::testing::corpus_texts();
  REQUIRE(!texts.empty());
  std::mt19937 rng(71);
  Tally all;
  for (const std::string& text : texts) {
    const Tally t = check_text(text, rng, 3000);
    all.skipped += t.skipped;
    all.kept += t.kept;
  }
  CHECK(all.skipped > 0);
  CHECK(all.kept > 0);
}

TEST_CASE("worth_tokenizing says no only where the finders find nothing: random text") {
  std::mt19937 rng(2026);
  Tally all;
  for (int round = 0; round < 3000; ++round) {
    const Tally t = check_text(vanban::testing::random_pieces(rng, kPieces, 40, 60), rng, 4);
    all.skipped += t.skipped;
    all.kept += t.kept;
  }
  CHECK(all.skipped > 100);
  CHECK(all.kept > 100);
}

TEST_CASE("worth_tokenizing reads the cues of counts and stocks") {
  auto worth = [](const std::string& source) {
    const vanban::Analysis a = vanban::analyze_text(source);
    const std::string_view text = a.layout.text.text();
    return vanban::worth_tokenizing(text, {0, text.size()}, a.quantities, 0, a.quantities.size());
  };
  CHECK(worth("Trên địa bàn có 5 tôn giáo chính là Phật giáo, Công giáo và Tin Lành."));
  CHECK(worth("Huyện Có 14 xã, 105 thôn."));
  CHECK_FALSE(worth("Huyện CÓ 14 xã, 105 thôn."));  // "CÓ 14": a label, no quantity
  CHECK(worth("giảm xuống còn 105 thôn."));
  CHECK(worth("Toàn huyện có, và 5 thôn."));  // the walk back to "có" goes over "và" and ","
  CHECK(worth("Danh sách 3 đơn vị: A, B, C."));
  CHECK_FALSE(worth("Thành lập 5 tổ công tác để kiểm tra."));
  CHECK_FALSE(worth("Cấp cho 12 người."));
}
