#include "number/token_preview.h"

#include <algorithm>
#include <cstddef>
#include <initializer_list>
#include <string>

#include "number/token_chars.h"
#include "number/tokens.h"
#include "text/fold.h"
#include "text/utf8.h"

namespace vanban {

using namespace tokchars;

namespace {
constexpr size_t npos = static_cast<size_t>(-1);
// find_sums looks for a breakdown's marker past at most four words qualifying the total and
// eight tokens of a rate of it ("35.420 ha, bằng 101,2% kế hoạch; trong đó"), commas aside:
// the marker is at most the thirteenth token read.
constexpr size_t kBreakdownReach = 13;
}  // namespace

TokenPreview::Token TokenPreview::token_after(size_t at) const {
  for (size_t i = at; i < piece_.end;) {
    const auto b = static_cast<unsigned char>(text_[i]);
    if (is_space_byte(b)) {
      ++i;
      continue;
    }
    if (is_ascii_digit(static_cast<char>(b))) {  // every quantity starts at a digit
      const auto q = std::lower_bound(qs_.begin() + static_cast<std::ptrdiff_t>(first_),
                                      qs_.begin() + static_cast<std::ptrdiff_t>(last_), i,
                                      [](const Quantity& x, size_t at) { return x.span.begin < at; });
      if (q != qs_.begin() + static_cast<std::ptrdiff_t>(last_) && q->span.begin == i)
        return {Token::Qty, {i, token_end(*q)}};
      return {Token::Figure, {i, figure_end(text_, i, piece_.end)}};
    }
    size_t k = i;
    const char32_t c = b < 0x80 ? (++k, b) : utf8::next(text_, k);
    if (numwords::is_word_char(c)) return word_at(i);
    if (is_punct_char(c)) return {Token::Punct, {i, k}};
    i = k;  // a character tokenize passes over
  }
  return {Token::None, {piece_.end, piece_.end}};
}

TokenPreview::Token TokenPreview::token_before(size_t at) const {
  size_t i = at;
  while (i > piece_.begin && is_space_byte(static_cast<unsigned char>(text_[i - 1]))) --i;
  for (size_t q = first_; q < last_; ++q)
    if (qs_[q].span.begin < i && token_end(qs_[q]) == i) return {Token::Unsure, {qs_[q].span.begin, i}};
  if (i <= piece_.begin) return {Token::None, {i, i}};
  const size_t w = word_start(i);
  if (w == npos) return {Token::Unsure, {i, i}};
  if (w < i) return word_at(w);
  const auto b = static_cast<unsigned char>(text_[i - 1]);
  if (b < 0x80) {
    if (is_ascii_digit(static_cast<char>(b))) return {Token::Figure, {i - 1, i}};
    return is_punct_char(b) ? Token{Token::Punct, {i - 1, i}} : Token{Token::Unsure, {i - 1, i}};
  }
  size_t k = i;
  const char32_t c = utf8::prev(text_, k);
  size_t m = k;
  if (k < piece_.begin || (utf8::next(text_, m), m != i) || !is_punct_char(c)) return {Token::Unsure, {i, i}};
  return {Token::Punct, {k, i}};
}

// The word token starting at i, its capitals noted as tokenize notes them.
TokenPreview::Token TokenPreview::word_at(size_t i) const {
  size_t k = i;
  bool upper = numwords::is_upper_char(utf8::next(text_, k));
  const size_t end = word_end(text_, k, piece_.end, upper);
  return {Token::Word, {i, end}, upper};
}

// Where the word ending at `end` starts, read back letter by letter (no further than the
// piece); npos when a character is not one tokenize would read the same way going forward.
size_t TokenPreview::word_start(size_t end) const {
  size_t j = end;
  while (j > piece_.begin) {
    const auto b = static_cast<unsigned char>(text_[j - 1]);
    if (b < 0x80) {
      if ((b | 32u) - 'a' >= 26u) break;
      --j;
      continue;
    }
    size_t k = j;
    const char32_t c = utf8::prev(text_, k);
    size_t m = k;
    if (k < piece_.begin || (utf8::next(text_, m), m != j)) return npos;
    if (!numwords::is_word_char(c)) break;
    j = k;
  }
  return j;
}

// The word as tokenize gives it (lower-cased when it has a capital, else as written) is one of
// `ws`: most words have none and are compared where they are.
bool TokenPreview::word_is(const Token& t, std::initializer_list<std::string_view> ws) const {
  if (t.kind != Token::Word) return false;
  const std::string_view written = between(text_, t.span.begin, t.span.end);
  const std::string lower = t.upper ? lower_word(written) : std::string();
  const std::string_view word = t.upper ? std::string_view(lower) : written;
  for (std::string_view w : ws)
    if (word == w) return true;
  return false;
}

bool TokenPreview::punct_is(const Token& t, std::string_view mark) const {
  return t.kind == Token::Punct && between(text_, t.span.begin, t.span.end) == mark;
}

bool TokenPreview::may_introduce_list(size_t after) const {
  size_t words = 0;
  for (size_t at = after;;) {
    const Token t = token_after(at);
    if (t.kind == Token::Punct) return punct_is(t, ":") || punct_is(t, "(") || punct_is(t, "[");
    if (t.kind != Token::Word) return false;
    if (word_is(t, {"là", "gồm", "như", "bao"})) return true;
    if (++words > 3) return false;
    at = t.span.end;
  }
}

bool TokenPreview::may_follow_stock_word(size_t begin) const {
  for (size_t at = begin;;) {
    const Token t = token_before(at);
    if (t.kind == Token::Unsure) return true;
    if (punct_is(t, ",") || punct_is(t, ";")) {
      at = t.span.begin;
      continue;
    }
    if (word_is(t, {"có", "còn"})) return true;
    if (!word_is(t, {"và"})) return false;
    at = t.span.begin;
  }
}

bool TokenPreview::may_follow_change_verb(size_t begin) const {
  const Token t = token_before(begin);
  if (t.kind == Token::Unsure || word_is(t, {"tăng", "giảm", "gấp"})) return true;
  if (!word_is(t, {"thêm", "được", "đi", "hơn", "là", "khoảng", "gần", "trên"})) return false;
  const Token verb = token_before(t.span.begin);
  return verb.kind == Token::Unsure || word_is(verb, {"tăng", "giảm", "gấp"});
}

bool TokenPreview::may_break_down(size_t begin, size_t after) const {
  Token t = token_before(begin);  // "tổng cộng: 15", "tổng số là 15"
  if (punct_is(t, ":")) t = token_before(t.span.begin);
  if (word_is(t, {"là"})) t = token_before(t.span.begin);
  if (t.kind == Token::Unsure || word_is(t, {"cộng", "số", "cả"})) return true;
  size_t tokens = 0;
  for (size_t at = after; tokens < kBreakdownReach;) {
    const Token u = token_after(at);
    if (u.kind == Token::None) return false;
    if (u.kind == Token::Word && word_is(u, {"trong", "gồm", "bao", "chia"})) return true;
    ++tokens;
    if (u.kind == Token::Punct) {
      // A mark is one byte but for "…" and the dashes and quotes, none of which is asked here.
      switch (u.span.size() == 1 ? text_[u.span.begin] : punct_is(u, "…") ? '.' : ' ') {
        case '(': case '[': case ':': return true;
        case '.': case '!': case '?': return false;  // the sentence ends
        case ',': case ';': --tokens; break;         // any number of them
        default: break;
      }
    }
    at = u.span.end;
  }
  return false;
}

}  // namespace vanban
