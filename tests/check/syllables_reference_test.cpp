// The syllable reader against its definition: a plain reader that decodes every character,
// hashes the lower-cased code points exactly and the separator's bytes, as the reader did
// before it folded case with masks and read separators lazily. On random texts over the
// characters that matter (both cases of Vietnamese letters, Ư/ư whose cases differ in more
// than one bit, Ǆ/ǆ, the Kelvin sign, other scripts, punctuation, bytes that are no UTF-8)
// and on the seed report, both must split alike, and agree on which syllables and separators
// are the same.
#include <catch2/catch.hpp>

#include <cctype>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "check/syllable_window.h"
#include "check/syllables.h"
#include "../corpus_texts.h"
#include "../random_pieces.h"

namespace {

using vanban::Gap;

// The definition: one character at a time, through SyllableChars (checked against the
// definitions in syllables_test.cpp), with an exact hash.
struct Plain {
  uint32_t begin, end;
  Gap gap;
  bool letters;
  std::u32string lowered;  // the syllable in lower case
  std::string separator;   // the separator's bytes, white space and breaks removed
  bool clause;
};

std::vector<Plain> read_plain(std::string_view text) {
  const vanban::SyllableChars& chars = vanban::SyllableChars::get();
  std::vector<Plain> out;
  size_t i = 0;
  bool first = true;
  auto letter_at = [&](size_t at, size_t& next) {
    next = at;
    const auto b = static_cast<unsigned char>(text[at]);
    if (b < 0x80) {
      ++next;
      return std::isalnum(b) != 0;
    }
    return chars.is_letter(vanban::utf8::next(text, next));
  };
  while (i < text.size()) {
    Plain p{};
    p.gap = first ? Gap::Break : Gap::Space;
    size_t next = i;
    while (i < text.size() && !letter_at(i, next)) {
      for (size_t k = i; k < next; ++k) {
        const char b = text[k];
        if (b == '\n' || b == '|') {
          p.gap = Gap::Break;
        } else if (b != ' ' && b != '\t') {
          if (p.gap == Gap::Space) p.gap = Gap::Other;
          p.separator += b;
          const bool stop = b == '.' && k + 1 < text.size() && text[k + 1] == ' ';
          p.clause = p.clause || b == ',' || b == ';' || b == ':' || b == '!' || b == '?' || stop;
        }
      }
      i = next;
    }
    if (i >= text.size()) break;
    first = false;
    p.begin = static_cast<uint32_t>(i);
    p.letters = true;
    while (i < text.size() && letter_at(i, next)) {
      size_t k = i;
      const char32_t c = vanban::utf8::next(text, k);
      p.lowered += chars.lower(c);
      p.letters = p.letters && !(c >= '0' && c <= '9');
      i = next;
    }
    p.end = static_cast<uint32_t>(i);
    out.push_back(std::move(p));
  }
  return out;
}

bool same_fields(const vanban::Syllable& a, const vanban::Syllable& b) {
  return a.begin == b.begin && a.end == b.end && a.gap_begin == b.gap_begin && a.gap == b.gap &&
         a.letters == b.letters && a.hash == b.hash;
}

// The syllables as read() gives them, in batches of 1 to 40, checked against next() (the
// path without the fast loop) field by field.
std::vector<vanban::Syllable> read_fast(std::string_view text) {
  std::vector<vanban::Syllable> one_by_one;
  vanban::SyllableReader reader(text);
  for (vanban::Syllable s; reader.next(s);) one_by_one.push_back(s);
  std::vector<vanban::Syllable> out;
  const std::vector<char> exact(text.begin(), text.end());  // no byte after the text: AddressSanitizer sees overreads
  vanban::SyllableReader batches(std::string_view(exact.data(), exact.size()));
  for (size_t batch = text.size() % 40 + 1;; batch = batch % 40 + 1) {
    vanban::Syllable slots[40];
    const size_t read = batches.read(slots, batch);
    out.insert(out.end(), slots, slots + read);
    if (read < batch) break;
  }
  REQUIRE(out.size() == one_by_one.size());
  for (size_t i = 0; i < out.size(); ++i) {
    INFO("syllable " << i);
    REQUIRE(same_fields(out[i], one_by_one[i]));
  }
  return out;
}

// Both readers agree on the text; pairs of syllables up to `reach` apart are compared.
void agree(std::string_view text, size_t reach) {
  const std::vector<Plain> plain = read_plain(text);
  const std::vector<vanban::Syllable> fast = read_fast(text);
  REQUIRE(fast.size() == plain.size());
  for (size_t i = 0; i < fast.size(); ++i) {
    INFO("syllable " << i << ": " << text.substr(plain[i].begin, plain[i].end - plain[i].begin));
    REQUIRE(fast[i].begin == plain[i].begin);
    REQUIRE(fast[i].end == plain[i].end);
    CHECK(fast[i].gap == plain[i].gap);
    CHECK(fast[i].letters == plain[i].letters);
    CHECK(vanban::clause_before(text, fast[i]) == plain[i].clause);
    for (size_t j = i >= reach ? i - reach : 0; j < i; ++j) {
      const bool same = plain[i].lowered == plain[j].lowered && plain[i].end - plain[i].begin == plain[j].end - plain[j].begin;
      CHECK(vanban::same_syllable(text, fast[i], fast[j]) == same);
      if (same) CHECK(fast[i].hash == fast[j].hash);
      CHECK(vanban::same_separator(text, fast[i], fast[j]) == (plain[i].separator == plain[j].separator));
    }
  }
}

// Pieces random texts are made of: letters in both cases, the same syllables spelled with
// different cases, separators, and bytes that are no UTF-8.
const std::vector<std::string> kPieces = {
    "a", "A", "b", "Z", "k", "K", "i", "I", "0", "7", "đ", "Đ", "ư", "Ư", "ơ", "Ơ", "ă", "Ă", "à", "À", "ạ", "Ạ",
    "ề", "Ề", "ỡ", "Ỡ", "ẁ", "Ẁ", "ǆ", "Ǆ", "ǅ", "\u212A", "İ", "ß", "ẞ", "ÿ", "Ÿ", "Ĺ", "ĺ", "α", "Α", "д", "Д",
    "ў", "Ў", "ⱥ", "Ⱥ", "ā", "Ā", "ı", "ſ", "×", "÷", "ª", "µ", "\u0301", "được", "ĐƯỢC", "Được", "trường", "TRƯỜNG",
    "người", "NGƯỜI", "nghiêng", "NGHIÊNG", "quyết", "QUYẾT",
    " ", " ", " ", " ", "  ", "\t", "\n", "|", ",", ", ", ";", ":", "!", "?", ".", ". ", "-", "/", "(", ")", "“", "”",
    "–", "…", "\u00A0", "→", "\r", std::string("\xff"), std::string("\x80"), std::string("\xc3"),
    std::string("\xe1\xba"), std::string("\xe1"), std::string("\xf0\x9f\x98\x80"),
    // read()'s fast loop: NUL bytes, overlong C0/C1 pairs (one decodes to a letter), 3-byte
    // characters of U+1000-1FFF that are letters or not, and ASCII runs longer than a word.
    std::string(1, '\0'), std::string("\xc1\xa1"), std::string("\xc0\x80"), "\u1F00", "\u1FBD", "\u1680",
    "abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJ0123456789", "Nghiêngnghiêng"};

std::string random_text(std::mt19937& rng, size_t pieces) {
  std::string out;
  std::uniform_int_distribution<size_t> pick(0, kPieces.size() - 1);
  for (size_t k = 0; k < pieces; ++k) out += kPieces[pick(rng)];
  return out;
}

}  // namespace

