#include "cite/words.h"

#include <algorithm>

#include "text/vn_word.h"
#include "text/utf8.h"

namespace vanban::cite {
namespace {

bool digit(char c) { return c >= '0' && c <= '9'; }

Word make_word(std::string_view t, size_t b, size_t e, size_t gap_begin) {
  Word w;
  w.begin = b;
  w.end = e;
  w.text = t.substr(b, e - b);
  w.gap_begin = gap_begin;
  w.digits = digit(t[b]);
  if (w.digits) return w;
  size_t i = b;
  char32_t first = utf8::next(t, i);
  w.upper_first = is_upper(first);
  w.all_upper = w.upper_first;
  while (w.all_upper && i < e) {
    char32_t c = utf8::next(t, i);
    if (vn::is_letter(c) && !is_upper(c)) w.all_upper = false;
  }
  return w;
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

}  // namespace

const std::string& Word::folded() const {
  if (!folded_done_) {
    folded_ = digits ? std::string(text) : fold(text);
    folded_done_ = true;
  }
  return folded_;
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

WordRun words_after(std::string_view t, size_t pos, size_t max_words) {
  WordRun run{t, {}};
  run.words.reserve(std::min<size_t>(max_words, 16));
  size_t i = pos;
  size_t gap_begin = pos;
  while (i < t.size() && run.words.size() < max_words) {
    const unsigned char b = static_cast<unsigned char>(t[i]);
    if (b == '\n') break;
    if (b < 0x80 && !(((b | 32) >= 'a' && (b | 32) <= 'z') || (b >= '0' && b <= '9'))) {  // ASCII gap
      ++i;
      continue;
    }
    size_t j = i;
    char32_t c = utf8::next(t, j);
    if (vn::is_alnum(c)) {
      size_t e = token_end(t, i);
      run.words.push_back(make_word(t, i, e, gap_begin));
      i = gap_begin = e;
    } else {
      i = j;
    }
  }
  return run;
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

WordRun words_before(std::string_view t, size_t pos, size_t max_words) {
  WordRun run{t, {}};
  run.words.reserve(std::min<size_t>(max_words, 16));
  size_t i = pos;
  size_t gap_end = pos;  // the gap after the word being read
  while (i > 0 && run.words.size() < max_words) {
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
    Word w = make_word(t, s, e, gap_end);
    w.gap_begin = gap_end;  // for words_before: the gap after the word is [end, gap_begin)
    run.words.push_back(std::move(w));
    gap_end = s;
    i = s;
  }
  return run;
}

size_t match(const WordRun& run, size_t from, const Words& phrase, bool loose) {
  if (from + phrase.size() > run.words.size()) return 0;
  for (size_t k = 0; k < phrase.size(); ++k) {
    if (run.words[from + k].folded() != phrase[k]) return 0;
    if (k > 0 && !(loose ? run.gap_is_loose(from + k) : run.gap_is_space(from + k))) return 0;
  }
  return phrase.size();
}

int match_longest(const WordRun& run, size_t from, const PhraseTable& table, size_t& length, bool loose) {
  length = 0;
  if (from >= run.words.size()) return -1;
  for (uint32_t i : table.starting_with(run.words[from].folded())) {
    if (size_t n = match(run, from, table[i].words, loose)) {
      length = n;
      return static_cast<int>(i);
    }
  }
  return -1;
}

size_t match_backwards(const WordRun& run, size_t at, const Words& phrase) {
  const size_t n = phrase.size();
  if (at + n > run.words.size()) return 0;
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
