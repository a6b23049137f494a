#include "number/quantity_shape.h"

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "number/number_lexicon.h"
#include "number/words.h"
#include "text/fold.h"
#include "text/utf8.h"

namespace vanban {
namespace {

using namespace numwords;

bool is_digit(char c) { return is_ascii_digit(c); }
bool is_dash(std::string_view text, size_t i) {
  if (i >= text.size()) return false;
  if (text[i] == '-') return true;
  // en dash, em dash, minus sign (3 bytes each, all starting E2): most bytes asked are none
  if (text[i] != '\xE2') return false;
  return text.substr(i, 3) == "\u2013" || text.substr(i, 3) == "\u2014" || text.substr(i, 3) == "\u2212";
}
size_t dash_len(std::string_view text, size_t i) { return text[i] == '-' ? 1 : 3; }

// The lower-case words before pos (only spaces between them), nearest first, at most two,
// read back and lowered one at a time when a phrase match asks for them.
class WordsBack {
 public:
  WordsBack(std::string_view text, size_t pos, size_t max) : text_(text), at_(pos), max_(max) {}
  const std::string* operator()(size_t j) {
    while (read_ <= j && read_ < max_ && !ended_) {
      Span w = word_before(text_, at_);
      if (w.empty()) {
        ended_ = true;
        break;
      }
      words_[read_++] = lower_word(text_.substr(w.begin, w.size()));
      at_ = w.begin;
    }
    return j < read_ ? &words_[j] : nullptr;
  }

 private:
  std::string_view text_;
  size_t at_;
  size_t max_;
  size_t read_ = 0;
  bool ended_ = false;
  std::array<std::string, 2> words_;
};

// The last word read before a figure and its lower case, kept for the next test that reads the
// same word: the phone test and the label test usually both look at the word before it.
class LastWord {
 public:
  explicit LastWord(std::string_view text) : text_(text) {}
  // word_before(text, pos), found again only when pos (spaces before it aside) moved.
  Span before(size_t pos) {
    while (pos > 0 && is_space(text_[pos - 1])) --pos;
    if (!has_before_ || pos != before_at_) {
      before_ = word_before(text_, pos);
      before_at_ = pos;
      has_before_ = true;
    }
    return before_;
  }
  const std::string& lower_of(Span w) {
    if (!read_ || w.begin != span_.begin || w.end != span_.end) {
      lowered_ = lower_word(text_.substr(w.begin, w.size()));
      span_ = w;
      read_ = true;
      has_roles_ = false;
    }
    return lowered_;
  }
  // number_lexicon().roles_of(lower_of(w)), looked up once for both tests.
  unsigned char roles_of(Span w) {
    const std::string& lower = lower_of(w);
    if (!has_roles_) {
      roles_ = number_lexicon().roles_of(lower);
      has_roles_ = true;
    }
    return roles_;
  }

