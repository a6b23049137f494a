#include "layout/line_shape.h"

#include <algorithm>
#include <cstring>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "layout/heading_label.h"
#include "text/fold.h"
#include "text/utf8.h"

namespace vanban::layout {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

bool is_blank(std::string_view line) { return trim(line).empty(); }

bool is_lone_number(std::string_view line) {
  std::string_view t = trim(line);
  if (t.empty() || t.size() > 3) return false;
  for (char c : t)
    if (c < '0' || c > '9') return false;
  return true;
}

namespace {
bool all_digits(std::string_view s) {
  if (s.empty() || s.size() > 4) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}
}  // namespace

bool is_page_label(std::string_view line) {
  std::string_view t = trim(line);
  if (t.size() >= 5 && t.front() == '-' && t.back() == '-') return all_digits(trim(t.substr(1, t.size() - 2)));
  if (t.substr(0, 6) != "Trang " && t.substr(0, 6) != "trang ") return false;
  std::string_view rest = trim(t.substr(6));
  const size_t slash = rest.find('/');
  if (slash == std::string_view::npos) return all_digits(rest);
  return all_digits(trim(rest.substr(0, slash))) && all_digits(trim(rest.substr(slash + 1)));
}

bool is_footnote_separator(std::string_view line) {
  if (is_blank(line)) return line.size() >= 20;
  std::string_view t = trim(line);
  if (t.size() < 5) return false;
  for (char c : t)
    if (c != '_' && c != '-') return false;
  return t.front() == '_' || t.size() >= 10;
}

bool is_decoration(std::string_view line) {
  std::string_view t = trim(line);
  size_t marks = 0;
  for (size_t i = 0; i < t.size();) {
    const char32_t c = utf8::next(t, i);
    if (c == '-' || c == '_' || c == '=' || c == '*' || c == '~' || c == U'—' || c == U'–') ++marks;
    else if (c != ' ') return false;
  }
  return marks >= 3 && !is_footnote_separator(line);
}

bool may_be_residue(std::string_view line) {
  const std::string_view t = trim(line);
  if (t.size() <= 3) return true;  // blank, or short enough for a lone number
  // A separator and a decoration start with a mark (0xE2 leads — and –), a page label with
  // '-' or "Trang".
  const auto c = static_cast<unsigned char>(t.front());
  return c == '-' || c == '_' || c == '=' || c == '*' || c == '~' || c == 0xE2 || c == 'T' || c == 't';
}

bool is_table_row(std::string_view line) {
  std::string_view t = trim(line);
  return !t.empty() && t.front() == '|';
}

bool looks_like_heading(std::string_view line) {
  const auto c = static_cast<unsigned char>(trim(line).empty() ? 0 : trim(line).front());
  // Byte pre-test: every label starts with a digit, a Roman letter, a lower-case letter, or
  // the first letter of Điều / Chương / Phần / Mục / Tiểu mục.
  const bool maybe = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || c == 'I' || c == 'V' || c == 'X' ||
                     c == 'C' || c == 'P' || c == 'M' || c == 'T' || c == 0xC4;
  return maybe && heading_style(line) != LabelStyle::None;
}

bool ends_clause(std::string_view line) {
  std::string_view t = trim(line);
  while (!t.empty()) {
    size_t i = t.size();
    char32_t c = utf8::prev(t, i);
    if (c == U'”' || c == U'"' || c == U')' || c == U'’' || c == U'»') {
      t = t.substr(0, i);
      continue;
    }
    return c == '.' || c == ':' || c == ';' || c == '!' || c == '?' || c == U'…';
  }
  return false;
}

bool is_all_caps(std::string_view line) {
  int letters = 0;
  for (size_t i = 0; i < line.size();) {
    const auto b = static_cast<unsigned char>(line[i]);
    if (b < 0x80) {  // ASCII fast path
      ++i;
      if (b >= 'a' && b <= 'z') return false;
      letters += b >= 'A' && b <= 'Z';
      continue;
    }
    char32_t c = utf8::next(line, i);
    if (!is_letter(c)) continue;
    if (!is_upper(c)) return false;
    ++letters;
  }
  return letters >= 3;
}

namespace {
char32_t first_visible(std::string_view line) {
  std::string_view t = trim(line);
  if (t.empty()) return 0;
  size_t i = 0;
  return utf8::next(t, i);
}
}  // namespace

bool starts_block(std::string_view line) {
  if (starts_upper(line)) return true;  // also after an opening quote
  const char32_t c = first_visible(line);
  return is_upper(c) || (c >= '0' && c <= '9') || c == '-' || c == '+' || c == U'•' || c == U'–' || c == '*' ||
         c == U'“';  // a quoted provision: "… như sau:" / "“6. …"

}

bool starts_upper(std::string_view line) {
  std::string_view t = trim(line);
  size_t i = 0;
  char32_t c = t.empty() ? 0 : utf8::next(t, i);
  if ((c == U'“' || c == '"') && i < t.size()) c = utf8::next(t, i);
  return is_upper(c);
}

bool starts_with_attaching_punct(std::string_view line) {
  const char32_t c = first_visible(line);
  return c == '.' || c == ',' || c == ';' || c == ':' || c == ')' || c == U'”' || c == U'…';
}

size_t visible_length(std::string_view line) {
  std::string_view t = line;
  while (!t.empty() && (t.back() == ' ' || t.back() == '\t')) t.remove_suffix(1);
  return utf8::count(t);
}

bool ends_with_split_code(std::string_view line) {
  std::string_view t = trim(line);
  if (t.size() < 2) return false;
  const char last = t.back();
  const char before = t[t.size() - 2];
  return (last == '-' || last == '/') && before >= '0' && before <= '9';
}

std::string_view last_word(std::string_view line) {
  std::string_view t = trim(line);
  size_t end = t.size();
  size_t i = end;
  while (i > 0) {
    size_t j = i;
    const char32_t c = utf8::prev(t, j);
    if (!is_letter(c)) break;
    i = j;
  }
  return t.substr(i, end - i);
}

LeadingNumber leading_number(std::string_view line) {
  LeadingNumber out;
  size_t i = 0;
  while (i < line.size() && line[i] == ' ') ++i;
  const size_t b = i;
  while (i < line.size() && line[i] >= '0' && line[i] <= '9' && i - b < 4) ++i;
  if (i == b || i - b > 3 || i >= line.size() || line[i] != ' ') return out;
  size_t t = i;
  while (t < line.size() && line[t] == ' ') ++t;
  if (t >= line.size()) return out;
  out.label = std::string(line.substr(b, i - b));
  out.text_begin = t;
  return out;
}

namespace {
// Superscript digits: ¹ ² ³ are U+00B9 U+00B2 U+00B3 (C2 xx); ⁰ ⁴–⁹ are U+2070, U+2074–2079 (E2 81 xx).
int superscript_digit(std::string_view s, size_t i, size_t& len) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 == 0xC2 && i + 1 < s.size()) {
    len = 2;
    switch (static_cast<unsigned char>(s[i + 1])) {
      case 0xB9: return 1;
      case 0xB2: return 2;
      case 0xB3: return 3;
      default: return -1;
    }
  }
  if (b0 == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x81) {
    len = 3;
    const auto b2 = static_cast<unsigned char>(s[i + 2]);
    if (b2 == 0xB0) return 0;
    if (b2 >= 0xB4 && b2 <= 0xB9) return b2 - 0xB0;
  }
  return -1;
}
}  // namespace

