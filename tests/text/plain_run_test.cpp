// plain_run vouches for stretches of 16-byte chunks by their bytes alone (text/inert_block.h);
// plain_run_by_code_point, which looks every code point up in the attention table, is its
// definition. They must agree on every code point at every place against a chunk's edges and
// the text's end, on random mixes of letters, marks, spaces, invisible, NUL and invalid bytes,
// and on real text (as it is, decomposed, and with no-break spaces and CRLF).
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <catch2/catch.hpp>
#include <random>
#include <string>
#include <vector>

#include "text/mapped_text.h"
#include "text/utf8.h"
#include "../corpus_texts.h"

namespace {

using vanban::detail::plain_run;
using vanban::detail::plain_run_by_code_point;

// first_attention is plain_run but for the count of a run that reaches the end.
bool first_attention_agrees(const std::string& s, size_t from, const vanban::detail::PlainRun& definition) {
  const vanban::detail::PlainRun first = vanban::detail::first_attention(s, from);
  return definition.end == s.size() ? first.end == s.size() : first == definition;
}

// Both scans (and first_attention) from every start that is a code point boundary; the number
// of disagreements.
size_t disagreements(const std::string& s) {
  size_t bad = 0;
  for (size_t from = 0; from <= s.size(); ++from) {
    if (from < s.size() && vanban::utf8::is_continuation(static_cast<unsigned char>(s[from]))) continue;
    const vanban::detail::PlainRun definition = plain_run_by_code_point(s, from);
    bad += !(plain_run(s, from) == definition) + !first_attention_agrees(s, from, definition);
  }
  return bad;
}

const std::string kVietnamese = "Điều 5. Việc thực hiện chỉ thị của Ban Thường vụ Tỉnh ủy ở các đơn vị trực thuộc";

}  // namespace

TEST_CASE("the code points plain_run's blocks vouch for need no attention") {
  for (char32_t c = 0xC0; c < 0x1C0; ++c)
    if (c != 0xD0 && c != 0xF0) CHECK_FALSE(vanban::detail::needs_attention(c));
  for (char32_t c = 0x1E00; c < 0x1F00; ++c) CHECK_FALSE(vanban::detail::needs_attention(c));
}

TEST_CASE("plain_run agrees with its definition for every code point at every block offset") {
  size_t bad = 0;
  for (char32_t c = 1; c < 0x10000 + 0x200; ++c) {
    if (c >= 0xD800 && c <= 0xDFFF) continue;
    std::string cp;
    vanban::utf8::append(cp, c);
    // Places against the 16-byte chunks (the first chunk, its end, the second's, the third's)
    // with the code point last, before a letter, and before more text.
    for (size_t at : {0, 1, 2, 13, 14, 15, 16, 17, 18, 29, 30, 31, 32, 33, 34, 46, 47}) {
      std::string s = (kVietnamese + kVietnamese).substr(0, at);
      while (!s.empty() && vanban::utf8::is_continuation(static_cast<unsigned char>(s.back()))) s.pop_back();
      s += cp;
      for (const char* more : {"", "ư", kVietnamese.c_str()}) {
        s += more;
        const vanban::detail::PlainRun definition = plain_run_by_code_point(s, 0);
        bad += !(plain_run(s, 0) == definition) + !first_attention_agrees(s, 0, definition);
      }
    }
  }
  CHECK(bad == 0);
}

TEST_CASE("plain_run agrees with its definition on random mixes and cut sequences") {
  const std::vector<std::string> pieces = {
      "a", " ", "Điều ", "ệ", "ư", "Ơ", "ð", "Ð", "à", "\xC3", "\xE1\xBB", "\xE1", "\x80", "e\xCC\x81",  // e + acute
      "\xC2\xA0", "\xC2\xAD", "\t", "\xE2\x80\x9C", "\xE2\x80\x8B", "\xEF\xBB\xBF", "\xF0\x9F\x98\x80", "Ẩ",
      "\xE1\xBA\xA0", "\xE1\xB7\x80", "\xCC\x80", "\xC6\xA1\xCC\x89", "\x7F", "\x01", "\xFF", "ſ"};
  std::mt19937 rng(37);
  size_t bad = 0;
  for (int round = 0; round < 20000; ++round) {
    std::string s;
    const int count = 1 + static_cast<int>(rng() % 24);
    for (int k = 0; k < count; ++k) s += pieces[rng() % (round % 3 == 0 ? 10 : pieces.size())];
    bad += disagreements(s);
  }
  CHECK(bad == 0);
}

