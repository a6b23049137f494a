// One pass over the layout text. The loop stops only at ASCII digits (a number and symbol may
// start there) and at the capitals that open a law cited by name (L, B, H, P); everything else
// is skipped sixteen bytes at a time (text/byte_skip.h). Each stop is then read in detail:
// cite/code.h, context.h, tail.h, named.h. Cross-mention work (titles before the date,
// coordinated lists) follows in cite/resolve.cpp.
#include <optional>
#include <vector>

#include "cite/citation.h"
#include "cite/code.h"
#include "cite/context.h"
#include "cite/lexicon.h"
#include "cite/named.h"
#include "cite/resolve.h"
#include "cite/tail.h"
#include "cite/words.h"
#include "text/utf8.h"
#include "text/vn_word.h"
#include "text/byte_skip.h"

namespace vanban {
namespace {

using namespace cite;

bool digit(char c) { return c >= '0' && c <= '9'; }

std::string body_id(const IssuerPhrase& p) {
  if (p.parts.size() != 1) return {};
  if (p.parts[0].body >= 0) return lexicon().bodies[p.parts[0].body].id;
  if (!p.parts[0].code.empty()) return "code:" + p.parts[0].code;
  return {};
}

void apply_tail(std::string_view t, const Tail& tail, Citation& c) {
  if (tail.date) {
    c.date = tail.date->date;
    c.date_span = tail.date->span;
  }
  if (!tail.issuer.span.empty()) {
    c.issuer_span = tail.issuer.span;
    c.issuer = collapse_spaces(t.substr(tail.issuer.span.begin, tail.issuer.span.size()));
    c.issuer_body = body_id(tail.issuer);
  }
  c.term = tail.term;
  c.term_span = tail.term_span;
  c.title = tail.title;
}

std::string type_name(const Before& b, const CodeParse& code) {
  const Lexicon& lx = lexicon();
  if (b.type >= 0 && !b.abbreviation) return lx.types[b.type].name;
  if (!code.type_code.empty()) return lx.type_for_code(code.type_code, code.format == "party");
  return {};
}

// Fills c, a Citation just made in place (moving one costs some twenty string moves).
void code_citation(std::string_view t, const CodeParse& code, const Before& b, const Tail& tail, Citation& c) {
  c.code_span = code.span;
  c.type_span = b.type_span;
  const size_t start = b.type >= 0 ? b.type_span.begin : b.has_so ? b.so.begin : code.span.begin;
  c.span = Span{start, std::max(code.span.end, tail.end)};
  c.type = type_name(b, code);
  c.type_from_word = b.type >= 0 && !b.abbreviation;
  c.code = code.compact;
  c.code_as_written = code.written;
  c.name = b.name;
  c.number = code.number;
  c.year = code.year;
  c.type_code = code.type_code;
  c.issuer_code = code.issuer_code;
  c.format = code.format;
  c.key = code_identity(code);
  c.format_problem = code.problem;
  if (!code.problem.empty()) c.suggestion = code.canonical;
  apply_tail(t, tail, c);
}

// "217, 218-QĐ/TW": the earlier numbers share the symbol (and what follows) of the last.
Citation list_member(const Citation& last, const CodeParse& code, Span number, std::string_view t) {
  Citation c = last;
  const std::string num(t.substr(number.begin, number.size()));
  c.code_span = number;
  c.span = Span{number.begin, number.end};
  c.number = num;
  c.code = num + last.code.substr(code.number.size());
  c.code_as_written = num;
  std::string canonical = num + code.canonical.substr(code.number.size());
  CodeParse copy = code;
  copy.canonical = canonical;
  c.key = code_identity(copy);
  if (!c.suggestion.empty()) c.suggestion = canonical;
  return c;
}

class Scanner {
 public:
  explicit Scanner(std::string_view text) : t_(text) {}

  std::vector<Citation> run() {
    const size_t n = t_.size();
    // A Citation is some twenty strings: growing the vector moves them all. Legal texts hold
    // up to about one mention per kilobyte; the cap keeps a huge text from reserving much.
    out_.reserve(std::min<size_t>(16 + n / 1024, 4096));
    for (size_t i = 0; i < n;) {
      i = next_stop(i);
      if (i >= n) break;
      i = digit(t_[i]) ? at_number(i) : at_capital(i);
    }
    return std::move(out_);
  }

 private:
  // The next byte that may open a citation: a digit or one of L, B, H, P.
  size_t next_stop(size_t i) const { return byteskip::to_digit_or(t_, i, "LBHP"); }

  size_t skip_number(size_t i) const {
    while (i < t_.size() && digit(t_[i])) ++i;
    return i;
  }

