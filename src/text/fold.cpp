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

namespace fold_detail {

LatinTable::LatinTable() {
  for (char32_t c = 0; c < 0x1F00; ++c) {
    const size_t k = slot(c);
    if (k == kNone) continue;
    lower_[k] = icu_lower(c);
    flags_[k] = static_cast<uint8_t>((icu_is_letter(c) ? kLetter : 0) | (icu_is_upper(c) ? kUpper : 0));
  }
}

char32_t icu_lower(char32_t c) { return static_cast<char32_t>(u_tolower(static_cast<UChar32>(c))); }
bool icu_is_letter(char32_t c) { return u_isalpha(static_cast<UChar32>(c)); }
bool icu_is_upper(char32_t c) { return u_isupper(static_cast<UChar32>(c)); }

}  // namespace fold_detail

namespace {

// Does the lowered text hold a pair that fold moves a tone on: "o" or "u" (not after "q")
// before a toned vowel, ending a syllable? Few words do ("hoà", "uỷ"; not "toàn", "quý").
bool moves_a_tone(std::string_view low) {
  for (size_t p = 0; p + 1 < low.size(); ++p) {
    if ((low[p] != 'o' && low[p] != 'u') || static_cast<unsigned char>(low[p + 1]) < 0x80) continue;
    size_t i = p + 1;
    char32_t first = static_cast<unsigned char>(low[p]), second = utf8::next(low, i);
    if (i < low.size()) {
      const char32_t next = utf8::next(low, i);
      if (is_letter(next) || is_combining_mark(next)) continue;  // the syllable goes on
    }
    if (move_tone(p > 0 && low[p - 1] == 'q' ? U'q' : 0, first, second)) return true;
  }
  return false;
}

// One pass, straight into the result: each code point is lowered and appended; when the one
// after a pair is not a letter (or the text ends), the pair ends a syllable and an old-style
// tone on it moves. Only the last three code points are kept, with where the pair starts.
std::string fold_moving_tones(std::string_view nfc) {
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
      letter = is_letter(c) || is_combining_mark(c);  // a mark left by NFC stays in its syllable
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

}  // namespace

// Most words need lower case only; the pass that moves tones runs on the few that need it.
std::string fold(std::string_view nfc) {
  std::string low = lower_word(nfc);
  return moves_a_tone(low) ? fold_moving_tones(nfc) : low;
}

namespace {

// Where the first code point that lower case changes starts, or the size when none does: most
// words of running text have none, and are copied as they are.
// A two-byte character (lead C2-DF: "đ", "ư", "à") is decoded inline, as utf8::next would.
size_t first_to_lower(std::string_view text) {
  for (size_t i = 0; i < text.size();) {
    const size_t at = i;
    const auto b = static_cast<unsigned char>(text[i]);
    if (b < 0x80) {
      if (b - 'A' < 26u) return at;
      ++i;
    } else if (b - 0xC2u < 0x1Eu && i + 1 < text.size() && utf8::is_continuation(static_cast<unsigned char>(text[i + 1]))) {
      const char32_t c = (b & 0x1Fu) << 6 | (static_cast<unsigned char>(text[i + 1]) & 0x3Fu);
      if (lower(c) != c) return at;
      i += 2;
    } else if (const char32_t c = utf8::next(text, i); lower(c) != c) {
      return at;
    }
  }
  return text.size();
}

}  // namespace

namespace {

// Appends word[from…] lowered, one code point at a time (an invalid byte becomes U+FFFD).
void append_lowered(std::string& out, std::string_view word, size_t from) {
  for (size_t i = from; i < word.size();) {
    if (const auto b = static_cast<unsigned char>(word[i]); b < 0x80) {
      out.push_back(static_cast<char>(b - 'A' < 26u ? b + 32 : b));
      ++i;
    } else {
      utf8::append(out, lower(utf8::next(word, i)));
    }
  }
}

}  // namespace

// The word is copied whole and lowered in place from its first capital: a lowered code point
// takes the bytes of the one it replaces (every Vietnamese letter does), rather than each byte
// being appended. From the first one that does not ("Ⱥ" grows a byte, an invalid byte becomes
// U+FFFD) the rest is appended code point by code point, as before.
std::string lower_word(std::string_view word) {
  const size_t first = first_to_lower(word);
  std::string out(word);
  for (size_t i = first; i < word.size();) {
    if (const auto b = static_cast<unsigned char>(word[i]); b < 0x80) {
      if (b - 'A' < 26u) out[i] = static_cast<char>(b + 32);
      ++i;
      continue;
    }
    const size_t at = i;
    const char32_t c = lower(utf8::next(word, i));
    if (utf8::encoded_length(c) != i - at) {
      out.resize(at);
      append_lowered(out, word, at);
      return out;
    }
    utf8::encode(c, &out[at]);
  }
  return out;
}

}  // namespace vanban
