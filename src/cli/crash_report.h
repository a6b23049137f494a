// If vanban dies on a document (a bug in a stage: a segmentation fault, an abort), say which
// document it was before dying, so that the user can report it and exclude the file:
//
//   vanban: lỗi nội bộ (tín hiệu 11) khi phân tích kho/x.txt; xin báo lỗi kèm tệp này
//
//   vanban::cli::install_crash_report();              // once, in main
//   { vanban::cli::CurrentInput here(path); … }       // on the thread analysing `path`
//
// The process still ends with the signal (exit status 128 + n): a crashed stage may have left
// memory in any state, so going on with the batch would not be safe.
#pragma once
#include <string>

namespace vanban::cli {

void install_crash_report();

class CurrentInput {
 public:
  explicit CurrentInput(const std::string& path);
  ~CurrentInput();
  CurrentInput(const CurrentInput&) = delete;
  CurrentInput& operator=(const CurrentInput&) = delete;

 private:
  const char* previous_;
};

}  // namespace vanban::cli
