#include "check/text_repeats.h"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <iterator>

#include "check/rule.h"
#include "check/syllables.h"

namespace vanban {
namespace {

constexpr size_t kMaxPhraseWords = 12;

// The last syllables read, enough to look a phrase back and forth from any position, and the
// text they are read from.
class Window {
 public:
  static constexpr size_t kSize = 64;  // > 2 * kMaxPhraseWords + 1, a power of two
  static constexpr size_t kNone = static_cast<size_t>(-1);
  explicit Window(std::string_view text) : text_(text) {
    std::fill(std::begin(last_in_bucket_), std::end(last_in_bucket_), kNone);
  }
  std::string_view text() const { return text_; }
  const Syllable& operator[](size_t k) const { return ring_[k & (kSize - 1)]; }
  // The syllable before k whose hash falls in the same bucket as k's (kNone if none): each
  // earlier copy of syllable k is on this chain, so a repeat's first copy is found by
  // following it a few steps back instead of comparing k with each of the 12 before it.
  size_t same_bucket_before(size_t k) const { return previous_[k & (kSize - 1)]; }
  // Where the next syllables are read into (`room` of them at most), then push(n) them. Half
  // the ring at a time: the syllables the finder still looks at stay.
  Syllable* next_slots(size_t& room) {
    const size_t slot = count_ & (kSize - 1);
    room = std::min(kSize / 2, kSize - slot);
    return &ring_[slot];
  }
  void push(size_t n) {  // n <= the room next_slots gave: the slots from `first` on
    const size_t first = count_ & (kSize - 1);
    uint64_t may_echo = may_echo_ & ~(((uint64_t{1} << n) - 1) << first);
    for (size_t slot = first; slot < first + n; ++slot, ++count_) {
      size_t& last = last_in_bucket_[ring_[slot].hash >> 56];
      previous_[slot] = last;
      // Without a branch: whether a syllable may echo is data, right about as often as not.
      const bool near = count_ - last <= kMaxPhraseWords, after_space = ring_[slot].gap == Gap::Space;
      may_echo |= static_cast<uint64_t>(near & after_space) << slot;
      last = count_;
    }
    may_echo_ = may_echo;
  }
  size_t size() const { return count_; }
  // Calls f(k), in order, for the syllables k of [from, to) (at most kSize, still in the ring)
  // that follow one space and have an earlier syllable of their bucket at most 12 before (or
  // k < 12): a repeat can have its second copy only there, and most syllables are not.
  template <class F>
  void for_each_may_echo(size_t from, size_t to, F&& f) const {
    if (from >= to) return;
    uint64_t bits = std::rotr(may_echo_, static_cast<int>(from & (kSize - 1)));
    if (to - from < kSize) bits &= (uint64_t{1} << (to - from)) - 1;
    for (; bits; bits &= bits - 1) f(from + std::countr_zero(bits));
  }

 private:
  std::string_view text_;
  Syllable ring_[kSize];
  size_t previous_[kSize];
  uint64_t may_echo_ = 0;  // by slot: see for_each_may_echo
  size_t last_in_bucket_[256];  // by the hash's top byte
  size_t count_ = 0;
};

bool same_word(const Window& t, size_t a, size_t b) { return same_syllable(t.text(), t[a], t[b]); }

// The separators before syllables a and b (of a phrase and its copy) match, and none is a
// clause break: "rừng, trồng rừng, trồng cây" is a list, not a phrase written twice.
bool same_inner_separator(const Window& t, size_t a, size_t b) {
  const Syllable &x = t[a], &y = t[b];
  if (x.gap != y.gap || y.gap == Gap::Break) return false;
  return y.gap == Gap::Space || (same_separator(t.text(), x, y) && !clause_before(t.text(), y));
}

// Syllables [i, i+n) repeat [i-n, i) with the same separators inside.
bool repeats(const Window& t, size_t i, size_t n) {
  for (size_t k = 0; k < n; ++k)  // the hashes first: most candidates fail there, before any byte is compared
    if (t[i - n + k].hash != t[i + k].hash) return false;
  for (size_t k = 0; k < n; ++k) {
    if (!same_word(t, i - n + k, i + k)) return false;
    if (k > 0 && !same_inner_separator(t, i - n + k, i + k)) return false;
  }
  return true;
}

// The most syllables n (2 … 12) such that [i, i+n) repeats [i-n, i), or 0. Only the earlier
// syllables on i's hash-bucket chain can start a first copy.
size_t longest_repeat(const Window& t, size_t i) {
  const size_t most = std::min({kMaxPhraseWords, i, t.size() - i});
  size_t best = 0;
  for (size_t j = t.same_bucket_before(i); j != Window::kNone && i - j <= most; j = t.same_bucket_before(j))
    if (i - j >= 2 && t[j].hash == t[i].hash && repeats(t, i, i - j)) best = i - j;
  return best;
}

// Might a repeat have its second copy at syllable i? Only when the syllable before is the
// same (a doubled syllable), or when an earlier syllable j and the one after it are the same
// as i and the one after i (a phrase of two or more syllables from j): compared by hash, a
// filter only, so that at_echo sees the few places where it may find something rather than
// every syllable that occurred shortly before ("của", "và").
bool echoes(const Window& t, size_t i) {
  const uint64_t hash = t[i].hash;
  for (size_t j = t.same_bucket_before(i); j != Window::kNone && i - j <= kMaxPhraseWords; j = t.same_bucket_before(j)) {
    if (t[j].hash != hash) continue;
    if (j + 1 == i) return true;
    if (i + 1 < t.size() && t[j + 1].hash == t[i + 1].hash) return true;
  }
  return false;
}

// A phrase worth reporting has a word in it and is not one syllable over and over.
bool reportable_phrase(const Window& t, size_t i, size_t n) {
  bool letters = false, varied = false;
  for (size_t k = i; k < i + n; ++k) {
    letters = letters || t[k].letters;
    varied = varied || !same_word(t, k, i);
  }
  return letters && varied;
}

Span span_of(const Window& t, size_t from, size_t n) { return {t[from].begin, t[from + n - 1].end}; }

// Looks for the repeats whose second copy starts at syllable i (all of [i - 12, i + 12) read).
class RepeatFinder {
 public:
  explicit RepeatFinder(std::vector<Repeat>& out) : out_(out) {}