std::string inline_marker_at(std::string_view line, size_t pos, size_t& end) {
  std::string label;
  if (pos >= line.size()) return label;
  if (line[pos] == '[') {
    size_t i = pos + 1;
    while (i < line.size() && line[i] >= '0' && line[i] <= '9' && i - pos <= 3) ++i;
    if (i == pos + 1 || i - pos > 4 || i >= line.size() || line[i] != ']') return label;
    label.assign(line.substr(pos + 1, i - pos - 1));
    end = i + 1;
    return label;
  }
  size_t i = pos, len = 0;
  for (int d; i < line.size() && (d = superscript_digit(line, i, len)) >= 0 && label.size() < 3; i += len)
    label += static_cast<char>('0' + d);
  if (!label.empty()) end = i;
  return label;
}

namespace {
// High bit of each byte of w equal to v. Only the lowest mark is exact (a borrow may mark a
// byte after a match), and only the lowest is read.
uint64_t bytes_equal(uint64_t w, unsigned char v) {
  const uint64_t x = w ^ (0x0101010101010101ULL * v);
  return (x - 0x0101010101010101ULL) & ~x & 0x8080808080808080ULL;
}
}  // namespace

size_t next_inline_marker_byte(std::string_view line, size_t from) {
  size_t i = from;
#ifdef __SSE2__
  // Sixteen bytes at a time where SSE2 is there (every x86-64), then the word loop below.
  const __m128i open_bracket = _mm_set1_epi8('['), lead_c2 = _mm_set1_epi8(static_cast<char>(0xC2)),
                lead_e2 = _mm_set1_epi8(static_cast<char>(0xE2));
  for (; i + 16 <= line.size(); i += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(line.data() + i));
    const __m128i hit = _mm_or_si128(_mm_cmpeq_epi8(v, open_bracket),
                                     _mm_or_si128(_mm_cmpeq_epi8(v, lead_c2), _mm_cmpeq_epi8(v, lead_e2)));
    if (const int mask = _mm_movemask_epi8(hit)) return i + static_cast<size_t>(__builtin_ctz(static_cast<unsigned>(mask)));
  }