 private:
  std::string_view text_;
  Span span_;
  std::string lowered_;
  bool read_ = false;
  unsigned char roles_ = 0;
  bool has_roles_ = false;
  Span before_;
  size_t before_at_ = 0;
  bool has_before_ = false;
};

// Code, date piece or glued token: the figure touches a letter, a slash or a hyphen before it.
bool glued_before(std::string_view text, size_t pos) {
  char32_t c = char_before(text, pos);
  if (c == 0) return false;
  if (is_word_char(c) || c == '/' || c == '\\' || c == '_' || c == '#' || c == '@' || c == '&' || c == '.' || c == ',') return true;
  size_t k = pos;
  if (c == '-' || c == U'\u2013' || c == U'\u2014') {
    utf8::prev(text, k);
    // "- 15 xã" (a list dash after a space or a line start) is not glued; "Covid-19" is.
    char32_t before = char_before(text, k);
    return before != 0 && before != ' ' && before != '\n' && before != '(';
  }
  return false;
}

// "27/ 6/ 2012", "2012 - 2020", "1:50.000", "Covid -19": the piece after a separator.
bool after_separator(std::string_view text, size_t pos) {
  size_t at = 0;
  char p = prev_nonspace(text, pos, &at);
  if (p == '/') return true;
  if (p == ':' && at > 0) {
    size_t k = at;
    while (k > 0 && is_space(text[k - 1])) --k;
    if (k > 0 && is_digit(text[k - 1])) return true;  // "1:50.000", "9001: 2015", "8:30"
  }
  // A dash right before the figure, preceded by a figure: the end of a range.
  size_t k = pos;
  while (k > 0 && is_space(text[k - 1])) --k;
  for (size_t len : {size_t{1}, size_t{3}}) {
    if (k < len || !is_dash(text, k - len) || dash_len(text, k - len) != len) continue;
    size_t d = k - len;
    while (d > 0 && is_space(text[d - 1])) --d;
    if (d > 0 && (is_digit(text[d - 1]) || text[d - 1] == '%')) return true;
    // "Covid -19": a dash glued to the figure, after a word.
    if (k == pos && d < k - len && d > 0 && is_word_char(char_before(text, d))) return true;
  }
  return false;
}

// What comes right after the figure makes it part of something else: a date, a code, a range.
bool continues_as_code(std::string_view text, size_t end) {
  if (end >= text.size()) return false;
  char c = text[end];
  if (c == '/' ) return true;
  if (is_dash(text, end)) {
    size_t k = end + dash_len(text, end);
    if (k < text.size() && !is_space(text[k])) return true;  // "24-CT", "2011-2020"
  }
  if (c == ':' && end + 1 < text.size() && is_digit(text[end + 1])) return true;  // "8:30"
  // A range written with spaced dash: "10 - 15 người", "2012 – 2020".
  size_t at = 0;
  next_nonspace(text, end, &at);
  if (at > end && is_dash(text, at)) {
    size_t k = at + dash_len(text, at);
    char n = next_nonspace(text, k);
    if (is_digit(n)) return true;
  }
  return false;
}

// Past the other digit groups of a phone number ending at `end`: "0263 3843 123".
size_t phone_groups_end(std::string_view text, size_t end) {
  size_t k = end;
  while (k + 1 < text.size() && (is_space(text[k]) || text[k] == '.') && is_digit(text[k + 1])) {
    ++k;
    while (k < text.size() && is_digit(text[k])) ++k;
  }
  return k;
}

bool is_phone(std::string_view text, size_t pos, const VnNumber& n, LastWord& last) {
  if (n.leading_zero && (n.grouped || n.integer_digits >= 4)) return true;
  if (!n.grouped && n.decimals == 0 && n.integer_digits >= 7) return true;  // account, ID, phone
  // A phone word before, with only ":", "(", ")", "+", dots, spaces and digits in between.
  size_t k = pos;
  size_t limit = pos > 40 ? pos - 40 : 0;
  while (k > limit) {
    char c = text[k - 1];
    if (is_space(c) || is_digit(c) || c == ':' || c == '(' || c == ')' || c == '+' || c == '.' || c == '-') --k;
    else break;
  }
  Span w = last.before(k);
  if (w.empty()) return false;
  return (last.roles_of(w) & NumberLexicon::kEndsPhone) &&
         number_lexicon().phone.ends_with(last.lower_of(w), WordsBack(text, w.begin, 1));
}

// "(1)", "1." or "2)" opening a paragraph: an enumerator or heading number.
bool is_enumerator(std::string_view text, size_t pos, const VnNumber& n) {
  if (n.grouped || n.decimals || n.value > 50) return false;
  size_t before = 0;
  char p = prev_nonspace(text, pos, &before);
  char q = next_nonspace(text, n.end);
  if (p == '(' && q == ')') return true;
  bool line_start = p == 0 || p == '\n';
  if (line_start && n.end < text.size() && (text[n.end] == '.' || text[n.end] == ')')) {
    return n.end + 1 >= text.size() || text[n.end + 1] == ' ' || text[n.end + 1] == '\n';
  }
  return false;
}

// "Nghị quyết 25", "Chương trình 135": a document type written with its capital before the figure.
bool capitalized_label(std::string_view text, size_t pos) {
  const NumberLexicon& lex = number_lexicon();
  std::vector<Span> spans;
  for (size_t at = pos; spans.size() < lex.cap_labels.max_words();) {
    Span w = word_before(text, at);
    if (w.empty()) break;
    spans.insert(spans.begin(), w);
    at = w.begin;
  }
  std::vector<std::string> words;
  for (Span w : spans) words.push_back(lower_word(text.substr(w.begin, w.size())));
  for (size_t n = 1; n <= words.size(); ++n) {
    PhraseTable::Match m = lex.cap_labels.match(words, words.size() - n);
    Span first = spans[words.size() - n];
    if (m.entry && m.length == n && starts_upper(text.substr(first.begin, first.size()))) return true;
  }
  return false;
}

// After a calendar word the figure is a date part only if it fits one: "năm 2024", "tháng 3",
// "ngày 20", "quý 4". "cây lâu năm 23.070 ha" is a quantity.
// The word is compared as a string_view: lengths first, where std::string == const char*
// calls memcmp for each of the five words.
std::optional<bool> calendar_label(std::string_view word, const VnNumber& n) {
  bool plain = n.ok && !n.grouped && n.decimals == 0;
  if (word == "năm") return plain && n.integer_digits == 4;
  if (word == "tháng") return plain && n.value >= 1 && n.value <= 12;
  if (word == "ngày") return plain && n.value >= 1 && n.value <= 31;
  if (word == "quý") return plain && n.value >= 1 && n.value <= 4;
  if (word == "tuần") return plain && n.value >= 1 && n.value <= 53;
  return std::nullopt;
}

bool after_label(std::string_view text, size_t pos, const VnNumber& n, LastWord& last_word) {
  Span w = last_word.before(pos);
  if (w.empty()) return false;
  const NumberLexicon& lex = number_lexicon();
  const std::string& last = last_word.lower_of(w);
  if (std::optional<bool> date_part = calendar_label(last, n)) return *date_part;
  // A label phrase of up to three words ends with the word before the figure.
  WordsBack before(text, w.begin, 2);
  const unsigned char roles = last_word.roles_of(w);
  if ((roles & NumberLexicon::kEndsLabel) && lex.labels.ends_with(last, before) && !lex.not_labels.ends_with(last, before))
    return true;
  if ((roles & NumberLexicon::kEndsCapLabel) && capitalized_label(text, pos)) return true;
  return all_caps(text.substr(w.begin, w.size()));  // "ISO 9001", "QL 20"
}

// A unit written glued to the figure ("20ha", "15km"); empty when the glued word is not one.
std::string_view glued_unit(std::string_view text, size_t end) {
  if (end >= text.size()) return {};
  size_t k = end;
  char32_t c = utf8::next(text, k);
  if (!is_word_char(c)) return {};
  Span w = word_after(text, end);
  if (w.begin != end) return {};
  auto it = number_lexicon().attached.find(lower_word(text.substr(w.begin, w.size())));
  return it == number_lexicon().attached.end() ? std::string_view{} : text.substr(w.begin, w.size());
}

// A unit of the lexicon (after an optional scale word) follows; durations do not count.
bool unit_follows(std::string_view text, size_t end) {
  std::vector<std::string> words;
  for (size_t at = end; words.size() < 3;) {
    Span w = word_after(text, at);
    if (w.empty()) break;
    words.push_back(lower_word(text.substr(w.begin, w.size())));
    at = w.end;
  }
  const NumberLexicon& lex = number_lexicon();
  PhraseTable::Match scale = lex.scales.match(words, 0);
  if (scale.entry) return true;  // "2.000 tỷ đồng", "1,5 triệu"
  PhraseTable::Match m = lex.units.match(words, 0);
  return m.entry && !lex.time_nouns.count(m.entry->canonical);
}

// A noun follows: a unit of the lexicon or a lower-case word that is not a function word.
bool word_follows(std::string_view text, size_t end) {
  if (unit_follows(text, end)) return true;
  Span w = word_after(text, end);
  if (w.empty() || starts_upper(text.substr(w.begin, w.size()))) return false;
  std::string word = lower_word(text.substr(w.begin, w.size()));
  return !number_lexicon().not_units.count(word) && !number_lexicon().time_nouns.count(word);
}

// "180.500 người/192.240 người", "1.904 tỷ đồng/2.000 tỷ đồng": the whole after a part and its
// unit. The slash follows a unit phrase that follows a figure, and a unit follows the whole.
bool whole_after_unit_slash(std::string_view text, size_t pos) {
  if (pos < 3 || text[pos - 1] != '/') return false;
  size_t k = pos - 1;
  size_t limit = k > 40 ? k - 40 : 0;
  while (k > limit && !is_ascii_digit(text[k - 1]) && text[k - 1] != '\n' && text[k - 1] != '/') --k;
  if (k == limit || !is_ascii_digit(text[k - 1])) return false;
  std::vector<std::string> words;
  for (size_t at = k; at < pos - 1;) {
    Span w = word_after(text, at);
    if (w.empty() || w.end > pos - 1) break;
    words.push_back(lower_word(text.substr(w.begin, w.size())));
    at = w.end;
  }
  if (words.empty()) return false;
  const NumberLexicon& lex = number_lexicon();
  size_t used = 0;
  if (PhraseTable::Match s = lex.scales.match(words, 0); s.entry) used = s.length;
  PhraseTable::Match u = lex.units.match(words, used);
  return u.entry && used + u.length == words.size();
}

// Where fraction_shape resumes when the figure `a` is not read as a part ("12/10" may be a
// date): past the whole `b` once both are plain figures, else past `a`.
size_t fraction_skip(std::string_view text, const VnNumber& a) {
  if (a.end + 1 >= text.size() || !is_digit(text[a.end + 1])) return a.end;
  VnNumber b = read_vn_number(text, a.end + 1);
  if (!b.ok || a.decimals || b.decimals || a.leading_zero || b.leading_zero || looks_like_year(b)) return a.end;
  return b.end;
}

// "45/50 xã": a part over its whole, both plain figures, a count noun after, not a date.
FigureShape fraction_shape(std::string_view text, size_t pos, const VnNumber& a, LastWord& last) {
  FigureShape none{FigureKind::NotQuantity, a.end, {}};
  if (a.end + 1 >= text.size() || !is_digit(text[a.end + 1])) return none;
  VnNumber b = read_vn_number(text, a.end + 1);
  if (!b.ok || a.decimals || b.decimals || a.leading_zero || b.leading_zero || looks_like_year(b)) return none;
  if (b.value == 0) return {FigureKind::NotQuantity, b.end, {}};
  if (b.end < text.size() && (text[b.end] == '/' || is_dash(text, b.end) || text[b.end] == '.' || text[b.end] == ',')) {
    if (b.end + 1 < text.size() && !is_space(text[b.end + 1])) return {FigureKind::NotQuantity, b.end, {}};
  }
  // A part above its whole is still written as a fraction when a count noun follows ("đạt
  // 101,6% (188/185 thanh niên)"); otherwise "12/10" may be a day and a month.
  bool noun = a.value > b.value ? unit_follows(text, b.end) : word_follows(text, b.end);
  if (after_label(text, pos, a, last) || !noun) return {FigureKind::NotQuantity, b.end, {}};
  return {FigureKind::Fraction, b.end, {}};
}

}  // namespace

bool looks_like_year(const VnNumber& n) {
  return !n.grouped && n.decimals == 0 && n.integer_digits == 4 && n.value >= 1900 && n.value <= 2099;
}

FigureShape figure_shape(std::string_view text, size_t pos, const VnNumber& n) {
  FigureShape no{FigureKind::NotQuantity, n.end > pos ? n.end : pos + 1, {}};
  if (!n.ok) return no;
  if (whole_after_unit_slash(text, pos)) {
    if (!unit_follows(text, n.end) || continues_as_code(text, n.end)) return no;
    return {FigureKind::Quantity, n.end, {}};
  }
  if (glued_before(text, pos) || after_separator(text, pos)) return no;
  LastWord last(text);
  if (is_phone(text, pos, n, last)) {
    no.skip_to = phone_groups_end(text, n.end);
    return no;
  }
  if (n.end < text.size() && text[n.end] == '/') return fraction_shape(text, pos, n, last);
  if (continues_as_code(text, n.end)) return no;
  if (is_enumerator(text, pos, n) || after_label(text, pos, n, last)) return no;
  FigureShape yes{FigureKind::Quantity, n.end, {}};
  size_t after = n.end;
  if (n.end < text.size() && is_word_char(utf8::next(text, after))) {
    yes.unit_attached = glued_unit(text, n.end);
    if (yes.unit_attached.empty()) return no;  // "8h30", "3A", "2b"
  }
  if (looks_like_year(n) && !unit_follows(text, n.end)) return no;
  return yes;
}

size_t figure_skip(std::string_view text, size_t pos, const VnNumber& n) {
  if (!n.ok) return n.end > pos ? n.end : pos + 1;
  const bool slash = n.end < text.size() && text[n.end] == '/';
  // figure_shape resumes at n.end on every path but the phone's and the fraction's.
  if (phone_groups_end(text, n.end) == n.end && (!slash || fraction_skip(text, n) == n.end)) return n.end;
  return figure_shape(text, pos, n).skip_to;
}

}  // namespace vanban
