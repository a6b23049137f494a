// Text that remembers where every byte came from in the original file.
//
//   vanban::MappedText t;
//   t.append(norm_line, 12, 0, norm_line.text.size());  // copy line 12 (normalized)
//   t.append_synthetic(" ");                             // a space that joins two lines
//   vanban::Position p = t.position(offset);             // original line and column
//
// Positions follow spec/OUTPUT.md: 1-based line of the original file, 1-based column counted
// in code points of the original line as decoded (an NFD letter counts as the code points it
// has in the file). Between two anchors the text is a verbatim copy of the original, so a
// column is the anchor's column plus the code points in between. Where normalization changed
// something, anchors sit at both ends of the change, and a position inside it maps to its start.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vanban {

struct Position {
  uint32_t line = 0;
  uint32_t column = 0;
  bool operator==(const Position&) const = default;
};

// A byte range [begin, end) in some MappedText.
struct Span {
  size_t begin = 0;
  size_t end = 0;
  size_t size() const { return end - begin; }
  bool empty() const { return end <= begin; }
};

// One original line after normalization (NFC and a few one-to-one character cleanups).
struct NormalizedLine {
  struct Anchor {
    uint32_t offset;  // byte in `text`
    uint32_t column;  // 1-based original column of that byte
  };
  std::string text;
  // Where normalization changed the text, sorted by offset. Before the first anchor (and on
  // the common line that needed no change, which has none) byte 0 is column 1.
  std::vector<Anchor> anchors;
  // 1-based original column of byte `offset` of text.
  uint32_t column_at(size_t offset) const;
};

NormalizedLine normalize_line(std::string_view original);
// True when normalize_line(original) would give the line back as it is, with no anchor: the
// caller can then use the original line and spare the copy.
bool is_normalized(std::string_view original);
// normalize_line(original) when the line needs a change, nothing when is_normalized(original):
// one scan of the line decides and starts the work (is_normalized then normalize_line would
// scan the changed lines twice).
std::optional<NormalizedLine> normalize_if_changed(std::string_view original);

namespace detail {
// The inert stretch at the start of s[from, …): where the first code point that needs
// attention starts (s.size() when none does), how many code points come before it (as
// utf8::next counts them: an invalid byte is one), and where the last of those starts.
struct PlainRun {
  size_t end = 0;
  uint32_t cps = 0;
  size_t last_begin = 0;
  bool operator==(const PlainRun&) const = default;
};
// The scan normalization starts with, and its definition (one code point at a time); exposed
// for tests/text/plain_run_test.cpp, which checks the two agree.
PlainRun plain_run(std::string_view s, size_t from);
PlainRun plain_run_by_code_point(std::string_view s, size_t from);
// plain_run(s, from) where it finds a code point that needs attention; when none does, only
// `end` (s.size()) is meant: cps and last_begin are left uncounted (0 and from). Normalization
// asks this first: most lines need nothing, and their code points need no counting.
PlainRun first_attention(std::string_view s, size_t from);
// Whether normalization looks closely at code point c (NFC may change it, or a clean-up does).
bool needs_attention(char32_t c);
// Whether NFC has a boundary before code point c (ICU's Normalizer2::hasBoundaryBefore), as
// the attention table keeps it for the segments normalization cuts.
bool has_boundary_before(char32_t c);
}  // namespace detail

// A normalized line without owning it: the original line itself when normalization left it as
// it was, or the text and anchors of a NormalizedLine kept elsewhere.
struct NormalizedView {
  std::string_view text;
  const std::vector<NormalizedLine::Anchor>* anchors = nullptr;  // null: none
  NormalizedView() = default;
  explicit NormalizedView(std::string_view unchanged) : text(unchanged) {}
  explicit NormalizedView(const NormalizedLine& n) : text(n.text), anchors(&n.anchors) {}
  // 1-based original column of byte `offset` of text.
  uint32_t column_at(size_t offset) const;
};

class MappedText {
 public:
  const std::string& text() const { return text_; }
  size_t size() const { return text_.size(); }
  // Room for `bytes` of text and `pieces` appends, so that building a document's text does not
  // copy it again each time it grows.
  void reserve(size_t bytes, size_t pieces) {
    text_.reserve(bytes);
    anchors_.reserve(pieces);
    bucket_first_.reserve(bytes / kBucketBytes + 2);
  }

  // Appends text[a, b) of a normalized original line number `line`.
  void append(const NormalizedLine& norm, uint32_t line, size_t a, size_t b) { append(NormalizedView(norm), line, a, b); }
  void append(const NormalizedView& norm, uint32_t line, size_t a, size_t b);
  // append(norm, line, a, b) when the caller knows how many code points text[a, b) holds
  // (utf8::count of it): a line without normalization anchors is then not counted again.
  void append_counted(const NormalizedView& norm, uint32_t line, size_t a, size_t b, size_t code_points);
  // Appends text that is not in the original (a joining space, a paragraph break); it maps to
  // the position just after the last appended original character.
  void append_synthetic(std::string_view s);

  // Original position of the character starting at byte `offset`.
  Position position(size_t offset) const;
  // Original position of the last character of span (for end_line / end_column).
  Position last_position(Span span) const;
  Position first_position(Span span) const { return position(span.begin); }
  // position(offset) found by a binary search over all the anchors, without the bucket index:
  // the definition position() is tested against.
  Position position_by_search(size_t offset) const;

 private:
  struct Anchor {
    uint32_t offset;
    uint32_t line;
    uint32_t column;
    bool synthetic;
  };
  static constexpr size_t kCheckpointBytes = 512;
  static constexpr size_t kNotCounted = ~size_t{0};
  // position() is asked for thousands of offsets: rather than search all the anchors, it
  // searches those of the kBucketBytes-long stretch of text the offset is in.
  static constexpr size_t kBucketBytes = 256;
  void add_anchor(const Anchor& a) {
    // The buckets that start after the previous anchor and at or before this one begin with it.
    for (; next_bucket_ <= a.offset; next_bucket_ += kBucketBytes) bucket_first_.push_back(static_cast<uint32_t>(anchors_.size()));
    anchors_.push_back(a);
  }
  Position position_from(std::vector<Anchor>::const_iterator after, size_t offset) const;
  std::string text_;
  std::vector<Anchor> anchors_;  // by offset (never decreasing)
  // bucket_first_[k]: the index of the first anchor at or after byte k * kBucketBytes, for
  // every bucket up to the last anchor's.
  std::vector<uint32_t> bucket_first_;
  size_t next_bucket_ = 0;  // where the first bucket without an entry in bucket_first_ starts
  Position after_last_{1, 1};
};

}  // namespace vanban
