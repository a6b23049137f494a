#include "cite/resolve.h"

#include <algorithm>
#include <array>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "cite/code.h"
#include "cite/lexicon.h"
#include "cite/tail.h"
#include "cite/words.h"
#include "text/vn_word.h"

namespace vanban::cite {
namespace {

constexpr size_t kTitleWindow = 1500;
constexpr size_t kPlainTitle = 200;

size_t skip_spaces(std::string_view t, size_t i) {
  while (i < t.size() && t[i] == ' ') ++i;
  return i;
}

bool bare(const Citation& c) { return !c.date && c.issuer.empty() && c.title.empty() && c.name.empty(); }

std::string_view issuer_base(const Citation& c) {
  return term_base(std::string_view(c.issuer_code).substr(0, c.issuer_code.find('-')));
}

// Does the issuer phrase fit the code (one of its issuer codes, and the type)? Unknown: yes.
bool issuer_fits(const IssuerPhrase& p, const Citation& c) {
  if (p.parts.empty() || p.parts[0].body < 0 || c.issuer_code.empty()) return true;
  const Lexicon& lx = lexicon();
  const Body& b = lx.bodies[p.parts[0].body];
  if (!body_may_issue(p.parts[0].body, c.type)) return false;
  bool known = false;
  for (size_t from = 0; from <= c.issuer_code.size();) {
    size_t to = c.issuer_code.find('-', from);
    if (to == std::string::npos) to = c.issuer_code.size();
    const std::string_view base = term_base(std::string_view(c.issuer_code).substr(from, to - from));
    if (lx.body_signs(b, base)) return true;
    known = known || lx.issuer_code(base) || base == "QH" || base == "UBTVQH";
    from = to + 1;
  }
  return !known;
}

// A title may open right after the number: a capitalised word, or "quy định", "hướng dẫn", …
bool title_opens(std::string_view t, size_t p) {
  WordRun run = words_after(t, p, 3);
  if (!run.words.has(0) || run.words[0].begin != p) return false;
  size_t len;
  return run.words[0].upper_first || match_longest(run, 0, lexicon().title_openers, len) >= 0;
}

// "Luật số 57/2020/QH14 Luật Thanh niên …": the name right after the number is the same law.
void merge_named_titles(std::string_view t, std::vector<Citation>& cs) {
  for (size_t i = 0; i + 1 < cs.size(); ++i) {
    Citation& c = cs[i];
    Citation& n = cs[i + 1];
    if (c.format == "named" || n.format != "named" || !bare(c) || c.type != n.type) continue;
    if (skip_spaces(t, c.code_span.end) != n.span.begin) continue;
    c.name = n.name;
    c.date = n.date;
    c.date_span = n.date_span;
    c.issuer = n.issuer;
    c.issuer_span = n.issuer_span;
    c.issuer_body = n.issuer_body;
    c.term = n.term;
    c.term_span = n.term_span;
    c.title = n.title;
    c.span.end = n.span.end;
    cs.erase(cs.begin() + static_cast<long>(i) + 1);
  }
}

// The only bytes clause_end looks at; the others are passed over with one lookup.
constexpr std::array<bool, 256> kClauseBytes = [] {
  std::array<bool, 256> a{};
  for (char c : {'\n', '(', ')', '.', 'c'}) a[static_cast<unsigned char>(c)] = true;
  return a;
}();

// One of the bytes clause_end looks at, at i: does the clause end there? (`depth` counts the
// parentheses opened since the clause began.)
bool clause_ends_at(std::string_view t, size_t i, int& depth) {
  const char c = t[i];
  if (c == '\n') return true;
  if (c == '(') ++depth;
  if (c == ')' && depth-- == 0) return true;
  if (c == '.' && i + 2 < t.size() && t[i + 1] == ' ' && is_upper(static_cast<unsigned char>(t[i + 2]))) return true;
  return c == 'c' && t.substr(i, 13) == "có hiệu lực";
}

}  // namespace

size_t clause_end(std::string_view t, size_t from) {
  const size_t limit = std::min(t.size(), from + kTitleWindow);
  int depth = 0;
  size_t i = from;
#if defined(__SSE2__)
  // Sixteen bytes at a time: the five bytes that matter are found together, then looked at in
  // order. Every byte loaded is below `limit`.
  const __m128i newline = _mm_set1_epi8('\n'), open = _mm_set1_epi8('('), close = _mm_set1_epi8(')');
  const __m128i dot = _mm_set1_epi8('.'), c = _mm_set1_epi8('c');
  for (; i + 16 <= limit; i += 16) {
    const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(t.data() + i));
    __m128i hit = _mm_or_si128(_mm_cmpeq_epi8(b, newline), _mm_cmpeq_epi8(b, open));
    hit = _mm_or_si128(hit, _mm_or_si128(_mm_cmpeq_epi8(b, close), _mm_cmpeq_epi8(b, dot)));
    hit = _mm_or_si128(hit, _mm_cmpeq_epi8(b, c));
    for (unsigned m = static_cast<unsigned>(_mm_movemask_epi8(hit)); m; m &= m - 1) {
      const size_t k = i + static_cast<size_t>(__builtin_ctz(m));
      if (clause_ends_at(t, k, depth)) return k;
    }
  }
#endif
  for (; i < limit; ++i)
    if (kClauseBytes[static_cast<unsigned char>(t[i])] && clause_ends_at(t, i, depth)) return i;
  return limit;
}

