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

// ICU's answers for the Latin blocks Vietnamese is written in (U+0000–U+024F, U+1E00–U+1EFF),
// asked once: every stage asks lower/is_letter/is_upper per character, and the ICU call per
// character cost more than the work around it. Other code points still go to ICU, so the
// answers are ICU's everywhere.
class LatinTable {
 public:
  static constexpr size_t kSize = 0x350;
  static constexpr size_t kNone = kSize;
  static size_t slot(char32_t c) {
    if (c < 0x250) return c;
    if (c >= 0x1E00 && c < 0x1F00) return 0x250 + (c - 0x1E00);
    return kNone;
  }
  LatinTable() {
    for (char32_t c = 0; c < 0x1F00; ++c) {
      const size_t k = slot(c);
      if (k == kNone) continue;
      const auto u = static_cast<UChar32>(c);
      lower_[k] = static_cast<char32_t>(u_tolower(u));
      flags_[k] = static_cast<uint8_t>((u_isalpha(u) ? kLetter : 0) | (u_isupper(u) ? kUpper : 0));
    }
  }
  char32_t lower(size_t k) const { return lower_[k]; }
  bool letter(size_t k) const { return flags_[k] & kLetter; }
  bool upper(size_t k) const { return flags_[k] & kUpper; }

 private:
  static constexpr uint8_t kLetter = 1, kUpper = 2;
  std::array<char32_t, kSize> lower_{};
  std::array<uint8_t, kSize> flags_{};
};

const LatinTable& latin() {
  static const LatinTable table;
  return table;
}

// "oà" → "òa", "oè" → "òe", "uỷ" → "ủy" (not after q: "quý" stays). Returns true when the
// pair changed.
bool move_tone(char32_t before, char32_t& first, char32_t& second) {
  if (first == U'o') {
    for (int row : {0, 1}) {
      if (int t = tone_of(second, kTones[row])) {
        first = kTones[3][t];
        second = kTones[row][0];
        return true;
      }
    }
  } else if (first == U'u' && before != U'q') {
    if (int t = tone_of(second, kTones[2])) {
      first = kU[t];
      second = U'y';
      return true;
    }
  }
  return false;
}

}  // namespace

char32_t lower(char32_t c) {
  if (c < 0x80) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
  const size_t k = LatinTable::slot(c);
  if (k != LatinTable::kNone) return latin().lower(k);
  return static_cast<char32_t>(u_tolower(static_cast<UChar32>(c)));
}

bool is_letter(char32_t c) {
  if (c < 0x80) return (c | 32) >= 'a' && (c | 32) <= 'z';
  const size_t k = LatinTable::slot(c);
  if (k != LatinTable::kNone) return latin().letter(k);
  return u_isalpha(static_cast<UChar32>(c));
}

bool is_upper(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  const size_t k = LatinTable::slot(c);
  if (k != LatinTable::kNone) return latin().upper(k);
  return u_isupper(static_cast<UChar32>(c));
}

// One pass, straight into the result: each code point is lowered and appended; when the one
// after a pair is not a letter (or the text ends), the pair ends a syllable and an old-style
// tone on it moves. Only the last three code points are kept, with where the pair starts.
std::string fold(std::string_view nfc) {
  std::string out;
  out.reserve(nfc.size());
  char32_t before = 0, first = 0, second = 0;  // the last three lowered code points
  size_t first_at = 0;                         // byte in out where `first` starts
  size_t second_at = 0;
  size_t count = 0;
  auto settle_pair = [&] {  // the pair (first, second) ends a syllable
    if (count < 2) return;
    char32_t f = first, s = second;
    if (!move_tone(count >= 3 ? before : 0, f, s)) return;
    out.resize(first_at);
    utf8::append(out, f);
    second_at = out.size();
    utf8::append(out, s);
    first = f;
    second = s;
  };
  for (size_t i = 0; i < nfc.size();) {
    char32_t c;
    bool letter;
    if (const auto b = static_cast<unsigned char>(nfc[i]); b < 0x80) {  // most bytes: no decoding, no table
      c = b >= 'A' && b <= 'Z' ? b + 32u : b;
      letter = c >= 'a' && c <= 'z';
      ++i;
    } else {
      c = lower(utf8::next(nfc, i));
      letter = is_letter(c);
    }
    if (!letter) settle_pair();
    before = first;
    first = second;
    first_at = second_at;
    second = c;
    second_at = out.size();
    if (c < 0x80) out.push_back(static_cast<char>(c));
    else utf8::append(out, c);
    ++count;
  }
  settle_pair();
  return out;
}

}  // namespace vanban
