#include "number/tokens.h"

#include "number/token_chars.h"
#include "number/vn_number.h"
#include "number/words.h"
#include "text/fold.h"
#include "text/utf8.h"

namespace vanban {

bool ParaTokens::word_in(size_t i, std::initializer_list<std::string_view> ws) const {
  if (!is_word(i)) return false;
  for (std::string_view w : ws)
    if (t[i].w == w) return true;
  return false;
}

bool ParaTokens::word_seq(size_t i, std::initializer_list<std::string_view> ws) const {
  for (std::string_view w : ws) {
    if (!word(i, w)) return false;
    ++i;
  }
  return true;
}

bool ParaTokens::word_seq_ending(size_t i, std::initializer_list<std::string_view> ws) const {
  if (i + 1 < ws.size()) return false;
  return word_seq(i + 1 - ws.size(), ws);
}

bool ParaTokens::clause_end(size_t i) const { return sentence_end(i) || punct(i, ";"); }

size_t ParaTokens::closing(size_t open) const {
  if (!punct(open, "(")) return npos;
  for (size_t k = open + 1; k < ahead_limit(open); ++k) {
    if (punct(k, ")") && t[k].depth == t[open].depth) return k;
    if (sentence_end(k) && t[k].depth <= t[open].depth) return npos;
  }
  return npos;
}

size_t ParaTokens::opening(size_t close) const {
  if (!punct(close, ")")) return npos;
  for (size_t k = close; k-- > back_limit(close);) {
    if (punct(k, "(") && t[k].depth == t[close].depth) return k;
    if (sentence_end(k) && t[k].depth <= t[close].depth) return npos;
  }
  return npos;
}

std::vector<std::string> ParaTokens::label(size_t i, size_t max) const {
  std::vector<std::string> out;
  for (size_t k = i; k-- > back_limit(i) && out.size() < max;) {
    const Tok& tk = t[k];
    if (tk.depth < t[i].depth) break;
    if (tk.depth > t[i].depth) continue;
    if (clause_end(k) || punct(k, "(") || punct(k, ")")) break;
    if (tk.kind == Tok::Qty) break;
    if (tk.kind == Tok::Word) out.insert(out.begin(), std::string(tk.w));
  }
  return out;
}


using namespace tokchars;

ParaTokens tokenize(std::string_view text, Span span, const std::vector<Quantity>& qs, size_t first_q) {
  ParaTokens p(text, qs);
  p.t.reserve(span.size() / 5 + 8);  // about one token per five bytes of Vietnamese text
  size_t q = first_q;
  // Where the next quantity at or after i starts: asked at every token, so kept at hand and
  // moved on only once i has passed it.
  size_t next_q = ParaTokens::npos;
  auto find_next_q = [&](size_t i) {
    while (q < qs.size() && qs[q].span.begin < i) ++q;
    next_q = q < qs.size() ? qs[q].span.begin : ParaTokens::npos;
  };
  int depth = 0;
  size_t i = span.begin;
  find_next_q(i);
  while (i < span.end) {
    if (next_q <= i) {
      if (next_q < i) find_next_q(i);
      if (next_q == i) {
        size_t end = token_end(qs[q]);
        p.quantity_tokens.push_back(p.t.size());
        p.t.push_back({Tok::Qty, {i, end}, std::string_view(qs[q].text), static_cast<int>(q), depth, false});
        i = end;
        continue;
      }
    }
    const auto b = static_cast<unsigned char>(text[i]);
    if (is_space_byte(b)) {
      ++i;
      continue;
    }
    if (is_ascii_digit(static_cast<char>(b))) {
      size_t j = figure_end(text, i, span.end);
      p.t.push_back({Tok::Num, {i, j}, between(text, i, j), -1, depth, false});
      i = j;
      continue;
    }
    size_t k = i;
    char32_t c = b < 0x80 ? (++k, b) : utf8::next(text, k);
    if (numwords::is_word_char(c)) {
      // Upper case is noted while the word is read: most words have none and are viewed where
      // they are, without a second pass to look for it.
      const bool first_upper = numwords::is_upper_char(c);
      bool any_upper = first_upper;
      size_t j = word_end(text, k, span.end, any_upper);
      std::string_view w = between(text, i, j);
      p.t.push_back({Tok::Word, {i, j}, any_upper ? p.keep(lower_word(w)) : w, -1, depth, first_upper});
      // The space after a word, the commonest byte after one, is stepped over here rather than
      // by a turn of the loop of its own (no quantity starts at a space).
      i = j < span.end && text[j] == ' ' ? j + 1 : j;
      continue;
    }
    if (is_punct_char(c)) {
      if (c == ')' || c == ']') depth = depth > 0 ? depth - 1 : 0;
      std::string_view s = c == '[' ? "(" : c == ']' ? ")" : between(text, i, k);
      p.t.push_back({Tok::Punct, {i, k}, s, -1, depth, false});
      if (c == '(' || c == '[') ++depth;
    }
    i = k;
  }
  return p;
}


}  // namespace vanban
