// find_relations tokenizes a piece only when worth_tokenizing says a finder may use it. Its
// definition: when it says no, tokenizing the piece and running every finder finds nothing.
// Each preview it asks (token_preview.h) is checked against its finder on its own. Checked on
// every paragraph of the corpus, on spans cut anywhere in it, on claims each finder states,
// and on random text built from them and the words the finders look for (both cases, cut
// UTF-8, NUL bytes).
#include <catch2/catch.hpp>

#include <random>
#include <string>
#include <vector>

#include "core/analysis.h"
#include "number/relation_finders.h"
#include "number/token_preview.h"
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

// Each preview of token_preview.h against the finder it stands for: every quantity a finder
// states something about has the cue that finder needs, found by the preview.
void check_previews(std::string_view text, Span span, const std::vector<Quantity>& qs, size_t first, size_t last) {
  const vanban::ParaTokens p = vanban::tokenize(text, span, qs, first);
  const vanban::TokenPreview look(text, span, qs, first, last);
  std::vector<vanban::Relation> percents, sums, differences, counts;
  std::vector<vanban::StockStatement> stocks;
  vanban::find_percents(p, percents);
  vanban::find_sums(p, sums);
  vanban::find_differences(p, differences);
  vanban::find_counts(p, counts);
  vanban::collect_stocks(p, 0, stocks);
  if (percents.size() + sums.size() + differences.size()) REQUIRE(last - first >= 3);
  for (const vanban::Relation& r : percents) CHECK(qs[r.stated].percent);
  for (const vanban::Relation& r : sums) CHECK(look.may_break_down(qs[r.stated].span.begin, vanban::token_end(qs[r.stated])));
  for (const vanban::Relation& r : differences) CHECK(look.may_follow_change_verb(qs[r.stated].span.begin));
  for (const vanban::Relation& r : counts) CHECK(look.may_introduce_list(vanban::token_end(qs[r.stated])));
  for (const vanban::StockStatement& st : stocks) CHECK(look.may_follow_stock_word(qs[st.quantity].span.begin));
}

// worth_tokenizing may say no for text[span] only when the finders find nothing there.
void check_span(std::string_view text, Span span, const std::vector<Quantity>& qs, Tally& tally) {
  size_t first = 0;
  while (first < qs.size() && qs[first].span.begin < span.begin) ++first;
  size_t last = first;
  while (last < qs.size() && qs[last].span.begin < span.end) ++last;
  if (first == last) return;
  INFO(std::string(text.substr(span.begin, std::min<size_t>(span.size(), 300))));
  check_previews(text, span, qs, first, last);
  if (vanban::worth_tokenizing(text, span, qs, first, last)) {
    ++tally.kept;
    return;
  }
  ++tally.skipped;
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
    "\xc3", "\xe1\xbb", "\xcc\x81", "ó", "c", "tổng cộng ", "Tổng số ", "tất cả ", "chia ra ", "trong số đó ",
    "gấp ", "thêm ", "TĂNG ", "bằng ", "kế hoạch ", "12 đơn", "1.173,6 tỷ đồng", "96,4%", "1.120 người",
    // Whole claims, each of which a finder states (kClaims below), to be cut and mixed.
    "Huyện có 14 xã, 1 thị trấn, 105 thôn. ", "giảm 12 thôn, từ 117 thôn xuống còn 105 thôn. ",
    "Tổng số 2.782 đơn (khiếu nại: 109, tố cáo: 36; kiến nghị, phản ánh: 2.637). ",
    "Dân số có 192.240 người, trong đó 63.439 người chiếm 33,3%. ",
    "đạt 1.200 tỷ đồng, tăng 150 tỷ đồng so với năm 2022 (1.050 tỷ đồng). "};

// Claims the finders state, one or more of each kind: worth_tokenizing must keep them all.
const char* const kClaims[] = {
    "Huyện Đức Trọng có 14 xã, 1 thị trấn, 105 thôn.",
    "Trên địa bàn có 5 tôn giáo chính là Phật giáo, Công giáo, Tin Lành, Cao Đài và Hòa Hảo.",
    "Nhiệm vụ gồm 3 nội dung: (1) rà soát; (2) kiểm tra; (3) báo cáo.",
    "Huyện giảm 12 thôn, từ 117 thôn giảm xuống còn 105 thôn.",
    "Tiếp nhận 2.782 đơn (khiếu nại: 109, tố cáo: 36; kiến nghị, phản ánh: 2.637).",
    "Toàn huyện có 128 đơn vị hành chính cấp xã, gồm 104 xã, 15 phường và 9 thị trấn.",
    "Đã cấp 1.200 thẻ bảo hiểm y tế cho người nghèo và 850 thẻ bảo hiểm y tế cho trẻ em, tổng cộng 2.150 thẻ bảo hiểm y tế.",
    "Dân số toàn tỉnh có 192.240 người, trong đó: dân tộc thiểu số 63.439 người chiếm 33,3%.",
    "Thu ngân sách đạt 1.200 tỷ đồng, tăng 150 tỷ đồng so với năm 2022 (1.050 tỷ đồng).",
    "Số hộ nghèo từ 800 hộ giảm xuống còn 620 hộ, giảm 180 hộ.",
    "Thu nhập bình quân đạt 68,5 triệu đồng, tăng gấp 1,6 lần so với năm 2020 (42,8 triệu đồng).",
    "Số hộ nghèo từ 800 hộ xuống còn 620 hộ, giảm được 180 hộ.",  // a word between verb and figure
    "Tỉnh có 3 huyện miền núi (Đức Trọng, Lâm Hà, Di Linh).",    // a list in brackets
    // The breakdown's marker as far after the total as find_sums looks: four qualifying words,
    // then eight tokens of a rate of the total, then ";" (twelve tokens, commas aside).
    "Tổng diện tích 35.420 ha đất nông nghiệp của toàn huyện hiện nay bằng 101,2% kế hoạch; trong đó: lúa "
    "20.000 ha, ngô 15.420 ha.",
    "Tổng diện tích 35.420 ha đất nông nghiệp của toàn huyện, bằng 101,2% kế hoạch; trong đó: lúa 20.000 ha, "
    "ngô 15.420 ha."};

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

TEST_CASE("worth_tokenizing keeps every claim a finder states") {
  for (const char* claim : kClaims) {
    const vanban::Analysis a = vanban::analyze_text(claim);
    const std::string_view text = a.layout.text.text();
    INFO(claim);
    REQUIRE(findings_of(text, {0, text.size()}, a.quantities, 0) > 0);
    CHECK(vanban::worth_tokenizing(text, {0, text.size()}, a.quantities, 0, a.quantities.size()));
    Tally tally;
    check_span(text, {0, text.size()}, a.quantities, tally);
  }
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
