// The number stage's shortcuts against their definitions, on the corpus and on random text
// built from the pieces that steer them (digits, separators, phone and unit words).
#include <catch2/catch.hpp>

#include <random>
#include <string>
#include <vector>

#include "number/number_lexicon.h"
#include "number/quantity_shape.h"
#include "number/vn_number.h"
#include "number/words.h"
#include "text/fold.h"
#include "text/utf8.h"
#include "../corpus_texts.h"
#include "../random_pieces.h"

namespace {

using vanban::testing::corpus_texts;

const char* const kPieces[] = {"0", "1", "2", "7", "12", "09", "0263", "2024", "1999", "123456789", "1.200", "3,5",
                               "1.234,56", "3.5", "1,234,567", "/", "/", ".", ",", " ", "  ", "\t", "\n", "-", "–",
                               ":", "(", ")", "+", "%", "ĐT", "điện thoại", "Fax", " xã", " người", " ha", "ha",
                               " tỷ đồng", " năm", "năm ", "Điều ", "số ", "ISO ", "a", "Đ", "ư", "…", "\xc3"};

std::string random_text(std::mt19937& rng, size_t pieces) {
  std::string s;
  for (size_t k = 0; k < pieces; ++k) s += kPieces[rng() % (sizeof kPieces / sizeof *kPieces)];
  return s;
}

// figure_skip must answer figure_shape's skip_to at every digit of the text.
void check_skips(const std::string& text) {
  for (size_t i = 0; i < text.size(); ++i) {
    if (!vanban::is_ascii_digit(text[i])) continue;
    const vanban::VnNumber n = vanban::read_vn_number(text, i);
    INFO(text.substr(i > 40 ? i - 40 : 0, 80) << " at " << i);
    REQUIRE(vanban::figure_skip(text, i, n) == vanban::figure_shape(text, i, n).skip_to);
  }
}

}  // namespace

TEST_CASE("figure_skip gives figure_shape's skip_to on the corpus") {
  const std::vector<std::string> texts = corpus_texts();
  REQUIRE(!texts.empty());
  for (const std::string& text : texts) check_skips(text);
}

TEST_CASE("figure_skip gives figure_shape's skip_to on random text") {
  std::mt19937 rng(20261128);
  for (int round = 0; round < 4000; ++round) check_skips(random_text(rng, 1 + rng() % 30));
}

namespace {

// read_vn_number as first written, the digits copied out to strings: the definition.
vanban::VnNumber reference_vn_number(std::string_view s, size_t pos) {
  using vanban::is_ascii_digit;
  auto digits_from = [&](size_t i) {
    size_t j = i;
    while (j < s.size() && is_ascii_digit(s[j])) ++j;
    return j - i;
  };
  auto separator_then_digit = [&](size_t i) {
    return i + 1 < s.size() && (s[i] == '.' || s[i] == ',') && is_ascii_digit(s[i + 1]);
  };
  auto run_end = [&](size_t i) {
    while (i < s.size() && (is_ascii_digit(s[i]) || separator_then_digit(i))) ++i;
    return i;
  };
  auto digits_value = [](const std::string& integer, const std::string& fraction) {
    if (integer.size() > 15 || fraction.size() > 15) return std::strtod((integer + "." + fraction).c_str(), nullptr);
    double v = 0;
    for (char c : integer) v = v * 10 + (c - '0');
    double scale = 1, f = 0;
    for (char c : fraction) {
      f = f * 10 + (c - '0');
      scale *= 10;
    }
    return v + f / scale;
  };
  vanban::VnNumber n;
  size_t i = pos;
  size_t first = digits_from(i);
  std::string integer(s.substr(i, first));
  i += first;
  while (i < s.size() && s[i] == '.' && digits_from(i + 1) == 3) {
    if (first > 3) return vanban::VnNumber{false, 0, 0, 0, false, false, run_end(pos)};
    integer.append(s.substr(i + 1, 3));
    n.grouped = true;
    i += 4;
  }
  std::string fraction;
  if (i + 1 < s.size() && s[i] == ',' && is_ascii_digit(s[i + 1])) {
    size_t d = digits_from(i + 1);
    fraction.assign(s.substr(i + 1, d));
    i += 1 + d;
  }
  if (separator_then_digit(i)) return vanban::VnNumber{false, 0, 0, 0, false, false, run_end(pos)};
  n.ok = true;
  n.integer_digits = static_cast<int>(integer.size());
  n.leading_zero = integer.size() > 1 && integer[0] == '0';
  n.decimals = static_cast<int>(fraction.size());
  n.value = digits_value(integer, fraction);
  n.end = i;
  return n;
}

void check_numbers(const std::string& text) {
  for (size_t i = 0; i < text.size(); ++i) {
    if (!vanban::is_ascii_digit(text[i])) continue;
    const vanban::VnNumber a = vanban::read_vn_number(text, i), b = reference_vn_number(text, i);
    INFO(text.substr(i, 40) << " at " << i);
    REQUIRE(a.ok == b.ok);
    REQUIRE(a.end == b.end);
    REQUIRE(a.decimals == b.decimals);
    REQUIRE(a.integer_digits == b.integer_digits);
    REQUIRE(a.grouped == b.grouped);
    REQUIRE(a.leading_zero == b.leading_zero);
    REQUIRE((a.value == b.value || (a.value != a.value && b.value != b.value)));  // bit for bit, NaN aside
  }
}

}  // namespace

