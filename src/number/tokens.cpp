#include "number/tokens.h"

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

namespace {

bool is_punct_char(char32_t c) {
  switch (c) {
    case '(': case ')': case '[': case ']': case ',': case ';': case ':': case '.': case '!': case '?':
    case '/': case '-': case '+': case '=': case '"': case '\'':
    case U'…': case U'–': case U'—': case U'“': case U'”': case U'‘': case U'’':
      return true;
    default:
      return false;
  }
}

bool is_space_byte(unsigned char b) { return b == ' ' || b == '\t' || b == '\n'; }

bool is_cont(char c) { return utf8::is_continuation(static_cast<unsigned char>(c)); }

// The letter and capital flags of the characters Vietnamese words are written with beyond
// ASCII, indexed by their UTF-8 bytes: a two-byte sequence with lead C3-C6 (U+00C0-U+01BF:
// "đ", "ư", "ơ", "à") or a three-byte one E1 BA/BB xx (U+1E80-U+1EFF: "ả", "ế", "ộ"). Built
// once from fold.h's is_letter and is_upper: one look-up a character, where asking both finds
// the character's slot and checks that fold.h's table is built twice.
class VnLetterFlags {
 public:
  static constexpr unsigned char kLetter = 1, kUpper = 2;
  VnLetterFlags() {
    for (char32_t c = 0xC0; c < 0x1C0; ++c) flags_[c - 0xC0] = flags_of(c);
    for (char32_t c = 0x1E80; c < 0x1F00; ++c) flags_[0x100 + (c - 0x1E80)] = flags_of(c);
  }
  // lead in C3-C6, cont a continuation byte.
  unsigned char two_byte(unsigned char lead, unsigned char cont) const {
    return flags_[((lead & 0x1Fu) << 6 | (cont & 0x3Fu)) - 0xC0];
  }
  // mid BA or BB, last a continuation byte.
  unsigned char three_byte(unsigned char mid, unsigned char last) const {
    return flags_[0x100 + ((mid & 1u) << 6 | (last & 0x3Fu))];
  }

 private:
  static unsigned char flags_of(char32_t c) {
    return static_cast<unsigned char>((is_letter(c) ? kLetter : 0) | (is_upper(c) ? kUpper : 0));
  }
  unsigned char flags_[0x180] = {};
};

const VnLetterFlags& vn_letter_flags() {
  static const VnLetterFlags table;
  return table;
}

// The flags (VnLetterFlags) of the character at text[j] (not ASCII) and its byte length, when
// it is one the table holds, whole before the text's end (as utf8::next would decode it);
// false for any other character (decode it the general way).
bool vn_letter_at(const VnLetterFlags& table, std::string_view text, size_t j, unsigned char& flags, size_t& len) {
  const auto b = static_cast<unsigned char>(text[j]);
  if (b - 0xC3u <= 3u) {
    if (j + 1 >= text.size() || !is_cont(text[j + 1])) return false;
    flags = table.two_byte(b, static_cast<unsigned char>(text[j + 1]));
    len = 2;
    return true;
  }
  if (b == 0xE1 && j + 2 < text.size()) {
    const auto b1 = static_cast<unsigned char>(text[j + 1]);
    if ((b1 != 0xBA && b1 != 0xBB) || !is_cont(text[j + 2])) return false;
    flags = table.three_byte(b1, static_cast<unsigned char>(text[j + 2]));
    len = 3;
    return true;
  }
  return false;
}

// One past the last letter of the word whose letters go on at j (up to end), noting whether
// one is a capital. An ASCII byte is answered on the byte, the way fold.h answers it; any other
// character is looked up in VnLetterFlags when it is there, else decoded and asked of fold.h.
size_t word_end(std::string_view text, size_t j, size_t end, bool& any_upper) {
  const VnLetterFlags& table = vn_letter_flags();
  bool upper = any_upper;  // a local the compiler keeps in a register, not the caller's flag
  while (j < end) {
    const auto b = static_cast<unsigned char>(text[j]);
    if (b < 0x80) {
      if ((b | 32u) - 'a' >= 26u) break;
      upper |= b <= 'Z';
      ++j;
      continue;
    }
    unsigned char flags = 0;
    size_t len = 0;
    if (vn_letter_at(table, text, j, flags, len)) {
      if (!(flags & VnLetterFlags::kLetter)) break;
      upper |= (flags & VnLetterFlags::kUpper) != 0;
      j += len;
      continue;
    }
    size_t m = j;
    const char32_t d = utf8::next(text, m);
    if (!numwords::is_word_char(d)) break;
    upper = upper || numwords::is_upper_char(d);
    j = m;
  }
  any_upper = upper;
  return j;
}

// text[i, j), with i <= j <= text.size() known: substr's check and clamp cost a few
// instructions on each of the tens of thousands of tokens a report has.
std::string_view between(std::string_view text, size_t i, size_t j) { return {text.data() + i, j - i}; }

// Past the figure run at i: digits, and a dot or comma between two digits.
size_t figure_end(std::string_view text, size_t i, size_t end) {
  size_t j = i;
  while (j < end && (is_ascii_digit(text[j]) ||
                     ((text[j] == '.' || text[j] == ',') && j + 1 < end && is_ascii_digit(text[j + 1]))))
    ++j;
  return j;
}

}  // namespace

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

