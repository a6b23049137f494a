#include "cite/issuer.h"

#include "cite/lexicon.h"
#include "cite/words.h"

namespace vanban::cite {
namespace {

constexpr size_t kMaxWords = 64;
constexpr size_t kFirstWords = 24;
constexpr size_t kLookahead = 12;  // words one part may look ahead (its name, place, "và")
constexpr size_t kMaxGenericWords = 8;
constexpr size_t kMaxPlaceWords = 4;
constexpr size_t kMaxLowerRun = 2;

bool is_stop(const WordRun& run, size_t i) {
  size_t len;
  return match_longest(run, i, lexicon().stop_words, len) >= 0;
}

bool is_type_word(const WordRun& run, size_t i) {
  size_t len;
  return match_longest(run, i, lexicon().type_phrases, len) >= 0;
}

// A capitalised word that may be part of a name (not a stop word, not a type word).
bool name_word(const WordRun& run, size_t i) {
  const Word& w = run.words[i];
  // A single letter is no name ("UBND tỉnh Quảng Ninh V/v …": the V of "V/v").
  return !w.digits && w.upper_first && w.end - w.begin > 1 && !is_stop(run, i) && !is_type_word(run, i);
}

// Matches a known body at i (after an optional title); returns words consumed.
size_t known_body(const WordRun& run, size_t i, IssuerPart& part) {
  const Lexicon& lx = lexicon();
  size_t len = 0;
  int p = match_longest(run, i, lx.body_phrases, len, true);
  // A Party agency of a committee ("Ban Dân vận Huyện ủy") signs with a composed code.
  size_t alen = 0, clen = 0;
  int a = match_longest(run, i, lx.agencies, alen, true);
  if (a >= 0) {
    int c = match_longest(run, i + alen, lx.committees, clen, true);
    if (c >= 0 && alen + clen > len) {
      part.body = -1;
      part.code = lx.agency_codes[lx.agencies[a].target] + lx.committee_codes[lx.committees[c].target];
      return alen + clen;
    }
  }
  if (p >= 0) {
    part.body = lx.body_phrases[p].target;
    return len;
  }
  return 0;
}

// known_body's answers for one run, by word: parse_issuer asks at the same word from one_part
// and known_part_at, and again after a "và". Callers pass a fresh part, and known_body fills
// it only when a body is found, so the answer is the count and the part.
class KnownBodies {
 public:
  explicit KnownBodies(const WordRun& run) : run_(run) {}
  const WordRun& run() const { return run_; }
  size_t at(size_t i, IssuerPart& part) {
    if (i >= answers_.size()) answers_.resize(i + 1);
    Answer& a = answers_[i];
    if (!a.known) {
      a.known = true;
      a.words = known_body(run_, i, a.part);
    }
    if (a.words) part = a.part;
    return a.words;
  }

