#include "cli/crash_report.h"

#include <signal.h>
#include <unistd.h>

#include <cstring>

namespace vanban::cli {
namespace {

thread_local const char* current_path = nullptr;

void put(const char* s) {
  ssize_t ignored = write(STDERR_FILENO, s, std::strlen(s));
  (void)ignored;
}

// Only async-signal-safe calls: write(2), then the default action of the signal.
extern "C" void on_fatal_signal(int sig) {
  char number[8];
  int n = sig, len = 0;
  char digits[8];
  do {
    digits[len++] = static_cast<char>('0' + n % 10);
    n /= 10;
  } while (n > 0 && len < 7);
  for (int i = 0; i < len; ++i) number[i] = digits[len - 1 - i];
  number[len] = '\0';
  put("\nvanban: lỗi nội bộ (tín hiệu ");
  put(number);
  if (current_path != nullptr) {
    put(") khi phân tích ");
    put(current_path);
    put("; xin báo lỗi kèm tệp này (có thể bỏ tệp qua bằng --exclude)\n");
  } else {
    put("); xin báo lỗi\n");
  }
  signal(sig, SIG_DFL);
  raise(sig);
}

}  // namespace

void install_crash_report() {
  for (int sig : {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT}) signal(sig, on_fatal_signal);
}

CurrentInput::CurrentInput(const std::string& path) : previous_(current_path) { current_path = path.c_str(); }
CurrentInput::~CurrentInput() { current_path = previous_; }

}  // namespace vanban::cli
