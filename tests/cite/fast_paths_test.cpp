// The citation stage's fast paths against their definitions: the slow code they replaced is
// kept here and both are run on the corpus and on random text.
#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "cite/code.h"
#include "cite/lexicon.h"
#include "cite/resolve.h"
#include "cite/named.h"
#include "cite/words.h"
#include "reference_parsers.h"
#include "text/fold.h"
#include "text/utf8.h"
#include "text/vn_word.h"
#include "../corpus_texts.h"
#include "../random_pieces.h"

namespace {

using vanban::cite::Word;
using vanban::cite::WordRun;

using vanban::testing::corpus_texts;

// Text made of the pieces citations are made of: words in both cases, digits, separators,
// apostrophes, line breaks.
std::string random_text(std::mt19937& rng) {
  static const char* pieces[] = {"Luật", "luật", "Bộ", "số", "Số", "của", "ngày", "và", "UBND", "tỉnh",
                                 "Kon Tum", "Quyết định", "N’Thôl", "K'Rèn", "’", "'", "12", "2020",
                                 "/", "-", "–", ", ", " ", "  ", "\n", ":", ".", "(", ")", "QĐ", "hoà",
                                 "ĐỒNG", "Thủ tướng", "Chính phủ", "sửa đổi", "bổ sung", "Hiến pháp"};
  std::string s;
  const int n = static_cast<int>(rng() % 24);
  for (int k = 0; k < n; ++k) {
    s += pieces[rng() % std::size(pieces)];
    if (rng() % 3) s += ' ';
  }
  return s;
}

// ---- words_after / words_before as they were: every word read at once --------------------
bool digit(char c) { return c >= '0' && c <= '9'; }

struct EagerWord {
  size_t begin, end, gap_begin;
  bool upper_first = false, all_upper = false, digits = false;
};

EagerWord make_word(std::string_view t, size_t b, size_t e, size_t gap_begin) {
  EagerWord w{b, e, gap_begin};
  w.digits = digit(t[b]);
  if (w.digits) return w;
  size_t i = b;
  char32_t first = vanban::utf8::next(t, i);
  w.upper_first = vanban::is_upper(first);
  w.all_upper = w.upper_first;
  while (w.all_upper && i < e) {
    char32_t c = vanban::utf8::next(t, i);
    if (vanban::vn::is_letter(c) && !vanban::is_upper(c)) w.all_upper = false;
  }
  return w;
}

size_t token_end(std::string_view t, size_t pos) {
  if (digit(t[pos])) {
    size_t i = pos;
    while (i < t.size() && digit(t[i])) ++i;
    return i;
  }
  return vanban::vn::word_end(t, pos);
}

std::vector<EagerWord> eager_after(std::string_view t, size_t pos, size_t max_words) {
  std::vector<EagerWord> words;
  size_t i = pos, gap_begin = pos;
  while (i < t.size() && words.size() < max_words) {
    const unsigned char b = static_cast<unsigned char>(t[i]);
    if (b == '\n') break;
    if (b < 0x80 && !(((b | 32) >= 'a' && (b | 32) <= 'z') || (b >= '0' && b <= '9'))) {
      ++i;
      continue;
    }
    size_t j = i;
    char32_t c = vanban::utf8::next(t, j);
    if (vanban::vn::is_alnum(c)) {
      size_t e = token_end(t, i);
      words.push_back(make_word(t, i, e, gap_begin));
      i = gap_begin = e;
    } else {
      i = j;
    }
  }
  return words;
}

bool word_char_before(std::string_view t, size_t i, size_t& start) {
  const unsigned char b = static_cast<unsigned char>(t[i - 1]);
  if (b < 0x80) {
    start = i - 1;
    return ((b | 32) >= 'a' && (b | 32) <= 'z') || (b >= '0' && b <= '9') || b == '\'';
  }
  size_t j = i;
  char32_t c = vanban::utf8::prev(t, j);
  start = j;
  return vanban::vn::is_alnum(c) || c == U'’';
}

std::vector<EagerWord> eager_before(std::string_view t, size_t pos, size_t max_words) {
  std::vector<EagerWord> words;
  size_t i = pos, gap_end = pos;
  while (i > 0 && words.size() < max_words) {
    if (t[i - 1] == '\n') break;
    size_t s;
    if (!word_char_before(t, i, s)) {
      i = s;
      continue;
    }
    size_t k;
    while (s > 0 && word_char_before(t, s, k)) s = k;
    const size_t run_start = s;
    while (s < i && (t[s] == '\'' || t.substr(s, 3) == "\xE2\x80\x99")) s += t[s] == '\'' ? 1 : 3;
    if (s >= i) {
      i = run_start;
      continue;
    }
    size_t e = token_end(t, s);
    if (e <= s || e > i) e = i;
    words.push_back(make_word(t, s, e, gap_end));
    gap_end = s;
    i = s;
  }
  return words;
}

bool same_word(const Word& a, const EagerWord& b) {
  return a.begin == b.begin && a.end == b.end && a.gap_begin == b.gap_begin && a.upper_first == b.upper_first &&
         a.all_upper == b.all_upper && a.digits == b.digits;
}

// Reads the lazy run the way callers do (has(i) word by word, sometimes a jump ahead, then
// size()) and compares each word with the eager read.
void compare_runs(std::string_view t, size_t pos, size_t max_words, bool backwards, std::mt19937& rng) {
  const std::vector<EagerWord> eager = backwards ? eager_before(t, pos, max_words) : eager_after(t, pos, max_words);
  WordRun lazy = backwards ? vanban::cite::words_before(t, pos, max_words) : vanban::cite::words_after(t, pos, max_words);
  const size_t jump = rng() % (max_words + 2);
  REQUIRE(lazy.words.has(jump) == (jump < eager.size()));
  for (size_t i = 0; i <= eager.size(); ++i) {
    REQUIRE(lazy.words.has(i) == (i < eager.size()));
    if (i < eager.size()) REQUIRE(same_word(lazy.words[i], eager[i]));
  }
  REQUIRE(lazy.words.size() == eager.size());
}

}  // namespace