namespace {

// Is the word token text[begin, end) one of `ws` once lower-cased, as tokenize gives it?
bool word_is(std::string_view text, size_t begin, size_t end, std::initializer_list<std::string_view> ws) {
  const std::string lower = lower_word(between(text, begin, end));
  for (std::string_view w : ws)
    if (lower == w) return true;
  return false;
}

// Where the word token ending at `end` starts, read back letter by letter (no further than
// `floor`); npos when a character is not one tokenize would read the same way going forward.
size_t word_start(std::string_view text, size_t floor, size_t end) {
  size_t j = end;
  while (j > floor) {
    const auto b = static_cast<unsigned char>(text[j - 1]);
    if (b < 0x80) {
      if ((b | 32u) - 'a' >= 26u) break;
      --j;
      continue;
    }
    size_t k = j;
    const char32_t c = utf8::prev(text, k);
    size_t m = k;
    if (k < floor || (utf8::next(text, m), m != j)) return ParaTokens::npos;
    if (!numwords::is_word_char(c)) break;
    j = k;
  }
  return j;
}

}  // namespace

bool may_introduce_list(std::string_view text, Span piece, size_t after) {
  size_t words = 0;
  for (size_t i = after; i < piece.end;) {
    const auto b = static_cast<unsigned char>(text[i]);
    if (is_space_byte(b)) {
      ++i;
      continue;
    }
    if (b == ':' || b == '(' || b == '[') return true;
    if (is_ascii_digit(static_cast<char>(b))) return false;  // a figure: no word, no ":" or "("
    size_t k = i;
    const char32_t c = b < 0x80 ? (++k, b) : utf8::next(text, k);
    if (numwords::is_word_char(c)) {
      bool upper = false;
      const size_t j = word_end(text, k, piece.end, upper);
      if (word_is(text, i, j, {"là", "gồm", "như", "bao"})) return true;
      if (++words > 3) return false;
      i = j;
      continue;
    }
    if (is_punct_char(c)) return false;
    i = k;  // a character tokenize passes over
  }
  return false;
}

bool may_follow_stock_word(std::string_view text, Span piece, size_t begin, const std::vector<Quantity>& qs,
                           size_t first, size_t last) {
  for (size_t i = begin;;) {
    while (i > piece.begin && is_space_byte(static_cast<unsigned char>(text[i - 1]))) --i;
    for (size_t q = first; q < last; ++q)
      if (qs[q].span.begin < begin && token_end(qs[q]) == i) return true;  // the walk goes over quantities
    if (i <= piece.begin) return false;
    const auto b = static_cast<unsigned char>(text[i - 1]);
    if (b == ',' || b == ';') {
      --i;
      continue;
    }
    const size_t w = word_start(text, piece.begin, i);
    if (w == ParaTokens::npos) return true;
    if (w < i) {
      if (word_is(text, w, i, {"có", "còn"})) return true;
      if (!word_is(text, w, i, {"và"})) return false;
      i = w;
      continue;
    }
    if (b < 0x80) return !(is_ascii_digit(static_cast<char>(b)) || is_punct_char(b));  // a figure, a mark: no
    size_t k = i;
    return !is_punct_char(utf8::prev(text, k));  // a character tokenize passes over: maybe
  }
}

}  // namespace vanban