TEST_CASE("plain_run agrees with its definition on real text") {
  const std::string text =
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
      "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\t“Điều 3. Giải thích từ ngữ” – "
      "Ủy ban nhân dân tỉnh chỉ đạo các sở, ban, ngành triển khai thực hiện Nghị quyết số 24-NQ/TU.";
  CHECK(disagreements(text) == 0);
  CHECK(plain_run(text, 0).end == text.find('\t'));  // a tab becomes a space: it needs attention
}

// Lines of 16 to a few hundred bytes: stretches of several chunks, a last chunk that overlaps
// the one before, a stop in the last 16 bytes, sequences cut by a chunk's end or the text's.
TEST_CASE("plain_run agrees with its definition on long random lines") {
  const std::vector<std::string> pieces = {
      "Điều 5. Việc thực hiện ", "ệ", "ư", "ở", "a", " ", "0123456789abcdef", "Ẩ", "ð", "Ð", std::string("\0", 1),
      "\r\n", "\xC3", "\xE1\xBB", "\xE1", "\x80", "\xBB", "e\xCC\x81", "\xC2\xA0", "\xC2\xAD", "\t", "\xE2\x80\x9C",
      "\xE1\xB7\x80", "\xE1\xBC\x80", "\xE1\x84\x80", "\xF0\x9F\x98\x80", "\xFF", "\xC4", "\xC6\xB0\xCC\x89"};
  std::mt19937 rng(16);
  size_t bad = 0;
  for (int round = 0; round < 3000; ++round) {
    std::string s;
    const size_t kinds = round % 2 == 0 ? 6 : pieces.size();  // half the lines: clean text
    const int count = 4 + static_cast<int>(rng() % 40);
    for (int k = 0; k < count; ++k) s += pieces[rng() % kinds];
    bad += disagreements(s);
  }
  CHECK(bad == 0);
}

namespace {

std::string nfd(const std::string& s) {
  UErrorCode status = U_ZERO_ERROR;
  std::string out;
  icu::Normalizer2::getNFDInstance(status)->normalize(icu::UnicodeString::fromUTF8(s), status).toUTF8String(out);
  return out;
}

std::vector<std::string> corpus_lines() {
  std::vector<std::string> lines;
  for (const std::string& text : vanban::testing::corpus_texts())
    for (size_t a = 0; a < text.size();) {
      const size_t b = std::min(text.find('\n', a), text.size());
      lines.push_back(text.substr(a, b - a));
      a = b + 1;
    }
  return lines;
}

}  // namespace

TEST_CASE("plain_run agrees with its definition on corpus lines, decomposed, with no-break spaces, CRLF") {
  const std::vector<std::string> lines = corpus_lines();
  REQUIRE(lines.size() > 100);
  size_t bad = 0, stopped = 0;
  for (size_t k = 0; k < lines.size(); ++k) {
    std::string odd = lines[k];  // every third space a no-break one, then a CR as CRLF leaves it
    for (size_t at = odd.find(' '), n = 0; at != std::string::npos; at = odd.find(' ', at + 1))
      if (n++ % 3 == 0) odd.replace(at, 1, "\xC2\xA0");
    odd += "\r";
    for (const std::string& s : {lines[k], nfd(lines[k]), odd}) {
      bad += disagreements(s);
      stopped += plain_run(s, 0).end < s.size();
    }
  }
  CHECK(bad == 0);
  CHECK(stopped > lines.size() / 2);
}

TEST_CASE("plain_run agrees with its definition on whole corpus texts") {
  for (const std::string& text : vanban::testing::corpus_texts()) {
    size_t bad = 0;
    for (size_t from = 0; from < text.size(); from += 97)
      if (!vanban::utf8::is_continuation(static_cast<unsigned char>(text[from])))
        bad += !(plain_run(text, from) == plain_run_by_code_point(text, from));
    CHECK(bad == 0);
    CHECK(plain_run(text, 0).end == text.size());  // the corpus needs no change: one stretch
  }
}
