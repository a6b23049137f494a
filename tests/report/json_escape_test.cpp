// append_json_string (report/json_escape.h): hand-worked expected texts, then agreement with
// nlohmann's dump(-1, ' ', false, replace) on every string of up to two bytes and on many
// random ones.
#include <catch2/catch.hpp>

#include <random>

#include <nlohmann/json.hpp>

#include "report/json_escape.h"

namespace {

std::string escaped(std::string_view s) {
  std::string out;
  vanban::append_json_string(out, s);
  return out;
}

std::string nlohmann_escaped(std::string_view s) {
  return nlohmann::json(std::string(s)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

const std::string kFffd = "\xEF\xBF\xBD";

}  // namespace

TEST_CASE("json string: quotes, backslashes and named control characters") {
  CHECK(escaped("") == R"("")");
  CHECK(escaped("a\"b\\c/d") == R"("a\"b\\c/d")");
  CHECK(escaped("\b\f\n\r\t") == R"("\b\f\n\r\t")");
}

TEST_CASE("json string: other control characters as \\u00xx in lower case, DEL as is") {
  CHECK(escaped(std::string_view("\0", 1)) == R"("\u0000")");
  CHECK(escaped("\x01\x0b\x1f") == R"("\u0001\u000b\u001f")");
  CHECK(escaped("x\x1b[0m") == R"("x\u001b[0m")");
  CHECK(escaped("\x7f") == "\"\x7f\"");
}

TEST_CASE("json string: valid UTF-8 is copied, NFC or NFD") {
  CHECK(escaped("Nghị quyết số 39-NQ/TW") == "\"Nghị quyết số 39-NQ/TW\"");
  CHECK(escaped("Vie\xCC\xA3\xCC\x82t") == "\"Vie\xCC\xA3\xCC\x82t\"");        // NFD: e + dot below + circumflex
  CHECK(escaped("\xF0\x9F\x93\x84 \xEF\xBF\xBF") == "\"\xF0\x9F\x93\x84 \xEF\xBF\xBF\"");  // U+1F4C4, U+FFFF
  CHECK(escaped("\xF4\x8F\xBF\xBF") == "\"\xF4\x8F\xBF\xBF\"");                // U+10FFFF, the last
}

TEST_CASE("json string: invalid UTF-8 becomes U+FFFD where nlohmann's replace handler puts it") {
  // A byte that cannot start a sequence: one replacement each.
  CHECK(escaped("a\x80z") == "\"a" + kFffd + "z\"");
  CHECK(escaped("\xFF\xFE") == "\"" + kFffd + kFffd + "\"");
  CHECK(escaped("\xC0\xAF") == "\"" + kFffd + kFffd + "\"");  // overlong '/': C0 never starts one
  // A sequence broken by a byte that does not continue it: one replacement, then that byte
  // is read again.
  CHECK(escaped("\xC3(") == "\"" + kFffd + "(\"");
  CHECK(escaped("\xE1\x80\"") == "\"" + kFffd + "\\\"\"");
  CHECK(escaped("\xE0\x80\x80") == "\"" + kFffd + kFffd + kFffd + "\"");      // overlong
  CHECK(escaped("\xED\xA0\x80") == "\"" + kFffd + kFffd + kFffd + "\"");      // surrogate U+D800
  CHECK(escaped("\xF4\x90\x80\x80") == "\"" + kFffd + kFffd + kFffd + kFffd + "\"");  // > U+10FFFF
  CHECK(escaped("\xE1\xC3\xA1") == "\"" + kFffd + "\xC3\xA1\"");             // then a valid 'á'
  // A sequence cut by the end of the string: one replacement for all of it.
  CHECK(escaped("a\xC3") == "\"a" + kFffd + "\"");
  CHECK(escaped("\xF0\x9F\x93") == "\"" + kFffd + "\"");
}

TEST_CASE("json string: the same as nlohmann on every string of up to two bytes") {
  for (int a = 0; a < 256; ++a) {
    const std::string one(1, static_cast<char>(a));
    REQUIRE(escaped(one) == nlohmann_escaped(one));
    for (int b = 0; b < 256; ++b) {
      const std::string two = one + static_cast<char>(b);
      REQUIRE(escaped(two) == nlohmann_escaped(two));
    }
  }
}

TEST_CASE("json string: the same as nlohmann on random strings rich in UTF-8 boundary bytes") {
  // Bytes where the decoder's decisions change (escapes and their neighbours, continuation
  // ranges, leads), with plain ASCII more often so that long plain runs occur.
  const unsigned char alphabet[] = {'a', 'b', 'c', 'd', 'e', ' ', '"', '\\', '!', '#', '[', ']', '\n', 0x00, 0x01,
                                    0x1F, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC2, 0xDF, 0xE0, 0xE1,
                                    0xED, 0xEF, 0xF0, 0xF3, 0xF4, 0xF5, 0xFF};
  std::mt19937 random(20261128);
  std::uniform_int_distribution<size_t> pick(0, sizeof alphabet - 1), length(0, 40);
  for (int n = 0; n < 200000; ++n) {
    std::string s(length(random), ' ');
    for (char& c : s) c = static_cast<char>(alphabet[pick(random)]);
    REQUIRE(escaped(s) == nlohmann_escaped(s));
  }
}

TEST_CASE("json string: the same as nlohmann on random strings of valid characters") {
  // Whole characters of every length, and escapes, at every alignment of the eight-byte test.
  const std::string characters[] = {"a", "Z", " ", "\"", "\\", "\t", "\x01", "\xC3\xA0", "\xC6\xB0", "\xC4\x91",
                                    "\xE1\xBB\x87", "\xE1\xBA\xA1", "\xE2\x80\x9C", "\xE0\xA4\x85", "\xED\x9F\xBF",
                                    "\xEF\xBF\xBD", "\xF0\x9F\x93\x84", "\xF4\x8F\xBF\xBF"};
  std::mt19937 random(7);
  std::uniform_int_distribution<size_t> pick(0, std::size(characters) - 1), length(0, 40);
  for (int n = 0; n < 50000; ++n) {
    std::string s;
    for (size_t k = length(random); k > 0; --k) s += characters[pick(random)];
    REQUIRE(escaped(s) == nlohmann_escaped(s));
  }
}

TEST_CASE("json string: long plain strings, whole or with one flaw anywhere, the same as nlohmann") {
  // Strings of 16 bytes or more are first checked whole (nothing to escape, valid UTF-8) and
  // then copied in one piece: plain ones must come out as they are, and one escape or one
  // broken byte at any place must send the string down the general path.
  const std::string plain[] = {"a", "Z", " ", "#", "\x7F", "\xC3\xA0", "\xC6\xB0", "\xC4\x91", "\xE1\xBB\x87",
                               "\xE2\x80\x9C", "\xED\x9F\xBF", "\xEF\xBF\xBD", "\xF0\x9F\x93\x84", "\xF4\x8F\xBF\xBF"};
  const std::string flaws[] = {"\"", "\\", "\n", "\x01", "\x1F", "\x80", "\xC0\xAF", "\xE0\x80\x80", "\xED\xA0\x80",
                               "\xF4\x90\x80\x80", "\xF5", "\xFF", "\xE1\xBB", "\xC3"};
  std::mt19937 random(2811);
  std::uniform_int_distribution<size_t> pick(0, std::size(plain) - 1), flaw(0, std::size(flaws) - 1), length(16, 300);
  for (int n = 0; n < 30000; ++n) {
    std::string s;
    for (size_t k = length(random); k > 0; --k) s += plain[pick(random)];
    REQUIRE(escaped(s) == nlohmann_escaped(s));
    if (n % 2 == 0) REQUIRE(escaped(s) == "\"" + s + "\"");
    std::string flawed = s;
    flawed.insert(std::uniform_int_distribution<size_t>(0, s.size())(random), flaws[flaw(random)]);
    REQUIRE(escaped(flawed) == nlohmann_escaped(flawed));
  }
}