TEST_CASE("the reader agrees with its definition on random texts") {
  std::mt19937 rng(20261128);
  for (int round = 0; round < 3000; ++round) {
    const std::string text = random_text(rng, 1 + round % 40);
    INFO("text: " << text);
    agree(text, 16);
  }
}

// Pieces for texts longer than read()'s windows (72 bytes): what ends a syllable the window
// cannot decide on (Ư, “quotes”, orphan continuation bytes, a lead byte cut short), what it
// can (NBSP, ASCII punctuation, NUL, '\r', breaks), syllables of 9 to 16 bytes and longer,
// and separators and syllables longer than a window.
const char* const kWindowPieces[] = {
    "a", "Ab", "trường", "nghiệp", "TRƯỜNG", "Được", "người", "quyết", "nghiêng", "khuyến", "0", "2024", "m2",
    "Nghiêngnghiêng", "trườngtrường", "abcdefghijklmnopq", "ư", "Ư", "ệ", "Ệ", "đ", "ǆ", "Ǆ", "α", "\u1F00",
    " ", " ", " ", " ", " ", " ", "  ", "\t", "\n", "|", ", ", ". ", "-", "(", ")", "\r", "“", "”", "–", "…", "\u00A0",
    "\x80", "\xbb", "\xc3", "\xe1\xba", "\xf0\x9f\x98\x80", "\xff",
    "                                                                      ",
    "Nghiêngnghiêngnghiêngnghiêngnghiêngnghiêngnghiêngnghiêngnghiêngnghiêng"};

