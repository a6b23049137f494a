// Stated counts of a list: "có 5 tôn giáo chính là Phật giáo, Công giáo, Tin Lành, Cao Đài
// và Cơ đốc", "gồm 3 nhiệm vụ: (1) …; (2) …; (3) …". Commas in Vietnamese prose also join
// pairs of verbs ("kiểm tra, giám sát"), so a plain list is only counted when its items look
// like names (each starts with a capital letter) or share their first word ("rừng đặc dụng,
// rừng phòng hộ và rừng sản xuất"), every item is short, and none holds a figure.
#include <set>

#include "number/number_lexicon.h"
#include "number/relation_finders.h"
#include "number/vn_number.h"

namespace vanban {
namespace {

constexpr size_t npos = ParaTokens::npos;
constexpr size_t kMaxItemWords = 6;

struct Item {
  size_t begin = 0, end = 0;  // token range
  size_t words = 0;
};

// After "N <noun> [qualifier…]": the first token of the list, or npos.
size_t list_start(const ParaTokens& p, size_t n) {
  size_t k = n + 1;
  for (size_t extra = 0; extra < 3 && p.is_word(k) && !p.word_in(k, {"là", "gồm", "như", "bao"}); ++extra) ++k;
  if (p.word(k, "bao") && p.word(k + 1, "gồm")) k += 1;
  if (p.word_in(k, {"là", "gồm", "như"})) {
    ++k;
    if (p.word(k, "có")) ++k;
    if (p.punct(k, ":")) ++k;
    return k;
  }
  if (p.punct(k, ":") || p.punct(k, "(")) return k + 1;
  return npos;
}

// "(1) …; (2) …; (3) …" or "1) …; 2) …" right after the introducer: how many, numbered from 1.
size_t enumerated(const ParaTokens& p, size_t from) {
  auto marker = [&](size_t k, size_t n) {
    bool figure = p.is_num(k) || (p.is_qty(k) && p.qty(k).unit.empty());
    return figure && p.t[k].w == std::to_string(n) && p.punct(k + 1, ")");
  };
  size_t first = p.punct(from, "(") ? from + 1 : from;
  if (!marker(first, 1)) return 0;
  size_t expect = 2;
  for (size_t k = first + 2; k < p.ahead_limit(first); ++k) {
    bool opens = p.punct(k - 1, "(") || p.punct(k - 1, ";") || p.punct(k - 1, ",") || p.sentence_end(k - 1);
    if (opens && marker(k, expect)) ++expect;
  }
  return expect - 1;
}

// A figure that belongs to a name: a document code ("số 12/KH-UBND", "25-NQ/TW") or a year.
bool code_or_year(const ParaTokens& p, size_t k) {
  std::string_view w = p.t[k].w;
  bool year = w.size() == 4 && (w.rfind("19", 0) == 0 || w.rfind("20", 0) == 0);
  return year || p.word(k - 1, "số") || p.punct(k + 1, "/") || p.punct(k + 1, "-") || p.punct(k - 1, "/");
}

// Splits the list at commas, semicolons and "và"; stops after the item that "và" opens.
// Brackets inside an item are part of it.
std::vector<Item> items(const ParaTokens& p, size_t from) {
  std::vector<Item> out;
  int depth = p.t[from].depth;
  Item cur{from, from, 0};
  bool last = false;
  size_t k = from;
  const size_t limit = p.ahead_limit(from);
  for (; k < limit; ++k) {
    const Tok& t = p.t[k];
    if (t.depth > depth) continue;
    bool end = p.sentence_end(k) || t.depth < depth || p.punct(k, ":");
    if (!end && (p.punct(k, "(") || p.punct(k, ")"))) continue;
    bool sep = !end && (p.punct(k, ",") || p.punct(k, ";") || p.word(k, "và"));
    if (end || sep) {
      cur.end = k;
      if (cur.words > 0) out.push_back(cur);
      else if (!p.word(k, "và")) return {};
      if (end || last) break;
      last = p.word(k, "và");
      cur = Item{k + 1, k + 1, 0};
      continue;
    }
    // A figure counted in an item makes it no plain name; a code or a year may be part of one
    // ("Kế hoạch số 12/KH-UBND").
    if (t.kind == Tok::Qty || p.word(k, "hoặc")) return {};  // "hoặc": alternatives are no count
    if (t.kind == Tok::Num && !code_or_year(p, k)) return {};
    if (t.kind == Tok::Word && ++cur.words > kMaxItemWords) return {};
  }
  if (k == limit && limit < p.size()) return {};  // ran past the reach: longer than any list a count names
  if (k == p.size()) {
    cur.end = k;
    if (cur.words > 0) out.push_back(cur);
  }
  return out;
}

bool names_or_same_head(const ParaTokens& p, const std::vector<Item>& list) {
  bool capitals = true;
  std::set<std::string> heads;
  bool multiword = true;
  for (const Item& it : list) {
    size_t first = it.begin;
    while (first < it.end && !p.is_word(first)) ++first;
    if (first == it.end) return false;
    capitals = capitals && p.t[first].upper;
    heads.emplace(p.t[first].w);
    multiword = multiword && it.words >= 2;
  }
  return capitals || (heads.size() == 1 && multiword);
}

std::string item_text(const ParaTokens& p, const Item& it) {
  size_t b = it.begin, e = it.end;
  while (b < e && !p.is_word(b)) ++b;
  while (e > b && !p.is_word(e - 1)) --e;
  if (b >= e) return {};
  return std::string(p.text({p.t[b].span.begin, p.t[e - 1].span.end}));
}

// "ít nhất 03", "từ 3 đến 5", "trên 10": not an exact count.
bool bounded(const ParaTokens& p, size_t n) {
  if (n == 0) return false;
  return p.word_in(n - 1, {"từ", "đến", "tới", "trên", "dưới", "hơn", "khoảng", "gần"}) ||
         p.word_seq_ending(n - 1, {"ít", "nhất"}) || p.word_seq_ending(n - 1, {"tối", "thiểu"}) ||
         p.word_seq_ending(n - 1, {"tối", "đa"}) || p.word_seq_ending(n - 1, {"không", "quá"});
}

}  // namespace

bool rel::may_count(const Quantity& q) {
  if (q.percent || q.decimals || q.scale != 1 || q.noun.empty() || q.value < 2 || q.value > 30) return false;
  return !number_lexicon().time_nouns.count(q.noun);  // "15 tuần gồm …"
}

void find_counts(const ParaTokens& p, std::vector<Relation>& out) {
  for (size_t n : p.quantity_tokens) {
    const Quantity& q = p.qty(n);
    if (!rel::may_count(q) || bounded(p, n)) continue;  // "ít nhất 03 người"
    size_t from = list_start(p, n);
    if (from == npos || from >= p.size()) continue;
    size_t count = enumerated(p, from);
    std::vector<std::string> shown;
    if (count < 2) {
      std::vector<Item> list = items(p, from);
      if (list.size() < 2 || !names_or_same_head(p, list)) continue;
      count = list.size();
      for (const Item& it : list) shown.push_back(item_text(p, it));
    }
    Range c{static_cast<double>(count), static_cast<double>(count)};
    Relation r = rel::make("count", p.qindex(n), {}, c, {q.value, q.value}, q.value);
    r.items = shown;
    if (!r.holds) {
      std::string list;
      for (const std::string& s : shown) list += (list.empty() ? "" : ", ") + s;
      r.message = "danh sách kể ra " + std::to_string(count) + " " + q.noun + (list.empty() ? "" : " (" + list + ")") +
                  ", nhưng văn bản ghi " + q.text + " " + q.unit;
    }
    out.push_back(std::move(r));
  }
}

}  // namespace vanban
