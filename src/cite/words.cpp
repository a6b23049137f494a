#include "cite/words.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>

#include "text/vn_word.h"
#include "text/utf8.h"

namespace vanban::cite {
namespace {

bool digit(char c) { return c >= '0' && c <= '9'; }

// Fills a word constructed in place in the run (moving a Word costs more than filling it).
void make_word(Word& w, std::string_view t, size_t b, size_t e, size_t gap_begin) {
  w.begin = b;
  w.end = e;
  w.text = t.substr(b, e - b);
  w.gap_begin = gap_begin;
  w.digits = digit(t[b]);
  if (w.digits) return;
  size_t i = b;
  char32_t first = utf8::next(t, i);
  w.upper_first = is_upper(first);
  w.all_upper = w.upper_first;
  while (w.all_upper && i < e) {
    char32_t c = utf8::next(t, i);
    if (vn::is_letter(c) && !is_upper(c)) w.all_upper = false;
  }
}

// End of the word (letters, or digits) that starts at pos.
size_t token_end(std::string_view t, size_t pos) {
  if (digit(t[pos])) {
    size_t i = pos;
    while (i < t.size() && digit(t[i])) ++i;
    return i;
  }
  return vn::word_end(t, pos);
}

// fold(word) for the short words, remembered per thread: the words compared around citations
// are the same few hundred ("số", "của", "Quyết", "định") at every one, and looking one up
// costs less than folding it again. fold is pure, so a remembered answer is the answer. One
// slot per hash (a new word takes the slot of an old one), so the table never grows.
class FoldCache {
 public:
  static constexpr size_t kLongestWord = 16;

  // word.size() <= kLongestWord. The reference holds until the next call.
  const std::string& get(std::string_view word) {
    uint64_t a = 0, b = 0;  // the word's bytes, zero-padded
    std::memcpy(&a, word.data(), std::min<size_t>(word.size(), 8));
    if (word.size() > 8) std::memcpy(&b, word.data() + 8, word.size() - 8);
    Slot& s = slots_[slot_of(a, b, word.size())];
    if (s.size != word.size() || s.a != a || s.b != b) {
      s.a = a;
      s.b = b;
      s.size = word.size();
      s.folded = fold(word);
    }
    return s.folded;
  }

