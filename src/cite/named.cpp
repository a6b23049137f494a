#include "cite/named.h"

#include <array>

#include "cite/code.h"
#include "cite/lexicon.h"
#include "cite/words.h"
#include "text/utf8.h"
#include "text/vn_word.h"

namespace vanban::cite {
namespace {

constexpr size_t kMaxNameWords = 12;

struct Anchor {
  std::string_view bytes;  // as written, first letter capital
  const char* type;
  size_t words;
};

constexpr Anchor kAnchors[] = {
    {"Luật", "Luật", 1},       {"Bộ luật", "Bộ luật", 2}, {"Bộ Luật", "Bộ luật", 2},
    {"Hiến pháp", "Hiến pháp", 2}, {"Pháp lệnh", "Pháp lệnh", 2},
};

// The lexicon's index of an anchor's type, looked up once per anchor (type_index compares
// the names of all the types).
int anchor_type(const Anchor& anchor) {
  static const auto indexes = [] {
    std::array<int, std::size(kAnchors)> out{};
    for (size_t k = 0; k < out.size(); ++k) out[k] = lexicon().type_index(kAnchors[k].type);
    return out;
  }();
  return indexes[static_cast<size_t>(&anchor - kAnchors)];
}

bool stop_at(const WordRun& run, size_t i) {
  size_t len;
  const Lexicon& lx = lexicon();
  return run.words[i].digits || match_longest(run, i, lx.named_stops, len) >= 0 ||
         match_longest(run, i, lx.type_phrases, len) >= 0;
}

// Name words from `from` on; returns how many.
size_t name_length(const WordRun& run, size_t from) {
  size_t n = 0;
  while (run.words.has(from + n) && n < kMaxNameWords) {
    const size_t k = from + n;
    if (n > 0 && !run.gap_is_space(k)) {
      // "Phòng, chống tham nhũng", "sửa đổi, bổ sung": a comma inside a name.
      const std::string& w = run.words[k].folded();
      if (!(run.gap(k) == ", " && (w == "chống" || w == "bổ"))) break;
    }
    if (n > 0 && stop_at(run, k)) break;
    ++n;
  }
  return n;
}

// A law's name from `from` on: a name the lexicon lists, taken whole ("Phòng, chống tham
// nhũng"), or else words up to a stop.
size_t law_name_length(const WordRun& run, size_t from) {
  size_t known = 0;
  if (match_longest(run, from, lexicon().law_names, known, true) >= 0) return known;
  return name_length(run, from);
}

bool code_follows(std::string_view t, const WordRun& run, size_t k) {
  if (!run.words.has(k) || run.words[k].folded() != "số") return false;
  size_t p = run.words[k].end;
  while (p < t.size() && (t[p] == ' ' || t[p] == ':')) ++p;
  return parse_code(t, p).has_value();
}

// "Hiến pháp", "Hiến pháp năm 2013", "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam".
size_t constitution_length(const WordRun& run) {
  size_t n = 2;  // "Hiến pháp"
  while (run.words.has(n) && n < 12) {
    const Word& w = run.words[n];
    if (n > 0 && !run.gap_is_space(n)) break;
    if (w.digits) {
      if (n > 0 && run.words[n - 1].folded() == "năm" && w.folded().size() == 4) ++n;
      break;
    }
    if (w.folded() == "năm") {
      if (run.words.has(n + 1) && run.words[n + 1].digits) {
        ++n;
        continue;
      }
      break;
    }
    if (w.folded() != "nước" && w.folded() != "cộng" && w.folded() != "hòa" && w.folded() != "xã" && w.folded() != "hội" &&
        w.folded() != "chủ" && w.folded() != "nghĩa" && w.folded() != "việt" && w.folded() != "nam")
      break;
    ++n;
  }
  return n;
}

// The word at pos, as written, is a one-word phrase of named_exclusions ("Luật này", "Luật số",
// most of the anchors of a legal text): named_at's word run would fold it to itself (the
// phrases are folded words, and folding a folded word changes nothing) and stop there.
bool excluded_word_at(std::string_view t, size_t pos) {
  const size_t end = vn::word_end(t, pos);
  if (end == pos || end - pos > 15) return false;  // 15: no allocation for the key
  const PhraseTable& exclusions = lexicon().named_exclusions;
  for (uint32_t i : exclusions.starting_with(std::string(t.substr(pos, end - pos))))
    if (exclusions[i].words.size() == 1) return true;
  return false;
}

}  // namespace

bool maybe_named(std::string_view t, size_t pos) {
  const char c = t[pos];
  if (c != 'L' && c != 'B' && c != 'H' && c != 'P') return false;
  for (const Anchor& a : kAnchors)
    if (t.substr(pos, a.bytes.size()) == a.bytes) return true;
  return false;
}

std::optional<NamedLaw> named_at(std::string_view t, size_t pos) {
  if (pos > 0) {
    size_t j = pos;
    if (vn::is_alnum(utf8::prev(t, j))) return std::nullopt;
  }
  const Anchor* anchor = nullptr;
  for (const Anchor& a : kAnchors)
    if (t.substr(pos, a.bytes.size()) == a.bytes) anchor = &a;
  if (!anchor) return std::nullopt;
  const size_t type_end = pos + anchor->bytes.size();
  if (type_end < t.size()) {
    size_t j = type_end;
    if (vn::is_alnum(utf8::next(t, j))) return std::nullopt;
  }
  const Lexicon& lx = lexicon();
  // A law's name follows after one space (the checks on its first word come below).
  if (anchor->bytes != "Hiến pháp" && (type_end + 1 >= t.size() || t[type_end] != ' ')) return std::nullopt;
  NamedLaw law;
  law.type_span = Span{pos, type_end};
  if (anchor->bytes == "Hiến pháp") {
    WordRun all = words_after(t, pos, 12);
    size_t n = constitution_length(all);
    if (!all.words.has(1)) return std::nullopt;
    size_t end = all.words[std::min(n, all.words.size()) - 1].end;
    law.type = anchor_type(*anchor);
    law.name_span = Span{pos, end};
    law.name = std::string(t.substr(pos, end - pos));
    return law;
  }
  if (excluded_word_at(t, type_end + 1)) return std::nullopt;  // before the run is made
  // Long names ("Quản lý, sử dụng vũ khí, …"); the run is read lazily, so "Luật sư", "Luật
  // quy định" are decided on their first words without reading the others.
  WordRun run = words_after(t, type_end, kMaxNameWords * 2 + 4);
  if (run.words.has(0) && run.words[0].folded() == "sửa" && run.words.has(1) && run.words[1].folded() == "đổi")
    run = words_after(t, type_end, kMaxNameWords * 4);  // an amending law names the laws it amends
  if (!run.words.has(0) || !run.gap_is_space(0) || run.words[0].begin != type_end + 1) return std::nullopt;
  size_t len;
  if (run.words[0].digits || match_longest(run, 0, lx.named_exclusions, len) >= 0) return std::nullopt;
  if (code_follows(t, run, 0)) return std::nullopt;
  size_t n;
  if (run.words[0].folded() == "sửa" && run.words.has(1) && run.words[1].folded() == "đổi") {
    // An amending law: its name runs through the name of the law it amends ("… của Luật X và Luật Y").
    n = 2;
    while (run.words.has(n) && n < kMaxNameWords && run.words[n].folded() != "luật") ++n;
    while (run.words.has(n) && run.words[n].folded() == "luật") {
      n += 1 + law_name_length(run, n + 1);
      if (run.words.has(n + 1) && run.words[n].folded() == "và" && run.words[n + 1].folded() == "luật") ++n;
    }
    n = std::min(n, run.words.size());
  } else {
    size_t known = 0;
    if (match_longest(run, 0, lx.law_names, known, true) < 0 && stop_at(run, 0)) return std::nullopt;
    n = law_name_length(run, 0);
  }
  if (n == 0) return std::nullopt;
  if (code_follows(t, run, n)) return std::nullopt;
  law.type = anchor_type(*anchor);
  law.name_span = Span{run.words[0].begin, run.words[n - 1].end};
  law.name = std::string(t.substr(law.name_span.begin, law.name_span.size()));
  return law;
}

}  // namespace vanban::cite
