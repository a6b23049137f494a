// JsonWriter: the layout of nlohmann's dump(2) and dump(), nesting levels, doubles, and the
// string it writes into, with hand-worked expected texts.
#include <catch2/catch.hpp>

#include <cmath>
#include <limits>

#include "report/json_writer.h"

using vanban::JsonWriter;
using vanban::operator""_key;

TEST_CASE("json writer: layout of dump(2), members one level deeper than their container") {
  std::string out;
  JsonWriter w(out, 2);
  w.begin_object();
  w.key("a"_key);
  w.begin_array();
  w.integer(1);
  w.begin_object();
  w.end_object();
  w.begin_array();
  w.end_array();
  w.end_array();
  w.key("b"_key);
  w.null();
  w.key("c"_key);
  w.boolean(false);
  w.end_object();
  w.finish();
  CHECK(out == "{\n  \"a\": [\n    1,\n    {},\n    []\n  ],\n  \"b\": null,\n  \"c\": false\n}");
}

TEST_CASE("json writer: layout of dump(), compact") {
  std::string out;
  JsonWriter w(out);
  w.begin_object();
  w.key("k"_key);
  w.begin_array();
  w.string("v");
  w.integer(-7);
  w.integer(std::numeric_limits<uint64_t>::max());
  w.end_array();
  w.key("e"_key);
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
  w.key("x"_key);
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
