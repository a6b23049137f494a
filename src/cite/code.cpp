#include "cite/code.h"

#include <span>

#include "cite/lexicon.h"
#include "text/vn_word.h"
#include "text/utf8.h"

namespace vanban::cite {
namespace {

bool digit(char c) { return c >= '0' && c <= '9'; }

// std::stoi of a short run of ASCII digits (a year, a term: at most four), without its copy.
int digits_value(std::string_view d) {
  int v = 0;
  for (char c : d) v = v * 10 + (c - '0');
  return v;
}

struct Tok {
  enum Kind { Number, Year, Group } kind;
  // Views of the text being parsed (which outlives the tokens): a token is copied as it is
  // pushed and classified, and copying views costs nothing.
  std::string_view letters;  // for a group: its letters as written
  std::string_view digits;   // number, year, or the digits after a group ("13" in QH13)
  char sep = 0;         // separator before it: '-', '/', or ' ' for a lost hyphen
  bool spaced = false;  // a space around its separator or inside it ("UBTVQH 11")
};

bool code_letter(char32_t c) { return (c < 0x80 && vn::is_letter(c)) || c == U'Đ' || c == U'đ'; }

// Letters of an abbreviation group: Latin letters and Đ/đ, and an '&' between two letters
// ("BNN&PTNT", "TN&MT").
size_t read_letters(std::string_view t, size_t i) {
  const size_t start = i;
  while (i < t.size()) {
    size_t j = i;
    char32_t c = utf8::next(t, j);
    if (c == '&' && i > start && j < t.size()) {
      size_t k = j;
      if (code_letter(utf8::next(t, k))) {
        i = j;
        continue;
      }
    }
    if (!code_letter(c)) break;
    i = j;
  }
  return i;
}

bool term_prefix(std::string_view letters) {
  std::string k = code_key(letters);
  return k == "QH" || k == "UBTVQH";
}

bool all_upper(std::string_view letters) {
  for (size_t i = 0; i < letters.size();) {
    char32_t c = utf8::next(letters, i);
    if (!(c >= 'A' && c <= 'Z') && c != U'Đ' && c != '&') return false;
  }
  return true;
}

bool known_group(std::string_view letters) { return lexicon().known_code_key(code_key(letters)); }

// canonical_type_code / canonical_issuer_code without the copy: a pointer into the lexicon, or
// nullptr where those return an empty string.
const std::string* type_code_of(std::string_view letters) {
  const std::string* p = lexicon().type_code_by_key(code_key(letters));
  return p && !p->empty() ? p : nullptr;
}
const std::string* issuer_code_of(std::string_view letters) {
  const std::string* p = lexicon().issuer_code_by_key(code_key(letters));
  return p && !p->empty() ? p : nullptr;
}

// The pieces one after the other, in one allocation at most.
std::string cat(std::initializer_list<std::string_view> parts) {
  size_t n = 0;
  for (std::string_view p : parts) n += p.size();
  std::string out;
  out.reserve(n);
  for (std::string_view p : parts) out += p;
  return out;
}

// A type and an issuer run together ("CTTTg" = CT + TTg); returns the split point or 0.
size_t glued_split(std::string_view letters) {
  for (size_t k = 1; k < letters.size(); ++k) {
    if (utf8::is_continuation(static_cast<unsigned char>(letters[k]))) continue;
    std::string_view rest = letters.substr(k);
    if (!type_code_of(letters.substr(0, k))) continue;
    if (issuer_code_of(rest) || term_prefix(rest)) return k;
  }
  return 0;
}

bool code_like(std::string_view letters) {
  if (letters.empty() || letters.size() > 14) return false;
  // The byte test before the lookup: most groups are upper-case abbreviations (both tests
  // are pure, so their order changes only the cost).
  if (letters.size() >= 2 && all_upper(letters)) return true;
  if (known_group(letters)) return true;
  return glued_split(letters) > 0;
}

// Reads a group at i: letters, then digits (QH13), or one space and digits after QH/UBTVQH.
std::optional<Tok> read_group(std::string_view t, size_t& i) {
  size_t e = read_letters(t, i);
  if (e == i) return std::nullopt;
  // A group is a whole word: "Học" stops at 'ọ', which is a letter but not of a code.
  if (e < t.size()) {
    size_t k = e;
    if (vn::is_letter(utf8::next(t, k))) return std::nullopt;
  }
  Tok g{Tok::Group, t.substr(i, e - i), {}, 0, false};
  if (!code_like(g.letters)) return std::nullopt;
  size_t d = e;
  if (d + 1 < t.size() && t[d] == ' ' && digit(t[d + 1]) && term_prefix(g.letters)) {
    ++d;
    g.spaced = true;
  }
  size_t de = d;
  while (de < t.size() && digit(t[de])) ++de;
  if (de > d) {
    if (de - d > 3 || (de < t.size() && vn::is_letter(static_cast<unsigned char>(t[de])))) return std::nullopt;
    g.digits = t.substr(d, de - d);
    e = de;
  } else {
    g.spaced = false;
  }
  i = e;
  return g;
}

// A separator at i: '-', '/', or an en dash; returns its byte length (0 when none).
size_t sep_at(std::string_view t, size_t i, char& sep) {
  if (i >= t.size()) return 0;
  if (t[i] == '-' || t[i] == '/') {
    sep = t[i];
    return 1;
  }
  if (t.substr(i, 3) == "\xE2\x80\x93") {  // –
    sep = '-';
    return 3;
  }
  return 0;
}

// At q, the first separator after a number: after it (and one space at most) comes a letter or
// a four-digit year, as a code needs; "16/06/2020" is a date.
bool symbol_may_follow(std::string_view t, size_t q) {
  char sep = 0;
  size_t r = q + sep_at(t, q, sep);
  if (r < t.size() && t[r] == ' ') ++r;
  if (r >= t.size() || !digit(t[r])) return true;
  size_t d = r;
  while (d < t.size() && digit(t[d])) ++d;
  return d - r == 4;
}

// Fills toks (cleared first; the caller reuses it, so reading a code allocates nothing).
void tokenize(std::string_view t, size_t pos, size_t& end, std::vector<Tok>& toks) {
  toks.clear();
  size_t i = pos;
  while (i < t.size() && digit(t[i])) ++i;
  if (i - pos > 5) return;
  toks.push_back(Tok{Tok::Number, {}, t.substr(pos, i - pos), 0, false});
  end = i;
  while (true) {
    size_t k = i;
    const bool space_before = k < t.size() && t[k] == ' ';
    if (space_before) ++k;
    char sep = 0;
    size_t len = sep_at(t, k, sep);
    if (len == 0) {
      // "33/CT TTg": one space between two known abbreviations stands for a lost hyphen.
      if (!space_before || toks.back().kind != Tok::Group || !known_group(toks.back().letters)) break;
      size_t g = k;
      auto tok = read_group(t, g);
      if (!tok || !known_group(tok->letters)) break;
      tok->sep = ' ';
      toks.push_back(*tok);
      i = end = g;
      continue;
    }
    k += len;
    const bool space_after = k < t.size() && t[k] == ' ';
    if (space_after) ++k;
    if (k < t.size() && digit(t[k])) {
      size_t d = k;
      while (d < t.size() && digit(t[d])) ++d;
      const bool year = d - k == 4 && toks.size() == 1 && sep == '/';
      if (!year || (d < t.size() && vn::is_letter(static_cast<unsigned char>(t[d])))) break;
      toks.push_back(Tok{Tok::Year, {}, t.substr(k, d - k), sep, space_before || space_after});
      i = end = d;
      continue;
    }
    auto tok = read_group(t, k);
    if (!tok) break;
    tok->sep = sep;
    tok->spaced = tok->spaced || space_before || space_after;
    toks.push_back(*tok);
    i = end = k;
  }
  // A year must be followed by its symbol.
  if (toks.back().kind == Tok::Year) {
    toks.pop_back();
  }
}

// The written code without its spaces; with a lost hyphen, a space between two groups stands
// for it ("33/CT TTg" → "33/CT-TTg").
std::string compact_form(const std::string& w, bool lost) {
  if (!lost && w.find(' ') == std::string::npos) return w;  // most codes: the written form whole
  std::string out;
  out.reserve(w.size() + 2);
  for (size_t i = 0; i < w.size(); ++i) {
    if (w[i] == ' ') {
      out += lost && i + 1 < w.size() && !digit(w[i + 1]) && w[i - 1] != '-' && w[i - 1] != '/' &&
                     w[i + 1] != '-' && w[i + 1] != '/'
                 ? "-"
                 : "";
    } else {
      out += w[i];
    }
  }
  return out;
}

std::string canonical_issuer(const Tok& g) {
  const std::string key = code_key(g.letters);  // made once for the lookup and the term test
  const std::string* known = lexicon().issuer_code_by_key(key);
  std::string_view base = known ? std::string_view(*known) : std::string_view();
  if (base.empty() && (key == "QH" || key == "UBTVQH")) base = key;
  if (base.empty()) base = g.letters;
  return cat({base, g.digits});
}

// "CTTTg" → {"CT", "TTg"} when a known type and a known issuer run together.
std::optional<std::pair<std::string, std::string>> split_glued(const Tok& g) {
  const size_t k = glued_split(g.letters);
  if (k == 0 || (!g.digits.empty() && !term_prefix(g.letters.substr(k)))) return std::nullopt;
  const Lexicon& lx = lexicon();
  const std::string_view rest = g.letters.substr(k);
  std::string issuer = lx.canonical_issuer_code(rest);
  if (issuer.empty()) issuer = code_key(rest);
  issuer += g.digits;
  return std::make_pair(lx.canonical_type_code(g.letters.substr(0, k)), std::move(issuer));
}

std::string join(const std::vector<std::string>& parts, char sep) {
  size_t n = parts.size();
  for (const std::string& p : parts) n += p.size();
  std::string out;
  out.reserve(n);
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i) out += sep;
    out += parts[i];
  }
  return out;
}

