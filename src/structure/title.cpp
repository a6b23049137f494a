#include "structure/title.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "text/fold.h"
#include "text/utf8.h"

namespace vanban {

bool has_lowercase(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {  // is_letter and is_upper in ASCII, without the calls: most words start here
      if (b >= 'a' && b <= 'z') return true;
      ++i;
      continue;
    }
    const char32_t c = utf8::next(s, i);
    if (is_letter(c) && !is_upper(c)) return true;
  }
  return false;
}

bool is_caps_word(std::string_view s) {
  bool letter = false;
  for (size_t i = 0; i < s.size();) {
    const char32_t c = utf8::next(s, i);
    if (!is_letter(c)) continue;
    if (!is_upper(c)) return false;
    letter = true;
  }
  return letter;
}

namespace {

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

#if defined(__SSE2__)
// 0xFF in the first `bytes` lanes (0 to 16), 0 in the others.
__m128i first_lanes(size_t bytes) {
  static constexpr unsigned char kLanes[32] = {0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
                                               0xFF, 0xFF, 0xFF, 0xFF, 0xFF};
  return _mm_loadu_si128(reinterpret_cast<const __m128i*>(kLanes + 16 - bytes));
}

// Characters start at every byte but 10xxxxxx: those among the first `bytes` of v.
size_t char_starts(__m128i v, size_t bytes) {
  const __m128i top_bits = _mm_set1_epi8(static_cast<char>(0xC0)), continuation = _mm_set1_epi8(static_cast<char>(0x80));
  const __m128i is_continuation = _mm_cmpeq_epi8(_mm_and_si128(v, top_bits), continuation);
  const __m128i counted = _mm_and_si128(_mm_and_si128(is_continuation, first_lanes(bytes)), _mm_set1_epi8(1));
  const __m128i sums = _mm_sad_epu8(counted, _mm_setzero_si128());
  return bytes - static_cast<size_t>(_mm_cvtsi128_si32(sums) + _mm_extract_epi16(sums, 4));
}

// Where the character after the first `chars` characters of v's first `bytes` starts (there
// are more than `chars` in them): the continuation bytes of the last one are before it.
size_t start_after_chars(__m128i v, size_t bytes, size_t chars) {
  const __m128i top_bits = _mm_set1_epi8(static_cast<char>(0xC0)), continuation = _mm_set1_epi8(static_cast<char>(0x80));
  const auto continuations =
      static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_and_si128(v, top_bits), continuation)));
  unsigned starts = ~continuations & ((1u << bytes) - 1);
  for (; chars > 0; --chars) starts &= starts - 1;
  return static_cast<size_t>(__builtin_ctz(starts));
}
#endif

