#include "cite/resolve.h"

#include <algorithm>

#include "cite/code.h"
#include "cite/lexicon.h"
#include "cite/tail.h"
#include "cite/words.h"
#include "date/vn_lower.h"

namespace vanban::cite {
namespace {

constexpr size_t kTitleWindow = 1500;

size_t skip_spaces(std::string_view t, size_t i) {
  while (i < t.size() && t[i] == ' ') ++i;
  return i;
}

bool bare(const Citation& c) { return !c.date && c.issuer.empty() && c.title.empty() && c.name.empty(); }

std::string issuer_base(const Citation& c) {
  const std::string first = c.issuer_code.substr(0, c.issuer_code.find('-'));
  return split_term(first).first;
}

// Does the issuer phrase fit the code's issuer (unknown on either side: yes)?
bool issuer_fits(const IssuerPhrase& p, const Citation& c) {
  if (p.parts.size() != 1 || p.parts[0].body < 0 || c.issuer_code.empty()) return true;
  const Body& b = lexicon().bodies[p.parts[0].body];
  const std::string base = issuer_base(c);
  if (!lexicon().issuer_code(base) && base != "QH" && base != "UBTVQH") return true;
  return lexicon().body_signs(b, base) && body_may_issue(p.parts[0].body, c.type);
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

// Where the clause that may hold the title ends: a line break, "có hiệu lực", a ")" closing a
// parenthesis opened before, or the end of a sentence.
size_t clause_end(std::string_view t, size_t from) {
  const size_t limit = std::min(t.size(), from + kTitleWindow);
  int depth = 0;
  for (size_t i = from; i < limit; ++i) {
    const char c = t[i];
    if (c == '\n') return i;
    if (c == '(') ++depth;
    if (c == ')' && depth-- == 0) return i;
    if (c == '.' && i + 2 < t.size() && t[i + 1] == ' ' && vn::is_upper(static_cast<unsigned char>(t[i + 2]))) return i;
    if (c == 'c' && t.substr(i, 13) == "có hiệu lực") return i;
  }
  return limit;
}

bool owned_by_other(const std::vector<Citation>& cs, size_t self, size_t pos) {
  for (size_t j = self + 1; j < cs.size() && cs[j].span.begin <= pos; ++j)
    if (pos < cs[j].span.end) return true;
  return false;
}

struct Candidate {
  DateMention date;
  IssuerPhrase issuer;
  size_t ngay = 0;
};

std::vector<Candidate> dated_issuers(std::string_view t, size_t from, size_t to) {
  std::vector<Candidate> out;
  WordRun run = words_after(t.substr(0, to), from, 400);
  for (const Word& w : run.words) {
    if (w.folded != "ngày") continue;
    std::optional<DateMention> d = date_at(t, w.begin);
    if (!d || d->effective || d->span.end > to) continue;
    size_t p = skip_spaces(t, d->span.end);
    if (!vn::word_is(t, p, "của")) continue;
    IssuerPhrase issuer = read_issuer(t.substr(0, to), skip_spaces(t, vn::word_end(t, p)));
    if (issuer.span.empty()) continue;
    out.push_back(Candidate{*d, issuer, w.begin});
  }
  return out;
}

void title_before_date(std::string_view t, std::vector<Citation>& cs) {
  for (size_t i = 0; i < cs.size(); ++i) {
    Citation& c = cs[i];
    if (c.format == "named" || !bare(c)) continue;
    const size_t p = skip_spaces(t, c.code_span.end);
    if (p >= t.size() || p == c.code_span.end) continue;
    size_t j = p;
    if (!vn::is_upper(utf8::next(t, j))) continue;
    const size_t end = clause_end(t, p);
    std::vector<Candidate> found = dated_issuers(t, p, end);
    for (auto it = found.rbegin(); it != found.rend(); ++it) {
      if (owned_by_other(cs, i, it->ngay) || !issuer_fits(it->issuer, c)) continue;
      c.date = it->date.date;
      c.date_span = it->date.span;
      c.issuer_span = it->issuer.span;
      c.issuer = collapse_spaces(t.substr(it->issuer.span.begin, it->issuer.span.size()));
      c.issuer_body.clear();
      if (it->issuer.parts.size() == 1 && it->issuer.parts[0].body >= 0)
        c.issuer_body = lexicon().bodies[it->issuer.parts[0].body].id;
      size_t te = it->ngay;
      while (te > p && t[te - 1] == ' ') --te;
      c.title = std::string(t.substr(p, te - p));
      c.span.end = it->issuer.span.end;
      if (auto term = term_at(t, skip_spaces(t, c.span.end))) {
        c.term = term->second;
        c.term_span = Span{skip_spaces(t, c.span.end), term->first};
        c.span.end = term->first;
      }
      break;
    }
  }
}

// Only "," / "và" / a dangling "ngày" or "của" between two mentions of a list.
bool connector(std::string_view gap) {
  WordRun run = words_after(gap, 0, 4);
  std::string words;
  for (const Word& w : run.words) words += (words.empty() ? "" : " ") + w.folded;
  for (char c : gap)
    if (c != ' ' && c != ',' && !(c & 0x80) && !((c | 32) >= 'a' && (c | 32) <= 'z')) return false;
  return words.empty() || words == "và" || words == "ngày" || words == "của" || words == "và các";
}

void distribute_lists(std::string_view t, std::vector<Citation>& cs) {
  for (size_t k = cs.size(); k-- > 1;) {
    Citation& a = cs[k - 1];
    const Citation& b = cs[k];
    if (a.format == "named" || b.format == "named" || !bare(a) || a.span.end > b.span.begin) continue;
    if (a.format != b.format || issuer_base(a) != issuer_base(b) || issuer_base(a).empty()) continue;
    if (!connector(t.substr(a.span.end, b.span.begin - a.span.end))) continue;
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

std::string named_key(const std::string& type, const std::string& name) {
  std::string folded;
  WordRun run = words_after(name, 0, 64);
  for (const Word& w : run.words) folded += " " + w.folded;
  if (type == "Hiến pháp") return folded.empty() ? type : folded.substr(1);
  return type + folded;
}

void resolve_citations(std::string_view text, std::vector<Citation>& citations) {
  merge_named_titles(text, citations);
  title_before_date(text, citations);
  distribute_lists(text, citations);
}

}  // namespace vanban::cite