TEST_CASE("lazy word runs read the words an eager read gives, on the corpus") {
  std::mt19937 rng(11);
  size_t compared = 0;
  for (const std::string& text : corpus_texts()) {
    for (size_t at = 0; at < text.size(); at += 13 + rng() % 50) {
      if (vanban::utf8::is_continuation(static_cast<unsigned char>(text[at]))) continue;
      for (size_t max_words : {1, 3, 6, 26, 64}) {
        compare_runs(text, at, max_words, false, rng);
        compare_runs(text, at, max_words, true, rng);
        ++compared;
      }
    }
  }
  CHECK(compared > 1000);
}

TEST_CASE("lazy word runs read the words an eager read gives, on random text") {
  std::mt19937 rng(20261128);
  for (int k = 0; k < 20000; ++k) {
    const std::string s = random_text(rng);
    size_t at = s.empty() ? 0 : rng() % (s.size() + 1);
    while (at < s.size() && vanban::utf8::is_continuation(static_cast<unsigned char>(s[at]))) ++at;
    INFO("text: " << s << " at " << at);
    compare_runs(s, at, 1 + rng() % 30, rng() % 2, rng);
  }
}

namespace {

// ---- resolve.cpp as it was ---------------------------------------------------------------
bool old_connector(std::string_view gap) {
  WordRun run = vanban::cite::words_after(gap, 0, 4);
  std::string words;
  for (const Word& w : run.words) words += (words.empty() ? "" : " ") + w.folded();
  for (char c : gap)
    if (c != ' ' && c != ',' && !(c & 0x80) && !((c | 32) >= 'a' && (c | 32) <= 'z')) return false;
  return words.empty() || words == "và" || words == "ngày" || words == "của" || words == "và các";
}

std::string old_named_key(const std::string& type, const std::string& name) {
  std::string folded;
  WordRun run = vanban::cite::words_after(name, 0, 64);
  for (const Word& w : run.words) folded += " " + w.folded();
  if (type == "Hiến pháp") return folded.empty() ? type : folded.substr(1);
  return type + folded;
}

// Gaps and names: the random pieces, and slices of the corpus.
std::vector<std::string> samples(std::mt19937& rng) {
  std::vector<std::string> out;
  for (int k = 0; k < 20000; ++k) out.push_back(random_text(rng));
  for (const char* s : {"", " ", ", ", " và ", " và các ", " ngày ", "của", " và các  ", "Và", " NGÀY ", " , và ,",
                        "và các bộ", "ngày,", " hoà ", "\n và ", " – – – – – và ", "va\u0300", "VÀ CÁC", "NGÀY",
                        " \u2013 ngày\u00A0", "n g a y", "ngày ngày", "abcde", "abcdef", "và cácx", "cuả", "ngay",
                        "\u212Aa", "và  ,  các", "Và Các ,", "\xC3", "v\xC3"})
    out.emplace_back(s);
  for (const std::string& text : corpus_texts())
    for (size_t at = 0; at + 1 < text.size(); at += 7 + rng() % 40) {
      size_t b = at, e = std::min(text.size(), at + rng() % 30);
      while (b < e && vanban::utf8::is_continuation(static_cast<unsigned char>(text[b]))) ++b;
      while (e < text.size() && vanban::utf8::is_continuation(static_cast<unsigned char>(text[e]))) ++e;
      out.push_back(text.substr(b, e - b));
    }
  return out;
}

}  // namespace

