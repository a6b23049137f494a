#include "text/fold.h"

#include <unicode/uchar.h>

#include <array>

#include "text/utf8.h"

namespace vanban {
namespace {

// Each row: the base vowel and its five toned forms (huyền, sắc, hỏi, ngã, nặng).
constexpr std::array<std::array<char32_t, 6>, 4> kTones = {{
    {U'a', U'à', U'á', U'ả', U'ã', U'ạ'},
    {U'e', U'è', U'é', U'ẻ', U'ẽ', U'ẹ'},
    {U'y', U'ỳ', U'ý', U'ỷ', U'ỹ', U'ỵ'},
    {U'o', U'ò', U'ó', U'ỏ', U'õ', U'ọ'},
}};
constexpr std::array<char32_t, 6> kU = {U'u', U'ù', U'ú', U'ủ', U'ũ', U'ụ'};

// Returns the tone index (1..5) if c is a toned form of `row`, else 0.
int tone_of(char32_t c, const std::array<char32_t, 6>& row) {
  for (int t = 1; t < 6; ++t)
    if (row[t] == c) return t;
  return 0;
}

}  // namespace

char32_t lower(char32_t c) {
  if (c < 0x80) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
  return static_cast<char32_t>(u_tolower(static_cast<UChar32>(c)));
}

bool is_letter(char32_t c) {
  if (c < 0x80) return (c | 32) >= 'a' && (c | 32) <= 'z';
  return u_isalpha(static_cast<UChar32>(c));
}

bool is_upper(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  return u_isupper(static_cast<UChar32>(c));
}

std::string fold(std::string_view nfc) {
  std::u32string cps;
  cps.reserve(nfc.size());
  for (size_t i = 0; i < nfc.size();) cps.push_back(lower(utf8::next(nfc, i)));
  for (size_t k = 1; k < cps.size(); ++k) {
    const bool syllable_end = k + 1 == cps.size() || !is_letter(cps[k + 1]);
    if (!syllable_end) continue;
    char32_t& first = cps[k - 1];
    char32_t& second = cps[k];
    if (first == U'o') {
      for (int row : {0, 1}) {  // oà → òa, oè → òe
        if (int t = tone_of(second, kTones[row])) {
          first = kTones[3][t];
          second = kTones[row][0];
        }
      }
    } else if (first == U'u' && !(k >= 2 && cps[k - 2] == U'q')) {  // uỷ → ủy, but quý stays
      if (int t = tone_of(second, kTones[2])) {
        first = kU[t];
        second = U'y';
      }
    }
  }
  std::string out;
  out.reserve(nfc.size());
  for (char32_t c : cps) utf8::append(out, c);
  return out;
}

}  // namespace vanban
