// plain_run vouches for whole blocks of 16 bytes by their bytes alone (text/inert_block.h);
// plain_run_by_code_point, which looks every code point up in the attention table, is its
// definition. They must agree on every code point at every place against a block's edges, on
// random mixes of letters, marks, spaces, invisible and invalid bytes, and on real text.
#include <catch2/catch.hpp>
#include <random>
#include <string>
#include <vector>

#include "text/mapped_text.h"
#include "text/utf8.h"

namespace {

using vanban::detail::plain_run;
using vanban::detail::plain_run_by_code_point;

// Both scans from every start that is a code point boundary; the number of disagreements.
size_t disagreements(const std::string& s) {
  size_t bad = 0;
  for (size_t from = 0; from <= s.size(); ++from) {
    if (from < s.size() && vanban::utf8::is_continuation(static_cast<unsigned char>(s[from]))) continue;
    bad += !(plain_run(s, from) == plain_run_by_code_point(s, from));
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
    // A few places against the 16-byte blocks (the first block, its end, the last bytes).
    for (size_t at : {size_t{0}, size_t{1}, size_t{13}, size_t{14}, size_t{15}, size_t{16}, size_t{17}, size_t{30}}) {
      std::string s = kVietnamese.substr(0, at);
      while (!s.empty() && vanban::utf8::is_continuation(static_cast<unsigned char>(s.back()))) s.pop_back();
      s += cp + "ư";
      bad += !(plain_run(s, 0) == plain_run_by_code_point(s, 0));
      s += kVietnamese;
      bad += !(plain_run(s, 0) == plain_run_by_code_point(s, 0));
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
