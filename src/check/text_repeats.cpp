#include "check/text_repeats.h"

#include <cstdint>
#include <functional>

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

// Reads the syllables of a text one at a time.
class Tokenizer {
 public:
  explicit Tokenizer(std::string_view text) : text_(text) {}

  bool next(Token& t) {
    const size_t gap_begin = i_;
    while (i_ < text_.size()) {
      const auto b = static_cast<unsigned char>(text_[i_]);
      if (b < 0x80) {
        if (is_letter_fast(b) || (b >= '0' && b <= '9')) break;
        ++i_;
        continue;
      }
      size_t j = i_;
      if (is_letter_fast(utf8::next(text_, j))) break;
      i_ = j;
    }
    if (i_ >= text_.size()) return false;
    t = Token{static_cast<uint32_t>(i_), 0, kFnvOffset, kFnvOffset, first_ ? Gap::Break : Gap::Space, false, true};
    first_ = false;
    read_gap(gap_begin, t);
    while (i_ < text_.size()) {
      const auto b = static_cast<unsigned char>(text_[i_]);
      char32_t d = b;
      size_t m = i_ + 1;
      if (b >= 0x80) {
        m = i_;
        d = utf8::next(text_, m);
      }
      const bool digit = d >= '0' && d <= '9';
      if (!digit && !is_letter_fast(d)) break;
      t.letters = t.letters && !digit;
      t.hash = mix(t.hash, static_cast<uint32_t>(lower_fast(d)));
      i_ = m;
    }
    t.end = static_cast<uint32_t>(i_);
    return true;
  }

 private:
  // The separator since the previous syllable: its kind and its non-space bytes.
  void read_gap(size_t from, Token& t) const {
    for (size_t g = from; g < t.begin; ++g) {
      const char b = text_[g];
      if (b == '\n' || b == '|') {  // a paragraph or a table cell ends
        t.gap = Gap::Break;
      } else if (b != ' ' && b != '\t') {
        if (t.gap == Gap::Space) t.gap = Gap::Other;
        t.gap_hash = mix(t.gap_hash, static_cast<unsigned char>(b));
        const bool stop = b == '.' && g + 1 < t.begin && text_[g + 1] == ' ';
        t.clause = t.clause || b == ',' || b == ';' || b == ':' || b == '!' || b == '?' || stop;
      }
    }
  }

  std::string_view text_;
  size_t i_ = 0;
  bool first_ = true;
};

// The last syllables read, enough to look a phrase back and forth from any position.
class Window {
 public:
  static constexpr size_t kSize = 64;  // > 2 * kMaxPhraseWords + 1, a power of two
  const Token& operator[](size_t k) const { return ring_[k & (kSize - 1)]; }
  void push(const Token& t) { ring_[count_++ & (kSize - 1)] = t; }
  size_t size() const { return count_; }

 private:
  Token ring_[kSize];
  size_t count_ = 0;
};

bool same_word(const Token& a, const Token& b) { return a.hash == b.hash && a.end - a.begin == b.end - b.begin; }

// Syllables [i, i+n) repeat [i-n, i) with the same separators inside, none of them a clause
// break: "rừng, trồng rừng, trồng cây" is a list, not a phrase written twice.
bool repeats(const Window& t, size_t i, size_t n) {
  for (size_t k = 0; k < n; ++k) {
    if (!same_word(t[i - n + k], t[i + k])) return false;
    if (k > 0 && (t[i + k].gap == Gap::Break || t[i + k].clause || t[i - n + k].gap != t[i + k].gap ||
                  t[i - n + k].gap_hash != t[i + k].gap_hash))
      return false;
  }
  return true;
}

// A phrase worth reporting has a word in it and is not one syllable over and over.
bool reportable_phrase(const Window& t, size_t i, size_t n) {
  bool letters = false, varied = false;
  for (size_t k = i; k < i + n; ++k) {
    letters = letters || t[k].letters;
    varied = varied || !same_word(t[k], t[i]);
  }
  return letters && varied;
}

Span span_of(const Window& t, size_t from, size_t n) { return {t[from].begin, t[from + n - 1].end}; }

// Looks for the repeats whose second copy starts at syllable i (all of [i - 12, i + 12) read).
class RepeatFinder {
 public:
  explicit RepeatFinder(std::vector<Repeat>& out) : out_(out) {}

  void at(const Window& t, size_t i) {
    if (i < skip_until_ || t[i].gap != Gap::Space) return;
    size_t best = 0;
    for (size_t n = 2; n <= kMaxPhraseWords && n <= i && i + n <= t.size(); ++n)
      if (repeats(t, i, n)) best = n;
    if (best >= 2 && reportable_phrase(t, i, best)) {
      out_.push_back({span_of(t, i - best, best), span_of(t, i, best), best, {}, {}});
      skip_until_ = i + best;
      return;
    }
    if (!t[i].letters || !t[i - 1].letters || !same_word(t[i - 1], t[i])) return;
    // "được được được": one slip, reported once, at its first doubling.
    const bool run = last_pair_ != kNone && last_pair_ + 1 == i;
    last_pair_ = i;
    if (run) return;
    Repeat r{span_of(t, i - 1, 1), span_of(t, i, 1), 1, {}, {}};
    if (i >= 2 && t[i - 1].gap == Gap::Space) r.before = span_of(t, i - 2, 1);
    if (i + 1 < t.size() && t[i + 1].gap == Gap::Space) r.after = span_of(t, i + 1, 1);
    out_.push_back(r);
  }

 private:
  std::vector<Repeat>& out_;
  size_t skip_until_ = 0;  // syllables before this belong to a reported phrase
  static constexpr size_t kNone = static_cast<size_t>(-1);
  size_t last_pair_ = kNone;  // second syllable of the last doubling seen
};

}  // namespace

std::vector<Repeat> find_repeats(std::string_view text) {
  std::vector<Repeat> out;
  Tokenizer tokens(text);
  Window window;
  RepeatFinder finder(out);
  size_t i = 1;
  for (Token t; tokens.next(t);) {
    window.push(t);
    for (; i + kMaxPhraseWords < window.size(); ++i) finder.at(window, i);
  }
  for (; i < window.size(); ++i) finder.at(window, i);
  return out;
}

const std::vector<Repeat>& repeats_in(std::string_view text) {
  struct Cache {
    const char* data = nullptr;
    size_t size = 0;
    size_t hash = 0;
    std::vector<Repeat> repeats;
  };
  thread_local Cache cache;
  const size_t hash = std::hash<std::string_view>{}(text);
  if (cache.data != text.data() || cache.size != text.size() || cache.hash != hash) {
    cache.repeats = find_repeats(text);
    cache.data = text.data();
    cache.size = text.size();
    cache.hash = hash;
  }
  return cache.repeats;
}

}  // namespace vanban
