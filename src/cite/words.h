// Words of the running text around a citation, folded for matching against the lexicon.
//
//   vanban::cite::WordRun run = vanban::cite::words_after(text, pos, 12);
//   size_t n = vanban::cite::match(run, 0, phrase.words, /*loose=*/true);   // words matched, 0 if none
//   vanban::cite::WordRun back = vanban::cite::words_before(text, pos, 6);  // nearest first
//
// A word is a run of letters or of digits (apostrophes inside a name are kept: "N’Thôl").
// Runs stop at a line break. The gap before each word is kept so that callers can tell
// "Ban Chấp hành, Trung ương" (punctuation between) from "Ban Chấp hành Trung ương".
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "cite/lexicon.h"

namespace vanban::cite {

struct Word {
  size_t begin = 0, end = 0;
  std::string_view text;     // the word as written
  // Folded form (vanban::fold), computed on first use: most words read are never compared.
  // The folds of short words are remembered per thread (cite/words.cpp: FoldCache).
  const std::string& folded() const;
  bool upper_first = false;  // starts with an upper-case letter
  bool all_upper = false;    // every letter upper case ("UBND", "KON")
  bool digits = false;       // a number
  size_t gap_begin = 0;      // where the gap before this word starts (for words_before: after it)

 private:
  mutable std::string folded_;
  mutable bool folded_done_ = false;
};

// The words of a run, read on first use: a caller that decides on the first three words of a
// 28-word window reads three. has(i) and operator[] read up to word i; size(), empty() and
// iteration read the whole window, so every answer is the one an eager read would give.
class LazyWords {
 public:
  LazyWords() = default;
  LazyWords(std::string_view text, size_t pos, size_t max_words, bool backwards);
  // A copied vector would lose the reserved capacity (and with it the stable references).
  LazyWords(const LazyWords&) = delete;
  LazyWords& operator=(const LazyWords&) = delete;
  LazyWords(LazyWords&&) = default;
  LazyWords& operator=(LazyWords&&) = default;
  bool has(size_t i) const { return i < words_.size() || read_to(i); }
  const Word& operator[](size_t i) const {
    has(i);
    return words_[i];
  }
  size_t size() const {
    read_to(max_);
    return words_.size();
  }
  bool empty() const { return !has(0); }
  auto begin() const {
    read_to(max_);
    return words_.cbegin();
  }
  auto end() const { return words_.cend(); }

 private:
  bool read_to(size_t i) const;  // reads words until word i is there or the window ends
  bool read_forward() const;
  bool read_backward() const;

  std::string_view text_;
  size_t max_ = 0;
  bool backwards_ = false;
  mutable bool done_ = true;
  mutable size_t at_ = 0;   // where reading goes on
  mutable size_t gap_ = 0;  // the gap before (forwards) or after (backwards) the next word
  // Reserved for the whole window up front: a reference to a word stays valid while more are
  // read (callers hold one across has() calls).
  mutable std::vector<Word> words_;
};

struct WordRun {
  std::string_view text;
  LazyWords words;
  // The gap before word i (words_after) or after it (words_before).
  bool gap_is_space(size_t i) const;
  bool gap_is_loose(size_t i) const;  // only spaces, commas and dashes
  std::string_view gap(size_t i) const;
};

WordRun words_after(std::string_view text, size_t pos, size_t max_words);
// Words ending at or before pos, nearest first; gap_is_space(i) is about the gap after word i.
WordRun words_before(std::string_view text, size_t pos, size_t max_words);

// Number of words of `phrase` matched from run.words[from] on (all or nothing); gaps between the
// matched words must be spaces (loose: spaces, commas or dashes).
size_t match(const WordRun& run, size_t from, const Words& phrase, bool loose = false);
// Longest phrase of the table matching at `from`; returns its index in the table or -1.
int match_longest(const WordRun& run, size_t from, const PhraseTable& table, size_t& length, bool loose = false);
// For words_before: does the phrase end at word `at` (reading backwards: words at+len-1 … at)?
size_t match_backwards(const WordRun& run, size_t at, const Words& phrase);

bool is_space_only(std::string_view s);

// vn::word_is for a folded word that starts with 'c', 'n' or 'v' ("của", "ngày", "và", "về"):
// no other character lowers to these letters, so a word whose first byte is neither case of
// the letter is not that word, and most calls end here without folding anything. (Not for 'k'
// or 'i': U+212A KELVIN SIGN lowers to 'k', U+0130 to 'i'.)
bool word_is_cnv(std::string_view text, size_t pos, std::string_view folded);

}  // namespace vanban::cite
