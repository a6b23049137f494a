// One pass over the text: every ASCII digit that starts a number is tried as the day of a
// date; everything else is skipped sixteen bytes at a time (text/byte_skip.h).
#include <cstdint>
#include <initializer_list>

#include "date/date.h"
#include "text/utf8.h"
#include "text/vn_word.h"
#include "text/byte_skip.h"

namespace vanban {
namespace {

bool digit(char c) { return c >= '0' && c <= '9'; }


// Reads 1..max digits at i; returns how many (0 when none) and the value.
int read_number(std::string_view t, size_t& i, int max_digits, int& value) {
  int n = 0;
  value = 0;
  while (i < t.size() && digit(t[i]) && n < max_digits + 1) {
    value = value * 10 + (t[i] - '0');
    ++i;
    ++n;
  }
  return n;
}

size_t skip_spaces(std::string_view t, size_t i, int max = 2) {
  while (max-- > 0 && i < t.size() && t[i] == ' ') ++i;
  return i;
}

// Skips spaces backwards from i (exclusive); returns the new end.
size_t back_spaces(std::string_view t, size_t i) {
  while (i > 0 && t[i - 1] == ' ') --i;
  return i;
}

// Does the word ending at `end` (after skipping spaces back) read as one of `forms` (the
// spellings of one word in lower, capitalised and upper case)? Sets `start` to its first byte.
// Bytes are compared directly: this runs for every number of the text.
bool word_before(std::string_view t, size_t end, std::initializer_list<std::string_view> forms, size_t& start) {
  end = back_spaces(t, end);
  for (std::string_view f : forms) {
    // The last byte first: it rules out almost every word before a number without a memcmp.
    if (end < f.size() || t[end - 1] != f.back() || t.substr(end - f.size(), f.size()) != f) continue;
    size_t s = end - f.size();
    if (s > 0) {
      size_t j = s;
      if (vn::is_letter(utf8::prev(t, j))) continue;
    }
    start = s;
    return true;
  }
  return false;
}

bool ngay_before(std::string_view t, size_t end, size_t& start) {
  return word_before(t, end, {"ngày", "Ngày", "NGÀY"}, start);
}

// Whether "ngày" comes before the figure at p, looked at only when a numeric date asks (one
// written with dots, or with a year out of range), once it has read the whole of it: most
// figures of a text are no date and never ask.
class NgayBefore {
 public:
  NgayBefore(std::string_view t, size_t p) : t_(t), p_(p) {}
  bool operator()() {
    if (!known_) {
      size_t start = p_;
      value_ = ngay_before(t_, p_, start);
      known_ = true;
    }
    return value_;
  }

