// heading_title's 16-bytes-at-a-time (SSE2) copy of plain text (title.cpp) against the byte-by-byte
// definition it replaced, kept here word for word: on random text built from the bytes the
// rules look at (white space of every kind, '.', ':', capitals after a period, multi-byte
// letters, cuts of max_chars in and out of words) and on the headings of the bundled corpus.
#include <catch2/catch.hpp>

#include <array>
#include <atomic>
#include <cstdint>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "structure/title.h"
#include "text/fold.h"
#include "text/utf8.h"
#include "../corpus_texts.h"

namespace vanban {
namespace reference_impl {

// Does the first sentence end at s[i]: a period before a capital or at the end, or a colon?
bool ends_sentence(std::string_view s, size_t i) {
  if (s[i] == ':') return true;
  if (s[i] != '.') return false;
  size_t j = i + 1;
  if (j >= s.size()) return true;
  if (s[j] != ' ') return false;
  while (j < s.size() && s[j] == ' ') ++j;
  size_t k = j;
  return j < s.size() && is_upper(utf8::next(s, k));
}

// What a byte is to collapsed_first_sentence.
enum TitleByte : uint8_t { kStarts = 1, kSpace = 2, kStop = 4 };  // a character's first byte; white space; ':' '.'
constexpr std::array<uint8_t, 256> title_bytes() {
  std::array<uint8_t, 256> t{};
  for (int c = 0; c < 256; ++c) t[c] = (c & 0xC0) == 0x80 ? 0 : kStarts;
  t[' '] = t['\t'] = t['\n'] = t['\r'] = kSpace;
  t[':'] |= kStop;
  t['.'] |= kStop;
  return t;
}
constexpr std::array<uint8_t, 256> kTitleBytes = title_bytes();

uint8_t title_byte(char c) { return kTitleBytes[static_cast<unsigned char>(c)]; }

// Copies the run of title text that starts at s[i] (up to white space, or a ':' or '.' after
// its first byte, which may end the sentence) to out; returns its end and counts its characters.
size_t copy_run(std::string_view s, size_t i, char* out, size_t& chars) {
  size_t e = i;
  do {
    chars += title_byte(s[e]) & kStarts;
    *out++ = s[e++];
  } while (e < s.size() && !(title_byte(s[e]) & (kSpace | kStop)));
  return e;
}

// The first sentence of s with white space collapsed (as collapse_spaces), but no more than
// its first `max_chars` characters: a heading paragraph can run on for pages, and only that
// much of it can show in its title.
std::string collapsed_first_sentence(std::string_view s, size_t max_chars) {
  std::string out(s.size(), '\0');  // never longer than s: a run of white space gives one space
  size_t n = 0, chars = 0, i = 0;
  bool space = false;
  while (i < s.size()) {
    if (title_byte(s[i]) & kSpace) {
      space = n > 0;
      ++i;
      continue;
    }
    if ((title_byte(s[i]) & kStop) && ends_sentence(s, i)) break;
    if (space) {
      if (chars == max_chars) break;
      out[n++] = ' ';
      ++chars;
      space = false;
    }
    size_t run_chars = 0;
    const size_t e = copy_run(s, i, &out[n], run_chars);
    if (chars + run_chars > max_chars) {  // the limit falls inside this run: keep what fits
      for (; i < e; ++i, ++n) {
        const bool starts_char = title_byte(s[i]) & kStarts;
        if (starts_char && chars == max_chars) break;
        chars += starts_char;
      }
      break;
    }
    n += e - i;
    chars += run_chars;
    i = e;
  }
  out.resize(n);
  return out;
}

// "BỐI CẢNH, TÌNH HÌNH CHUNG Năm 2023 là …": a title in capitals with the body glued after it
// ends where the capitals end.
size_t caps_title_end(std::string_view s) {
  size_t i = 0, words = 0, end = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    size_t e = std::min(s.find(' ', i), s.size());
    if (e == i) break;
    if (has_lowercase(s.substr(i, e - i))) return words >= 2 ? end : s.size();
    if (is_caps_word(s.substr(i, e - i))) ++words;
    end = e;
    i = e;
  }
  return s.size();
}

}  // namespace reference_impl
using namespace reference_impl;

std::string heading_title_reference(std::string_view text, size_t from, size_t max_chars) {
  if (from >= text.size()) return {};
  std::string_view s = text.substr(from);
  s = s.substr(0, std::min(s.size(), max_chars * 8));  // enough bytes for max_chars characters
  s = s.substr(0, caps_title_end(s));
  // One character more than fits tells that the title must be cut, and where.
  std::string t = collapsed_first_sentence(s, max_chars + 1);
  if (utf8::count(t) > max_chars) {
    size_t i = 0, n = 0;
    while (i < t.size() && n < max_chars) {
      utf8::next(t, i);
      ++n;
    }
    size_t cut = t.rfind(' ', i);
    t.resize(cut == std::string::npos ? i : cut);
    t += "…";
    return t;
  }
  while (!t.empty() && (t.back() == '.' || t.back() == ';' || t.back() == ',' || t.back() == ':' || t.back() == ' '))
    t.pop_back();
  return t;
}
}  // namespace vanban

