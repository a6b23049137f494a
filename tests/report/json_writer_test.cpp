// JsonWriter and append_json_string: hand-worked expected texts, then agreement with nlohmann's
// dump(indent, ' ', false, replace) on every short byte string and on many random ones.
#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <random>

#include <nlohmann/json.hpp>

#include "report/json_writer.h"

namespace {

using vanban::JsonWriter;

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

TEST_CASE("json writer: layout of dump(2), members one level deeper than their container") {
  std::string out;
  JsonWriter w(out, 2);
  w.begin_object();
  w.key("a");
  w.begin_array();
  w.integer(1);
  w.begin_object();
  w.end_object();
  w.begin_array();
  w.end_array();
  w.end_array();
  w.key("b");
  w.null();
  w.key("c");
  w.boolean(false);
  w.end_object();
  w.finish();
  CHECK(out == "{\n  \"a\": [\n    1,\n    {},\n    []\n  ],\n  \"b\": null,\n  \"c\": false\n}");
}

TEST_CASE("json writer: layout of dump(), compact") {
  std::string out;
  JsonWriter w(out);
  w.begin_object();
  w.key("k");
  w.begin_array();
  w.string("v");
  w.integer(-7);
  w.integer(std::numeric_limits<uint64_t>::max());
  w.end_array();
  w.key("e");
  w.begin_object();
  w.end_object();
  w.end_object();
  w.finish();
  CHECK(out == R"({"k":["v",-7,18446744073709551615],"e":{}})");
}

// A name that would need escaping does not compile (JsonKey's constructor is consteval).
static_assert(vanban::JsonKey("end_line").quoted() == "\"end_line\"");
static_assert(vanban::JsonKey("a_name_of_thirty_bytes________").quoted().size() == 32);

TEST_CASE("json writer: level 1 writes a value nested in an array, after the caller's indent") {
  std::string out = "  ";
  JsonWriter w(out, 2, 1);
  w.begin_object();
  w.key("x");
  w.begin_array();
  w.integer(2);
  w.end_array();
  w.end_object();
  w.finish();
  CHECK(out == "  {\n    \"x\": [\n      2\n    ]\n  }");
}

TEST_CASE("json writer: doubles as nlohmann prints them") {
  const auto real = [](double v) {
    std::string out;
    JsonWriter(out).real(v);
    return out;
  };
  CHECK(real(33.3) == "33.3");
  CHECK(real(2.0) == "2.0");
  CHECK(real(-0.125) == "-0.125");
  CHECK(real(0.0001) == "0.0001");
  CHECK(real(1e20) == "1e+20");
  CHECK(real(1.5e-7) == "1.5e-07");
  CHECK(real(std::nan("")) == "null");
  CHECK(real(HUGE_VAL) == "null");
}

TEST_CASE("json writer: appends to out, which holds exactly the text after finish or destruction") {
  std::string out = "x=";
  {
    JsonWriter w(out);
    w.begin_array();
    w.integer(1);
    w.finish();
    CHECK(out == "x=[1");
    w.string(std::string(1000, 'a'));  // beyond the room reserved so far
    w.end_array();
  }
  CHECK(out == "x=[1,\"" + std::string(1000, 'a') + "\"]");
}