TEST_CASE("list_connector and named_key give the answers of their first definitions") {
  std::mt19937 rng(7);
  for (const std::string& s : samples(rng)) {
    INFO("text: " << s);
    REQUIRE(vanban::cite::list_connector(s) == old_connector(s));
    for (const char* type : {"Luật", "Hiến pháp"}) REQUIRE(vanban::cite::named_key(type, s) == old_named_key(type, s));
  }
}

TEST_CASE("term_base is split_term's base, without the copy") {
  std::mt19937 rng(5);
  const char* parts[] = {"QH", "UBTVQH", "UBND", "TW", "Q", "H", "1", "13", "0", "-", "BDVHU", "TTg", ""};
  for (int k = 0; k < 20000; ++k) {
    std::string s;
    for (int n = rng() % 4; n >= 0; --n) s += parts[rng() % std::size(parts)];
    INFO("issuer: " << s);
    REQUIRE(std::string(vanban::cite::term_base(s)) == vanban::cite::split_term(s).first);
  }
}

TEST_CASE("known_code_key is the two key lookups and QH/UBTVQH, in one") {
  const vanban::cite::Lexicon& lx = vanban::cite::lexicon();
  auto by_definition = [&](const std::string& key) {
    return lx.type_code_by_key(key) || lx.issuer_code_by_key(key) || key == "QH" || key == "UBTVQH";
  };
  std::vector<std::string> written = {"QH", "UBTVQH", "qh", "ND", "NĐ", "nđ", "TTg", "TTG", "X", "", "QĐi", "BNN&PTNT"};
  for (const auto& [code, ic] : lx.issuer_codes) written.push_back(code);
  for (const auto& t : lx.types)
    for (const std::string& c : t.codes) written.push_back(c);
  std::mt19937 rng(3);
  const size_t known = written.size();
  for (int k = 0; k < 5000; ++k) {  // pieces of known codes run together or cut
    const std::string& a = written[rng() % known];
    const std::string& b = written[rng() % known];
    written.push_back(a.substr(0, 1 + rng() % 3) + b.substr(std::min<size_t>(b.size(), rng() % 2)));
  }
  size_t hits = 0;
  for (const std::string& w : written) {
    const std::string key = vanban::cite::code_key(w);
    INFO("written: " << w);
    REQUIRE(lx.known_code_key(key) == by_definition(key));
    hits += by_definition(key);
  }
  CHECK(hits > 100);
}


TEST_CASE("word_is_cnv: no character but c, n, v themselves lowers to them") {
  for (char32_t c = 0x80; c < 0x110000; ++c) {
    if (c >= 0xD800 && c < 0xE000) continue;
    const char32_t low = vanban::lower(c);
    INFO("code point " << static_cast<uint32_t>(c));
    REQUIRE((low != U'c' && low != U'n' && low != U'v'));
  }
}

TEST_CASE("word_is_cnv answers as vn::word_is") {
  const char* words[] = {"của", "ngày", "và", "về"};
  std::mt19937 rng(17);
  size_t yes = 0;
  auto check = [&](std::string_view t, size_t at) {
    for (const char* w : words) {
      const bool fast = vanban::cite::word_is_cnv(t, at, w);
      REQUIRE(fast == vanban::vn::word_is(t, at, w));
      yes += fast;
    }
  };
  for (const std::string& text : corpus_texts())
    for (size_t at = 0; at <= text.size(); ++at) check(text, at);
  const std::string odd[] = {"VÀ", "Và", "vÀ", "va\u0300", "CỦA", "Của", "NGÀY", "Ngày", "VỀ", "Về", "v", "", "và-", "vàng",
                             "\u212Ahóa", "\u0130"};
  for (const std::string& s : odd)
    for (size_t at = 0; at <= s.size(); ++at) check(s, at);
  for (int k = 0; k < 20000; ++k) {
    const std::string s = random_text(rng);
    for (size_t at = 0; at <= s.size(); ++at) check(s, at);
  }
  CHECK(yes > 100);
}