TEST_CASE("read_vn_number reads as its string-copying definition on the corpus and random text") {
  for (const std::string& text : corpus_texts()) check_numbers(text);
  std::mt19937 rng(11);
  for (int round = 0; round < 4000; ++round) check_numbers(random_text(rng, 1 + rng() % 30));
  // Long runs: strtod's side of the value.
  check_numbers("1234567890123456789 0,12345678901234567890 1.234.567.890.123.456.789,5 12345678901234,5");
}

namespace {

// The words after pos as read_unit first read them: all of them, up to n, at once.
std::vector<std::string> eager_words_after(std::string_view text, size_t pos, size_t n) {
  std::vector<std::string> words;
  for (size_t at = pos; words.size() < n;) {
    const vanban::Span w = vanban::numwords::word_after(text, at);
    if (w.empty()) break;
    words.push_back(vanban::lower_word(text.substr(w.begin, w.size())));
    at = w.end;
  }
  return words;
}

bool same_match(vanban::PhraseTable::Match a, vanban::PhraseTable::Match b) {
  return a.entry == b.entry && a.length == b.length;
}

// At every figure's end (and every word start), the matches read_unit asks for, in its order:
// a scale at 0, a unit and a scale at the scale's end, read lazily, against the eager words.
void check_lazy_matches(const std::string& text) {
  const vanban::NumberLexicon& lex = vanban::number_lexicon();
  const size_t n = lex.scales.max_words() + lex.units.max_words();
  vanban::numwords::WordsAfter after;
  for (size_t pos = 0; pos < text.size(); ++pos) {
    if (pos > 0 && !vanban::is_ascii_digit(text[pos - 1]) && text[pos - 1] != ' ') continue;
    const std::vector<std::string> eager = eager_words_after(text, pos, n);
    after.reset(text, pos, n);
    INFO(text.substr(pos, 60) << " at " << pos);
    REQUIRE(after.read_up_to(1) == !eager.empty());
    const auto scale = lex.scales.match_reading(after, 0);
    REQUIRE(same_match(scale, lex.scales.match(eager, 0)));
    const size_t k = scale.length;
    REQUIRE(same_match(lex.units.match_reading(after, k), lex.units.match(eager, k)));
    REQUIRE(after.read_up_to(k + 1) == (k < eager.size()));
    REQUIRE(same_match(lex.scales.match_reading(after, k), lex.scales.match(eager, k)));
    for (size_t j = 0; j < after.words.size(); ++j) REQUIRE(after.words[j] == eager[j]);
  }
}

}  // namespace

TEST_CASE("phrase matches reading words lazily answer as on all the words, on corpus and random text") {
  for (const std::string& text : corpus_texts()) check_lazy_matches(text);
  std::mt19937 rng(5);
  for (int round = 0; round < 3000; ++round) check_lazy_matches(random_text(rng, 1 + rng() % 30));
  check_lazy_matches("có 5 tổ dân phố, 3 tỷ đồng, 2 nghìn tỷ đồng, 7 triệu người dân, 1,5 ha đất trồng lúa");
}