 private:
  std::string_view t_;
  size_t p_;
  bool known_ = false, value_ = false;
};

// "có hiệu lực (thi hành) (kể) từ ngày": the date is when a text takes effect, not its date.
bool effective_before(std::string_view t, size_t start) {
  size_t pos = start, s = start;
  if (ngay_before(t, pos, s)) pos = s;
  if (!word_before(t, pos, {"từ", "Từ", "TỪ"}, s)) return false;
  const size_t from = s > 48 ? s - 48 : 0;
  std::string_view window = t.substr(from, s - from);
  if (window.find('\n') != std::string_view::npos) window = window.substr(window.rfind('\n') + 1);
  return window.find("hiệu lực") != std::string_view::npos || window.find("HIỆU LỰC") != std::string_view::npos ||
         window.find("Hiệu lực") != std::string_view::npos;
}

// What follows a date must not continue it into a code or a longer number ("12/12/2013/QĐ").
bool clean_end(std::string_view t, size_t i) {
  if (i >= t.size()) return true;
  if (digit(t[i])) return false;
  if ((t[i] == '/' || t[i] == '-') && i + 1 < t.size()) {
    size_t j = i + 1;
    return !vn::is_alnum(utf8::next(t, j));
  }
  return true;
}

// Both kinds of date open with a day of one or two digits, read once for both: `i` is past
// it and up to two spaces after it.
struct Day {
  int value = 0;
  size_t i = 0;
};

// d/m/yyyy, d-m-yyyy, d.m.yyyy, with up to two spaces around the separators.
std::optional<DateMention> numeric_at(std::string_view t, size_t p, Day day, NgayBefore& after_ngay) {
  size_t i = day.i;
  int m, y;
  if (i >= t.size()) return std::nullopt;
  const char sep = t[i];
  if (sep != '/' && sep != '-' && sep != '.') return std::nullopt;  // "." only after "ngày": asked last
  i = skip_spaces(t, i + 1);
  if (int n = read_number(t, i, 2, m); n < 1 || n > 2) return std::nullopt;
  i = skip_spaces(t, i);
  if (i >= t.size() || t[i] != sep) return std::nullopt;
  i = skip_spaces(t, i + 1);
  if (read_number(t, i, 4, y) != 4) return std::nullopt;
  if ((sep == '.' || y < 1900 || y > 2099) && !after_ngay()) return std::nullopt;
  if (!clean_end(t, i)) return std::nullopt;
  return DateMention{Span{p, i}, Date{y, m, day.value}, false};
}

// "20 tháng 3 năm 2019" (any letter case; up to two spaces between the parts).
std::optional<DateMention> verbal_at(std::string_view t, size_t p, Day day) {
  size_t i = day.i;
  int m, y;
  // "tháng" in any case and tone placement has 'h' or 'H' second: most words after a number are
  // rejected on that byte, before folding.
  if (i + 1 >= t.size() || (t[i + 1] | 32) != 'h') return std::nullopt;
  if (!vn::word_is(t, i, "tháng")) return std::nullopt;
  i = skip_spaces(t, vn::word_end(t, i));
  if (int n = read_number(t, i, 2, m); n < 1 || n > 2) return std::nullopt;
  i = skip_spaces(t, i);
  if (!vn::word_is(t, i, "năm")) return std::nullopt;
  i = skip_spaces(t, vn::word_end(t, i));
  // Four digits, or up to eight: "tháng … năm" says it is a date, so a year of five digits
  // or more is a slip that date/invalid reports ("31 tháng 02 năm 99999"), not a number to
  // pass over. Nine digits or more stay unread (no int holds ten).
  if (int n = read_number(t, i, 8, y); n < 4 || n > 8) return std::nullopt;
  return DateMention{Span{p, i}, Date{y, m, day.value}, false};
}

bool starts_number(std::string_view t, size_t p) {
  if (p == 0) return true;
  const char c = t[p - 1];
  if (digit(c) || c == '/' || c == '-' || c == '.' || c == ',') return false;
  size_t j = p;
  return !vn::is_letter(utf8::prev(t, j));
}

std::optional<DateMention> digits_at(std::string_view t, size_t p) {
  Day day;
  day.i = p;
  // A run of three digits or more ("2020", "1.234") is no day: rejected before looking back.
  if (int n = read_number(t, day.i, 2, day.value); n < 1 || n > 2) return std::nullopt;
  if (!starts_number(t, p)) return std::nullopt;
  day.i = skip_spaces(t, day.i);
  NgayBefore after_ngay(t, p);
  std::optional<DateMention> m = verbal_at(t, p, day);
  if (!m) m = numeric_at(t, p, day, after_ngay);
  if (m) m->effective = effective_before(t, p);
  return m;
}

}  // namespace

std::optional<DateMention> date_at(std::string_view text, size_t pos) {
  if (pos >= text.size()) return std::nullopt;
  if (!digit(text[pos])) {
    if (!vn::word_is(text, pos, "ngày")) return std::nullopt;
    pos = skip_spaces(text, vn::word_end(text, pos));
    if (pos >= text.size() || !digit(text[pos])) return std::nullopt;
  }
  return digits_at(text, pos);
}

std::vector<DateMention> find_dates(std::string_view text) {
  std::vector<DateMention> out;
  const size_t n = text.size();
  for (size_t i = byteskip::to_digit(text, 0); i < n; i = byteskip::to_digit(text, i)) {
    if (auto m = digits_at(text, i)) {
      out.push_back(*m);
      i = m->span.end;
      continue;
    }
    while (i < n && digit(text[i])) ++i;
  }
  return out;
}

}  // namespace vanban