// Copies plain text from s[i] to out[n] 16 bytes at a time, as collapsed_first_sentence's byte
// rules would, while it fits in max_chars; returns where it stopped. Plain: words and single
// spaces, with no '.' or ':' (which may end the sentence) and no other white space or control
// byte. The text before s[i] must be a word, or nothing (s[i] then no space), so the spaces
// copied are all single. A block that ends in a space writes it when the next byte starts a
// word, and leaves it pending (`space`) and stops otherwise, as the byte rules do. A block
// with a byte that is not plain gives its plain bytes before it and stops: the byte rules go
// on from there. A block past max_chars ends the title where the byte rules would cut it
// (`full`). Without SSE2, nothing is copied here and the byte rules do it all.
//
// Characters are counted only when they might pass max_chars: a block holds no more characters
// than bytes, so while the bytes copied since the last count stay under the limit, the
// continuation bytes are summed per lane, and chars is brought up to date at the end.
size_t copy_plain_blocks(std::string_view s, size_t i, char* out, size_t& n, size_t& chars, size_t max_chars,
                         bool& space, bool& full) {
#if defined(__SSE2__)
  if (s.size() < 16) return i;
  const size_t last_block = s.size() - 16;
  const __m128i blank = _mm_set1_epi8(' '), dot = _mm_set1_epi8('.'), colon = _mm_set1_epi8(':');
  const __m128i control_max = _mm_set1_epi8(0x0D);  // '\t', '\n', '\r' and the control bytes around them
  const __m128i lead_min = _mm_set1_epi8(static_cast<char>(0xC0));  // signed: continuations lie below
  // Bytes copied since out[counted] are not counted yet; their continuation bytes are summed
  // per lane (at most 254 blocks: a lane holds 255). `budget`: how many more bytes may be
  // copied so, with no fear of passing max_chars (chars <= max_chars all along).
  __m128i continuations = _mm_setzero_si128();
  size_t counted = n;
  size_t budget = 0;
  auto counted_up_to_n = [&] {
    counted = n;
    budget = std::min(max_chars - chars, size_t{254 * 16});
  };
  auto count_copied = [&] {
    chars += n - counted - utf8::detail::lane_sum(continuations);
    continuations = _mm_setzero_si128();
    counted_up_to_n();
  };
  // Copies the first `bytes` of v, counted one by one; false when the title ends among them.
  // In plain text the byte rules keep the first max_chars characters (and the continuation
  // bytes of the last one), whether the limit falls in a word or on a space, and stop.
  auto copy_counted = [&](__m128i v, size_t bytes) {
    count_copied();
    const size_t copied_chars = char_starts(v, bytes);
    _mm_storeu_si128(reinterpret_cast<__m128i*>(out + n), v);  // out is as long as s, and n <= i
    if (chars + copied_chars > max_chars) {
      n += start_after_chars(v, bytes, max_chars - chars);
      chars = max_chars;
      return false;
    }
    n += bytes;
    chars += copied_chars;
    counted_up_to_n();
    return true;
  };
  count_copied();
  while (i <= last_block) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
    const unsigned spaces = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, blank)));
    const __m128i stops = _mm_or_si128(_mm_cmpeq_epi8(v, dot), _mm_cmpeq_epi8(v, colon));
    const __m128i controls = _mm_cmpeq_epi8(_mm_min_epu8(v, control_max), v);
    const unsigned not_plain =
        static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(stops, controls))) | (spaces & (spaces >> 1));
    if (not_plain != 0) {
      // The plain bytes before it; a space just before it stays pending.
      const size_t plain = static_cast<size_t>(__builtin_ctz(not_plain));
      const bool pending = plain > 0 && (spaces >> (plain - 1)) & 1;
      if (!copy_counted(v, plain - pending)) {
        full = true;
        return i;
      }
      space = pending;
      return i + plain;
    }
    // A last space is written now when a word follows it (no white space, no stop), else it
    // stays pending and ends the copy.
    if ((spaces >> 15) && !(i + 16 < s.size() && !(title_byte(s[i + 16]) & (kSpace | kStop)))) {
      if (!copy_counted(v, 15)) {
        full = true;
        return i;
      }
      space = true;
      return i + 16;
    }
    if (budget < 16) {
      if (!copy_counted(v, 16)) {
        full = true;
        return i;
      }
    } else {
      _mm_storeu_si128(reinterpret_cast<__m128i*>(out + n), v);
      continuations = _mm_sub_epi8(continuations, _mm_cmplt_epi8(v, lead_min));
      budget -= 16;
      n += 16;
    }
    i += 16;
  }
  count_copied();
#else
  (void)s, (void)out, (void)n, (void)chars, (void)max_chars, (void)space, (void)full;
#endif
  return i;
}

