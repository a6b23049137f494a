// tokenize() reads ASCII on the byte and keeps the next quantity's offset at hand; this checks
// it token for token against the plain definition (every character decoded and asked of
// fold.h, the quantity list searched at every token) on random and real text.
#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "../corpus_texts.h"
#include "number/tokens.h"
#include "number/vn_number.h"
#include "number/words.h"
#include "text/fold.h"
#include "text/utf8.h"

namespace {

using vanban::Quantity;
using vanban::Span;
using vanban::Tok;

bool reference_punct(char32_t c) {
  switch (c) {
    case '(': case ')': case '[': case ']': case ',': case ';': case ':': case '.': case '!': case '?':
    case '/': case '-': case '+': case '=': case '"': case '\'':
    case U'…': case U'–': case U'—': case U'“': case U'”': case U'‘': case U'’':
      return true;
    default:
      return false;
  }
}

struct RefTok {
  Tok::Kind kind;
  Span span;
  std::string w;
  int q, depth;
  bool upper;
  bool operator==(const RefTok& o) const {
    return kind == o.kind && span.begin == o.span.begin && span.end == o.span.end && w == o.w && q == o.q &&
           depth == o.depth && upper == o.upper;
  }
};

// The tokenizer as first written: the definition the fast one must match.
std::vector<RefTok> reference_tokens(std::string_view text, Span span, const std::vector<Quantity>& qs, size_t q) {
  std::vector<RefTok> out;
  int depth = 0;
  size_t i = span.begin;
  while (i < span.end) {
    while (q < qs.size() && qs[q].span.begin < i) ++q;
    if (q < qs.size() && qs[q].span.begin == i) {
      size_t end = qs[q].unit_span.empty() ? qs[q].span.end : qs[q].unit_span.end;
      out.push_back({Tok::Qty, {i, end}, qs[q].text, static_cast<int>(q), depth, false});
      i = end;
      continue;
    }
    unsigned char b = static_cast<unsigned char>(text[i]);
    if (b == ' ' || b == '\t' || b == '\n') {
      ++i;
      continue;
    }
    if (vanban::is_ascii_digit(static_cast<char>(b))) {
      size_t j = i;
      while (j < span.end && (vanban::is_ascii_digit(text[j]) ||
                              ((text[j] == '.' || text[j] == ',') && j + 1 < span.end && vanban::is_ascii_digit(text[j + 1]))))
        ++j;
      out.push_back({Tok::Num, {i, j}, std::string(text.substr(i, j - i)), -1, depth, false});
      i = j;
      continue;
    }
    size_t k = i;
    char32_t c = vanban::utf8::next(text, k);
    if (vanban::is_letter(c)) {
      bool any_upper = vanban::is_upper(c);
      size_t j = k;
      while (j < span.end) {
        size_t m = j;
        const char32_t d = vanban::utf8::next(text, m);
        if (!vanban::is_letter(d)) break;
        any_upper = any_upper || vanban::is_upper(d);
        j = m;
      }
      std::string_view w = text.substr(i, j - i);
      out.push_back({Tok::Word, {i, j}, any_upper ? vanban::lower_word(w) : std::string(w), -1, depth,
                     vanban::is_upper(c)});
      i = j;
      continue;
    }
    if (reference_punct(c)) {
      if (c == ')' || c == ']') depth = depth > 0 ? depth - 1 : 0;
      std::string s = c == '[' ? "(" : c == ']' ? ")" : std::string(text.substr(i, k - i));
      out.push_back({Tok::Punct, {i, k}, s, -1, depth, false});
      if (c == '(' || c == '[') ++depth;
    }
    i = k;
  }
  return out;
}

std::vector<RefTok> fast_tokens(std::string_view text, Span span, const std::vector<Quantity>& qs, size_t q) {
  vanban::ParaTokens p = vanban::tokenize(text, span, qs, q);
  // The finders walk quantity_tokens for the tokens that are quantities: every one, in order.
  std::vector<size_t> quantities;
  for (size_t i = 0; i < p.size(); ++i)
    if (p.is_qty(i)) quantities.push_back(i);
  REQUIRE(p.quantity_tokens == quantities);
  std::vector<RefTok> out;
  for (const Tok& t : p.t) out.push_back({t.kind, t.span, std::string(t.w), t.q, t.depth, t.upper});
  return out;
}

// Quantities at some figures of the text (sorted, not overlapping), some with a unit span.
std::vector<Quantity> some_quantities(std::string_view text, std::mt19937& rng) {
  std::vector<Quantity> qs;
  for (size_t i = 0; i < text.size(); ++i) {
    if (!vanban::is_ascii_digit(text[i]) || rng() % 2) continue;
    size_t j = i;
    while (j < text.size() && vanban::is_ascii_digit(text[j])) ++j;
    Quantity q;
    q.span = {i, j};
    q.text = std::string(text.substr(i, j - i));
    size_t unit_end = j;
    while (unit_end < text.size() && unit_end < j + 3 && text[unit_end] != '\n' && rng() % 2) ++unit_end;
    while (unit_end < text.size() && (static_cast<unsigned char>(text[unit_end]) & 0xC0) == 0x80) ++unit_end;
    if (unit_end > j) q.unit_span = {j, unit_end};
    qs.push_back(q);
    i = unit_end;
  }
  return qs;
}

const char* const kPieces[] = {"a", "B", "z", "Z", "m2", "km²", " ", "  ", "\t", "\n", "\r", "0", "12", "3,5", "1.200",
                               ".", ",", "(", ")", "[", "]", ";", ":", "!", "?", "/", "-", "+", "=", "\"", "'", "_",
                               "#", "@", "%", "…", "–", "—", "“", "”", "‘", "’", "đ", "Đ", "ư", "Ư", "ơ", "ả", "Ả",
                               "ế", "Ế", "ộ", "Ộ", "ỹ", "é", "È", "ñ", "Ω", "ω", "Ж", "中", "😀", "e\u0301", "\u0301",
                               "tổng", "Tổng", "SỐ", "người", "hộ", "Huyện", "xã", "ĐẠT", "{", "~", "\x7f", "\xc3",
                               "Ư", "ỪNG", "Đức", "\xe1\xbb", "\xe1\xba", "\xc6"};

std::string random_text(std::mt19937& rng, size_t pieces) {
  std::string s;
  for (size_t k = 0; k < pieces; ++k) {
    if (rng() % 40 == 0) s += '\0';  // a NUL byte: no letter, no space, no punctuation
    else s += kPieces[rng() % (sizeof kPieces / sizeof *kPieces)];
  }
  return s;
}

}  // namespace