namespace {

bool same_code(const std::optional<vanban::cite::CodeParse>& a, const std::optional<vanban::cite::CodeParse>& b) {
  if (a.has_value() != b.has_value()) return false;
  if (!a) return true;
  return a->span.begin == b->span.begin && a->span.end == b->span.end && a->written == b->written &&
         a->compact == b->compact && a->number == b->number && a->year == b->year && a->type_code == b->type_code &&
         a->issuers == b->issuers && a->issuer_code == b->issuer_code && a->term == b->term && a->format == b->format &&
         a->canonical == b->canonical && a->problem == b->problem && a->weak == b->weak;
}

bool same_law(const std::optional<vanban::cite::NamedLaw>& a, const std::optional<vanban::cite::NamedLaw>& b) {
  if (a.has_value() != b.has_value()) return false;
  if (!a) return true;
  return a->type == b->type && a->type_span.begin == b->type_span.begin && a->type_span.end == b->type_span.end &&
         a->name_span.begin == b->name_span.begin && a->name_span.end == b->name_span.end && a->name == b->name;
}

// Codes and law names as the random text rarely makes them.
std::string random_citation_text(std::mt19937& rng) {
  static const char* pieces[] = {"Luật", "Bộ luật", "Bộ Luật", "Hiến pháp", "Pháp lệnh", "sửa đổi, bổ sung", "của",
                                 "Luật Đất đai", "Tổ chức Chính phủ", "số", "năm 2013", "nước Cộng hòa", "này", "sư",
                                 "12", "2015", "/", "-", " - ", "–", " ", "QĐ", "NĐ", "ND", "CP", "TTg", "CTTTg", "UBND",
                                 "QH", "QH13", "UBTVQH", " 11", "TW", "TU", "BDVHU", "NQ", "KH", "&", "BNN&PTNT", "Học",
                                 "Covid", "và", ", ", "\n", "hoà", "Đ", "đ", "PL", "BC", "ĐGS"};
  std::string s;
  const int n = static_cast<int>(rng() % 16);
  for (int k = 0; k < n; ++k) {
    s += pieces[rng() % std::size(pieces)];
    if (rng() % 4 == 0) s += ' ';
  }
  return s;
}

void compare_parsers(std::string_view t) {
  for (size_t at = 0; at < t.size(); ++at) {
    const char c = t[at];
    if (c >= '0' && c <= '9') {
      INFO("code at " << at << ": " << t.substr(at, 40));
      REQUIRE(same_code(vanban::cite::parse_code(t, at), vanban::cite::reference::parse_code(t, at)));
    }
    if (at + 1 < t.size() && !vanban::cite::may_open_named(t[at], t[at + 1])) REQUIRE(!vanban::cite::maybe_named(t, at));
    if (vanban::cite::reference::maybe_named(t, at)) {
      INFO("law at " << at << ": " << t.substr(at, 60));
      REQUIRE(vanban::cite::maybe_named(t, at));
      REQUIRE(same_law(vanban::cite::named_at(t, at), vanban::cite::reference::named_at(t, at)));
    }
  }
}

}  // namespace

TEST_CASE("parse_code and named_at give what their first versions gave, on the corpus") {
  for (const std::string& text : corpus_texts()) compare_parsers(text);
}

TEST_CASE("parse_code and named_at give what their first versions gave, on random text") {
  std::mt19937 rng(23);
  for (int k = 0; k < 30000; ++k) {
    const std::string s = random_citation_text(rng);
    INFO("text: " << s);
    compare_parsers(s);
  }
}

TEST_CASE("named_at's early no for a one-word exclusion (Luật này, Luật số) gives what its first version gave") {
  // The early no rests on folding being idempotent on the exclusions' folded words.
  for (const vanban::cite::Phrase& p : vanban::cite::lexicon().named_exclusions)
    for (const std::string& w : p.words) REQUIRE(vanban::fold(w) == w);
  static const char* const kPieces[] = {"Luật", "Bộ luật", "Bộ Luật", "Pháp lệnh", "Hiến pháp", " ", " ", "  ", "này",
                                        "Này", "NÀY", "số", "Số", "sốx", "12", "/2015/QH13", "sư", "quy định", "quy",
                                        "nay", "đó", "\xE1\xBB", "\xC3", "\n", "’", "-", ", ", "đất đai", "lao động"};
  std::mt19937 rng(67);
  for (int k = 0; k < 40000; ++k) {
    const std::string s = vanban::testing::random_pieces(rng, kPieces, 10, 20);
    INFO("text: " << s);
    compare_parsers(s);
    for (size_t cut = 0; cut <= s.size() && k < 2000; ++cut) compare_parsers(std::string_view(s).substr(0, cut));
  }
}

