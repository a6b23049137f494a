#include "cli/progress.h"

#include <cmath>
#include <cstdio>

#include "cli/terminal.h"

namespace vanban::cli {

std::string decimal_comma(double value) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.1f", value);
  std::string s = buf;
  for (char& c : s)
    if (c == '.') c = ',';
  return s;
}

namespace {

std::string duration(double seconds) {
  const long s = std::lround(seconds);
  char buf[32];
  if (s >= 3600) std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", s / 3600, s / 60 % 60, s % 60);
  else std::snprintf(buf, sizeof buf, "%ld:%02ld", s / 60, s % 60);
  return buf;
}

}  // namespace

Progress::Progress(bool enabled, size_t files, uint64_t bytes) : enabled_(enabled), files_(files), bytes_(bytes) {}

void Progress::done(uint64_t bytes) {
  files_done_.fetch_add(1, std::memory_order_relaxed);
  bytes_done_.fetch_add(bytes, std::memory_order_relaxed);
}

std::string Progress::line(size_t files_done, uint64_t bytes_done, double seconds) const {
  const double mb = 1e6;
  std::string s = "vanban: " + std::to_string(files_done) + "/" + std::to_string(files_) + " tệp · " +
                  decimal_comma(bytes_done / mb) + "/" + decimal_comma(bytes_ / mb) + " MB";
  if (seconds <= 0) return s;
  const double rate = bytes_done / seconds;
  s += " · " + decimal_comma(rate / mb) + " MB/s";
  // By bytes when sizes are known, else by files.
  double left = -1;
  if (bytes_ > 0 && rate > 0 && bytes_done <= bytes_) left = (bytes_ - bytes_done) / rate;
  else if (files_done > 0 && files_done <= files_) left = seconds * (files_ - files_done) / files_done;
  if (left >= 0) s += " · còn khoảng " + duration(left);
  return s;
}

void Progress::tick() {
  if (!enabled_) return;
  const auto now = Clock::now();
  if (now - start_ < std::chrono::seconds(1) || now - last_draw_ < std::chrono::milliseconds(200)) return;
  last_draw_ = now;
  const double seconds = std::chrono::duration<double>(now - start_).count();
  write_stderr("\r\033[K" + line(files_done_.load(), bytes_done_.load(), seconds));
  shown_ = true;
}

void Progress::clear() {
  if (!shown_) return;
  write_stderr("\r\033[K");
  shown_ = false;
}

void Progress::finish() {
  clear();
  enabled_ = false;
}

}  // namespace vanban::cli