namespace {

std::string random_text(std::mt19937& rng) {
  // "\xC4" and "\x90": a lead byte without its continuation, a continuation without its lead.
  static const std::array<std::string, 26> kPieces = {
      "a", "b", "x", "Q", "Đ", "đ", "ư", "Người", "ĐIỀU", "việc", "1", "2.5", " ", " ", " ", "  ", "\t", "\n",
      "\r\n", ".", ":", ";", ",", "ế", "\xC4", "\x90"};
  std::string s;
  const size_t pieces = rng() % 120;
  for (size_t k = 0; k < pieces; ++k) s += kPieces[rng() % kPieces.size()];
  return s;
}

// Mostly plain text (words and single spaces, the 16-byte blocks' case) with a rare piece that
// is not: a stop, other white space, a control or NUL byte, a capitals word, a broken sequence.
std::string random_plain_text(std::mt19937& rng) {
  static const std::array<std::string, 14> kWords = {"người", "có", "đất", "thu", "hồi", "bao", "gồm", "Điều",
                                                     "hộ", "gia", "đình", "x", "CHUNG", "ĐỊNH"};
  static const std::array<std::string, 16> kRare = {".",  ":", ". Một", ": a", "  ",   "\t",   "\r\n", std::string(1, '\0'),
                                                    "\x01", "\x0B", "\xC4", "\x90", "\xE1\xBB", "QUY ĐỊNH CHUNG ", "2.5", " ."};
  std::string s;
  const size_t words = rng() % 90;
  for (size_t k = 0; k < words; ++k) {
    if (rng() % 14 == 0) s += kRare[rng() % kRare.size()];
    s += kWords[rng() % kWords.size()];
    if (rng() % 9 != 0) s += ' ';
  }
  return s;
}

}  // namespace

TEST_CASE("heading_title matches its byte-by-byte definition on mostly plain random text") {
  std::mt19937 rng(20261129);
  for (int k = 0; k < 200000; ++k) {
    const std::string s = random_plain_text(rng);
    const size_t from = s.empty() || rng() % 2 ? 0 : rng() % (s.size() + 1);
    const size_t max_chars = rng() % 3 == 0 ? 200 : 1 + rng() % 120;
    INFO("text: " << s << " from " << from << " max " << max_chars);
    REQUIRE(vanban::heading_title(s, from, max_chars) == vanban::heading_title_reference(s, from, max_chars));
  }
}

// The cut at exactly max_chars, with one-, two- and three-byte characters on each side of it,
// a space or a stop just there, and the block boundaries at every offset.
TEST_CASE("heading_title matches its definition around the 200-character cut") {
  const std::array<std::string, 6> kFill = {"a", "đ", "ế", "a ", "đ ", "ế "};
  const std::array<std::string, 9> kAt = {"", " ", "x", "ư", "ễ", ".", ": b", ". Bốn", "\xC4"};
  for (const std::string& fill : kFill)
    for (size_t lead = 0; lead < 20; ++lead)
      for (const std::string& at : kAt)
        for (size_t before = 190; before <= 205; ++before) {
          std::string s(lead, 'b');
          while (vanban::utf8::count(s) < before) s += fill;
          s += at;
          s += " tiếp theo là phần còn lại của đoạn văn";
          INFO("text: " << s);
          REQUIRE(vanban::heading_title(s, 0) == vanban::heading_title_reference(s, 0, 200));
          REQUIRE(vanban::heading_title(s, lead) == vanban::heading_title_reference(s, lead, 200));
        }
}

TEST_CASE("heading_title matches its definition on capitals titles with the body glued after") {
  for (const char* s : {"BỐI CẢNH, TÌNH HÌNH CHUNG Năm 2023 là năm bản lề.", "QUY ĐỊNH CHUNG Chương này quy định",
                        "I. TỔ CHỨC THỰC HIỆN 1. Giao Sở", "ĐIỀU KHOẢN THI HÀNH", "A B c d", "  ĐIỀU  KHOẢN\tthi hành",
                        "X. y", "ĐIỀU KHOẢN THI HÀNH VÀ TRÁCH NHIỆM CỦA CÁC CƠ QUAN, TỔ CHỨC CÓ LIÊN QUAN việc"})
    for (size_t max_chars : {200, 20, 5})
      REQUIRE(vanban::heading_title(s, 0, max_chars) == vanban::heading_title_reference(s, 0, max_chars));
}

TEST_CASE("heading_title matches its byte-by-byte definition on random text") {
  std::mt19937 rng(20261128);
  for (int k = 0; k < 200000; ++k) {
    const std::string s = random_text(rng);
    const size_t from = s.empty() ? 0 : rng() % (s.size() + 1);
    const size_t max_chars = 1 + rng() % 60;
    INFO("text: " << s << " from " << from << " max " << max_chars);
    REQUIRE(vanban::heading_title(s, from, max_chars) == vanban::heading_title_reference(s, from, max_chars));
  }
}