namespace {

// Index of a later citation whose span holds pos, or -1.
int owner_of(const std::vector<Citation>& cs, size_t self, size_t pos) {
  for (size_t j = self + 1; j < cs.size() && cs[j].span.begin <= pos; ++j)
    if (pos < cs[j].span.end) return static_cast<int>(j);
  return -1;
}

struct Candidate {
  DateMention date;
  IssuerPhrase issuer;
  size_t ngay = 0;
};

// The byte test for "ngày" at i: "n" or "N", "g" or "G", then "ày" or "ÀY".
bool ngay_at(std::string_view t, size_t i) {
  if (t[i] != 'n' && t[i] != 'N') return false;
  const char g = t[i + 1];
  if ((g != 'g' && g != 'G') || t[i + 2] != '\xC3') return false;
  const unsigned char a = static_cast<unsigned char>(t[i + 3]);
  return (a == 0xA0 && t[i + 4] == 'y') || (a == 0x80 && t[i + 4] == 'Y');
}

}  // namespace

std::vector<size_t> find_ngay(std::string_view t, size_t from, size_t to) {
  std::vector<size_t> out;
  size_t i = from;
#if defined(__SSE2__)
  // Sixteen starts at a time: only where "n"/"N" stands before "g"/"G" (a few in a hundred
  // bytes) is the whole word tested. Every byte loaded is below `to`.
  const __m128i n = _mm_set1_epi8('n'), upper_n = _mm_set1_epi8('N');
  const __m128i g = _mm_set1_epi8('g'), upper_g = _mm_set1_epi8('G');
  for (; i + 16 + 5 <= to; i += 16) {
    const __m128i at = _mm_loadu_si128(reinterpret_cast<const __m128i*>(t.data() + i));
    const __m128i next = _mm_loadu_si128(reinterpret_cast<const __m128i*>(t.data() + i + 1));
    const __m128i ns = _mm_or_si128(_mm_cmpeq_epi8(at, n), _mm_cmpeq_epi8(at, upper_n));
    const __m128i gs = _mm_or_si128(_mm_cmpeq_epi8(next, g), _mm_cmpeq_epi8(next, upper_g));
    for (unsigned m = static_cast<unsigned>(_mm_movemask_epi8(_mm_and_si128(ns, gs))); m; m &= m - 1) {
      const size_t k = i + static_cast<size_t>(__builtin_ctz(m));
      if (ngay_at(t, k)) out.push_back(k);
    }
  }
#endif
  for (; i + 5 <= to; ++i)
    if (ngay_at(t, i)) out.push_back(i);
  return out;
}

