// normalize_line copies as they are the lines whose code points it deems inert, without asking
// ICU: a wrong guess would leave an NFD letter or a stray combining mark unnormalized. Every
// code point of the BMP is put alone, and after a letter it may combine with, and the result
// compared with ICU's NFC followed by the documented clean-ups.
#include <catch2/catch.hpp>

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <string>

#include "text/mapped_text.h"
#include "text/utf8.h"

namespace {

std::string icu_nfc(const std::string& s) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  std::string out;
  nfc->normalize(icu::UnicodeString::fromUTF8(s), status).toUTF8String(out);
  return out;
}

// What normalize_line does after NFC, on purpose: exotic spaces become a space, invisible
// marks go, the Icelandic Ð that converters put for Đ becomes Đ (spec: one-to-one clean-ups).
std::string cleaned(const std::string& nfc) {
  std::string out;
  for (size_t i = 0; i < nfc.size();) {
    char32_t c = vanban::utf8::next(nfc, i);
    switch (c) {
      case 0x09: case 0x0B: case 0x0C: case 0xA0: case 0x2002: case 0x2003: case 0x2007: case 0x2009: case 0x202F:
        out += ' ';
        continue;
      case 0xAD: case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF:
        continue;
      case 0xD0: c = 0x110; break;
      case 0xF0: c = 0x111; break;
      default: break;
    }
    vanban::utf8::append(out, c);
  }
  return out;
}

}  // namespace

TEST_CASE("normalize_line agrees with ICU NFC (and the clean-ups) on every BMP code point") {
  size_t wrong = 0;
  char32_t first_wrong = 0;
  for (char32_t c = 1; c < 0x10000; ++c) {
    if ((c >= 0xD800 && c <= 0xDFFF) || c == '\n' || c == '\r') continue;
    std::string alone, after_letter;
    vanban::utf8::append(alone, c);
    after_letter = "a" + alone + "b";
    for (const std::string& s : {alone, after_letter}) {
      if (vanban::normalize_line(s).text != cleaned(icu_nfc(s)) && wrong++ == 0) first_wrong = c;
    }
  }
  INFO("first code point normalized differently: U+" << std::hex << static_cast<uint32_t>(first_wrong));
  CHECK(wrong == 0);
}

TEST_CASE("normalize_line cleans what NFC leaves") {
  CHECK(vanban::normalize_line("a\xC2\xA0" "b").text == "a b");          // no-break space
  CHECK(vanban::normalize_line("a\xE2\x80\x8B" "b").text == "ab");       // zero-width space dropped
  CHECK(vanban::normalize_line("\xC3\x90" "iều").text == "Điều");        // Icelandic Ð for Đ
  CHECK(vanban::normalize_line("a\tb").text == "a b");
}

TEST_CASE("normalize_line: a letter under a million combining marks takes linear time") {
  std::string s = "a";
  for (int i = 0; i < 500'000; ++i) s += "\xCC\x81\xCC\xA3";  // acute, dot below: NFC reorders them
  const vanban::NormalizedLine n = vanban::normalize_line(s);
  CHECK(vanban::utf8::count(n.text) > 0);
  CHECK(n.column_at(n.text.size()) == 1'000'002);  // every original code point is accounted for
  // A few marks still compose as NFC says: a + dot below + acute → "ạ" + acute (U+1EA1 U+0301).
  CHECK(vanban::normalize_line("a\xCC\x81\xCC\xA3").text == "\xE1\xBA\xA1\xCC\x81");
}

// normalize_line cuts segments where the attention table says NFC has a boundary: it must say
// what ICU says, for every code point (those beyond the BMP are asked of ICU itself).
TEST_CASE("the attention table's boundaries are ICU's, for every code point") {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  size_t wrong = 0;
  for (char32_t c = 0; c < 0x110000; ++c) {
    if (c >= 0xD800 && c <= 0xDFFF) continue;
    wrong += vanban::detail::has_boundary_before(c) != nfc->hasBoundaryBefore(static_cast<UChar32>(c));
  }
  CHECK(wrong == 0);
}