bool all_side(const std::vector<std::string>& issuers, std::string_view side) {
  if (issuers.empty()) return false;
  for (const std::string& i : issuers)
    if (issuer_side(i) != side) return false;
  return true;
}

void set_problem(CodeParse& c, const char* p) {
  if (c.problem.empty()) c.problem = p;
}

// Fills type, issuers, format and canonical from the tokens after the number (and year).
bool classify(CodeParse& c, const std::vector<Tok>& toks) {
  size_t first = 1;
  if (toks.size() > 1 && toks[1].kind == Tok::Year) {
    c.year = digits_value(toks[1].digits);
    first = 2;
  }
  if (first >= toks.size()) return false;
  // The groups are toks[first …]: a view, not a vector of pointers allocated per code.
  const std::span<const Tok> groups(toks.data() + first, toks.size() - first);
  const Tok& g1 = groups[0];
  const char lead = g1.sep;
  const std::string* known_type = g1.digits.empty() ? type_code_of(g1.letters) : nullptr;
  const std::string_view type = known_type ? std::string_view(*known_type) : std::string_view();
  auto rest_issuers = [&](size_t from) {
    for (size_t i = from; i < groups.size(); ++i) c.issuers.push_back(canonical_issuer(groups[i]));
  };
  std::string prefix = c.number;
  if (c.year) {
    prefix += '/';
    prefix += std::to_string(*c.year);
  }

  if (c.year) {  // normative: n/yyyy/TYPE-ISSUER or n/yyyy/QH13
    if (lead != '/') return false;
    c.format = "normative";
    if (!type.empty() && groups.size() > 1) {
      c.type_code = type;
      rest_issuers(1);
    } else if (auto split = split_glued(g1); split && groups.size() == 1 && type.empty()) {
      c.type_code = split->first;
      c.issuers = {split->second};
      c.format = "malformed";
      set_problem(c, kGlued);
    } else {
      rest_issuers(0);
      if (!type.empty()) c.issuers.clear(), c.type_code = type;
    }
    std::string sym = c.type_code.empty() ? join(c.issuers, '-') : c.type_code + (c.issuers.empty() ? "" : "-" + join(c.issuers, '-'));
    c.canonical = prefix + "/" + sym;
  } else if (lead == '-') {  // Party layout n-TYPE/ISSUER, or an old n-CP
    if (groups.size() == 1) {
      std::string issuer = canonical_issuer(g1);
      if (issuer_side(issuer) != "state") return false;
      c.issuers = {issuer};
      c.format = "state";
      c.weak = true;
      c.canonical = c.number + "-" + issuer;
    } else {
      if (groups[1].sep != '/') return false;
      if (type.empty()) c.weak = true;
      c.type_code = type.empty() ? g1.letters : type;
      rest_issuers(1);
      c.format = "party";
      c.canonical = cat({c.number, "-", c.type_code, "/", join(c.issuers, '-')});
      if (!type.empty() && all_side(c.issuers, "state")) {
        c.format = "malformed";
        set_problem(c, kPartyLayout);
        c.canonical = cat({c.number, "/", c.type_code, "-", join(c.issuers, '-')});
      }
    }
  } else if (!type.empty() && groups.size() > 1 && !issuer_code_of(g1.letters)) {
    c.type_code = type;  // State layout n/TYPE-ISSUER
    rest_issuers(1);
    c.format = "state";
    c.canonical = cat({c.number, "/", type, "-", join(c.issuers, '-')});
    if (all_side(c.issuers, "party")) {
      c.format = "malformed";
      set_problem(c, kStateLayout);
      c.canonical = cat({c.number, "-", type, "/", join(c.issuers, '-')});
    }
  } else if (auto split = split_glued(g1); split && groups.size() == 1) {
    c.type_code = split->first;
    c.issuers = {split->second};
    c.format = "malformed";
    set_problem(c, kGlued);
    c.canonical = cat({c.number, "/", split->first, "-", split->second});
  } else if (!type.empty() && groups.size() == 1) {
    c.type_code = type;  // "15/QĐ": a type without its issuer
    c.format = "state";
    c.weak = true;
    c.canonical = cat({c.number, "/", type});
  } else {  // công văn: n/ISSUER-UNIT
    rest_issuers(0);
    c.format = "letter";
    c.weak = true;
    c.canonical = cat({c.number, "/", join(c.issuers, '-')});
  }
  return true;
}

}  // namespace

