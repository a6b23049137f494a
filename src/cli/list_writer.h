// Writes a list that is printed piece by piece (a JSON array of documents or of citations):
// the opening before the first non-empty item, a separator between items, the closing.
//
//   ListWriter list("[\n", ",\n", "\n]\n", "[]\n");
//   for (…) write_stdout(list.before(part), part);   // empty parts are skipped
//   write_stdout(list.close());              // "[]\n" when no item came
#pragma once
#include <string>
#include <string_view>

namespace vanban::cli {

class ListWriter {
 public:
  ListWriter(std::string open, std::string separator, std::string close, std::string empty)
      : open_(std::move(open)), separator_(std::move(separator)), close_(std::move(close)), empty_(std::move(empty)) {}

  // What goes before `part`: the opening or a separator (nothing before an empty part). The part
  // itself is written as it is, not copied after it: a document's JSON is megabytes.
  std::string_view before(std::string_view part) {
    if (part.empty()) return {};
    const std::string& out = first_ ? open_ : separator_;
    first_ = false;
    return out;
  }
  std::string close() const { return first_ ? empty_ : close_; }

 private:
  std::string open_, separator_, close_, empty_;
  bool first_ = true;
};

}  // namespace vanban::cli