namespace {

std::vector<Candidate> dated_issuers(std::string_view t, size_t from, size_t to, size_t expected) {
  std::vector<Candidate> out;
  for (size_t at : find_ngay(t, from, to)) {
    std::optional<DateMention> d = date_at(t, at);
    if (!d || d->effective || d->span.end > to) continue;
    size_t p = skip_spaces(t, d->span.end);
    if (!word_is_cnv(t, p, "của")) continue;
    IssuerPhrase issuer = read_issuer(t.substr(0, to), skip_spaces(t, vn::word_end(t, p)), expected);
    if (issuer.span.empty()) continue;
    out.push_back(Candidate{*d, issuer, at});
  }
  return out;
}

bool year_fits(const DateMention& d, const Citation& c) { return !c.year || *c.year == d.date.year; }

// A known body that signs with one of the code's issuer codes.
bool issuer_signs(const IssuerPhrase& p, const Citation& c) {
  return !p.parts.empty() && p.parts[0].body >= 0 && !c.issuer_code.empty() && issuer_fits(p, c);
}

// Where a title may start after the number: past a ".", a "," or a note mark "(1)".
size_t title_start(std::string_view t, size_t code_end) {
  size_t p = code_end;
  if (p < t.size() && (t[p] == '.' || t[p] == ',')) ++p;
  p = skip_spaces(t, p);
  if (p < t.size() && t[p] == '(') {
    size_t q = p + 1;
    while (q < t.size() && q - p < 4 && t[q] >= '0' && t[q] <= '9') ++q;
    if (q > p + 1 && q < t.size() && t[q] == ')') p = skip_spaces(t, q + 1);
  }
  return p == code_end ? std::string::npos : p;
}

void take_date_and_issuer(std::string_view t, Citation& c, const Candidate& pick, size_t title_from) {
  c.date = pick.date.date;
  c.date_span = pick.date.span;
  c.issuer_span = pick.issuer.span;
  c.issuer = collapse_spaces(t.substr(pick.issuer.span.begin, pick.issuer.span.size()));
  c.issuer_body.clear();
  if (pick.issuer.parts.size() == 1 && pick.issuer.parts[0].body >= 0)
    c.issuer_body = lexicon().bodies[pick.issuer.parts[0].body].id;
  size_t te = pick.ngay;
  while (te > title_from && t[te - 1] == ' ') --te;
  c.title = std::string(t.substr(title_from, te - title_from));
  c.span.end = pick.issuer.span.end;
  if (auto term = term_at(t, skip_spaces(t, c.span.end))) {
    c.term = term->second;
    c.term_span = Span{skip_spaces(t, c.span.end), term->first};
    c.span.end = term->first;
  }
}

// A nested citation gives up a date and issuer that cannot be its own, or that a law cited by
// name took while standing inside the title.
void release(std::string_view t, Citation& c, size_t ngay) {
  c.date.reset();
  c.date_span = Span{};
  c.issuer.clear();
  c.issuer_span = Span{};
  c.issuer_body.clear();
  c.term.clear();
  c.term_span = Span{};
  size_t e = ngay;
  while (e > c.span.begin && t[e - 1] == ' ') --e;
  c.span.end = std::max(e, c.code_span.end);
}

void title_before_date(std::string_view t, std::vector<Citation>& cs) {
  for (size_t i = 0; i < cs.size(); ++i) {
    Citation& c = cs[i];
    if (c.format == "named" || c.date || !c.issuer.empty()) continue;
    const size_t p = title_start(t, c.span.end);
    if (p >= t.size()) continue;
    const bool opener = title_opens(t, p);
    // After an ordinary word only a fitting issuer close by is taken ("Luật số 59/2020/QH14
    // doanh nghiệp ngày … của Quốc hội"): a short look suffices.
    const size_t reach = opener ? clause_end(t, p) : std::min(clause_end(t, p), p + kPlainTitle);
    const size_t expected = std::max<size_t>(1, std::count(c.issuer_code.begin(), c.issuer_code.end(), '-') + 1);
    std::vector<Candidate> found = dated_issuers(t, p, reach, expected);
    // The last "ngày … của …" of the clause that is not a nested citation's own; one that fits
    // the code is preferred, so that a misattributed issuer is still taken (and then flagged).
    // After a title that opens with an ordinary word, only a fitting known issuer is taken.
    const Candidate* pick = nullptr;
    int pick_owner = -1;
    for (auto it = found.rbegin(); it != found.rend(); ++it) {
      const bool fits = issuer_fits(it->issuer, c) && year_fits(it->date, c);
      const int owner = owner_of(cs, i, it->ngay);
      if (owner >= 0) {
        const Citation& o = cs[owner];
        const bool misattached = o.format == "named" || !year_fits(it->date, o) || !issuer_fits(it->issuer, o);
        if (!fits || !misattached || !o.date_span.begin || o.date_span.begin != it->date.span.begin) continue;
      }
      if (!opener && !(fits && issuer_signs(it->issuer, c))) continue;
      if (!pick || fits) {
        pick = &*it;
        pick_owner = owner;
      }
      if (fits) break;
    }
    if (!pick) continue;
    if (pick_owner >= 0) release(t, cs[pick_owner], pick->ngay);
    take_date_and_issuer(t, c, *pick, p);
  }
}

void distribute_lists(std::string_view t, std::vector<Citation>& cs) {
  for (size_t k = cs.size(); k-- > 1;) {
    Citation& a = cs[k - 1];
    const Citation& b = cs[k];
    if (a.format == "named" || b.format == "named" || !bare(a) || a.span.end > b.span.begin) continue;
    if (a.format != b.format || issuer_base(a) != issuer_base(b) || issuer_base(a).empty()) continue;
    if (!list_connector(t.substr(a.span.end, b.span.begin - a.span.end))) continue;
    if (b.date) a.date = b.date;
    a.issuer = b.issuer;
    a.issuer_body = b.issuer_body;
    if (a.term.empty()) a.term = b.term;
  }
}

}  // namespace