TEST_CASE("the windowed reader agrees with next() on random texts longer than a window") {
  std::mt19937 rng(20261128);
  for (int round = 0; round < 4000; ++round) {
    const std::string text = vanban::testing::random_pieces(rng, kWindowPieces, 300, 40);
    INFO("text: " << text);
    agree(text, 8);
  }
}

// An overlong 'a' (C1 A1) is a letter to next() but hashed by its bytes, so next() differs
// from the plain definition there (a syllable with it and one with 'a' are same_syllable
// with different hashes): the window is compared with next() alone on such texts.
TEST_CASE("the windowed reader agrees with next() on overlong letters") {
  const char* const pieces[] = {"a", "Ab", "trường", "ư", "Ư", " ", " ", " ", "\n", ", ", "\xc1\xa1", "\xc0\x80", "\x80",
                                "nghiệpnghiệp"};
  std::mt19937 rng(1);
  for (int round = 0; round < 2000; ++round) {
    const std::string text = vanban::testing::random_pieces(rng, pieces, 300, 40);
    INFO("text: " << text);
    read_fast(text);
  }
}

TEST_CASE("the windowed reader agrees with next() at every offset of a window's edges") {
  const std::vector<std::string> probes = {
      "trường", "TRƯỜNG", "ệ", "ư", "Ư", "“x”", "\u00A0", "\x80", "\xe1\xba", std::string(1, '\0'), "\r", "|", "\n",
      "nghiệpnghiệp", "abcdefghijklmnopq", std::string(70, ' '), std::string(70, 'x'),
      "Nghiêngnghiêngnghiêngnghiêngnghiêngnghiêngnghiêngnghiêngnghiêngnghiêng", "\u1F00\u1FBD", "x\xc3"};
  for (const std::string& probe : probes)
    for (size_t shift = 0; shift < 140; ++shift) {
      // Syllables of 1 to 3 bytes, so that windows end at every offset near the probe.
      std::string text;
      for (size_t k = 0; text.size() < shift; ++k) text += k % 3 == 0 ? "ab " : k % 3 == 1 ? "c " : "ệ ";
      text += probe + " tiếp theo đây là phần còn lại của văn bản, đủ dài cho một cửa sổ nữa. Hết";
      INFO("probe " << probe << ", shift " << shift);
      agree(text, 4);
      agree(text.substr(0, text.size() - probe.size() / 2), 4);  // the text cut inside or near the probe
    }
}

TEST_CASE("a text shorter than a window is read by next() alone") {
  for (const char* text : {"", "a", " a", "Ư", "trường nghiệp", "a b c d e f g h i j k l m n o p q r s t u v w x y z 0 1 2 3 4 5 6 7"})
    agree(text, 4);
}

TEST_CASE("the window's byte classes from SSE2 equal the byte-by-byte definition") {
  std::mt19937 rng(64);
  unsigned char bytes[64];
  for (int round = 0; round < 20000; ++round) {
    for (unsigned char& b : bytes) b = static_cast<unsigned char>(round % 2 ? rng() : "a|\n\t 09zZ@[`{\x80\xbf\xc0\xff/:"[rng() % 20]);
    const vanban::syllable_detail::AsciiMasks fast = vanban::syllable_detail::ascii_masks(bytes),
                                             plain = vanban::syllable_detail::ascii_masks_plain(bytes);
    REQUIRE(fast.alnum == plain.alnum);
    REQUIRE(fast.digit == plain.digit);
    REQUIRE(fast.quiet == plain.quiet);
    REQUIRE(fast.brk == plain.brk);
    REQUIRE(fast.high == plain.high);
    REQUIRE(fast.cont == plain.cont);
  }
}