TEST_CASE("heading_title matches its byte-by-byte definition on the corpus") {
  size_t compared = 0;
  for (const std::string& text : vanban::testing::corpus_texts()) {
    // A title from every line start, and from every 97th byte (cut inside words too).
    for (size_t at = 0; at < text.size(); at = text.find('\n', at) + 1) {
      for (size_t max_chars : {200, 17}) {
        REQUIRE(vanban::heading_title(text, at, max_chars) == vanban::heading_title_reference(text, at, max_chars));
        ++compared;
      }
      if (text.find('\n', at) == std::string::npos) break;
    }
    for (size_t at = 0; at < text.size(); at += 97)
      REQUIRE(vanban::heading_title(text, at) == vanban::heading_title_reference(text, at, 200));
  }
  CHECK(compared > 100);
}

// utf8::next steps over every character whole: no stray continuation byte, no sequence cut short.
bool valid_utf8(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    const auto b = static_cast<unsigned char>(s[i]);
    const size_t len = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 0;
    if (len == 0 || i + len > s.size()) return false;
    for (size_t k = 1; k < len; ++k)
      if (!vanban::utf8::is_continuation(static_cast<unsigned char>(s[i + k]))) return false;
    i += len;
  }
  return true;
}

// find_sections promises valid UTF-8 (the layout's text) and a title start at a character:
// the cut then skips its check that the characters are whole.
TEST_CASE("heading_title on valid UTF-8 matches its definition on the corpus") {
  size_t compared = 0;
  for (const std::string& text : vanban::testing::corpus_texts()) {
    REQUIRE(valid_utf8(text));
    for (size_t at = 0; at < text.size(); at += 61) {
      size_t from = at;
      while (from < text.size() && vanban::utf8::is_continuation(static_cast<unsigned char>(text[from]))) ++from;
      for (size_t max_chars : {200, 17, 3}) {
        REQUIRE(vanban::heading_title(text, from, max_chars, vanban::Utf8Text::Valid) ==
                vanban::heading_title_reference(text, from, max_chars));
        ++compared;
      }
    }
  }
  CHECK(compared > 1000);
}

TEST_CASE("heading_title on valid UTF-8 matches its definition on random text") {
  std::mt19937 rng(31);
  size_t compared = 0;
  for (int k = 0; k < 200000; ++k) {
    const std::string s = k % 2 ? random_plain_text(rng) : random_text(rng);
    if (!valid_utf8(s)) continue;
    const size_t max_chars = 1 + rng() % 80;
    INFO("text: " << s << " max " << max_chars);
    REQUIRE(vanban::heading_title(s, 0, max_chars, vanban::Utf8Text::Valid) == vanban::heading_title_reference(s, 0, max_chars));
    ++compared;
  }
  CHECK(compared > 50000);
}

// heading_title collapses into a per-thread scratch buffer that is never cleared: a short title
// after a long one must not show the long one's bytes, and threads must not share it.
TEST_CASE("heading_title's scratch buffer: short titles after long ones, and on several threads") {
  const std::string long_title = "Quy định chi tiết " + std::string(1500, 'x') + " và hướng dẫn thi hành";
  for (const char* short_title : {"", "A", "Ab. Cd", "Phạm vi điều chỉnh", "Đ", " \t"}) {
    REQUIRE(vanban::heading_title(long_title, 0) == vanban::heading_title_reference(long_title, 0, 200));
    REQUIRE(vanban::heading_title(short_title, 0) == vanban::heading_title_reference(short_title, 0, 200));
  }
  const std::vector<std::string>& texts = vanban::testing::corpus_texts();
  auto titles_of = [&](size_t step, std::atomic<size_t>& wrong) {
    for (const std::string& text : texts)
      for (size_t at = 0; at < text.size(); at += step)
        wrong += vanban::heading_title(text, at, 1 + at % 250) != vanban::heading_title_reference(text, at, 1 + at % 250);
  };
  std::atomic<size_t> wrong{0};
  std::vector<std::thread> threads;
  for (size_t step : {89, 97, 101, 103}) threads.emplace_back(titles_of, step, std::ref(wrong));
  for (std::thread& t : threads) t.join();
  CHECK(wrong == 0);
}

TEST_CASE("has_lowercase's ASCII shortcut matches is_letter and is_upper") {
  auto by_definition = [](std::string_view s) {
    for (size_t i = 0; i < s.size();) {
      const char32_t c = vanban::utf8::next(s, i);
      if (vanban::is_letter(c) && !vanban::is_upper(c)) return true;
    }
    return false;
  };
  std::mt19937 rng(7);
  for (int k = 0; k < 100000; ++k) {
    const std::string s = random_text(rng).substr(0, rng() % 12);
    INFO("text: " << s);
    REQUIRE(vanban::has_lowercase(s) == by_definition(s));
  }
  for (int c = 0; c < 128; ++c) REQUIRE(vanban::has_lowercase(std::string(1, static_cast<char>(c))) == by_definition(std::string(1, static_cast<char>(c))));
}