TEST_CASE("Word::folded is fold of the word, remembered from an earlier word or not") {
  // The remembered folds (a table of 2,048 slots per thread, words of up to 16 bytes): many
  // more distinct words than slots, each asked again later, at the 8/16-byte edges of the key,
  // in both cases, with cut and invalid UTF-8.
  std::mt19937 rng(71);
  static const char* const kPieces[] = {"a", "A", "đ", "Đ", "ố", "Ố", "oà", "OÀ", "uỷ", "ủy", "hoà", "q", "x", "ư",
                                        "\xE1\xBB", "\xC3", "\xFF", "n", "g", "y", "’", "'", "7"};
  std::vector<std::string> texts;
  for (const std::string& text : corpus_texts())  // a run stops at a line break: line by line
    for (size_t at = 0, end; at < text.size(); at = end + 1) {
      end = std::min(text.find('\n', at), text.size());
      texts.push_back(text.substr(at, end - at));
    }
  for (int k = 0; k < 20000; ++k) texts.push_back(vanban::testing::random_pieces(rng, kPieces, 12, 40));
  // Words alike in their first eight bytes and their length, so that some share a slot.
  const std::string letters = "aAbBcCdDeEfFgGhH";
  for (const char* head : {"Nguyễn", "ABCDEFGH", "abcdefg"})
    for (int k = 0; k < 6000; ++k) {
      std::string w = head;
      for (int n = 1 + static_cast<int>(rng() % 8); n > 0; --n) w += letters[rng() % letters.size()];
      texts.push_back(w);
    }
  std::shuffle(texts.begin(), texts.end(), rng);
  size_t checked = 0;
  std::set<std::string> distinct;
  for (int round = 0; round < 2; ++round)
    for (const std::string& t : texts) {
      // Every word of the line: it has no more words than bytes. (Not a fixed 2^20: the run
      // reserves room for max_words words, which ASan's allocator maps and clears every time.)
      WordRun run = vanban::cite::words_after(t, 0, t.size() + 1);
      for (const Word& w : run.words) {
        INFO("word: " << w.text);
        REQUIRE(w.folded() == (w.digits ? std::string(w.text) : vanban::fold(w.text)));
        ++checked;
        distinct.emplace(w.text);
      }
    }
  CHECK(checked > 50000);
  CHECK(distinct.size() > 4 * 2048);
}

TEST_CASE("may_open_named is false only where maybe_named is") {
  size_t opened = 0;
  for (int a = 0; a < 256; ++a)
    for (int b = 0; b < 256; ++b)
      for (const char* rest : {"", "ật", "\xBB\x99 luật", "\xBB\x99 Luật", "ến pháp", "áp lệnh"}) {
        std::string s{static_cast<char>(a), static_cast<char>(b)};
        s += rest;
        const bool named = vanban::cite::maybe_named(s, 0);
        if (!vanban::cite::may_open_named(s[0], s[1])) REQUIRE(!named);
        opened += named;
      }
  CHECK(opened == 5);
}

TEST_CASE("parse_code gives what its first version gave, on the codes of the brief and their cuts") {
  // Each code alone, after words, upper case, cut at every byte (text end inside a code or a
  // multi-byte letter), with a NUL or an invalid byte glued on.
  const std::string codes[] = {"24-CT/TU", "04/2015/NĐ-CP", "PL-UBTVQH 11", "217, 218-QĐ/TW", "33/CT TTg",
                               "26/CTTTg", "42-NQ/CP", "24/CT-TU", "24- CT/TU", "825/UBND", "169-CP", "15/QĐ",
                               "01 và 02/NQ-CP", "1056/QĐ-CT", "166/BC-ĐGS", "5/2019/QH14", "12/2015/ND-CP",
                               "78-Học viện", "16/06/2020", "09/BNN&PTNT-KH", "7 / 2016 / TT – BTC", "3/qđ-ubnd",
                               "45/2013/QH13", "11/NQ-UBTVQH 14", "001-KL/TW"};
  const std::string tails[] = {"", " ", "\n", std::string(1, '\0'), "\xFF", "\xC4", "a", "Đ", " ngày 5"};
  for (const std::string& code : codes)
    for (const std::string& before : {std::string(), std::string("số "), std::string("Nghị định số ")})
      for (const std::string& tail : tails) {
        const std::string text = before + code + tail;
        for (size_t cut = 1; cut <= text.size(); ++cut) {
          INFO("text: " << text.substr(0, cut));
          compare_parsers(std::string_view(text).substr(0, cut));
        }
      }
}