TEST_CASE("the common letters found by SSE2 equal their byte-by-byte definition") {
  std::mt19937 rng(66);
  const unsigned char likely[] = {0xC3, 0xC4, 0xC6, 0xE1, 0xBA, 0xBB, 0x97, 0xB7, 0xA0, 0xA1, 0xB0, 0xAF, 0x9F,
                                  0xB9, 0x80, 0xBF, 0xC0, 0x7F, 0x20, 0x61};
  unsigned char bytes[66];
  for (int round = 0; round < 50000; ++round) {
    for (unsigned char& b : bytes) b = round % 2 ? static_cast<unsigned char>(rng()) : likely[rng() % std::size(likely)];
    const vanban::syllable_detail::CommonLetters fast = vanban::syllable_detail::common_letters(bytes),
                                                plain = vanban::syllable_detail::common_letters_plain(bytes);
    REQUIRE(fast.two == plain.two);
    REQUIRE(fast.three == plain.three);
  }
}

TEST_CASE("the common letters all fold with masks, as window_entry says") {
  const vanban::SyllableChars& chars = vanban::SyllableChars::get();
  size_t common = 0;
  for (unsigned b0 = 0x80; b0 < 0x100; ++b0)
    for (unsigned b1 = 0; b1 < 0x100; ++b1)
      for (unsigned b2 = 0; b2 < 0x100; ++b2) {
        const unsigned char bytes[4] = {static_cast<unsigned char>(b0), static_cast<unsigned char>(b1), static_cast<unsigned char>(b2), 0};
        if (b2 == 0 && vanban::syllable_detail::common_two_byte_letter(b0, b1)) {
          ++common;
          REQUIRE(chars.window_entry(bytes) == 3);
        }
        if (vanban::syllable_detail::common_three_byte_letter(b0, b1, b2)) {
          ++common;
          REQUIRE(chars.window_entry(bytes) == 7);
        }
      }
  CHECK(common == 62 + 48 + 3 + 90);
}

TEST_CASE("the reader agrees with its definition on long syllables, in mixed case") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"a", "A"}, {"k", "K"}, {"i", "I"}, {"đ", "Đ"}, {"ư", "Ư"}, {"ơ", "Ơ"}, {"ă", "Ă"}, {"à", "À"}, {"ạ", "Ạ"}, {"7", "7"}};
  std::mt19937 rng(7);
  std::uniform_int_distribution<size_t> pick(0, cases.size() - 1);
  std::bernoulli_distribution upper(0.3);
  for (int round = 0; round < 500; ++round) {
    std::string one, two;
    for (int k = 0; k < round % 30 + 1; ++k) {
      const auto& [lower_case, upper_case] = cases[pick(rng)];
      one += upper(rng) ? upper_case : lower_case;
      two += upper(rng) ? upper_case : lower_case;
    }
    const std::string text = one + " " + two + " " + one + "|" + two;
    INFO("text: " << text);
    agree(text, 4);
  }
}

TEST_CASE("the reader agrees with its definition on the corpus texts") {
  for (const std::string& text : vanban::testing::corpus_texts()) agree(text, 12);
}

TEST_CASE("the reader agrees with its definition on the seed report") {
  std::ifstream in(VANBAN_SOURCE_DIR "/corpus/seed_report.txt", std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  REQUIRE(s.str().size() > 10000);
  agree(s.str(), 12);
}

TEST_CASE("the case fold with masks: cases alike, Ư/ư through the exact path") {
  const std::string text = "ĐƯỢC được Được ĐƯợC TRƯỜNG trường ưu ƯU ẀA ạa";
  const std::vector<vanban::Syllable> s = read_fast(text);
  REQUIRE(s.size() == 10);
  for (size_t i : {1, 2, 3}) CHECK(vanban::same_syllable(text, s[0], s[i]));
  CHECK(vanban::same_syllable(text, s[4], s[5]));
  CHECK(vanban::same_syllable(text, s[6], s[7]));
  CHECK_FALSE(vanban::same_syllable(text, s[8], s[9]));  // ẁa and ạa fold alike with masks only
}
