#include "cli/inputs.h"

#include <fnmatch.h>

#include <algorithm>
#include <filesystem>
#include <system_error>

#include "cli/settings.h"

namespace vanban::cli {
namespace fs = std::filesystem;
namespace {

// Why the file system refused, in Vietnamese for the common cases.
std::string reason(const std::error_code& ec) {
  if (ec == std::errc::permission_denied) return "không có quyền truy cập";
  if (ec == std::errc::too_many_symbolic_link_levels) return "vòng lặp liên kết tượng trưng";
  if (ec == std::errc::filename_too_long) return "tên quá dài";
  return "lỗi hệ thống tệp: " + ec.message();
}

bool any_glob(const std::vector<std::string>& globs, const std::string& name, const std::string& relative) {
  return std::any_of(globs.begin(), globs.end(), [&](const std::string& g) { return glob_match(g, name, relative); });
}

struct Walker {
  const std::vector<std::string>& include;
  const std::vector<std::string>& exclude;
  std::vector<Input>& out;

  // Lists dir (shown as `shown`), whose path below the argument is `relative`.
  void walk(const fs::path& dir, const std::string& shown, const std::string& relative) {
    std::error_code ec;
    std::vector<fs::directory_entry> entries;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) entries.push_back(*it);
    if (ec) {
      out.push_back({dir.string(), shown, 0, shown + ": không đọc được thư mục (" + reason(ec) + ")", false});
      return;
    }
    std::sort(entries.begin(), entries.end(),
              [](const auto& a, const auto& b) { return a.path().filename().string() < b.path().filename().string(); });
    for (const fs::directory_entry& entry : entries) visit(entry, shown, relative);
  }

  void visit(const fs::directory_entry& entry, const std::string& parent_shown, const std::string& parent_relative) {
    const std::string name = entry.path().filename().string();
    if (name.empty() || name[0] == '.') return;
    const std::string shown = parent_shown.empty() || parent_shown.back() == '/' ? parent_shown + name
                                                                                 : parent_shown + "/" + name;
    const std::string relative = parent_relative.empty() ? name : parent_relative + "/" + name;
    if (any_glob(exclude, name, relative)) return;
    std::error_code ec;
    const bool link = entry.is_symlink(ec);
    if (entry.is_directory(ec)) {
      if (!link) walk(entry.path(), shown, relative);
      return;
    }
    if (!any_glob(include, name, relative) || !entry.is_regular_file(ec)) return;
    const uintmax_t size = entry.file_size(ec);
    out.push_back({shown, shown, ec ? 0 : static_cast<uint64_t>(size), "", false});
  }
};

}  // namespace

bool glob_match(const std::string& pattern, const std::string& name, const std::string& relative) {
  const std::string& subject = pattern.find('/') == std::string::npos ? name : relative;
  return fnmatch(pattern.c_str(), subject.c_str(), 0) == 0;
}

InputList expand_inputs(const std::vector<std::string>& args, std::vector<std::string> include,
                        const std::vector<std::string>& exclude, const std::string& stdin_name) {
  if (include.empty()) include = {"*.txt"};
  InputList list;
  list.several = args.size() > 1;
  bool stdin_taken = false;
  for (const std::string& arg : args) {
    if (arg == "-") {
      if (stdin_taken) throw UsageError("chỉ được đọc đầu vào chuẩn (-) một lần");
      stdin_taken = true;
      list.inputs.push_back({"-", stdin_name, 0, "", true});
      continue;
    }
    std::error_code ec;
    const fs::file_status status = fs::status(arg, ec);
    if (!fs::exists(status)) {
      const bool missing = !ec || ec == std::errc::no_such_file_or_directory || ec == std::errc::not_a_directory;
      list.inputs.push_back({arg, arg, 0, arg + (missing ? ": không có tệp hay thư mục này" : ": " + reason(ec)), false});
      continue;
    }
    if (fs::is_directory(status)) {
      list.several = true;
      const size_t before = list.inputs.size();
      Walker{include, exclude, list.inputs}.walk(arg, arg, "");
      if (list.inputs.size() == before)
        list.notes.push_back(arg + ": thư mục không có tệp nào khớp " + [&] {
          std::string globs;
          for (const std::string& g : include) globs += (globs.empty() ? "" : ", ") + g;
          return globs;
        }());
      continue;
    }
    // A named pipe or device given by name (`vanban check <(…)`) is read as a stream.
    const bool regular = fs::is_regular_file(status);
    const uintmax_t size = regular ? fs::file_size(arg, ec) : 0;
    list.inputs.push_back({arg, arg, ec ? 0 : static_cast<uint64_t>(size), "", !regular});
  }
  return list;
}

}  // namespace vanban::cli