bool body_may_issue(int body, const std::string& type) {
  if (body < 0) return true;
  const Lexicon& lx = lexicon();
  const Body& b = lx.bodies[body];
  for (const Competence& rule : lx.competence) {
    if (rule.type != type) continue;
    for (const std::string& id : rule.bodies) {
      if (id == b.id) return true;
      if (const Body* allowed = lx.body(id))
        for (const std::string& covered : allowed->covers)
          if (covered == b.id) return true;
      for (const std::string& covered : b.covers)
        if (covered == id) return true;
    }
    for (const std::string& kind : rule.kinds)
      if (kind == b.kind) return true;
    return false;
  }
  return true;
}

bool issuer_may_issue(const IssuerPhrase& phrase, const std::string& type) {
  for (const IssuerPart& part : phrase.parts)
    if (!body_may_issue(part.body, type)) return false;
  return true;
}

bool list_connector(std::string_view gap) {
  // The byte test first: most gaps between two mentions hold a digit or punctuation. The
  // words it accepts ("và", "ngày", "của", "và các") hold five code points at most, and fold
  // maps code points one to one: past five ASCII letters the answer is no, and a long gap of
  // words is not read to its end.
  int ascii_letters = 0;
  for (char c : gap) {
    if (c == ' ' || c == ',' || (c & 0x80)) continue;
    if (!((c | 32) >= 'a' && (c | 32) <= 'z') || ++ascii_letters > 5) return false;
  }
  WordRun run = words_after(gap, 0, 4);
  if (!run.words.has(0)) return true;
  const std::string& first = run.words[0].folded();
  if (!run.words.has(1)) return first == "và" || first == "ngày" || first == "của";
  return !run.words.has(2) && first == "và" && run.words[1].folded() == "các";
}

std::string named_key(const std::string& type, const std::string& name) {
  std::string folded;
  WordRun run = words_after(name, 0, 64);
  for (size_t k = 0; run.words.has(k); ++k) {
    folded += ' ';
    folded += run.words[k].folded();
  }
  if (type == "Hiến pháp") return folded.empty() ? type : folded.substr(1);
  return type + folded;
}

const std::string& NamedKeys::get(const std::string& type, const std::string& name) {
  std::string id;
  id.reserve(type.size() + 1 + name.size());
  id += type;
  id += '\0';  // no type name holds one, so the pair reads back unambiguously
  id += name;
  auto [it, fresh] = keys_.try_emplace(std::move(id));
  if (fresh) it->second = named_key(type, name);
  return it->second;
}

void resolve_citations(std::string_view text, std::vector<Citation>& citations) {
  merge_named_titles(text, citations);
  title_before_date(text, citations);
  distribute_lists(text, citations);
}

}  // namespace vanban::cite