TEST_CASE("code_key's ASCII run gives what decoding every code point gave") {
  auto by_definition = [](std::string_view written) {
    std::string out;
    for (size_t i = 0; i < written.size();) {
      char32_t c = vanban::utf8::next(written, i);
      if (c >= 'a' && c <= 'z') c -= 32;
      if (c == U'đ') c = U'Đ';
      vanban::utf8::append(out, c);
    }
    return out;
  };
  std::vector<std::string> written = {"", "qđi", "ND", "nđ", "TTg", "BNN&PTNT", "đ", "Đ", "aĐb", "\xC4", "a\xC4",
                                      "ab\xFF" "cd", std::string("a\0b", 3), "z{`@[", "UBTVQH 11", "hoà"};
  for (const std::string& text : corpus_texts())  // every word of the corpus, and its pieces
    for (size_t at = 0; at < text.size(); at += 7) written.push_back(text.substr(at, 1 + at % 13));
  std::mt19937 rng(31);
  const char bytes[] = {'a', 'Z', 'q', '&', '-', ' ', '\0', '\xC4', '\x90', '\x91', '\xE1', '\xBB', '\x99', '\xFF'};
  for (int k = 0; k < 20000; ++k) {
    std::string s;
    for (int n = rng() % 10; n > 0; --n) s += bytes[rng() % std::size(bytes)];
    written.push_back(s);
  }
  for (const std::string& w : written) {
    INFO("written: " << w);
    REQUIRE(vanban::cite::code_key(w) == by_definition(w));
  }
}

namespace {

// match_longest as it was: every phrase starting with the word goes through match().
int old_match_longest(const WordRun& run, size_t from, const vanban::cite::PhraseTable& table, size_t& length,
                      bool loose) {
  length = 0;
  if (!run.words.has(from)) return -1;
  for (uint32_t i : table.starting_with(run.words[from].folded())) {
    if (size_t n = vanban::cite::match(run, from, table[i].words, loose)) {
      length = n;
      return static_cast<int>(i);
    }
  }
  return -1;
}

}  // namespace

TEST_CASE("match_longest's second-word test keeps its answers") {
  const vanban::cite::Lexicon& lx = vanban::cite::lexicon();
  const vanban::cite::PhraseTable* tables[] = {&lx.type_phrases, &lx.body_phrases, &lx.named_stops, &lx.law_names,
                                               &lx.agencies,     &lx.committees,   &lx.title_prefixes, &lx.place_words,
                                               &lx.stop_words,   &lx.name_words,   &lx.named_exclusions};
  std::mt19937 rng(29);
  size_t found = 0;
  auto check = [&](std::string_view t, size_t at) {
    for (size_t max_words : {1, 2, 12}) {
      WordRun run = vanban::cite::words_after(t, at, max_words);
      WordRun old = vanban::cite::words_after(t, at, max_words);
      for (const vanban::cite::PhraseTable* table : tables)
        for (bool loose : {false, true}) {
          size_t len = 0, old_len = 0;
          const int got = vanban::cite::match_longest(run, 0, *table, len, loose);
          REQUIRE(got == old_match_longest(old, 0, *table, old_len, loose));
          REQUIRE(len == old_len);
          found += got >= 0;
        }
    }
  };
  for (const std::string& text : corpus_texts())
    for (size_t at = 0; at < text.size(); ++at)
      if (at == 0 || text[at - 1] == ' ' || text[at - 1] == '\n') check(text, at);
  // Phrases of the tables themselves, cut and joined, in either case.
  for (int k = 0; k < 5000; ++k) {
    const vanban::cite::PhraseTable& table = *tables[rng() % std::size(tables)];
    std::string s;
    for (int n = 1 + rng() % 2; n > 0; --n) {
      const vanban::cite::Words& w = table[rng() % table.size()].words;
      for (size_t j = 0, cut = 1 + rng() % w.size(); j < cut; ++j) s += w[j] + (rng() % 5 ? " " : ", ");
    }
    check(s, 0);
  }
  CHECK(found > 100);
}

TEST_CASE("may_open_code_or_list is false only where parse_code fails and no list goes on") {
  std::mt19937 rng(31);
  size_t skipped = 0, kept = 0;
  auto check = [&](std::string_view t) {
    for (size_t at = 0; at < t.size(); ++at) {
      if (t[at] < '0' || t[at] > '9') continue;
      if (vanban::cite::may_open_code_or_list(t, at)) {
        ++kept;
        continue;
      }
      ++skipped;
      INFO("number at " << at << ": " << t.substr(at, 30));
      REQUIRE(!vanban::cite::parse_code(t, at));
      size_t r = at;
      while (r < t.size() && t[r] >= '0' && t[r] <= '9') ++r;
      while (r < t.size() && t[r] == ' ') ++r;
      REQUIRE(!(r < t.size() && t[r] == ','));
      REQUIRE(!vanban::cite::word_is_cnv(t, r, "và"));
    }
  };
  for (const std::string& text : corpus_texts()) check(text);
  for (int k = 0; k < 30000; ++k) check(random_citation_text(rng));
  CHECK(skipped > 100);
  CHECK(kept > 100);
}

