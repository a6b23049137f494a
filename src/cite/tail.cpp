#include "cite/tail.h"
#include "cite/words.h"

#include "text/vn_word.h"
#include "text/utf8.h"

namespace vanban::cite {
namespace {

constexpr size_t kMaxTitleBytes = 600;

size_t skip_spaces(std::string_view t, size_t i) {
  while (i < t.size() && t[i] == ' ') ++i;
  return i;
}

bool roman_char(char c) { return c == 'I' || c == 'V' || c == 'X' || c == 'L' || c == 'C'; }

bool starts_with(std::string_view t, size_t i, std::string_view s) { return t.substr(i, s.size()) == s; }

// Reads "của" and what follows; returns false when there is neither an issuer nor a "ngày".
// A second issuer is read only after a date ("của Bộ Chính ngày … của Bộ Chính trị").
bool read_cua(std::string_view t, size_t& i, Tail& tail) {
  if (!word_is_cnv(t, i, "của")) return false;
  if (!tail.issuer.span.empty() && !(tail.date && tail.date->span.begin > tail.issuer.span.end)) return false;
  size_t p = skip_spaces(t, vn::word_end(t, i));
  if (word_is_cnv(t, p, "ngày")) {  // "của ngày 12/12/2013 của …": the first "của" is empty
    i = p;
    return true;
  }
  IssuerPhrase phrase = read_issuer(t, p, tail.expected_issuers);
  if (phrase.span.empty()) return false;
  tail.issuer = phrase;
  i = tail.end = phrase.span.end;
  return true;
}

bool read_date(std::string_view t, size_t& i, Tail& tail) {
  size_t p = i;
  if (p < t.size() && t[p] == ',') p = skip_spaces(t, p + 1);
  if (!word_is_cnv(t, p, "ngày") || tail.date) return false;  // a second date is another text's
  std::optional<DateMention> d = date_at(t, p);
  if (!d || d->effective) return false;
  tail.date = d;
  i = tail.end = d->span.end;
  return true;
}

bool read_term(std::string_view t, size_t& i, Tail& tail) {
  auto term = term_at(t, i);
  if (!term) return false;
  tail.term = term->second;
  tail.term_span = Span{i, term->first};
  i = tail.end = term->first;
  return true;
}

}  // namespace

std::optional<std::pair<size_t, std::string>> term_at(std::string_view t, size_t pos) {
  size_t i = pos;
  const bool paren = i < t.size() && t[i] == '(';
  if (paren) i = skip_spaces(t, i + 1);
  if (!vn::word_is(t, i, "khóa")) return std::nullopt;
  i = skip_spaces(t, vn::word_end(t, i));
  size_t r = i;
  while (r < t.size() && roman_char(t[r])) ++r;
  if (r == i || (r < t.size() && vn::is_alnum(static_cast<unsigned char>(t[r])))) return std::nullopt;
  std::string roman(t.substr(i, r - i));
  if (paren) {
    r = skip_spaces(t, r);
    if (r >= t.size() || t[r] != ')') return std::nullopt;
    ++r;
  }
  return std::make_pair(r, roman);
}

std::string title_at(std::string_view t, size_t pos) {
  size_t i = skip_spaces(t, pos);
  if (word_is_cnv(t, i, "về")) {
    i = skip_spaces(t, vn::word_end(t, i));
  } else if (i + 3 <= t.size() && (t[i] == 'v' || t[i] == 'V') && t[i + 1] == '/' && (t[i + 2] == 'v' || t[i + 2] == 'V')) {
    i = skip_spaces(t, i + 3);  // "v/v": về việc
  }
  const bool about = i != skip_spaces(t, pos);
  std::string_view open_curly = "\xE2\x80\x9C", close_curly = "\xE2\x80\x9D";
  if (starts_with(t, i, open_curly) || (i < t.size() && t[i] == '"')) {
    const size_t from = i + (t[i] == '"' ? 1 : open_curly.size());
    size_t close = t.find(close_curly, from);
    size_t straight = t.find('"', from);
    close = std::min(close, straight);
    size_t nl = t.find('\n', from);
    if (close == std::string_view::npos || close > nl || close - from > kMaxTitleBytes) return {};
    return std::string(t.substr(from, close - from));
  }
  if (!about) return {};
  size_t e = i;
  while (e < t.size() && e - i < kMaxTitleBytes && t[e] != '\n' && t[e] != ';' && t[e] != '(' &&
         !(t[e] == '.' && (e + 1 == t.size() || t[e + 1] == ' ' || t[e + 1] == '\n')))
    ++e;
  while (e > i && (t[e - 1] == ' ' || t[e - 1] == ',')) --e;
  return std::string(t.substr(i, e - i));
}

Tail read_tail(std::string_view t, size_t pos, size_t expected_issuers) {
  Tail tail;
  tail.expected_issuers = expected_issuers;
  tail.end = pos;
  size_t i = pos;
  for (int steps = 0; steps < 8; ++steps) {
    size_t p = skip_spaces(t, i);
    if (read_date(t, p, tail) || read_cua(t, p, tail) || read_term(t, p, tail)) {
      i = p;
      continue;
    }
    break;
  }
  tail.title = title_at(t, tail.end);
  return tail;
}

}  // namespace vanban::cite