 private:
  struct Answer {
    bool known = false;
    size_t words = 0;
    IssuerPart part;
  };
  const WordRun& run_;
  std::vector<Answer> answers_;
};

// "Hội nghị lần thứ 4", "Bộ trưởng": words of a title before the body, or 0.
size_t title_prefix(const WordRun& run, size_t i) {
  size_t len = 0;
  if (match_longest(run, i, lexicon().title_prefixes, len) < 0) return 0;
  // "Hội nghị lần thứ 4 / tư": the ordinal belongs to the title.
  if (run.words[i + len - 1].folded() == "thứ" && run.words.has(i + len) && run.gap_is_space(i + len)) ++len;
  return len;
}

// Place after a local body: "tỉnh Lâm Đồng", "huyện", "Kon Tum".
size_t place(const WordRun& run, size_t i) {
  size_t n = 0;
  size_t len = 0;
  if (run.words.has(i) && run.gap_is_space(i) && match_longest(run, i, lexicon().place_words, len) >= 0) n = len;
  size_t names = 0;
  while (run.words.has(i + n) && names < kMaxPlaceWords && run.gap_is_space(i + n) && name_word(run, i + n)) {
    ++n;
    ++names;
  }
  return n;
}

// A body the lexicon does not know: capitalised words and lower-case name words.
size_t generic_body(const WordRun& run, size_t i) {
  if (!run.words.has(i) || !name_word(run, i)) return 0;
  const Lexicon& lx = lexicon();
  size_t n = 1, lower_run = 0;
  while (run.words.has(i + n) && n < kMaxGenericWords) {
    const size_t k = i + n;
    const bool dash = run.gap(k).find('-') != std::string_view::npos && run.gap_is_loose(k) &&
                      run.gap(k).find(',') == std::string_view::npos;
    if (!run.gap_is_space(k) && !dash) break;
    if (name_word(run, k)) {
      ++n;
      lower_run = 0;
      continue;
    }
    size_t len = 0;
    if (!is_stop(run, k) && match_longest(run, k, lx.name_words, len) >= 0 && run.words[k].folded() != "và") {
      n += len;
      continue;
    }
    // The other syllables of a capitalised word ("Tổng cục Địa chính"), a few at most.
    if (!run.words[k].digits && !run.words[k].upper_first && !is_stop(run, k) && run.words[k].folded() != "và" &&
        lower_run < kMaxLowerRun) {
      ++n;
      ++lower_run;
      continue;
    }
    break;
  }
  return n;
}

// One body with its title and place; returns words consumed (0 when none).
size_t one_part(KnownBodies& bodies, size_t i, IssuerPart& part) {
  const WordRun& run = bodies.run();
  if (size_t n = bodies.at(i, part)) {
    const bool local = part.body < 0 || lexicon().bodies[part.body].local;
    return n + (local ? place(run, i + n) : 0);
  }
  if (size_t t = title_prefix(run, i); t && run.words.has(i + t)) {
    if (size_t n = bodies.at(i + t, part)) {
      const bool local = part.body < 0 || lexicon().bodies[part.body].local;
      return t + n + (local ? place(run, i + t + n) : 0);
    }
  }
  return generic_body(run, i);
}

// Does a known body (perhaps after a title) start at word i?
bool known_part_at(KnownBodies& bodies, size_t i) {
  const WordRun& run = bodies.run();
  IssuerPart part;
  if (bodies.at(i, part)) return true;
  size_t t = title_prefix(run, i);
  return t && run.words.has(i + t) && bodies.at(i + t, part);
}

// Parses the issuer from the words of `run`; `used` is how many words the parse looked at.
IssuerPhrase parse_issuer(const WordRun& run, std::string_view text, size_t pos, size_t expected_parts,
                          size_t& used) {
  IssuerPhrase out;
  used = 0;
  if (!run.words.has(0) || !is_space_only(text.substr(pos, run.words[0].begin - pos))) return out;
  // Bodies joined by "và" belong together; bodies after commas only when a "và" closes the list
  // ("Bộ Y tế, Bộ Công Thương và Bộ Nông nghiệp …"), or when the code names that many issuers;
  // not in "của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Huyện ủy đã ban hành …".
  KnownBodies bodies(run);
  size_t i = 0, committed = 0, committed_parts = 0;
  while (run.words.has(i)) {
    IssuerPart part;
    size_t n = one_part(bodies, i, part);
    if (n == 0) break;
    out.parts.push_back(part);
    i += n;
    const bool by_va = i - n > 0 && run.words[i - n - 1].folded() == "và";
    if (committed == 0 || by_va || out.parts.size() <= expected_parts) {
      committed = i;
      committed_parts = out.parts.size();
    }
    if (run.words.has(i + 1) && run.words[i].folded() == "và" && run.gap_is_space(i) && run.gap_is_space(i + 1)) {
      IssuerPart next;
      if (one_part(bodies, i + 1, next) > 0 && (known_part_at(bodies, i + 1) || run.words[i + 1].upper_first)) {
        ++i;
        continue;
      }
    }
    if (run.words.has(i) && run.gap(i) == ", " &&
        (known_part_at(bodies, i) || (out.parts.size() < expected_parts && run.words[i].upper_first)))
      continue;
    break;
  }
  used = i;
  out.parts.resize(committed_parts);
  if (committed == 0) return out;
  out.span = Span{run.words[0].begin, run.words[committed - 1].end};
  return out;
}

}  // namespace

IssuerPhrase read_issuer(std::string_view text, size_t pos, size_t expected_parts) {
  // Most issuers are a few words; a long list of joint issuers is read again in full.
  size_t used = 0;
  WordRun run = words_after(text, pos, kFirstWords);
  IssuerPhrase out = parse_issuer(run, text, pos, expected_parts, used);
  if (used + kLookahead > kFirstWords && run.words.size() == kFirstWords) {
    run = words_after(text, pos, kMaxWords);
    out = parse_issuer(run, text, pos, expected_parts, used);
  }
  return out;
}

}  // namespace vanban::cite