std::string issuer_side(std::string_view issuer) {
  const std::string_view base = term_base(issuer);
  if (const IssuerCode* ic = lexicon().issuer_code(base)) return ic->side;
  if (base == "QH" || base == "UBTVQH") return "state";
  for (const std::string& committee : lexicon().committee_codes)
    if (base.size() > committee.size() && base.ends_with(committee)) return "party";
  return "";
}

std::string_view term_base(std::string_view issuer) {
  size_t d = issuer.size();
  while (d > 0 && digit(issuer[d - 1])) --d;
  if (d == issuer.size() || d == 0) return issuer;
  const std::string_view base = issuer.substr(0, d);
  return base == "QH" || base == "UBTVQH" ? base : issuer;
}

std::pair<std::string, int> split_term(std::string_view issuer) {
  size_t d = issuer.size();
  while (d > 0 && digit(issuer[d - 1])) --d;
  if (d == issuer.size() || d == 0) return {std::string(issuer), 0};
  std::string base(issuer.substr(0, d));
  if (base != "QH" && base != "UBTVQH") return {std::string(issuer), 0};
  return {base, std::stoi(std::string(issuer.substr(d)))};
}

bool may_open_code_or_list(std::string_view t, size_t pos) {
  size_t e = pos;
  while (e < t.size() && digit(t[e])) ++e;
  return code_or_list_may_follow(t, e);
}

