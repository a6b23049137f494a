// Is the figure at a position a quantity, or a year, a code, a date piece, a label, a phone
// number? Decided from its shape and the characters and words around it, so it works before
// (and without) the citation and date stages.
//
//   vanban::VnNumber n = vanban::read_vn_number(text, pos);
//   vanban::FigureShape s = vanban::figure_shape(text, pos, n);
//   if (s.kind == vanban::FigureKind::Quantity) …     // s.skip_to: resume scanning there
#pragma once
#include <string_view>

#include "number/vn_number.h"

namespace vanban {

enum class FigureKind {
  Quantity,
  Fraction,    // "45/50 xã": two quantities, a part and its whole
  NotQuantity  // year, date piece, code, label, range, phone, enumerator, malformed
};

struct FigureShape {
  FigureKind kind = FigureKind::NotQuantity;
  size_t skip_to = 0;  // where scanning resumes
  std::string_view unit_attached;  // "ha" in "20ha" (already checked against the lexicon)
};

FigureShape figure_shape(std::string_view text, size_t pos, const VnNumber& n);

// figure_shape(text, pos, n).skip_to, for a figure whose kind does not matter (taken by a date
// or a citation). Scanning resumes past the figure, unless a phone number swallows the digit
// groups after it or a fraction its whole: only a figure followed by one of those is tested.
size_t figure_skip(std::string_view text, size_t pos, const VnNumber& n);

// A bare 4-digit figure between 1900 and 2099: read as a year unless a count unit follows.
bool looks_like_year(const VnNumber& n);

}  // namespace vanban