namespace {

// may_open_code_or_list as it was before the date test: a separator after one space at most,
// or ',' / 'v' / 'V' after spaces.
bool old_may_open(std::string_view t, size_t pos) {
  size_t q = pos;
  while (q < t.size() && t[q] >= '0' && t[q] <= '9') ++q;
  if (q < t.size() && t[q] == ' ') ++q;
  if (q < t.size() && (t[q] == '-' || t[q] == '/' || t.substr(q, 3) == "\xE2\x80\x93")) return true;
  while (q < t.size() && t[q] == ' ') ++q;
  return q < t.size() && (t[q] == ',' || t[q] == 'v' || t[q] == 'V');
}

}  // namespace

TEST_CASE("code_or_list_may_follow narrows the old may_open only where parse_code fails and no list goes on") {
  // The scanner passes over a number when code_or_list_may_follow is false at its end; it
  // must be false only where at_digit would have passed over it too.
  static const char* const kPieces[] = {"12", "3", "2020", "12345", "123456", "/", "-", "–", "\xE2", "\xE2\x80", " ", "  ",
                                        ",", "và", "Và", "VÀ", "v", "V", "QĐ", "UBND", "NĐ-CP", "\xC3", "đ", "\n", "."};
  std::mt19937 rng(61);
  size_t narrowed = 0, kept = 0;
  auto check = [&](std::string_view t) {
    for (size_t at = 0; at < t.size(); ++at) {
      if (t[at] < '0' || t[at] > '9') continue;
      size_t end = at;
      while (end < t.size() && t[end] >= '0' && t[end] <= '9') ++end;
      const bool now = vanban::cite::code_or_list_may_follow(t, end);
      INFO("number at " << at << ": " << t.substr(at, 30));
      REQUIRE(now == vanban::cite::may_open_code_or_list(t, at));
      if (end < t.size() && !vanban::cite::may_go_on_after_number(t[end])) REQUIRE(!now);
      if (now) {
        REQUIRE(old_may_open(t, at));
        ++kept;
        continue;
      }
      if (old_may_open(t, at)) ++narrowed;
      REQUIRE(!vanban::cite::parse_code(t, at));
      REQUIRE(!vanban::cite::reference::parse_code(t, at));
      size_t r = end;
      while (r < t.size() && t[r] == ' ') ++r;
      REQUIRE(!(r < t.size() && t[r] == ','));
      REQUIRE(!vanban::cite::word_is_cnv(t, r, "và"));
    }
  };
  for (const std::string& text : corpus_texts()) check(text);
  for (int k = 0; k < 30000; ++k) check(vanban::testing::random_pieces(rng, kPieces, 12, 25));
  for (const char* cut : {"12/3", "12/", "12 /", "12 / 3", "12/ 2020", "12/2020", "12/202", "12 –", "12 \xE2\x80", "12 ,", "12  v"})
    check(cut);
  // Every byte after a number, then what a code or a list needs after it.
  for (int b = 0; b < 256; ++b)
    for (const char* rest : {"", "QĐ-UBND", "2020/NĐ-CP", "\x80\x93 QĐ/TW", " 13", "à 14/QĐ", ", 5-CT/TW", "/QĐ"}) {
      std::string s = "12";
      s += static_cast<char>(b);
      check(s + rest);
    }
  CHECK(narrowed > 100);
  CHECK(kept > 100);
}

TEST_CASE("NamedKeys gives named_key's key, asked once or many times") {
  std::mt19937 rng(37);
  vanban::cite::NamedKeys keys;
  std::vector<std::string> names;
  for (int k = 0; k < 300; ++k) names.push_back(random_text(rng));
  names.push_back(std::string("a\0b", 3));
  names.push_back("");
  for (int k = 0; k < 20000; ++k) {
    const std::string& name = names[rng() % names.size()];
    const std::string type = rng() % 2 ? "Luật" : rng() % 2 ? "Hiến pháp" : "Luật\0";
    INFO("name: " << name);
    REQUIRE(keys.get(type, name) == vanban::cite::named_key(type, name));
  }
}

namespace {

// find_ngay as it was: every byte.
std::vector<size_t> old_find_ngay(std::string_view t, size_t from, size_t to) {
  std::vector<size_t> out;
  for (size_t i = from; i + 5 <= to; ++i) {
    if (t[i] != 'n' && t[i] != 'N') continue;
    const char g = t[i + 1];
    if ((g != 'g' && g != 'G') || t[i + 2] != '\xC3') continue;
    const unsigned char a = static_cast<unsigned char>(t[i + 3]);
    if ((a == 0xA0 && t[i + 4] == 'y') || (a == 0x80 && t[i + 4] == 'Y')) out.push_back(i);
  }
  return out;
}

}  // namespace

