// find_quantities: every figure of the text that counts or measures something, with its unit.
#include <algorithm>

#include "number/number.h"
#include "number/number_lexicon.h"
#include "number/quantity_shape.h"
#include "number/vn_number.h"
#include "number/words.h"

namespace vanban {
namespace {

using namespace numwords;

bool by_begin(Span a, Span b) { return a.begin < b.begin; }

// Spans taken by other stages, sorted by their begin; queried with increasing offsets.
class Taken {
 public:
  explicit Taken(std::vector<Span> sorted) : spans_(std::move(sorted)) {}
  bool covers(size_t offset) {
    while (next_ < spans_.size() && spans_[next_].end <= offset) ++next_;
    for (size_t k = next_; k < spans_.size() && spans_[k].begin <= offset; ++k)
      if (offset < spans_[k].end) return true;
    return false;
  }

 private:
  std::vector<Span> spans_;
  size_t next_ = 0;
};

std::vector<Span> taken_spans(const Structure& structure, const std::vector<Citation>& citations,
                              const std::vector<DateMention>& dates) {
  std::vector<Span> spans;
  spans.reserve(citations.size() + dates.size() + structure.sections.size());
  // Each stage gives its spans in text order (mostly): a run is sorted only if it is not, then
  // merged with the runs before it, in linear time where sorting them all together is not.
  auto merge_run = [&spans](size_t run_begin) {
    const auto mid = spans.begin() + static_cast<std::ptrdiff_t>(run_begin);
    if (!std::is_sorted(mid, spans.end(), by_begin)) std::sort(mid, spans.end(), by_begin);
    std::inplace_merge(spans.begin(), mid, spans.end(), by_begin);
  };
  for (const Citation& c : citations) spans.push_back(c.span);
  merge_run(0);
  size_t run_begin = spans.size();
  for (const DateMention& d : dates) spans.push_back(d.span);
  merge_run(run_begin);
  run_begin = spans.size();
  for (const Section& s : structure.sections)
    if (!s.label_span.empty()) spans.push_back(s.label_span);
  merge_run(run_begin);
  return spans;
}

// Reads the unit after the figure: "%", an optional scale word, then a unit phrase.
void read_unit(std::string_view text, size_t end, Quantity& q, WordsAfter& after) {
  size_t at = 0;
  if (next_nonspace(text, end, &at) == '%' && at - end <= 1) {
    q.percent = true;
    q.unit = q.noun = "%";
    q.span.end = at + 1;
    return;
  }
  const NumberLexicon& lex = number_lexicon();
  // Words are read only as far as the phrases tried reach: mostly one or two, not all these.
  after.reset(text, end, lex.scales.max_words() + lex.units.max_words());
  if (!after.read_up_to(1)) return;
  size_t k = 0;
  PhraseTable::Match scale = lex.scales.match_reading(after, 0);
  if (scale.entry) {
    q.scale = scale.entry->factor;
    k = scale.length;
  }
  PhraseTable::Match unit = lex.units.match_reading(after, k);
  std::string noun;
  size_t used = k;
  if (unit.entry) {
    noun = unit.entry->canonical;
    used += unit.length;
  } else if (after.read_up_to(k + 1) && !starts_upper(text.substr(after.spans[k].begin, after.spans[k].size())) &&
             !lex.not_units.count(after.words[k]) && !lex.scales.match_reading(after, k).entry) {
    noun = after.words[k];
    used += 1;
  }
  if (noun == "%") {
    q.percent = true;
    q.unit = q.noun = "%";
    q.unit_span = {after.spans[k].begin, after.spans[used - 1].end};
    return;
  }
  if (used == 0) return;
  q.noun = noun;
  q.unit = scale.entry ? scale.entry->canonical + (noun.empty() ? "" : " " + noun) : noun;
  q.unit_span = {after.spans[0].begin, after.spans[used - 1].end};
}

Quantity make_quantity(size_t pos, const VnNumber& n) {
  Quantity q;
  q.span = {pos, n.end};
  q.value = n.value;
  q.decimals = n.decimals;
  return q;
}

void finish(std::string_view text, Quantity& q) { q.text.assign(text.substr(q.span.begin, q.span.size())); }

}  // namespace

std::vector<Quantity> find_quantities(const Layout& layout, const Structure& structure,
                                      const std::vector<Citation>& citations, const std::vector<DateMention>& dates) {
  std::string_view text = layout.text.text();
  Taken taken(taken_spans(structure, citations, dates));
  std::vector<Quantity> out;
  WordsAfter after;
  for (size_t i = next_digit(text, 0); i < text.size(); i = next_digit(text, i)) {
    VnNumber n = read_vn_number(text, i);
    // A figure inside a date or a citation is no quantity: only where scanning resumes matters.
    if (taken.covers(i)) {
      i = std::max(figure_skip(text, i, n), i + 1);
      continue;
    }
    FigureShape shape = figure_shape(text, i, n);
    size_t next = std::max(shape.skip_to, i + 1);
    if (shape.kind == FigureKind::Quantity) {
      Quantity q = make_quantity(i, n);
      if (!shape.unit_attached.empty()) {
        q.unit = q.noun = number_lexicon().attached.at(lower_word(shape.unit_attached));
        q.unit_span = {n.end, n.end + shape.unit_attached.size()};
        q.percent = q.unit == "%";
      } else {
        read_unit(text, n.end, q, after);
      }
      finish(text, q);
      out.push_back(std::move(q));
    } else if (shape.kind == FigureKind::Fraction) {
      VnNumber whole_n = read_vn_number(text, n.end + 1);
      Quantity whole = make_quantity(n.end + 1, whole_n);
      read_unit(text, whole_n.end, whole, after);
      Quantity part = make_quantity(i, n);
      part.unit = whole.unit;
      part.noun = whole.noun;
      part.scale = whole.scale;
      finish(text, part);
      finish(text, whole);
      out.push_back(std::move(part));
      out.push_back(std::move(whole));
    }
    i = next;
  }
  return out;
}

}  // namespace vanban