 private:
  static constexpr unsigned kBits = 11;
  struct Slot {
    uint64_t a = 0, b = 0;
    size_t size = SIZE_MAX;  // no word yet
    std::string folded;
  };
  static size_t slot_of(uint64_t a, uint64_t b, size_t size) {
    const uint64_t h = (a ^ (b * 0x9E3779B97F4A7C15ull) ^ size) * 0xBF58476D1CE4E5B9ull;
    return static_cast<size_t>(h >> (64 - kBits));
  }
  std::array<Slot, size_t{1} << kBits> slots_;
};

void fold_into(std::string& out, std::string_view word) {
  if (word.size() > FoldCache::kLongestWord) {
    out = fold(word);
    return;
  }
  static thread_local FoldCache cache;
  out = cache.get(word);
}

}  // namespace

const std::string& Word::folded() const {
  if (!folded_done_) {
    if (digits) folded_ = std::string(text);
    else fold_into(folded_, text);
    folded_done_ = true;
  }
  return folded_;
}

bool word_is_cnv(std::string_view t, size_t pos, std::string_view folded) {
  if (pos >= t.size() || (t[pos] | 32) != folded[0]) return false;
  return vn::word_is(t, pos, folded);
}

bool is_space_only(std::string_view s) {
  for (char c : s)
    if (c != ' ') return false;
  return true;
}

std::string_view WordRun::gap(size_t i) const {
  const Word& w = words[i];
  if (w.gap_begin <= w.begin) return text.substr(w.gap_begin, w.begin - w.gap_begin);  // before it
  return text.substr(w.end, w.gap_begin - w.end);                                        // after it
}

bool WordRun::gap_is_space(size_t i) const { return is_space_only(gap(i)); }

bool WordRun::gap_is_loose(size_t i) const {
  std::string_view g = gap(i);
  for (size_t k = 0; k < g.size();) {
    char32_t c = utf8::next(g, k);
    if (c != ' ' && c != ',' && c != '-' && c != U'–') return false;
  }
  return true;
}

LazyWords::LazyWords(std::string_view text, size_t pos, size_t max_words, bool backwards)
    : text_(text), max_(max_words), backwards_(backwards), done_(max_words == 0), at_(pos), gap_(pos) {
  words_.reserve(max_words);
}

bool LazyWords::read_to(size_t i) const {
  while (!done_ && words_.size() <= i) {
    if (!(backwards_ ? read_backward() : read_forward())) done_ = true;
    if (words_.size() >= max_) done_ = true;
  }
  return i < words_.size();
}

// The next word forwards; false at a line break or the end of the text.
bool LazyWords::read_forward() const {
  const std::string_view t = text_;
  size_t i = at_;
  while (i < t.size()) {
    const unsigned char b = static_cast<unsigned char>(t[i]);
    if (b == '\n') break;
    if (b < 0x80 && !(((b | 32) >= 'a' && (b | 32) <= 'z') || (b >= '0' && b <= '9'))) {  // ASCII gap
      ++i;
      continue;
    }
    size_t j = i;
    char32_t c = utf8::next(t, j);
    if (vn::is_alnum(c)) {
      const size_t e = token_end(t, i);
      make_word(words_.emplace_back(), t, i, e, gap_);
      at_ = gap_ = e;
      return true;
    }
    i = j;
  }
  at_ = i;
  return false;
}

WordRun words_after(std::string_view t, size_t pos, size_t max_words) {
  return WordRun{t, LazyWords(t, pos, max_words, false)};
}

namespace {

// Is the character ending just before i part of a word? Sets `start` to its first byte.
bool word_char_before(std::string_view t, size_t i, size_t& start) {
  const unsigned char b = static_cast<unsigned char>(t[i - 1]);
  if (b < 0x80) {
    start = i - 1;
    return ((b | 32) >= 'a' && (b | 32) <= 'z') || (b >= '0' && b <= '9') || b == '\'';
  }
  size_t j = i;
  char32_t c = utf8::prev(t, j);
  start = j;
  return vn::is_alnum(c) || c == U'’';
}

}  // namespace

// The next word backwards (nearest first); false at a line break or the start of the text.
bool LazyWords::read_backward() const {
  const std::string_view t = text_;
  size_t i = at_;
  while (i > 0) {
    if (t[i - 1] == '\n') break;
    size_t s;
    if (!word_char_before(t, i, s)) {
      i = s;
      continue;
    }
    // Walk back to the start of this word, then read it forwards.
    size_t k;
    while (s > 0 && word_char_before(t, s, k)) s = k;
    const size_t run_start = s;
    // Apostrophes open no word ("’Thôl" reads "Thôl"); a run of them alone is a gap.
    while (s < i && (t[s] == '\'' || t.substr(s, 3) == "\xE2\x80\x99")) s += t[s] == '\'' ? 1 : 3;
    if (s >= i) {
      i = run_start;
      continue;
    }
    size_t e = token_end(t, s);
    if (e <= s || e > i) e = i;
    // For words_before the gap after the word is [end, gap_begin).
    make_word(words_.emplace_back(), t, s, e, gap_);
    at_ = gap_ = s;
    return true;
  }
  at_ = i;
  return false;
}

WordRun words_before(std::string_view t, size_t pos, size_t max_words) {
  return WordRun{t, LazyWords(t, pos, max_words, true)};
}

size_t match(const WordRun& run, size_t from, const Words& phrase, bool loose) {
  if (phrase.empty() ? from > run.words.size() : !run.words.has(from + phrase.size() - 1)) return 0;
  for (size_t k = 0; k < phrase.size(); ++k) {
    if (run.words[from + k].folded() != phrase[k]) return 0;
    if (k > 0 && !(loose ? run.gap_is_loose(from + k) : run.gap_is_space(from + k))) return 0;
  }
  return phrase.size();
}

int match_longest(const WordRun& run, size_t from, const PhraseTable& table, size_t& length, bool loose) {
  length = 0;
  if (!run.words.has(from)) return -1;
  const std::string* second = nullptr;  // the next word, folded; read at the first phrase that needs it
  bool second_read = false;
  for (uint32_t i : table.starting_with(run.words[from].folded())) {
    const Words& words = table[i].words;
    // "bộ" starts dozens of phrases: their second word rejects most of them with one compare,
    // before match() compares the first word again.
    if (words.size() > 1) {
      if (!second_read) {
        second_read = true;
        if (run.words.has(from + 1)) second = &run.words[from + 1].folded();
      }
      if (!second || *second != words[1]) continue;
    }
    if (size_t n = match(run, from, words, loose)) {
      length = n;
      return static_cast<int>(i);
    }
  }
  return -1;
}

size_t match_backwards(const WordRun& run, size_t at, const Words& phrase) {
  const size_t n = phrase.size();
  if (n == 0 ? at > run.words.size() : !run.words.has(at + n - 1)) return 0;
  // run.words[at] is the last word of the phrase, run.words[at + n - 1] the first.
  for (size_t k = 0; k < n; ++k) {
    const Word& w = run.words[at + n - 1 - k];
    if (w.folded() != phrase[k]) return 0;
    if (k + 1 < n) {
      // gap after w = text between w.end and the next word's begin
      const Word& next = run.words[at + n - 2 - k];
      if (!is_space_only(run.text.substr(w.end, next.begin - w.end))) return 0;
    }
  }
  return n;
}

}  // namespace vanban::cite
