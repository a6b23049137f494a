// Where each column (1-based code point) of one source line starts, for the reports that show
// that line under many findings: walked once, whatever the order the columns are asked in.
//
//   vanban::LineColumns columns(line);
//   size_t at = columns.offset(57);   // the first byte of column 57; line.size() past the end
//
// A cursor walks forward from the last column asked for and leaves a mark every 1,024 columns;
// a column behind the cursor, or ahead of it past a mark, starts from the nearest mark. So a
// column costs at most 1,024 steps plus the part of the line never walked before: a line of
// 1 MB with 5,000 findings is walked about once, not once per finding (which took minutes).
// Columns are counted as utf8::next steps, one per code point or per stray byte, as
// terminal_safe() and the positions of spec/OUTPUT.md count them.
#pragma once
#include <algorithm>
#include <cstddef>
#include <string_view>
#include <vector>

#include "text/utf8.h"

namespace vanban {

class LineColumns {
 public:
  explicit LineColumns(std::string_view line) : line_(line) {}

  std::string_view line() const { return line_; }

  size_t offset(size_t column) {
    if (column < 1) column = 1;
    const size_t mark = std::min((column - 1) / kStep, marks_.size());
    if (column < column_ || mark * kStep + 1 > column_) {
      column_ = mark * kStep + 1;
      offset_ = mark == 0 ? 0 : marks_[mark - 1];
    }
    while (column_ < column && offset_ < line_.size()) {
      utf8::next(line_, offset_);
      if (++column_ % kStep == 1 && (column_ - 1) / kStep == marks_.size() + 1) marks_.push_back(offset_);
    }
    return offset_;
  }

 private:
  static constexpr size_t kStep = 1024;
  std::string_view line_;
  std::vector<size_t> marks_;  // marks_[k - 1]: the first byte of column k * kStep + 1 (k >= 1)
  size_t column_ = 1, offset_ = 0;  // the cursor
};

// Does `line` hold more than n columns? At most n + 1 steps, fewer when its size tells.
inline bool longer_than(std::string_view line, size_t n) {
  if (line.size() <= n) return false;
  if (line.size() / 4 > n) return true;  // a step takes at most four bytes
  size_t i = 0;
  for (size_t k = 0; k < n && i < line.size(); ++k) utf8::next(line, i);
  return i < line.size();
}

}  // namespace vanban
