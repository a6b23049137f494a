// The citation parsers as they were before the speed work of session 4 (main at 6f6c909),
// kept word for word (only moved into vanban::cite::reference) so that tests can compare the
// fast versions with them. Not compiled into the tool; it defines functions, so only one
// test file (fast_paths_test.cpp) includes it.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "cite/code.h"
#include "cite/issuer.h"
#include "cite/named.h"

// ---- cite/code.cpp ----

#include "cite/lexicon.h"
#include "text/vn_word.h"
#include "text/utf8.h"

namespace vanban::cite::reference {
using namespace vanban::cite;
// Declared first so that the old code calls its own versions, as it did.
std::string issuer_side(std::string_view canonical_issuer);
std::pair<std::string, int> split_term(std::string_view issuer);
std::optional<CodeParse> parse_code(std::string_view text, size_t pos);
namespace {

bool digit(char c) { return c >= '0' && c <= '9'; }

struct Tok {
  enum Kind { Number, Year, Group } kind;
  std::string letters;  // for a group: its letters as written
  std::string digits;   // number, year, or the digits after a group ("13" in QH13)
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

bool known_group(std::string_view letters) {
  const Lexicon& lx = lexicon();
  const std::string key = code_key(letters);
  return lx.type_code_by_key(key) || lx.issuer_code_by_key(key) || key == "QH" || key == "UBTVQH";
}

// A type and an issuer run together ("CTTTg" = CT + TTg); returns the split point or 0.
size_t glued_split(std::string_view letters) {
  const Lexicon& lx = lexicon();
  for (size_t k = 1; k < letters.size(); ++k) {
    if (utf8::is_continuation(static_cast<unsigned char>(letters[k]))) continue;
    std::string_view rest = letters.substr(k);
    if (lx.canonical_type_code(letters.substr(0, k)).empty()) continue;
    if (!lx.canonical_issuer_code(rest).empty() || term_prefix(rest)) return k;
  }
  return 0;
}

bool code_like(std::string_view letters) {
  if (letters.empty() || letters.size() > 14) return false;
  if (known_group(letters)) return true;
  if (letters.size() >= 2 && all_upper(letters)) return true;
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
  Tok g{Tok::Group, std::string(t.substr(i, e - i)), "", 0, false};
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
    g.digits = std::string(t.substr(d, de - d));
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

std::vector<Tok> tokenize(std::string_view t, size_t pos, size_t& end) {
  std::vector<Tok> toks;
  toks.reserve(6);
  size_t i = pos;
  while (i < t.size() && digit(t[i])) ++i;
  if (i - pos > 5) return {};
  toks.push_back(Tok{Tok::Number, "", std::string(t.substr(pos, i - pos)), 0, false});
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
      toks.push_back(Tok{Tok::Year, "", std::string(t.substr(k, d - k)), sep, space_before || space_after});
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
  return toks;
}

std::string canonical_issuer(const Tok& g) {
  std::string c = lexicon().canonical_issuer_code(g.letters);
  if (c.empty() && term_prefix(g.letters)) c = code_key(g.letters) == "QH" ? "QH" : "UBTVQH";
  if (c.empty()) c = g.letters;
  return c + g.digits;
}

// "CTTTg" → {"CT", "TTg"} when a known type and a known issuer run together.
std::optional<std::pair<std::string, std::string>> split_glued(const Tok& g) {
  const size_t k = glued_split(g.letters);
  if (k == 0 || (!g.digits.empty() && !term_prefix(g.letters.substr(k)))) return std::nullopt;
  const Lexicon& lx = lexicon();
  std::string rest = g.letters.substr(k);
  std::string issuer = lx.canonical_issuer_code(rest);
  if (issuer.empty()) issuer = code_key(rest);
  return std::make_pair(lx.canonical_type_code(g.letters.substr(0, k)), issuer + g.digits);
}

std::string join(const std::vector<std::string>& parts, char sep) {
  std::string out;
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
  const Lexicon& lx = lexicon();
  size_t first = 1;
  if (toks.size() > 1 && toks[1].kind == Tok::Year) {
    c.year = std::stoi(toks[1].digits);
    first = 2;
  }
  if (first >= toks.size()) return false;
  std::vector<const Tok*> groups;
  for (size_t i = first; i < toks.size(); ++i) groups.push_back(&toks[i]);
  const Tok& g1 = *groups[0];
  const char lead = g1.sep;
  std::string type = g1.digits.empty() ? lx.canonical_type_code(g1.letters) : "";
  auto rest_issuers = [&](size_t from) {
    for (size_t i = from; i < groups.size(); ++i) c.issuers.push_back(canonical_issuer(*groups[i]));
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
      if (groups[1]->sep != '/') return false;
      if (type.empty()) c.weak = true;
      c.type_code = type.empty() ? g1.letters : type;
      rest_issuers(1);
      c.format = "party";
      c.canonical = c.number + "-" + c.type_code + "/" + join(c.issuers, '-');
      if (!type.empty() && all_side(c.issuers, "state")) {
        c.format = "malformed";
        set_problem(c, kPartyLayout);
        c.canonical = c.number + "/" + c.type_code + "-" + join(c.issuers, '-');
      }
    }
  } else if (!type.empty() && groups.size() > 1 && lx.canonical_issuer_code(g1.letters).empty()) {
    c.type_code = type;  // State layout n/TYPE-ISSUER
    rest_issuers(1);
    c.format = "state";
    c.canonical = c.number + "/" + type + "-" + join(c.issuers, '-');
    if (all_side(c.issuers, "party")) {
      c.format = "malformed";
      set_problem(c, kStateLayout);
      c.canonical = c.number + "-" + type + "/" + join(c.issuers, '-');
    }
  } else if (auto split = split_glued(g1); split && groups.size() == 1) {
    c.type_code = split->first;
    c.issuers = {split->second};
    c.format = "malformed";
    set_problem(c, kGlued);
    c.canonical = c.number + "/" + split->first + "-" + split->second;
  } else if (!type.empty() && groups.size() == 1) {
    c.type_code = type;  // "15/QĐ": a type without its issuer
    c.format = "state";
    c.weak = true;
    c.canonical = c.number + "/" + type;
  } else {  // công văn: n/ISSUER-UNIT
    rest_issuers(0);
    c.format = "letter";
    c.weak = true;
    c.canonical = c.number + "/" + join(c.issuers, '-');
  }
  return true;
}

}  // namespace

std::string issuer_side(std::string_view issuer) {
  auto [base, term] = split_term(issuer);
  if (const IssuerCode* ic = lexicon().issuer_code(base)) return ic->side;
  if (base == "QH" || base == "UBTVQH") return "state";
  for (const std::string& committee : lexicon().committee_codes)
    if (base.size() > committee.size() && base.ends_with(committee)) return "party";
  return "";
}

std::pair<std::string, int> split_term(std::string_view issuer) {
  size_t d = issuer.size();
  while (d > 0 && digit(issuer[d - 1])) --d;
  if (d == issuer.size() || d == 0) return {std::string(issuer), 0};
  std::string base(issuer.substr(0, d));
  if (base != "QH" && base != "UBTVQH") return {std::string(issuer), 0};
  return {base, std::stoi(std::string(issuer.substr(d)))};
}

std::optional<CodeParse> parse_code(std::string_view text, size_t pos) {
  if (pos >= text.size() || !digit(text[pos])) return std::nullopt;
  // Most numbers are not codes: a separator must follow the digits (after one space at most).
  size_t q = pos;
  while (q < text.size() && digit(text[q])) ++q;
  if (q < text.size() && text[q] == ' ') ++q;
  char sep = 0;
  const size_t len = q < text.size() ? sep_at(text, q, sep) : 0;
  if (len == 0) return std::nullopt;
  // After the first separator comes a letter or a four-digit year: "16/06/2020" is a date.
  size_t r = q + len;
  if (r < text.size() && text[r] == ' ') ++r;
  if (r < text.size() && digit(text[r])) {
    size_t d = r;
    while (d < text.size() && digit(text[d])) ++d;
    if (d - r != 4) return std::nullopt;
  }
  size_t end = pos;
  std::vector<Tok> toks = tokenize(text, pos, end);
  if (toks.size() < 2) return std::nullopt;
  CodeParse c;
  c.span = Span{pos, end};
  c.written = std::string(text.substr(pos, end - pos));
  c.number = toks[0].digits;
  if (!classify(c, toks)) return std::nullopt;
  bool lost = false, spaced = false, variant = false;
  for (const Tok& t : toks) {
    lost = lost || t.sep == ' ';
    spaced = spaced || t.spaced;
  }
  for (size_t i = 0; i < c.written.size(); ++i) {
    if (c.written[i] == ' ') {
      c.compact += lost && i + 1 < c.written.size() && !digit(c.written[i + 1]) && c.written[i - 1] != '-' &&
                           c.written[i - 1] != '/' && c.written[i + 1] != '-' && c.written[i + 1] != '/'
                       ? "-"
                       : "";
    } else {
      c.compact += c.written[i];
    }
  }
  if (c.compact.find("\xE2\x80\x93") != std::string::npos) spaced = true;
  variant = c.compact != c.canonical && !lost;
  c.issuer_code = join(c.issuers, '-');
  if (!c.issuers.empty()) c.term = split_term(c.issuers.back()).second;
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

}  // namespace vanban::cite::reference

// ---- cite/named.cpp ----

#include "cite/code.h"
#include "cite/lexicon.h"
#include "cite/words.h"
#include "text/utf8.h"
#include "text/vn_word.h"

namespace vanban::cite::reference {
using namespace vanban::cite;
namespace {

constexpr size_t kMaxNameWords = 12;

struct Anchor {
  std::string_view bytes;  // as written, first letter capital
  const char* type;
  size_t words;
};

constexpr Anchor kAnchors[] = {
    {"Luật", "Luật", 1},       {"Bộ luật", "Bộ luật", 2}, {"Bộ Luật", "Bộ luật", 2},
    {"Hiến pháp", "Hiến pháp", 2}, {"Pháp lệnh", "Pháp lệnh", 2},
};

bool stop_at(const WordRun& run, size_t i) {
  size_t len;
  const Lexicon& lx = lexicon();
  return run.words[i].digits || match_longest(run, i, lx.named_stops, len) >= 0 ||
         match_longest(run, i, lx.type_phrases, len) >= 0;
}

// Name words from `from` on; returns how many.
size_t name_length(const WordRun& run, size_t from) {
  size_t n = 0;
  while (from + n < run.words.size() && n < kMaxNameWords) {
    const size_t k = from + n;
    if (n > 0 && !run.gap_is_space(k)) {
      // "Phòng, chống tham nhũng", "sửa đổi, bổ sung": a comma inside a name.
      const std::string& w = run.words[k].folded();
      if (!(run.gap(k) == ", " && (w == "chống" || w == "bổ"))) break;
    }
    if (n > 0 && stop_at(run, k)) break;
    ++n;
  }
  return n;
}

// A law's name from `from` on: a name the lexicon lists, taken whole ("Phòng, chống tham
// nhũng"), or else words up to a stop.
size_t law_name_length(const WordRun& run, size_t from) {
  size_t known = 0;
  if (match_longest(run, from, lexicon().law_names, known, true) >= 0) return known;
  return name_length(run, from);
}

bool code_follows(std::string_view t, const WordRun& run, size_t k) {
  if (k >= run.words.size() || run.words[k].folded() != "số") return false;
  size_t p = run.words[k].end;
  while (p < t.size() && (t[p] == ' ' || t[p] == ':')) ++p;
  return parse_code(t, p).has_value();
}

// "Hiến pháp", "Hiến pháp năm 2013", "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam".
size_t constitution_length(const WordRun& run) {
  size_t n = 2;  // "Hiến pháp"
  while (n < run.words.size() && n < 12) {
    const Word& w = run.words[n];
    if (n > 0 && !run.gap_is_space(n)) break;
    if (w.digits) {
      if (n > 0 && run.words[n - 1].folded() == "năm" && w.folded().size() == 4) ++n;
      break;
    }
    if (w.folded() == "năm") {
      if (n + 1 < run.words.size() && run.words[n + 1].digits) {
        ++n;
        continue;
      }
      break;
    }
    if (w.folded() != "nước" && w.folded() != "cộng" && w.folded() != "hòa" && w.folded() != "xã" && w.folded() != "hội" &&
        w.folded() != "chủ" && w.folded() != "nghĩa" && w.folded() != "việt" && w.folded() != "nam")
      break;
    ++n;
  }
  return n;
}

}  // namespace

bool maybe_named(std::string_view t, size_t pos) {
  const char c = t[pos];
  if (c != 'L' && c != 'B' && c != 'H' && c != 'P') return false;
  for (const Anchor& a : kAnchors)
    if (t.substr(pos, a.bytes.size()) == a.bytes) return true;
  return false;
}

std::optional<NamedLaw> named_at(std::string_view t, size_t pos) {
  if (pos > 0) {
    size_t j = pos;
    if (vn::is_alnum(utf8::prev(t, j))) return std::nullopt;
  }
  const Anchor* anchor = nullptr;
  for (const Anchor& a : kAnchors)
    if (t.substr(pos, a.bytes.size()) == a.bytes) anchor = &a;
  if (!anchor) return std::nullopt;
  const size_t type_end = pos + anchor->bytes.size();
  if (type_end < t.size()) {
    size_t j = type_end;
    if (vn::is_alnum(utf8::next(t, j))) return std::nullopt;
  }
  const Lexicon& lx = lexicon();
  // "Luật này", "Luật số …", "Luật sư": decided by the first word, before reading the rest.
  if (anchor->bytes != "Hiến pháp") {
    if (type_end + 1 >= t.size() || t[type_end] != ' ') return std::nullopt;
    WordRun first = words_after(t, type_end, 1);
    size_t len;
    if (first.words.empty() || first.words[0].begin != type_end + 1 || first.words[0].digits ||
        (match_longest(first, 0, lx.named_exclusions, len) >= 0 && len == 1))
      return std::nullopt;
  }
  NamedLaw law;
  law.type = lx.type_index(anchor->type);
  law.type_span = Span{pos, type_end};
  WordRun run = words_after(t, type_end, kMaxNameWords * 2 + 4);  // long names ("Quản lý, sử dụng vũ khí, …")
  if (run.words.size() > 1 && run.words[0].folded() == "sửa" && run.words[1].folded() == "đổi")
    run = words_after(t, type_end, kMaxNameWords * 4);  // an amending law names the laws it amends
  if (anchor->bytes == "Hiến pháp") {
    WordRun all = words_after(t, pos, 12);
    size_t n = constitution_length(all);
    if (all.words.size() < 2) return std::nullopt;
    size_t end = all.words[std::min(n, all.words.size()) - 1].end;
    law.name_span = Span{pos, end};
    law.name = std::string(t.substr(pos, end - pos));
    return law;
  }
  if (run.words.empty() || !run.gap_is_space(0) || run.words[0].begin != type_end + 1) return std::nullopt;
  size_t len;
  if (run.words[0].digits || match_longest(run, 0, lx.named_exclusions, len) >= 0) return std::nullopt;
  if (code_follows(t, run, 0)) return std::nullopt;
  size_t n;
  if (run.words[0].folded() == "sửa" && run.words.size() > 1 && run.words[1].folded() == "đổi") {
    // An amending law: its name runs through the name of the law it amends ("… của Luật X và Luật Y").
    n = 2;
    while (n < run.words.size() && n < kMaxNameWords && run.words[n].folded() != "luật") ++n;
    while (n < run.words.size() && run.words[n].folded() == "luật") {
      n += 1 + law_name_length(run, n + 1);
      if (n + 1 < run.words.size() && run.words[n].folded() == "và" && run.words[n + 1].folded() == "luật") ++n;
    }
    n = std::min(n, run.words.size());
  } else {
    size_t known = 0;
    if (match_longest(run, 0, lx.law_names, known, true) < 0 && stop_at(run, 0)) return std::nullopt;
    n = law_name_length(run, 0);
  }
  if (n == 0) return std::nullopt;
  if (code_follows(t, run, n)) return std::nullopt;
  law.name_span = Span{run.words[0].begin, run.words[n - 1].end};
  law.name = std::string(t.substr(law.name_span.begin, law.name_span.size()));
  return law;
}

}  // namespace vanban::cite::reference

// ---- cite/issuer.cpp ----

#include "cite/lexicon.h"
#include "cite/words.h"

namespace vanban::cite::reference {
using namespace vanban::cite;
IssuerPhrase read_issuer(std::string_view text, size_t pos, size_t expected_parts);
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

// "Hội nghị lần thứ 4", "Bộ trưởng": words of a title before the body, or 0.
size_t title_prefix(const WordRun& run, size_t i) {
  size_t len = 0;
  if (match_longest(run, i, lexicon().title_prefixes, len) < 0) return 0;
  // "Hội nghị lần thứ 4 / tư": the ordinal belongs to the title.
  if (run.words[i + len - 1].folded() == "thứ" && i + len < run.words.size() && run.gap_is_space(i + len)) ++len;
  return len;
}

// Place after a local body: "tỉnh Lâm Đồng", "huyện", "Kon Tum".
size_t place(const WordRun& run, size_t i) {
  size_t n = 0;
  size_t len = 0;
  if (i < run.words.size() && run.gap_is_space(i) && match_longest(run, i, lexicon().place_words, len) >= 0) n = len;
  size_t names = 0;
  while (i + n < run.words.size() && names < kMaxPlaceWords && run.gap_is_space(i + n) && name_word(run, i + n)) {
    ++n;
    ++names;
  }
  return n;
}

// A body the lexicon does not know: capitalised words and lower-case name words.
size_t generic_body(const WordRun& run, size_t i) {
  if (i >= run.words.size() || !name_word(run, i)) return 0;
  const Lexicon& lx = lexicon();
  size_t n = 1, lower_run = 0;
  while (i + n < run.words.size() && n < kMaxGenericWords) {
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
size_t one_part(const WordRun& run, size_t i, IssuerPart& part) {
  if (size_t n = known_body(run, i, part)) {
    const bool local = part.body < 0 || lexicon().bodies[part.body].local;
    return n + (local ? place(run, i + n) : 0);
  }
  if (size_t t = title_prefix(run, i); t && i + t < run.words.size()) {
    if (size_t n = known_body(run, i + t, part)) {
      const bool local = part.body < 0 || lexicon().bodies[part.body].local;
      return t + n + (local ? place(run, i + t + n) : 0);
    }
  }
  return generic_body(run, i);
}

// Does a known body (perhaps after a title) start at word i?
bool known_part_at(const WordRun& run, size_t i) {
  IssuerPart part;
  if (known_body(run, i, part)) return true;
  size_t t = title_prefix(run, i);
  return t && i + t < run.words.size() && known_body(run, i + t, part);
}

// Parses the issuer from the words of `run`; `used` is how many words the parse looked at.
IssuerPhrase parse_issuer(const WordRun& run, std::string_view text, size_t pos, size_t expected_parts,
                          size_t& used) {
  IssuerPhrase out;
  used = 0;
  if (run.words.empty() || !is_space_only(text.substr(pos, run.words[0].begin - pos))) return out;
  // Bodies joined by "và" belong together; bodies after commas only when a "và" closes the list
  // ("Bộ Y tế, Bộ Công Thương và Bộ Nông nghiệp …"), or when the code names that many issuers;
  // not in "của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Huyện ủy đã ban hành …".
  size_t i = 0, committed = 0, committed_parts = 0;
  while (i < run.words.size()) {
    IssuerPart part;
    size_t n = one_part(run, i, part);
    if (n == 0) break;
    out.parts.push_back(part);
    i += n;
    const bool by_va = i - n > 0 && run.words[i - n - 1].folded() == "và";
    if (committed == 0 || by_va || out.parts.size() <= expected_parts) {
      committed = i;
      committed_parts = out.parts.size();
    }
    if (i + 1 < run.words.size() && run.words[i].folded() == "và" && run.gap_is_space(i) && run.gap_is_space(i + 1)) {
      IssuerPart next;
      if (one_part(run, i + 1, next) > 0 && (known_part_at(run, i + 1) || run.words[i + 1].upper_first)) {
        ++i;
        continue;
      }
    }
    if (i < run.words.size() && run.gap(i) == ", " &&
        (known_part_at(run, i) || (out.parts.size() < expected_parts && run.words[i].upper_first)))
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
  if (run.words.size() == kFirstWords && used + kLookahead > kFirstWords) {
    run = words_after(text, pos, kMaxWords);
    out = parse_issuer(run, text, pos, expected_parts, used);
  }
  return out;
}

}  // namespace vanban::cite::reference
