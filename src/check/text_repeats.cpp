#include "check/text_repeats.h"

#include <cstdint>

#include "text/fold.h"
#include "text/utf8.h"

namespace vanban {
namespace {

constexpr size_t kMaxPhraseWords = 12;

// What separates a syllable from the one before it.
enum class Gap : uint8_t { Space, Break, Other };  // white space only; a paragraph break; punctuation

struct Token {
  uint32_t begin, end;
  uint64_t hash;      // of the lower-cased syllable
  uint64_t gap_hash;  // of the separator before it, white space removed
  Gap gap;
  bool clause;        // the separator holds clause punctuation (, ; : ! ? or a sentence stop)
  bool letters;       // letters only, no digit
};

constexpr uint64_t kFnvOffset = 1469598103934665603ull;
constexpr uint64_t kFnvPrime = 1099511628211ull;

uint64_t mix(uint64_t h, uint32_t v) { return (h ^ v) * kFnvPrime; }

// Letters without an ICU call for the blocks Vietnamese is written in.
bool is_letter_fast(char32_t c) {
  if (c < 0x80) return ((c | 32) >= 'a' && (c | 32) <= 'z');
  if ((c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) || (c >= 0x1EA0 && c <= 0x1EF9)) return true;
  if (c >= 0x2000 && c <= 0x2BFF) return false;  // punctuation, symbols, arrows
  return is_letter(c);
}

char32_t lower_fast(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z' ? c + 32 : c;
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 32;
  if (c >= 0x1EA0 && c <= 0x1EF9) return c | 1;  // Latin Extended Additional: upper even, lower odd
  return lower(c);
}

std::vector<Token> tokenize(std::string_view text) {
  std::vector<Token> out;
  out.reserve(text.size() / 5);
  size_t i = 0;
  size_t gap_begin = 0;
  while (i < text.size()) {
    size_t j = i;
    const char32_t c = utf8::next(text, j);
    const bool digit = c >= '0' && c <= '9';
    if (!digit && !is_letter_fast(c)) {
      i = j;
      continue;
    }
    Token t{static_cast<uint32_t>(i), 0, kFnvOffset, kFnvOffset, Gap::Space, false, true};
    // The separator since the previous syllable.
    for (size_t g = gap_begin; g < i; ++g) {
      const char b = text[g];
      if (b == '\n') t.gap = Gap::Break;
      else if (b != ' ' && b != '\t') {
        if (t.gap == Gap::Space) t.gap = Gap::Other;
        t.gap_hash = mix(t.gap_hash, static_cast<unsigned char>(b));
        const bool stop = b == '.' && g + 1 < i && text[g + 1] == ' ';
        t.clause = t.clause || b == ',' || b == ';' || b == ':' || b == '!' || b == '?' || stop;
      }
    }
    if (out.empty()) t.gap = Gap::Break;
    size_t k = i;
    while (k < text.size()) {
      size_t m = k;
      const char32_t d = utf8::next(text, m);
      const bool is_digit = d >= '0' && d <= '9';
      if (!is_digit && !is_letter_fast(d)) break;
      t.letters = t.letters && !is_digit;
      t.hash = mix(t.hash, static_cast<uint32_t>(lower_fast(d)));
      k = m;
    }
    t.end = static_cast<uint32_t>(k);
    out.push_back(t);
    gap_begin = i = k;
  }
  return out;
}

bool same_word(const Token& a, const Token& b) { return a.hash == b.hash && a.end - a.begin == b.end - b.begin; }

// Syllables [i, i+n) repeat [i-n, i) with the same separators inside, none of them a clause
// break: "rừng, trồng rừng, trồng cây" is a list, not a phrase written twice.
bool repeats(const std::vector<Token>& t, size_t i, size_t n) {
  for (size_t k = 0; k < n; ++k) {
    if (!same_word(t[i - n + k], t[i + k])) return false;
    if (k > 0 && (t[i + k].gap == Gap::Break || t[i + k].clause || t[i - n + k].gap != t[i + k].gap ||
                  t[i - n + k].gap_hash != t[i + k].gap_hash))
      return false;
  }
  return true;
}

// A phrase worth reporting has a word in it and is not one syllable over and over.
bool reportable_phrase(const std::vector<Token>& t, size_t i, size_t n) {
  bool letters = false, varied = false;
  for (size_t k = i; k < i + n; ++k) {
    letters = letters || t[k].letters;
    varied = varied || !same_word(t[k], t[i]);
  }
  return letters && varied;
}

Span span_of(const std::vector<Token>& t, size_t from, size_t n) { return {t[from].begin, t[from + n - 1].end}; }

}  // namespace

std::vector<Repeat> find_repeats(std::string_view text) {
  std::vector<Repeat> out;
  const std::vector<Token> t = tokenize(text);
  size_t covered_until = 0;  // syllables before this index belong to a reported phrase
  for (size_t i = 1; i < t.size(); ++i) {
    if (t[i].gap != Gap::Space) continue;
    size_t best = 0;
    for (size_t n = 2; n <= kMaxPhraseWords && n <= i && i + n <= t.size(); ++n)
      if (repeats(t, i, n)) best = n;
    if (best >= 2 && reportable_phrase(t, i, best)) {
      out.push_back({span_of(t, i - best, best), span_of(t, i, best), best, {}, {}});
      covered_until = i + best;
      i += best - 1;
      continue;
    }
    if (i < covered_until || !t[i].letters || !t[i - 1].letters || !same_word(t[i - 1], t[i])) continue;
    Repeat r{span_of(t, i - 1, 1), span_of(t, i, 1), 1, {}, {}};
    if (i >= 2 && t[i - 1].gap == Gap::Space) r.before = span_of(t, i - 2, 1);
    if (i + 1 < t.size() && t[i + 1].gap == Gap::Space) r.after = span_of(t, i + 1, 1);
    out.push_back(r);
  }
  return out;
}

}  // namespace vanban