TEST_CASE("tokenize gives the tokens of the plain definition on random text") {
  std::mt19937 rng(20261128);
  for (int round = 0; round < 3000; ++round) {
    const std::string text = random_text(rng, 1 + rng() % 60);
    const std::vector<Quantity> qs = some_quantities(text, rng);
    // A span inside the text, and the first quantity index anywhere at or before it.
    size_t a = rng() % (text.size() + 1), b = rng() % (text.size() + 1);
    if (a > b) std::swap(a, b);
    while (a > 0 && (static_cast<unsigned char>(text[a]) & 0xC0) == 0x80) --a;
    while (b < text.size() && (static_cast<unsigned char>(text[b]) & 0xC0) == 0x80) ++b;
    size_t first = 0;
    while (first < qs.size() && qs[first].span.begin < a && rng() % 3) ++first;
    INFO(text << " [" << a << ", " << b << ") from quantity " << first);
    REQUIRE(fast_tokens(text, {a, b}, qs, first) == reference_tokens(text, {a, b}, qs, first));
  }
}

TEST_CASE("tokenize gives the tokens of the plain definition on real text") {
  const std::string text =
      "Dân số toàn Huyện có 192.240 người, trong đó: dân tộc thiểu số 63.439 người chiếm 33,3%. "
      "Tổng số đơn tiếp nhận 2.782 đơn (khiếu nại: 109, tố cáo: 36; kiến nghị, phản ánh: 2.637), "
      "ĐẠT tỷ lệ 96,4% [theo Kế hoạch số 12/KH-UBND]. Giảm 12 thôn, từ 117 thôn xuống còn 105 thôn…\r\n"
      "“Có 5 tôn giáo chính là Phật giáo, Công giáo, Tin Lành, Cao Đài và Cơ đốc” — ISO 9001:2015; km² m2.";
  std::mt19937 rng(7);
  for (int round = 0; round < 50; ++round) {
    const std::vector<Quantity> qs = some_quantities(text, rng);
    REQUIRE(fast_tokens(text, {0, text.size()}, qs, 0) == reference_tokens(text, {0, text.size()}, qs, 0));
  }
}

TEST_CASE("tokenize reads every letter of its two- and three-byte table as the plain definition does") {
  // Every code point of U+0080-U+07FF and U+1E00-U+1FFF, alone, glued to ASCII letters and
  // to each other, and cut short at the span's and the text's end.
  std::string text;
  auto add = [&](char32_t c) { vanban::utf8::append(text, c); };
  for (char32_t c = 0x80; c < 0x800; ++c) add(c), text += (c % 3 == 0 ? " " : c % 3 == 1 ? "a" : "");
  for (char32_t c = 0x1E00; c < 0x2000; ++c) add(c), text += (c % 3 == 0 ? " " : c % 3 == 1 ? "B" : "");
  const std::vector<Quantity> none;
  REQUIRE(fast_tokens(text, {0, text.size()}, none, 0) == reference_tokens(text, {0, text.size()}, none, 0));
  for (size_t cut = 1; cut < 4; ++cut) {
    const std::string head = text.substr(0, text.size() - cut);
    for (size_t end = head.size() > 8 ? head.size() - 8 : 0; end <= head.size(); ++end)
      REQUIRE(fast_tokens(head, {0, end}, none, 0) == reference_tokens(head, {0, end}, none, 0));
  }
  // Broken sequences: a lead with no continuation, a stray continuation.
  const std::string broken = "\xC3 \xC3" "a \xE1\xBA \xE1\xBAx \xE1\xBB\xBF\xBF \xC6\xB0\xC6 \xE1\xBC\x80";
  REQUIRE(fast_tokens(broken, {0, broken.size()}, none, 0) == reference_tokens(broken, {0, broken.size()}, none, 0));
}

TEST_CASE("tokenize gives the tokens of the plain definition on the corpus texts") {
  std::mt19937 rng(11);
  for (const std::string& text : vanban::testing::corpus_texts()) {
    const std::vector<Quantity> qs = some_quantities(text, rng);
    // Pieces of about a paragraph, the way find_relations reads them, and the whole text.
    for (size_t a = 0; a < text.size();) {
      size_t b = std::min(text.size(), a + 200 + rng() % 2000);
      while (b < text.size() && (static_cast<unsigned char>(text[b]) & 0xC0) == 0x80) ++b;
      size_t first = 0;
      while (first < qs.size() && qs[first].span.begin < a) ++first;
      REQUIRE(fast_tokens(text, {a, b}, qs, first) == reference_tokens(text, {a, b}, qs, first));
      a = b;
    }
    REQUIRE(fast_tokens(text, {0, text.size()}, qs, 0) == reference_tokens(text, {0, text.size()}, qs, 0));
  }
}