  bool starts_token(size_t i) const {
    if (i == 0) return true;
    const char p = t_[i - 1];
    if (digit(p) || p == '/' || p == '-' || p == '.' || p == ':') return false;
    size_t j = i;
    return !vn::is_letter(utf8::prev(t_, j));
  }

  // Numbers of a coordinated list before the code ("217, 218-QĐ/TW", "01 và 02/NQ-CP").
  std::optional<CodeParse> list_then_code(size_t i, std::vector<Span>& numbers) const {
    size_t q = i;
    for (int k = 0; k < 10; ++k) {
      if (auto code = parse_code(t_, q)) return code;
      size_t e = skip_number(q);
      if (e - q > 5) return std::nullopt;
      const Span number{q, e};
      size_t r = e;
      while (r < t_.size() && t_[r] == ' ') ++r;
      if (r < t_.size() && t_[r] == ',') {
        ++r;
      } else if (word_is_cnv(t_, r, "và")) {
        r = vn::word_end(t_, r);
      } else {
        return std::nullopt;
      }
      while (r < t_.size() && t_[r] == ' ') ++r;
      if (r >= t_.size() || !digit(t_[r])) return std::nullopt;
      // Kept only once a list is certain: most numbers are not one, and pushing first would
      // allocate for each of them.
      numbers.push_back(number);
      q = r;
    }
    return std::nullopt;
  }

  // Most numbers are followed by neither a code nor a list: they are passed over here, before
  // at_digit and its large frame.
  size_t at_number(size_t i) {
    const size_t end = skip_number(i);
    // The byte after the digits settles most numbers without the call ('.', ')', a letter…).
    if (end >= t_.size() || !may_go_on_after_number(t_[end])) return end;
    return code_or_list_may_follow(t_, end) ? at_digit(i) : end;
  }

  // i: a number that code_or_list_may_follow admits.
  size_t at_digit(size_t i) {
    if (!starts_token(i)) return skip_number(i);
    std::vector<Span> numbers;
    std::optional<CodeParse> code = list_then_code(i, numbers);
    if (!code) return skip_number(i);
    Before before = read_before(t_, i, *code);
    if (!numbers.empty() && !before.has_so && before.type < 0) {
      numbers.clear();
      before = read_before(t_, code->span.begin, *code);
    }
    if (before.not_document || (code->weak && !before.has_so && before.type < 0)) return code->span.end;
    if (header_number(t_, before, i, code->span.end)) return code->span.end;
    Tail tail = read_tail(t_, code->span.end, std::max<size_t>(1, code->issuers.size()));
    if (numbers.empty()) {  // the usual case: made in place
      code_citation(t_, *code, before, tail, out_.emplace_back());
      return std::max(code->span.end, tail.end);
    }
    Citation last;
    code_citation(t_, *code, before, tail, last);
    for (size_t k = 0; k < numbers.size(); ++k) {
      Citation member = list_member(last, *code, numbers[k], t_);
      if (k == 0) member.span.begin = last.span.begin;
      else member.type_span = Span{};
      out_.push_back(std::move(member));
    }
    last.span.begin = code->span.begin;
    last.type_span = Span{};
    out_.push_back(std::move(last));
    return std::max(code->span.end, tail.end);
  }

  size_t at_capital(size_t i) {
    // The next byte settles most capitals without the call ("Lịch", "Ban", "Hà", "Phó").
    if (i + 1 >= t_.size() || !may_open_named(t_[i], t_[i + 1])) return i + 1;
    return maybe_named(t_, i) ? at_named(i) : i + 1;
  }

  size_t at_named(size_t i) {
    std::optional<NamedLaw> law = named_at(t_, i);
    if (!law) return i + 1;
    const Lexicon& lx = lexicon();
    Citation& c = out_.emplace_back();
    c.type_span = law->type_span;
    c.type = lx.types[law->type].name;
    c.type_from_word = true;
    c.name = law->name;
    c.format = "named";
    Tail tail = read_tail(t_, law->name_span.end);
    if (!issuer_may_issue(tail.issuer, c.type)) tail = Tail{{}, {}, {}, {}, tail.title, law->name_span.end};
    apply_tail(t_, tail, c);
    c.span = Span{law->type_span.begin, std::max(law->name_span.end, tail.end)};
    c.key = named_keys_.get(c.type, c.name);
    return c.span.end;
  }

  std::string_view t_;
  std::vector<Citation> out_;
  NamedKeys named_keys_;
};

}  // namespace

std::vector<Citation> extract_citations(const Layout& layout) {
  std::string_view t = layout.text.text();
  std::vector<Citation> cites = Scanner(t).run();
  resolve_citations(t, cites);
  for (Citation& c : cites) c.text = std::string(t.substr(c.span.begin, c.span.size()));
  return cites;
}

}  // namespace vanban