bool code_or_list_may_follow(std::string_view t, size_t number_end) {
  size_t q = number_end;
  if (q < t.size() && t[q] == ' ') ++q;
  char sep = 0;
  // A separator: parse_code's own first test decides, and no list goes on ("12/3" is neither).
  if (sep_at(t, q, sep) > 0) return symbol_may_follow(t, q);
  while (q < t.size() && t[q] == ' ') ++q;
  return q < t.size() && (t[q] == ',' || t[q] == 'v' || t[q] == 'V');
}

std::optional<CodeParse> parse_code(std::string_view text, size_t pos) {
  if (pos >= text.size() || !digit(text[pos])) return std::nullopt;
  // Most numbers are not codes: a separator must follow the digits (after one space at most).
  size_t q = pos;
  while (q < text.size() && digit(text[q])) ++q;
  if (q < text.size() && text[q] == ' ') ++q;
  char sep = 0;
  if (sep_at(text, q, sep) == 0 || !symbol_may_follow(text, q)) return std::nullopt;
  size_t end = pos;
  // One token list per thread, reused: parse_code runs at every candidate number.
  static thread_local std::vector<Tok> toks;
  tokenize(text, pos, end, toks);
  if (toks.size() < 2) return std::nullopt;
  CodeParse c;
  c.span = Span{pos, end};
  c.written = std::string(text.substr(pos, end - pos));
  c.number = std::string(toks[0].digits);
  if (!classify(c, toks)) return std::nullopt;
  bool lost = false, spaced = false, variant = false;
  for (const Tok& t : toks) {
    lost = lost || t.sep == ' ';
    spaced = spaced || t.spaced;
  }
  c.compact = compact_form(c.written, lost);
  if (c.compact.find("\xE2\x80\x93") != std::string::npos) spaced = true;
  variant = c.compact != c.canonical && !lost;
  c.issuer_code = join(c.issuers, '-');
  if (!c.issuers.empty()) {  // split_term(c.issuers.back()).second, without its copies
    const std::string_view last = c.issuers.back();
    const std::string_view base = term_base(last);
    if (base.size() != last.size()) c.term = digits_value(last.substr(base.size()));
  }
  if (lost) set_problem(c, kLostHyphen);
  if (spaced) set_problem(c, kSpaced);
  if (variant) set_problem(c, kVariant);
  return c;
}

std::string code_identity(const CodeParse& c) {
  // "1/KH-UBND", "01/KH-UBND" and "001/KH-UBND" are one document: two digits at least.
  size_t n = 0;
  while (n < c.canonical.size() && digit(c.canonical[n])) ++n;
  size_t z = 0;
  while (n - z > 2 && c.canonical[z] == '0') ++z;
  std::string out = n - z < 2 ? "0" : "";
  out.append(c.canonical, z, std::string::npos);
  return out;
}

}  // namespace vanban::cite
