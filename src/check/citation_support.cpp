#include "check/citation_support.h"

#include <algorithm>

#include "cite/code.h"
#include "cite/lexicon.h"
#include "core/analysis.h"
#include "text/utf8.h"
#include "text/vn_word.h"

namespace vanban {
namespace {

// Lower case, single spaces, no "của", no punctuation at the ends: for comparing phrases.
std::string normalized(const std::string& s) {
  std::string out;
  bool space = false;
  for (size_t i = 0; i < s.size();) {
    size_t j = i;
    char32_t c = utf8::next(s, j);
    if (!vn::is_alnum(c)) {
      space = !out.empty();
    } else {
      if (space) out += ' ';
      space = false;
      out += fold(s.substr(i, j - i));
    }
    i = j;
  }
  return out;
}

// "Tổng cục Hải quan" → "TCHQ": the first letter of each word but "và", upper case.
std::string initials(const std::string& phrase) {
  std::string out;
  bool start = true;
  for (size_t i = 0; i < phrase.size();) {
    size_t j = i;
    char32_t c = utf8::next(phrase, j);
    if (!vn::is_alnum(c)) {
      start = true;
    } else if (start) {
      const size_t e = vn::word_end(phrase, i);
      if (fold(phrase.substr(i, e - i)) != "và") utf8::append(out, c);
      start = false;
    }
    i = j;
  }
  return cite::code_key(out);
}

// One phrase is the abbreviation of the other ("TCHQ" and "Tổng cục Hải quan").
bool abbreviates(const std::string& a, const std::string& b) {
  const bool single = a.find(' ') == std::string::npos && a.size() >= 2;
  return single && cite::code_key(a) == a && initials(b) == a;
}

bool covers(const cite::Body& general, const cite::Body& specific) {
  for (const std::string& id : general.covers)
    if (id == specific.id) return true;
  return false;
}

}  // namespace

std::string lines_of(const Analysis& a, const std::vector<size_t>& mentions, size_t max_lines) {
  std::vector<uint32_t> lines;
  for (size_t m : mentions) {
    uint32_t line = a.position(a.citations[m].span.begin).line;
    if (std::find(lines.begin(), lines.end(), line) == lines.end()) lines.push_back(line);
    if (lines.size() > max_lines) break;  // enough to know there are more
  }
  std::string out = "dòng ";
  for (size_t i = 0; i < lines.size() && i < max_lines; ++i) out += (i ? ", " : "") + std::to_string(lines[i]);
  if (lines.size() > max_lines) out += " …";
  return out;
}

std::vector<Related> related_to(const Analysis& a, const std::vector<size_t>& mentions, const std::string& note,
                                size_t max) {
  std::vector<Related> out;
  for (size_t i = 0; i < mentions.size() && i < max; ++i) out.push_back(Related{a.citations[mentions[i]].span, note});
  return out;
}

std::vector<CitedForm> forms_matching(const Analysis& a, const std::function<bool(const Citation&)>& pick) {
  std::vector<CitedForm> out;
  for (const CitedDocument& d : a.cited_documents) {
    CitedForm f{d.key, "", {}};
    for (size_t m : d.mentions)
      if (pick(a.citations[m])) f.mentions.push_back(m);
    if (f.mentions.empty()) continue;
    f.code = a.citations[f.mentions[0]].code;
    out.push_back(std::move(f));
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const CitedForm& x, const CitedForm& y) { return x.mentions.size() > y.mentions.size(); });
  return out;
}

std::string type_code_label(const Citation& c) {
  std::string type = cite::lexicon().type_for_code(c.type_code, c.format == "party");
  return type.empty() ? c.type_code : c.type_code + " (" + type + ")";
}

std::string issuer_code_label(const std::string& code) {
  const auto [base, term] = cite::split_term(code);
  const cite::IssuerCode* ic = cite::lexicon().issuer_code(base);
  if (!ic) return code;
  std::string meaning = ic->meaning;
  if (term) {
    if (const cite::Term* t = cite::lexicon().qh_term(term)) meaning += " khóa " + t->roman;
  }
  return code + " (" + meaning + ")";
}

const cite::Body* issuer_body(const Citation& c) {
  if (c.issuer_body.empty() || c.issuer_body.rfind("code:", 0) == 0) return nullptr;
  return cite::lexicon().body(c.issuer_body);
}

bool same_issuer(const Citation& a, const Citation& b) {
  const cite::Body* x = issuer_body(a);
  const cite::Body* y = issuer_body(b);
  if (x && y) return x->id == y->id || covers(*x, *y) || covers(*y, *x);
  if (!a.issuer_body.empty() && a.issuer_body == b.issuer_body) return true;
  if (abbreviates(a.issuer, b.issuer) || abbreviates(b.issuer, a.issuer)) return true;
  const std::string p = normalized(a.issuer), q = normalized(b.issuer);
  return p.find(q) != std::string::npos || q.find(p) != std::string::npos;
}

std::string first_issuer_code(const Citation& c) {
  const std::string first = c.issuer_code.substr(0, c.issuer_code.find('-'));
  return cite::split_term(first).first;
}

Finding make_finding(const std::string& rule, Severity severity, Span span, std::string message) {
  Finding f;
  f.rule = rule;
  f.severity = severity;
  f.span = span;
  f.message = std::move(message);
  return f;
}

}  // namespace vanban
