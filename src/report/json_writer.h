// Writes JSON text straight into a std::string, laid out byte for byte as nlohmann's
// dump(indent, ' ', false, error_handler_t::replace) lays out the same tree, without building
// the tree: no allocation per value, no std::map copies.
//
//   std::string out;
//   {
//     vanban::JsonWriter w(out, 2);       // 2: like dump(2); -1: one line, like dump()
//     w.begin_object();
//     w.key("line"_key);  w.integer(17);
//     w.key("text"_key);  w.string("33,3%");
//     w.key("unit"_key);  w.null();
//     w.end_object();
//   }                                     // or w.finish()
//   // out == "{\n  \"line\": 17,\n  \"text\": \"33,3%\",\n  \"unit\": null\n}"
//
// The writer appends to out. It grows out ahead of what it writes and fills it in place, so
// out holds exactly the text only once finish() is called or the writer is destroyed.
//
// Keys are names known when compiling ("line"_key: a JsonKey), written in the order given.
// nlohmann objects are std::maps, so to print what dump() prints, give them in byte order
// ("end_column" before "end_line").
//
// A writer made with level 1 writes a value that sits one level deep, as each document does
// in the array `vanban extract` prints for several files: every line after the first carries
// one more indent. The caller writes the indent of the first line.
//
// Strings are escaped as nlohmann escapes them, invalid UTF-8 included (report/json_escape.h).
#pragma once
#include <charconv>
#include <concepts>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace vanban {

// The name of an object member, known when compiling ("line"): it is checked then to need no
// escaping (printable ASCII without '"' or '\\', at most 30 bytes), so that it prints as
// nlohmann prints it, and it is quoted then, so that writing it is one fixed-size copy.
class JsonKey {
 public:
  static constexpr size_t kCapacity = 32;  // the quoted name, and room to copy it whole

  // Written "line"_key (below) where a writer takes it.
  explicit consteval JsonKey(const char* name) {
    quoted_[size_++] = '"';
    for (const char* c = name; *c; ++c) {
      const bool plain = *c >= 0x20 && *c < 0x7F && *c != '"' && *c != '\\';
      if (!plain || size_ + 2 > kCapacity) throw "JsonKey: a name to escape, or too long";
      quoted_[size_++] = *c;
    }
    quoted_[size_++] = '"';
  }
  constexpr std::string_view quoted() const { return {quoted_, size_}; }
  constexpr const char* padded() const { return quoted_; }  // kCapacity bytes, the quoted name first

 private:
  char quoted_[kCapacity] = {};
  size_t size_ = 0;
};

namespace json_detail {
// A string literal as a template argument, for operator""_key.
template <size_t N>
struct KeyLiteral {
  char chars[N] = {};
  consteval KeyLiteral(const char (&s)[N]) {  // NOLINT: implicit, so that "line"_key works
    for (size_t i = 0; i < N; ++i) chars[i] = s[i];
  }
};
template <KeyLiteral Name>
inline constexpr JsonKey kKey{Name.chars};
}  // namespace json_detail

// "line"_key: the JsonKey of a name, one constant in static storage per name, which
// JsonWriter::key copies from. Not a JsonKey built on the stack at each call: that was built
// with small stores just before key() read it with 16-byte loads, which the processor cannot
// forward from them (a stall of a dozen cycles or more for every member written).
template <json_detail::KeyLiteral Name>
constexpr const JsonKey& operator""_key() {
  return json_detail::kKey<Name>;
}

class JsonWriter {
 public:
  JsonWriter(std::string& out, int indent = -1, int level = 0)
      : out_(out), size_(out.size()), indent_(indent), level_(level) {}
  ~JsonWriter() { finish(); }
  JsonWriter(const JsonWriter&) = delete;
  JsonWriter& operator=(const JsonWriter&) = delete;

  // Cuts out to the text written (idempotent; writing may go on after it).
  void finish() { out_.resize(size_); }
  // About `bytes` more are to be written: room for them is allocated at once, so that the
  // text written so far is not copied again as the string grows. A hint; any value is safe.
  void expect(size_t bytes);

  void begin_object() { open('{'); }
  void end_object() { close('}'); }
  void begin_array() { open('['); }
  void end_array() { close(']'); }
  // The name of the next member of the current object; its value follows.
  void key(const JsonKey& name);

  void string(std::string_view s) {
    before_value();
    put_string(s);
  }
  template <std::integral T>
  void integer(T v) {
    before_value();
    char* at = room(24);
    size_ += static_cast<size_t>(std::to_chars(at, at + 24, v).ptr - at);
  }
  // As nlohmann prints a double (shortest round trip, "1.0" when integral, null when not finite).
  void real(double v);
  void boolean(bool v) {
    before_value();
    put(v ? std::string_view("true") : std::string_view("false"));
  }
  void null() {
    before_value();
    put("null");
  }

 private:
  void open(char bracket);
  void close(char bracket);
  // The separator and line break that come before a value or a key, when they are due.
  void before_value();
  // A line break and the indent of the current level, after a comma when one is due.
  void line_break(bool comma);
  void put_string(std::string_view s);
  void put(std::string_view s) {
    std::memcpy(room(s.size()), s.data(), s.size());
    size_ += s.size();
  }
  // Where the next n bytes go: out_ grows (geometrically) so that they fit.
  char* room(size_t n) {
    if (out_.size() - size_ < n) grow(n);
    return out_.data() + size_;
  }
  void grow(size_t n);
  bool pretty() const { return indent_ >= 0; }

  std::string& out_;
  size_t size_;                             // bytes of out_ that hold text; the rest is room
  const int indent_;
  int level_;                               // nesting level of the innermost open container
  std::vector<unsigned char> has_members_;  // per open container: something was written in it
  bool after_key_ = false;                  // the next value completes a member: no separator
};

}  // namespace vanban
