// Writes JSON text straight into a std::string, laid out byte for byte as nlohmann's
// dump(indent, ' ', false, error_handler_t::replace) lays out the same tree, without building
// the tree: no allocation per value, no std::map copies.
//
//   std::string out;
//   vanban::JsonWriter w(out, 2);       // 2: like dump(2); -1: one line, like dump()
//   w.begin_object();
//   w.key("line");  w.integer(17);
//   w.key("text");  w.string("33,3%");
//   w.key("unit");  w.null();
//   w.end_object();
//   // out == "{\n  \"line\": 17,\n  \"text\": \"33,3%\",\n  \"unit\": null\n}"
//
// Keys are written in the order given. nlohmann objects are std::maps, so to print what
// dump() prints, give the keys in byte order ("end_column" before "end_line").
//
// A writer made with level 1 writes a value that sits one level deep, as each document does
// in the array `vanban extract` prints for several files: every line after the first carries
// one more indent. The caller writes the indent of the first line.
//
// Strings are escaped as nlohmann escapes them: \" \\ \b \f \n \r \t, other control characters
// as \u00XX (lower-case hex), UTF-8 copied as is, and every invalid UTF-8 sequence replaced by
// U+FFFD exactly where nlohmann's `replace` error handler puts one.
#pragma once
#include <charconv>
#include <concepts>
#include <string>
#include <string_view>
#include <vector>

namespace vanban {

// Appends s to out as a quoted, escaped JSON string.
void append_json_string(std::string& out, std::string_view s);

class JsonWriter {
 public:
  JsonWriter(std::string& out, int indent = -1, int level = 0) : out_(out), indent_(indent), level_(level) {}

  void begin_object() { open('{'); }
  void end_object() { close('}'); }
  void begin_array() { open('['); }
  void end_array() { close(']'); }
  // The name of the next member of the current object; its value follows.
  void key(std::string_view name);

  void string(std::string_view s) {
    before_value();
    append_json_string(out_, s);
  }
  template <std::integral T>
  void integer(T v) {
    before_value();
    char digits[24];
    const char* end = std::to_chars(digits, digits + sizeof digits, v).ptr;
    out_.append(digits, static_cast<size_t>(end - digits));
  }
  // As nlohmann prints a double (shortest round trip, "1.0" when integral, null when not finite).
  void real(double v);
  void boolean(bool v) {
    before_value();
    out_ += v ? "true" : "false";
  }
  void null() {
    before_value();
    out_ += "null";
  }

 private:
  void open(char bracket);
  void close(char bracket);
  // The separator and line break that come before a value or a key, when they are due.
  void before_value();
  void new_line(int level);
  bool pretty() const { return indent_ >= 0; }

  std::string& out_;
  const int indent_;
  int level_;                         // nesting level of the innermost open container
  std::vector<bool> has_members_;     // per open container: something was written in it
  bool after_key_ = false;            // the next value completes a member: no separator
};

}  // namespace vanban
