#include "cite/context.h"

#include "cite/lexicon.h"
#include "cite/words.h"
#include "text/vn_word.h"

namespace vanban::cite {
namespace {

constexpr size_t kNear = 4;        // a type word has at most four words ("Quy chế phối hợp")
constexpr size_t kFar = 8;         // how far back a descriptive type word may stand
constexpr size_t kFarNamed = 24;   // … and a law's type word before its name

bool space_between(std::string_view t, size_t a, size_t b) { return a <= b && is_space_only(t.substr(a, b - a)); }

// Longest type phrase ending with word `at` of a backward run.
int type_ending_at(const WordRun& run, size_t at, size_t& len) {
  const PhraseTable& table = lexicon().type_phrases;
  for (uint32_t i : table.ending_with(run.words[at].folded())) {
    const Phrase& p = table[i];
    if (size_t n = match_backwards(run, at, p.words)) {
      len = n;
      return p.target;
    }
  }
  return -1;
}

int abbreviation_type(std::string_view written, const CodeParse& code) {
  const Lexicon& lx = lexicon();
  std::string canon = lx.canonical_type_code(written);
  if (canon.empty() || canon != code.type_code) return -1;
  for (const Phrase& a : lx.abbreviations)
    if (lx.canonical_type_code(a.words[0]) == canon) return a.target;
  return -1;
}

// "số" may be followed by a colon: "số: 1056/QĐ-CT".
bool so_gap(std::string_view g, bool& colon) {
  size_t i = 0;
  while (i < g.size() && g[i] == ' ') ++i;
  colon = i < g.size() && g[i] == ':';
  if (colon) ++i;
  return is_space_only(g.substr(i));
}

std::string trimmed(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == ',')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == ',')) s.remove_suffix(1);
  return std::string(s);
}

}  // namespace

bool type_fits_code(int type, const CodeParse& code) {
  if (type < 0) return false;
  const DocType& d = lexicon().types[type];
  if (d.any_code) return true;
  for (const std::string& c : d.codes)
    if (c == code.type_code) return true;
  if (d.named && code.type_code.empty() && !code.issuers.empty()) {
    const std::string_view base = term_base(code.issuers[0]);
    return base == "QH" || base == "UBTVQH";
  }
  return false;
}

Before read_before(std::string_view t, size_t code_begin, const CodeParse& code) {
  Before b;
  // Most numbers need only the few words before them; the far search reads more.
  WordRun run = words_before(t, code_begin, kNear + 2);
  if (!run.words.has(0)) return b;
  size_t at = 0;
  const Word& w0 = run.words[0];
  std::string_view gap0 = t.substr(w0.end, code_begin - w0.end);
  bool colon = false;
  if (w0.folded() == "số" && so_gap(gap0, colon)) {
    b.has_so = true;
    b.so = Span{w0.begin, w0.end};
    b.so_colon = colon;
    at = 1;
  } else if (!is_space_only(gap0)) {
    return b;
  }
  if (!run.words.has(at)) return b;
  const size_t anchor = at == 1 ? w0.begin : code_begin;
  if (!space_between(t, run.words[at].end, anchor)) return b;
  // The type word right before "số" or the code.
  size_t len = 0;
  int type = type_ending_at(run, at, len);
  if (type >= 0 && len <= kNear) {
    b.type = type;
    b.type_span = Span{run.words[at + len - 1].begin, run.words[at].end};
    return b;
  }
  // "Mẫu số", "Bảng số": the number of a form or a table.
  if (b.has_so) {
    const PhraseTable& forms = lexicon().not_documents;
    for (uint32_t i : forms.ending_with(run.words[at].folded()))
      if (match_backwards(run, at, forms[i].words)) {
        b.not_document = true;
        return b;
      }
  }
  // An abbreviation used as the type word: "NQ 25-NQ/TW".
  const Word& prev = run.words[at];
  std::string_view written = t.substr(prev.begin, prev.end - prev.begin);
  if (prev.all_upper || prev.upper_first) {
    if (int a = abbreviation_type(written, code); a >= 0) {
      b.type = a;
      b.type_span = Span{prev.begin, prev.end};
      b.abbreviation = true;
      return b;
    }
  }
  if (!b.has_so) return b;
  if (run.words.size() == kNear + 2) run = words_before(t, code_begin, kFarNamed + 2);
  // A type word further back that fits the code: "Báo cáo kết quả giám sát số 166/BC-ĐGS".
  bool comma = false;
  for (size_t k = at + 1; run.words.has(k) && k - at < kFarNamed; ++k) {
    const Word& w = run.words[k - 1];
    const Word& before = run.words[k];
    std::string_view gap = t.substr(before.end, w.begin - before.end);
    if (w.digits || before.digits) break;
    if (!is_space_only(gap) && gap != ", ") break;
    comma = comma || !is_space_only(gap);
    int far = type_ending_at(run, k, len);
    if (far < 0) continue;
    const DocType& d = lexicon().types[far];
    if (!d.named && (k - at >= kFar || comma)) break;
    if (!type_fits_code(far, code)) break;
    b.type = far;
    b.type_span = Span{run.words[k + len - 1].begin, run.words[k].end};
    if (d.named) b.name = trimmed(t.substr(run.words[k].end, run.words[at].end - run.words[k].end));
    return b;
  }
  return b;
}

bool header_number(std::string_view t, const Before& before, size_t code_begin, size_t code_end) {
  // "Số:" at the end of the line before: the number stands alone on its line.
  size_t p = code_begin;
  while (p > 0 && t[p - 1] == ' ') --p;
  bool own_line = p == 0 || t[p - 1] == '\n';
  if (own_line && p > 1) {
    size_t e = p - 1;
    while (e > 0 && t[e - 1] == ' ') --e;
    own_line = e > 0 && t[e - 1] == ':';
    if (own_line) {
      WordRun prev = words_before(t, e - 1, 1);
      own_line = prev.words.has(0) && prev.words[0].folded() == "số";
    }
  } else {
    own_line = false;
  }
  const bool so_header = before.has_so && (before.so_colon || (before.type < 0 && t[before.so.begin] == 'S'));
  if (!own_line && !so_header) return false;
  // What follows: the end of the line, or the place and date ("Kon Tum, ngày 04 tháng 5 …").
  size_t i = code_end;
  while (i < t.size() && t[i] == ' ') ++i;
  if (i >= t.size() || t[i] == '\n') return true;
  WordRun after = words_after(t, i, 6);
  for (size_t k = 1; after.words.has(k); ++k)
    if (after.words[k].folded() == "ngày" && after.gap(k).find(',') != std::string_view::npos) return true;
  return false;
}

}  // namespace vanban::cite