#endif
  for (; i + 8 <= line.size(); i += 8) {
    uint64_t w;
    std::memcpy(&w, line.data() + i, sizeof w);
    const uint64_t m = bytes_equal(w, '[') | bytes_equal(w, 0xC2) | bytes_equal(w, 0xE2);
    if (m) return i + static_cast<size_t>(__builtin_ctzll(m)) / 8;
  }
  for (; i < line.size(); ++i)
    if (may_start_inline_marker(static_cast<unsigned char>(line[i]))) return i;
  return line.size();
}

namespace {
// Bytes of white space (' ', '\t') that end line: one code point each.
size_t trailing_blanks(std::string_view line) {
  size_t n = 0;
  while (n < line.size() && (line[line.size() - 1 - n] == ' ' || line[line.size() - 1 - n] == '\t')) ++n;
  return n;
}
}  // namespace

// visible_length and next_inline_marker_byte in one pass over the line, where the two read
// every line of a document each: the code points are the bytes less the continuation bytes
// (less the trailing blanks), summed per lane and added up every 255 blocks; the marker test
// runs on each block until a marker byte is found. The bytes after the last whole block are
// read in one more block that ends with the line, its lanes before them masked off.
LineScan scan_line(std::string_view line) {
  size_t continuations = 0, marker = line.size();
#ifdef __SSE2__
  if (line.size() >= 16) {
    const __m128i open_bracket = _mm_set1_epi8('['), lead_c2 = _mm_set1_epi8(static_cast<char>(0xC2)),
                  lead_e2 = _mm_set1_epi8(static_cast<char>(0xE2));
    const __m128i lead_min = _mm_set1_epi8(static_cast<char>(0xC0));  // signed: continuations lie below
    auto marker_bits = [&](__m128i v) {
      const __m128i hit = _mm_or_si128(_mm_cmpeq_epi8(v, open_bracket),
                                       _mm_or_si128(_mm_cmpeq_epi8(v, lead_c2), _mm_cmpeq_epi8(v, lead_e2)));
      return static_cast<unsigned>(_mm_movemask_epi8(hit));
    };
    const size_t whole = line.size() & ~size_t{15};
    size_t i = 0;
    while (i < whole) {
      const size_t batch_end = std::min(whole, i + 255 * 16);
      __m128i lanes = _mm_setzero_si128();
      for (; i < batch_end; i += 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(line.data() + i));
        lanes = _mm_sub_epi8(lanes, _mm_cmplt_epi8(v, lead_min));
        if (marker == line.size())
          if (const unsigned bits = marker_bits(v)) marker = i + static_cast<size_t>(__builtin_ctz(bits));
      }
      continuations += utf8::detail::lane_sum(lanes);
    }
    if (const size_t rest = line.size() - whole; rest > 0) {
      const size_t last = line.size() - 16;  // the block's lane k holds byte last + k; rest lanes are new
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(line.data() + last));
      // kFreshLanes + rest: 16 - rest lanes already read, then rest new ones (all bits set).
      static constexpr char kFreshLanes[32] = {0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,
                                               -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1};
      const __m128i fresh_lanes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(kFreshLanes + rest));
      const __m128i fresh_continuations = _mm_and_si128(_mm_cmplt_epi8(v, lead_min), fresh_lanes);
      continuations += utf8::detail::lane_sum(_mm_sub_epi8(_mm_setzero_si128(), fresh_continuations));
      const unsigned fresh = 0xFFFFu << (16 - rest);
      if (marker == line.size())
        if (const unsigned bits = marker_bits(v) & fresh) marker = last + static_cast<size_t>(__builtin_ctz(bits));
    }
    return {static_cast<uint32_t>(line.size() - continuations - trailing_blanks(line)), marker};
  }
#endif
  return {static_cast<uint32_t>(visible_length(line)), next_inline_marker_byte(line, 0)};
}

}  // namespace vanban::layout