// The first sentence of s with white space collapsed (as collapse_spaces), but no more than
// its first `max_chars` characters (counted in `chars`): a heading paragraph can run on for
// pages, and only that much of it can show in its title. Written to `out`, which must hold
// s.size() bytes (the text is never longer than s: a run of white space gives one space);
// returns its length.
size_t collapsed_first_sentence(std::string_view s, size_t max_chars, size_t& chars, char* out) {
  size_t n = 0, i = 0;
  chars = 0;
  bool space = false;
  bool full = false;  // the blocks have cut the title at max_chars
  while (i < s.size()) {
    // Inside a word or at its start: the common case, plain text, goes 16 bytes at a time.
    if (!space && (n > 0 || s[i] != ' ')) {
      i = copy_plain_blocks(s, i, out, n, chars, max_chars, space, full);
      if (i >= s.size() || full) break;
    }
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
    const size_t e = copy_run(s, i, out + n, run_chars);
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
  return n;
}

// Room for collapsed_first_sentence, kept from one heading to the next: a string of s.size()
// bytes made and zeroed for each title cost more than copying the title (up to 1,608 bytes
// for a long paragraph, where a title takes tens).
char* title_scratch(size_t bytes) {
  thread_local std::string scratch;
  if (scratch.size() < bytes) scratch.resize(bytes);
  return scratch.data();
}

// "BỐI CẢNH, TÌNH HÌNH CHUNG Năm 2023 là …": a title in capitals with the body glued after it
// ends where the capitals end.
size_t caps_title_end(std::string_view s) {
  // Most titles open with a word with an ASCII small letter ("Phạm vi …"): the title is all of s.
  size_t i = 0;
  while (i < s.size() && s[i] == ' ') ++i;
  for (; i < s.size() && s[i] != ' '; ++i)
    if (s[i] >= 'a' && s[i] <= 'z') return s.size();
  i = 0;
  size_t words = 0, end = 0;
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

// Is every byte of s[0, end) that is 10xxxxxx one that its lead byte calls for (one after
// 110xxxxx, two after 1110xxxx, three after 1111xxxx), and none called for past `end`? Then
// utf8::next steps over s[0, end) one character start at a time (a lead cut short by a byte
// that is no continuation would be stepped over alone too; it is refused all the same, to
// keep the rule simple). 16 bytes at a time with SSE2;
// without it, the answer is "not known" (false), and the caller walks.
bool whole_sequences(std::string_view s, size_t end) {
#if defined(__SSE2__)
  const __m128i top_bits = _mm_set1_epi8(static_cast<char>(0xC0)), continuation = _mm_set1_epi8(static_cast<char>(0x80));
  const __m128i lead2 = _mm_set1_epi8(static_cast<char>(0xC0)), lead3 = _mm_set1_epi8(static_cast<char>(0xE0)),
                lead4 = _mm_set1_epi8(static_cast<char>(0xF0));
  // One bit a byte: bytes at or above `from` (unsigned).
  auto at_least = [](__m128i v, __m128i from) {
    return static_cast<uint32_t>(_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_max_epu8(v, from), v)));
  };
  // Does the block at v agree, on its lanes in `lanes`, with the calls of the leads before it
  // (`carry`), and call for no lane outside? Updates carry for the next block.
  uint32_t carry = 0;  // continuation bytes that leads of the previous block call for
  auto whole = [&](__m128i v, uint32_t lanes) {
    const uint32_t continuations =
        static_cast<uint32_t>(_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_and_si128(v, top_bits), continuation)));
    const uint32_t called = (at_least(v, lead2) << 1) | (at_least(v, lead3) << 2) | (at_least(v, lead4) << 3) | carry;
    carry = called >> 16;
    return ((continuations ^ called) & lanes) == 0 && (called & 0xFFFF & ~lanes) == 0;
  };
  size_t p = 0;
  for (; p + 16 <= end; p += 16)
    if (!whole(_mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + p)), 0xFFFF)) return false;
  if (const size_t len = end - p; len > 0) {
    char block[16] = {};  // zero bytes: neither leads nor continuations
    std::memcpy(block, s.data() + p, len);
    if (!whole(_mm_loadu_si128(reinterpret_cast<const __m128i*>(block)), (uint32_t{1} << len) - 1)) return false;
  }
  return carry == 0;
#else
  (void)s, (void)end;
  return false;
#endif
}

// The byte after the first `max_chars` characters of t, as utf8::next walks them, when t has
// exactly max_chars + 1 character starts: the last one's first byte, when every sequence
// before it is whole (as it is in valid UTF-8); else walked.
size_t after_chars(std::string_view t, size_t max_chars, Utf8Text utf8) {
  size_t last = t.size() - 1;
  while (last > 0 && utf8::is_continuation(static_cast<unsigned char>(t[last]))) --last;
  if (utf8 == Utf8Text::Valid || whole_sequences(t, last)) return last;
  size_t i = 0, n = 0;
  while (i < t.size() && n < max_chars) {
    utf8::next(t, i);
    ++n;
  }
  return i;
}

}  // namespace

std::string heading_title(std::string_view text, size_t from, size_t max_chars, Utf8Text utf8) {
  if (from >= text.size()) return {};
  std::string_view s = text.substr(from);
  s = s.substr(0, std::min(s.size(), max_chars * 8));  // enough bytes for max_chars characters
  s = s.substr(0, caps_title_end(s));
  // One character more than fits tells that the title must be cut, and where.
  size_t chars = 0;
  char* scratch = title_scratch(s.size());
  std::string_view t(scratch, collapsed_first_sentence(s, max_chars + 1, chars, scratch));
  if (chars > max_chars) {
    const size_t i = after_chars(t, max_chars, utf8);
    const size_t cut = t.rfind(' ', i);
    t = t.substr(0, cut == std::string_view::npos ? i : cut);
    static constexpr std::string_view kEllipsis = "…";
    std::string title;
    title.reserve(t.size() + kEllipsis.size());
    title.append(t).append(kEllipsis);
    return title;
  }
  while (!t.empty() && (t.back() == '.' || t.back() == ';' || t.back() == ',' || t.back() == ':' || t.back() == ' '))
    t.remove_suffix(1);
  return std::string(t);
}

}  // namespace vanban
