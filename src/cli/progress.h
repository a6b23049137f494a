// The progress line of a long run, on standard error when it is a terminal:
//
//   vanban: 120/1000 tệp · 45,2/300,0 MB · 12,3 MB/s · còn khoảng 0:42
//
//   vanban::cli::Progress p(enabled, files, total_bytes);
//   p.done(bytes);      // from any thread, when a file is finished
//   p.tick();           // from the printing thread: redraws at most 5 times a second
//   p.clear();          // before writing output to the same terminal
//   p.finish();         // erases the line for good
//
// Nothing is drawn during the first second, so short runs stay silent.
#pragma once
#include <atomic>
#include <chrono>
#include <cstdint>
#include <string>

namespace vanban::cli {

class Progress {
 public:
  Progress(bool enabled, size_t files, uint64_t bytes);
  void done(uint64_t bytes);
  void tick();
  void clear();
  void finish();

  // The text of the line, for tests: files and bytes done, elapsed seconds.
  std::string line(size_t files_done, uint64_t bytes_done, double seconds) const;

 private:
  using Clock = std::chrono::steady_clock;
  bool enabled_;
  size_t files_;
  uint64_t bytes_;
  std::atomic<size_t> files_done_{0};
  std::atomic<uint64_t> bytes_done_{0};
  Clock::time_point start_ = Clock::now();
  Clock::time_point last_draw_{};
  bool shown_ = false;
};

// "12,3": one decimal, Vietnamese decimal comma.
std::string decimal_comma(double value);

}  // namespace vanban::cli
