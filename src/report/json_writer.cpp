#include "report/json_writer.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <nlohmann/json.hpp>

#include "report/json_escape.h"

namespace vanban {
namespace {

// A comma, a line break and kMaxSpaces of indent, with one spare space so that the piece
// without the comma is as long.
constexpr size_t kMaxSpaces = 64;
constexpr std::array<char, kMaxSpaces + 3> kBreak = [] {
  std::array<char, kMaxSpaces + 3> piece{};
  piece.fill(' ');
  piece[0] = ',', piece[1] = '\n';
  return piece;
}();

}  // namespace

void JsonWriter::put_string(std::string_view s) {
  char* start = room(max_escaped_size(s));
  size_ += static_cast<size_t>(escape_json_string(start, s) - start);
}

// The room is zero-filled by resize: it grows by steps of at most 64 KiB, written soon after,
// while they are still in the cache. (The allocation itself still grows geometrically:
// std::string doubles its capacity when a resize goes past it.)
void JsonWriter::grow(size_t n) {
  const size_t step = std::clamp(size_, size_t{256}, size_t{64} << 10);
  out_.resize(size_ + std::max(n, step));
}

// Runs once per member: in the indented layout, the line break, the indent, the quoted name
// and ": " are two fixed-size copies into one piece of room.
void JsonWriter::key(const JsonKey& name) {
  const size_t spaces = static_cast<size_t>(level_) * static_cast<size_t>(indent_);
  char* start = nullptr;
  char* end = nullptr;
  if (pretty() && spaces <= kMaxSpaces && !has_members_.empty()) {
    const bool comma = has_members_.back();
    has_members_.back() = true;
    start = room(kMaxSpaces + 2 + JsonKey::kCapacity + 2);
    std::memcpy(start, kBreak.data() + (comma ? 0 : 1), kMaxSpaces + 2);
    end = start + (comma ? 2 : 1) + spaces;
  } else {
    before_value();
    start = end = room(JsonKey::kCapacity + 2);
  }
  std::memcpy(end, name.padded(), JsonKey::kCapacity);
  end += name.quoted().size();
  *end++ = ':';
  if (pretty()) *end++ = ' ';
  size_ += static_cast<size_t>(end - start);
  after_key_ = true;
}

void JsonWriter::expect(size_t bytes) {
  if (out_.capacity() < size_ + bytes) out_.reserve(size_ + bytes);
}

// Rare in the output (non-integral figures only), so nlohmann itself formats them: its
// shortest-digits algorithm and exponent form are then reproduced by construction.
void JsonWriter::real(double v) {
  before_value();
  put(nlohmann::json(v).dump());
}

void JsonWriter::open(char bracket) {
  before_value();
  put(std::string_view(&bracket, 1));
  has_members_.push_back(false);
  ++level_;
}

void JsonWriter::close(char bracket) {
  --level_;
  if (has_members_.back() && pretty()) line_break(false);
  has_members_.pop_back();
  put(std::string_view(&bracket, 1));
}

void JsonWriter::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (has_members_.empty()) return;  // the top-level value
  const bool comma = has_members_.back();
  has_members_.back() = true;
  if (pretty()) line_break(comma);
  else if (comma) put(",");
}

// The comma, line break and indent are one fixed-size copy (of which the text keeps what is
// due): this runs before every key and array element.
void JsonWriter::line_break(bool comma) {
  const size_t spaces = static_cast<size_t>(level_) * static_cast<size_t>(indent_);
  if (spaces > kMaxSpaces) {
    put(comma ? ",\n" : "\n");
    put(std::string(spaces, ' '));
    return;
  }
  std::memcpy(room(kMaxSpaces + 2), kBreak.data() + (comma ? 0 : 1), kMaxSpaces + 2);
  size_ += (comma ? 2 : 1) + spaces;
}

}  // namespace vanban
