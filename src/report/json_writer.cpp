#include "report/json_writer.h"

#include <cstdint>
#include <nlohmann/json.hpp>

namespace vanban {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD in UTF-8

bool is_plain_ascii(unsigned char b) { return b >= 0x20 && b < 0x80 && b != '"' && b != '\\'; }

void append_escape(std::string& out, unsigned char b) {
  switch (b) {
    case '"': out += "\\\""; return;
    case '\\': out += "\\\\"; return;
    case '\b': out += "\\b"; return;
    case '\f': out += "\\f"; return;
    case '\n': out += "\\n"; return;
    case '\r': out += "\\r"; return;
    case '\t': out += "\\t"; return;
    default: {
      static constexpr char kHex[] = "0123456789abcdef";
      const char escaped[] = {'\\', 'u', '0', '0', kHex[b >> 4], kHex[b & 0xF]};
      out.append(escaped, sizeof escaped);
    }
  }
}

// What the UTF-8 decoder makes of the sequence that starts at a non-ASCII byte.
struct Utf8Step {
  bool valid;     // a well-formed code point
  size_t length;  // valid: its bytes; invalid: the bytes dropped before decoding resumes
};

// Decodes the well-formed sequences of Unicode table 3-7, as the DFA in nlohmann's serializer
// does, and fails where it fails: a byte that cannot start a sequence is dropped alone; a
// sequence broken by an unexpected byte is dropped up to that byte, which is then read again
// as the start of what follows; a sequence cut by the end of the string is dropped whole.
Utf8Step decode_utf8(std::string_view s, size_t at) {
  const auto lead = static_cast<unsigned char>(s[at]);
  size_t length = 0;
  unsigned char low = 0x80, high = 0xBF;  // the range allowed for the second byte
  if (lead >= 0xC2 && lead <= 0xDF) length = 2;
  else if (lead >= 0xE0 && lead <= 0xEF) length = 3;
  else if (lead >= 0xF0 && lead <= 0xF4) length = 4;
  else return {false, 1};
  if (lead == 0xE0) low = 0xA0;        // overlong
  else if (lead == 0xED) high = 0x9F;  // surrogates
  else if (lead == 0xF0) low = 0x90;   // overlong
  else if (lead == 0xF4) high = 0x8F;  // beyond U+10FFFF
  for (size_t k = 1; k < length; ++k) {
    if (at + k >= s.size()) return {false, s.size() - at};
    const auto b = static_cast<unsigned char>(s[at + k]);
    if (b < low || b > high) return {false, k};
    low = 0x80, high = 0xBF;
  }
  return {true, length};
}

}  // namespace

void append_json_string(std::string& out, std::string_view s) {
  out.reserve(out.size() + s.size() + 2);
  out += '"';
  size_t copied = 0;  // s[copied, i) is due to be copied as is
  size_t i = 0;
  while (i < s.size()) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (is_plain_ascii(b)) {
      ++i;
      continue;
    }
    if (b < 0x80) {
      out.append(s.data() + copied, i - copied);
      append_escape(out, b);
      copied = ++i;
      continue;
    }
    const Utf8Step step = decode_utf8(s, i);
    if (!step.valid) {
      out.append(s.data() + copied, i - copied);
      out += kReplacement;
      copied = i + step.length;
    }
    i += step.length;
  }
  out.append(s.data() + copied, s.size() - copied);
  out += '"';
}

void JsonWriter::key(std::string_view name) {
  before_value();
  append_json_string(out_, name);
  out_ += pretty() ? ": " : ":";
  after_key_ = true;
}

// Rare in the output (non-integral figures only), so nlohmann itself formats them: its
// shortest-digits algorithm and exponent form are then reproduced by construction.
void JsonWriter::real(double v) {
  before_value();
  out_ += nlohmann::json(v).dump();
}

void JsonWriter::open(char bracket) {
  before_value();
  out_ += bracket;
  has_members_.push_back(false);
  ++level_;
}

void JsonWriter::close(char bracket) {
  --level_;
  if (has_members_.back() && pretty()) new_line(level_);
  has_members_.pop_back();
  out_ += bracket;
}

void JsonWriter::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (has_members_.empty()) return;  // the top-level value
  if (has_members_.back()) out_ += ',';
  has_members_.back() = true;
  if (pretty()) new_line(level_);
}

void JsonWriter::new_line(int level) {
  out_ += '\n';
  out_.append(static_cast<size_t>(level) * static_cast<size_t>(indent_), ' ');
}

}  // namespace vanban