  // i is one of Window::for_each_may_echo.
  void at(const Window& t, size_t i) {
    if (i >= skip_until_ && echoes(t, i)) at_echo(t, i);
  }

 private:
  // Out of line: few syllables get here, and the reader's loop keeps its registers.
  [[gnu::noinline]] void at_echo(const Window& t, size_t i) {
    const size_t best = longest_repeat(t, i);
    if (best >= 2 && reportable_phrase(t, i, best)) {
      out_.push_back({span_of(t, i - best, best), span_of(t, i, best), best, {}, {}});
      skip_until_ = i + best;
      return;
    }
    if (!t[i].letters || !t[i - 1].letters || !same_word(t, i - 1, i)) return;
    // "được được được": one slip, reported once, at its first doubling.
    const bool run = last_pair_ != kNone && last_pair_ + 1 == i;
    last_pair_ = i;
    if (run) return;
    Repeat r{span_of(t, i - 1, 1), span_of(t, i, 1), 1, {}, {}};
    if (i >= 2 && t[i - 1].gap == Gap::Space) r.before = span_of(t, i - 2, 1);
    if (i + 1 < t.size() && t[i + 1].gap == Gap::Space) r.after = span_of(t, i + 1, 1);
    out_.push_back(r);
  }

  std::vector<Repeat>& out_;
  size_t skip_until_ = 0;  // syllables before this belong to a reported phrase
  static constexpr size_t kNone = static_cast<size_t>(-1);
  size_t last_pair_ = kNone;  // second syllable of the last doubling seen
};

}  // namespace

std::vector<Repeat> find_repeats(std::string_view text) {
  std::vector<Repeat> out;
  SyllableReader tokens(text);
  Window window(text);
  RepeatFinder finder(out);
  size_t i = 1;
  for (size_t room = 0, read = 0; read == room;) {
    Syllable* const slots = window.next_slots(room);
    read = tokens.read(slots, room);
    window.push(read);
    const size_t ready = window.size() > kMaxPhraseWords ? window.size() - kMaxPhraseWords : 0;  // [i - 12, i + 12) read
    window.for_each_may_echo(i, ready, [&](size_t k) { finder.at(window, k); });
    i = std::max(i, ready);
  }
  window.for_each_may_echo(i, window.size(), [&](size_t k) { finder.at(window, k); });
  return out;
}

const std::vector<Repeat>& repeats_in(std::string_view text) {
  struct Cache {
    uint64_t pass = 0;
    const char* data = nullptr;
    size_t size = 0;
    std::vector<Repeat> repeats;
  };
  thread_local Cache cache;
  const uint64_t pass = RulePass::current();
  if (pass == 0 || cache.pass != pass || cache.data != text.data() || cache.size != text.size()) {
    cache.repeats = find_repeats(text);
    cache.pass = pass;
    cache.data = text.data();
    cache.size = text.size();
  }
  return cache.repeats;
}

}  // namespace vanban