TEST_CASE("last_word_roles holds the tables' own answer to may_end_with, on corpus and lexicon words") {
  const vanban::NumberLexicon& lex = vanban::number_lexicon();
  auto check = [&](const std::string& w) {
    INFO(w);
    const unsigned char roles = lex.roles_of(w);
    REQUIRE(((roles & vanban::NumberLexicon::kEndsPhone) != 0) == lex.phone.may_end_with(w));
    REQUIRE(((roles & vanban::NumberLexicon::kEndsLabel) != 0) == lex.labels.may_end_with(w));
    REQUIRE(((roles & vanban::NumberLexicon::kEndsCapLabel) != 0) == lex.cap_labels.may_end_with(w));
  };
  size_t checked = 0;
  for (const vanban::PhraseTable* t : {&lex.phone, &lex.labels, &lex.cap_labels, &lex.not_labels, &lex.units})
    for (const std::string& w : t->last_words()) check(w), ++checked;
  for (const std::string& text : corpus_texts())
    for (size_t at = 0; at < text.size();) {
      const vanban::Span w = vanban::numwords::word_after(text, at);
      if (w.empty()) {
        ++at;
        continue;
      }
      check(vanban::lower_word(text.substr(w.begin, w.size())));
      ++checked;
      at = w.end;
    }
  CHECK(checked > 1000);
}

namespace {

// word_after and word_before as first written, every character decoded: the definitions.
vanban::Span reference_word_after(std::string_view text, size_t pos) {
  size_t i = pos;
  while (i < text.size() && vanban::numwords::is_space(text[i])) ++i;
  size_t begin = i, j = i;
  while (j < text.size()) {
    size_t k = j;
    if (!vanban::numwords::is_word_char(vanban::utf8::next(text, k))) break;
    j = k;
  }
  if (j == begin) return {begin, begin};
  while (j < text.size()) {
    size_t k = j;
    const char32_t c = vanban::utf8::next(text, k);
    if (!((c >= '0' && c <= '9') || c == U'²' || c == U'³')) break;
    j = k;
  }
  return {begin, j};
}

vanban::Span reference_word_before(std::string_view text, size_t pos) {
  size_t i = pos;
  while (i > 0 && vanban::numwords::is_space(text[i - 1])) --i;
  size_t end = i;
  while (i > 0) {
    size_t k = i;
    if (!vanban::numwords::is_word_char(vanban::utf8::prev(text, k))) break;
    i = k;
  }
  return {i, end};
}

// At every byte of the text (mid-character too) and at its end.
void check_word_spans(const std::string& text) {
  for (size_t pos = 0; pos <= text.size(); ++pos) {
    INFO(text.substr(pos > 20 ? pos - 20 : 0, 40) << " at " << pos);
    const vanban::Span a = vanban::numwords::word_after(text, pos), ra = reference_word_after(text, pos);
    REQUIRE((a.begin == ra.begin && a.end == ra.end));
    const vanban::Span b = vanban::numwords::word_before(text, pos), rb = reference_word_before(text, pos);
    REQUIRE((b.begin == rb.begin && b.end == rb.end));
  }
}

const char* const kWordPieces[] = {"a", "Z", "m", "2", "09", "²", "³", " ", "\t", "\n", ".", ",", "-", "/", "@",
                                   "[", "`", "{", "\x7f", "Đ", "đ", "Ư", "ư", "Ộ", "ế", "km²", "m2", "ĐẠT", "Ω",
                                   "中", "😀", "e\u0301", "\xc3", "\xe1\xbb", "\x80", "\xbf\xbf", "\xf0\x9f"};

}  // namespace

TEST_CASE("word_after and word_before answer as their decoding definitions, on corpus and random text") {
  for (const std::string& text : corpus_texts()) check_word_spans(text);
  std::mt19937 rng(515);
  for (int round = 0; round < 3000; ++round) {
    check_word_spans(vanban::testing::random_pieces(rng, kWordPieces, 25, 30));
  }
}

TEST_CASE("figure_shape reads the en dash, em dash and minus sign as the hyphen") {
  // A range or code: "2012 - 2020", "10 - 15 người", "24-CT"; the three-byte dashes alike.
  for (const char* dash : {"-", "\u2013", "\u2014", "\u2212"}) {
    for (const std::string& text : {"giai đoạn 2012 " + std::string(dash) + " 2020 có",
                                    "từ 10 " + std::string(dash) + " 15 người", "số 24" + std::string(dash) + "CT"}) {
      const size_t pos = text.find_first_of("0123456789");
      const vanban::VnNumber n = vanban::read_vn_number(text, pos);
      INFO(text);
      CHECK(vanban::figure_shape(text, pos, n).kind == vanban::FigureKind::NotQuantity);
    }
  }
  // A dash-like byte that is none ("€" starts E2 too) leaves "10 người" a quantity.
  for (const char* other : {"\u20ac", "\u2018", "\xe3\x80\x80"}) {
    const std::string text = "có 10 người " + std::string(other) + " 15 xã";
    const size_t pos = text.find('1');
    CHECK(vanban::figure_shape(text, pos, vanban::read_vn_number(text, pos)).kind == vanban::FigureKind::Quantity);
  }
}