TEST_CASE("find_ngay's sixteen-at-a-time search finds what the byte loop finds") {
  std::mt19937 rng(43);
  size_t found = 0;
  auto check = [&](std::string_view t, size_t from, size_t to) {
    INFO("window " << from << "-" << to);
    const std::vector<size_t> got = vanban::cite::find_ngay(t, from, to);
    REQUIRE(got == old_find_ngay(t, from, to));
    found += got.size();
  };
  for (const std::string& text : corpus_texts()) {
    check(text, 0, text.size());
    for (int k = 0; k < 3000; ++k) {
      const size_t from = rng() % (text.size() + 1);
      check(text, from, std::min(text.size(), from + rng() % 1600));
    }
  }
  const char* pieces[] = {"ngày", "Ngày", "NGÀY", "nGày", "ngàY", "ng", "n", "N", "gày", "ày", " ", "ngà", "nngày", "x"};
  for (int k = 0; k < 20000; ++k) {
    std::string s;
    for (int n = rng() % 30; n > 0; --n) s += pieces[rng() % std::size(pieces)];
    const size_t from = rng() % (s.size() + 1);
    check(s, from, from + rng() % (s.size() - from + 1));
  }
  CHECK(found > 100);
}

namespace {

// clause_end as it was: every byte through a table.
size_t old_clause_end(std::string_view t, size_t from) {
  const size_t limit = std::min(t.size(), from + 1500);
  int depth = 0;
  for (size_t i = from; i < limit; ++i) {
    const char c = t[i];
    if (c != '\n' && c != '(' && c != ')' && c != '.' && c != 'c') continue;
    if (c == '\n') return i;
    if (c == '(') ++depth;
    if (c == ')' && depth-- == 0) return i;
    if (c == '.' && i + 2 < t.size() && t[i + 1] == ' ' && vanban::is_upper(static_cast<unsigned char>(t[i + 2])))
      return i;
    if (c == 'c' && t.substr(i, 13) == "có hiệu lực") return i;
  }
  return limit;
}

}  // namespace

TEST_CASE("clause_end's sixteen-at-a-time search ends where the byte loop ends") {
  std::mt19937 rng(47);
  for (const std::string& text : corpus_texts())
    for (size_t from = 0; from <= text.size(); from += 1 + rng() % 9) {
      INFO("from " << from);
      REQUIRE(vanban::cite::clause_end(text, from) == old_clause_end(text, from));
    }
  const char* pieces[] = {"(", ")", ".", ". ", ". Nghị", ". nghị", "\n", "c", "có hiệu lực", "có hiệu", "cc", "x", " ",
                          "ngày", "Đ", "(1)", "..."};
  for (int k = 0; k < 20000; ++k) {
    std::string s;
    for (int n = rng() % 60; n > 0; --n) s += pieces[rng() % std::size(pieces)];
    const size_t from = rng() % (s.size() + 1);
    INFO("text: " << s << " from " << from);
    REQUIRE(vanban::cite::clause_end(s, from) == old_clause_end(s, from));
  }
}

TEST_CASE("read_issuer gives what its first version gave") {
  std::mt19937 rng(59);
  size_t found = 0;
  auto check = [&](std::string_view t, size_t at) {
    for (size_t expected : {1, 2, 3}) {
      const vanban::cite::IssuerPhrase got = vanban::cite::read_issuer(t, at, expected);
      const vanban::cite::IssuerPhrase old = vanban::cite::reference::read_issuer(t, at, expected);
      INFO("issuer at " << at << ": " << t.substr(at, 80));
      REQUIRE(got.span.begin == old.span.begin);
      REQUIRE(got.span.end == old.span.end);
      REQUIRE(got.parts.size() == old.parts.size());
      for (size_t k = 0; k < got.parts.size(); ++k) {
        REQUIRE(got.parts[k].body == old.parts[k].body);
        REQUIRE(got.parts[k].code == old.parts[k].code);
      }
      found += !got.span.empty();
    }
  };
  for (const std::string& text : corpus_texts())
    for (size_t at = 0; at < text.size(); ++at)
      if (at == 0 || text[at - 1] == ' ') check(text, at);
  const vanban::cite::Lexicon& lx = vanban::cite::lexicon();
  const char* joints[] = {" và ", ", ", " ", " - ", " tỉnh Kon Tum và ", " huyện "};
  for (int k = 0; k < 5000; ++k) {  // bodies of the lexicon, joined as issuers are
    std::string s;
    for (int n = 1 + rng() % 4; n > 0; --n) {
      const vanban::cite::Words& w = lx.body_phrases[rng() % lx.body_phrases.size()].words;
      for (size_t j = 0; j < w.size(); ++j) s += (j ? " " : "") + w[j];
      s += joints[rng() % std::size(joints)];
    }
    check(s, 0);
  }
  CHECK(found > 100);
}
