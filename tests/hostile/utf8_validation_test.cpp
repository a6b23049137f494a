// The fast validator (a state machine) and the precise one (which reports where) must agree on
// every input: a disagreement would either let invalid bytes through or point an error message
// at the wrong byte. Short sequences are checked exhaustively, longer ones at random.
#include <catch2/catch.hpp>

#include <random>
#include <string>

#include "text/utf8.h"
#include "text/utf8_check.h"

using vanban::utf8::first_invalid;
using vanban::utf8::is_valid;

namespace {

bool agree(const std::string& s) { return is_valid(s) == (first_invalid(s) == std::string::npos); }

}  // namespace

TEST_CASE("utf8: known valid and invalid forms") {
  CHECK(is_valid("Chỉ thị số 24-CT/TU"));
  CHECK(is_valid(""));
  CHECK(is_valid("\xF0\x9F\x98\x80"));       // U+1F600, 4 bytes
  CHECK(is_valid("\xF4\x8F\xBF\xBF"));       // U+10FFFF, the last code point
  CHECK_FALSE(is_valid("\xC0\x80"));         // overlong NUL
  CHECK_FALSE(is_valid("\xE0\x80\xAF"));     // overlong '/'
  CHECK_FALSE(is_valid("\xED\xA0\x80"));     // surrogate U+D800
  CHECK_FALSE(is_valid("\xF4\x90\x80\x80")); // above U+10FFFF
  CHECK_FALSE(is_valid("\xF5\x80\x80\x80"));
  CHECK_FALSE(is_valid("\x80"));             // stray continuation byte
  CHECK_FALSE(is_valid("ab\xE1\xBB"));       // cut short at the end
  CHECK(first_invalid("ab\xE1\xBB") == 2);   // points at the lead byte
  CHECK(first_invalid("abcdefghijklmnop\xFF") == 16);
}

TEST_CASE("utf8: fast and precise validators agree on every 1-3 byte sequence") {
  std::string first_disagreement;
  size_t disagreements = 0;
  auto probe = [&](std::string s) {
    if (agree(s)) return;
    if (disagreements++ == 0) first_disagreement = s;
  };
  for (int a = 0; a < 256; ++a) {
    probe(std::string(1, static_cast<char>(a)));
    for (int b = 0; b < 256; ++b) {
      probe({static_cast<char>(a), static_cast<char>(b)});
      for (int c = 0x70; c < 0xC8; ++c)  // the interesting third bytes: ASCII edge, continuations, leads
        probe({static_cast<char>(a), static_cast<char>(b), static_cast<char>(c)});
    }
  }
  INFO("first disagreement on " << first_disagreement.size() << " bytes");
  CHECK(disagreements == 0);
}

TEST_CASE("utf8: fast and precise validators agree on random text with damage") {
  std::mt19937 rng(7);
  const std::string base = "Nghị quyết số 04/2015/NĐ-CP ngày 09/01/2016 của Chính phủ về “tiếp công dân” 😀 ";
  for (int round = 0; round < 20000; ++round) {
    std::string s;
    const int pieces = 1 + rng() % 6;
    for (int k = 0; k < pieces; ++k) s += base.substr(rng() % base.size(), rng() % 40);
    const int damage = rng() % 3;
    for (int k = 0; k < damage && !s.empty(); ++k) s[rng() % s.size()] = static_cast<char>(rng() % 256);
    if (!agree(s)) FAIL("validators disagree in round " << round);
  }
}

TEST_CASE("utf8: code points are counted right at every length and alignment") {
  const std::string text = "Điều 5. Thanh niên là công dân Việt Nam từ đủ 16 tuổi 😀 đến 30 tuổi.";
  for (size_t a = 0; a < text.size(); ++a)
    for (size_t b = a; b <= text.size(); ++b) {
      const std::string_view s = std::string_view(text).substr(a, b - a);
      size_t slow = 0;
      for (unsigned char c : s) slow += (c & 0xC0) != 0x80;
      if (vanban::utf8::count(s) != slow) FAIL("count differs on bytes " << a << ".." << b);
    }
  CHECK(vanban::utf8::count("Điều") == 4);
}

// is_valid skips blocks of 16 ASCII bytes and runs the others through the DFA: a sequence
// that is bad, or cut, must be caught wherever it falls against a block boundary, after ASCII
// runs long enough to be skipped, inside precomposed (NFC) and decomposed (NFD) Vietnamese.
TEST_CASE("utf8: fast and precise validators agree at every block alignment") {
  const std::string ascii = "Dieu 5. Thanh nien la cong dan Viet Nam tu du 16 tuoi ";
  const std::string nfc = "Điều 5. Thanh niên là công dân Việt Nam ";
  const std::string nfd = "Vie\xCC\xA3\xCC\x82t Nam, thanh nie\xCC\x82n ";  // combining marks
  const std::string bads[] = {"\xC0\x80", "\xE0\x80\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\x80",
                              "\xFF",     "\xE1\xBB",     "\xF0\x9F\x98", "\xC3"};
  size_t checked = 0;
  for (size_t pad = 0; pad < 32; ++pad) {
    const std::string lead = std::string(pad, 'a');
    for (const std::string& body : {ascii + ascii, nfc + ascii, ascii + nfd, nfc + nfd + "😀"}) {
      const std::string good = lead + body;
      CHECK(is_valid(good));
      for (const std::string& bad : bads)
        for (size_t at = 0; at <= good.size(); at += 7) {
          const std::string damaged = good.substr(0, at) + bad + good.substr(at);
          // A cut sequence can be completed by the bytes after it; the two must still agree.
          if (!agree(damaged)) FAIL("validators disagree: pad " << pad << ", bad sequence at " << at);
          ++checked;
          if (!agree(good.substr(0, at) + bad)) FAIL("validators disagree at the end: pad " << pad << ", at " << at);
        }
    }
  }
  CHECK(checked > 10000);
  CHECK_FALSE(is_valid(std::string(31, 'a') + "\xC3"));             // cut at the end after a skipped block
  CHECK_FALSE(is_valid(std::string(15, 'a') + "\xC3" + std::string(16, 'a')));  // lead ends a block
}
