// vanban: the command line. Subcommands check, extract, cites, rules (and the hidden debug
// view layout); every option is described by `vanban <command> --help` and in docs/CLI.md.
//
//   vanban check baocao.txt kho/ --format sarif --fail-on error
//   vanban extract --format json baocao.txt
//   vanban cites --group kho/
//   vanban rules --format json
#include <CLI/CLI.hpp>

#include <exception>
#include <iostream>
#include <set>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/crash_report.h"
#include "cli/settings.h"
#include "cli/terminal.h"

namespace {

using vanban::cli::Settings;

constexpr const char* kVersion = "vanban " VANBAN_VERSION;

void translate_help(CLI::App& app) {
  auto fmt = app.get_formatter();
  fmt->label("Usage", "Cách dùng");
  fmt->label("OPTIONS", "TÙY CHỌN");
  fmt->label("SUBCOMMAND", "LỆNH");
  fmt->label("Positionals", "Đối số");
  fmt->label("REQUIRED", "BẮT BUỘC");
  fmt->column_width(34);
}

CLI::App* add_command(CLI::App& app, const std::string& name, const std::string& description) {
  CLI::App* sub = app.add_subcommand(name, description);
  sub->group("Lệnh");
  sub->option_defaults()->group("Tùy chọn");
  sub->set_help_flag("-h,--help", "In trợ giúp của lệnh này rồi thoát");
  sub->set_version_flag("-V,--version", kVersion, "In phiên bản rồi thoát");
  return sub;
}

// Inputs and the options every analysing command shares.
void add_input_options(CLI::App* sub, Settings& s, const std::string& formats) {
  sub->add_option("inputs", s.inputs, "Tệp, thư mục (duyệt đệ quy) hoặc - (đầu vào chuẩn)")
      ->required()
      ->type_name("FILE|DIR|-");
  sub->add_option("-f,--format", s.format, "Định dạng kết quả: " + formats)->type_name("FORMAT");
  sub->add_option("--include", s.include, "Trong thư mục, chỉ lấy tệp khớp mẫu này (mặc định *.txt); lặp lại được")
      ->type_name("GLOB");
  sub->add_option("--exclude", s.exclude, "Trong thư mục, bỏ tệp hay thư mục con khớp mẫu này; lặp lại được")
      ->type_name("GLOB");
  sub->add_option("-j,--jobs", s.jobs, "Số tệp xử lý song song (mặc định: số lõi CPU)")->type_name("N");
  sub->add_flag("-q,--quiet", s.quiet, "Không in dòng tiến độ, lời chú ý và dòng tổng kết trên stderr");
  sub->add_option("--config", s.config, "Đọc thiết lập từ tệp JSON (tùy chọn trên dòng lệnh được ưu tiên)")
      ->type_name("FILE");
  sub->add_option("--encoding", s.encoding, "Bảng mã của đầu vào (mặc định: UTF-8, nhận BOM UTF-8/UTF-16)")
      ->type_name("NAME");
  sub->add_option("--disable", s.disable, "Tắt một quy tắc hay cả nhóm (text, citation/format…); lặp lại hoặc ngăn bằng dấu phẩy")
      ->type_name("RULE");
  sub->add_option("--enable", s.enable, "Bật lại một quy tắc hay nhóm đã tắt")->type_name("RULE");
  sub->add_option("--as-of", s.as_of, "Ngày dùng để xét ngày tương lai: YYYY-MM-DD hoặc DD/MM/YYYY")->type_name("DATE");
  sub->add_option("--stdin-filename", s.stdin_name, "Tên hiển thị cho đầu vào chuẩn (mặc định <stdin>)")
      ->type_name("NAME");
}

// Long names of the options given on the command line (they win over --config).
std::set<std::string> given_options(const CLI::App* sub) {
  std::set<std::string> given;
  for (const CLI::Option* opt : sub->get_options())
    if (opt->count() > 0) given.insert(opt->get_single_name());
  return given;
}

int usage_error(const std::string& message, const std::string& command) {
  vanban::cli::write_stderr("vanban: lỗi: " + message + "\nXem: vanban " + (command.empty() ? "" : command + " ") +
                            "--help\n");
  return 2;
}

// CLI11's messages are English; say in Vietnamese what kind of mistake it is, keep its detail.
std::string parse_error_message(const CLI::ParseError& e) {
  const std::string detail = e.what();
  if (dynamic_cast<const CLI::RequiredError*>(&e)) return "thiếu đối số bắt buộc (" + detail + ")";
  if (dynamic_cast<const CLI::ExtrasError*>(&e)) return "đối số không hợp lệ (" + detail + ")";
  if (dynamic_cast<const CLI::ConversionError*>(&e) || dynamic_cast<const CLI::ValidationError*>(&e))
    return "giá trị không hợp lệ (" + detail + ")";
  if (dynamic_cast<const CLI::ArgumentMismatch*>(&e)) return "thiếu giá trị cho tùy chọn (" + detail + ")";
  return "cách gọi không hợp lệ (" + detail + ")";
}

}  // namespace

int main(int argc, char** argv) {
  vanban::cli::install_crash_report();
  CLI::App app{"vanban: đọc và kiểm tra văn bản hành chính, văn bản Đảng tiếng Việt"};
  app.option_defaults()->group("Tùy chọn");
  app.set_help_flag("-h,--help", "In trợ giúp này rồi thoát");
  app.set_version_flag("-V,--version", kVersion, "In phiên bản rồi thoát");
  app.require_subcommand(0, 1);
  app.footer("Trợ giúp của từng lệnh: vanban LỆNH --help. Tài liệu: docs/CLI.md");
  translate_help(app);

  Settings s;
  std::vector<std::string> only_rules;

  CLI::App* check = add_command(app, "check", "Kiểm tra văn bản, in các phát hiện (lỗi, cảnh báo)");
  add_input_options(check, s, "text (mặc định), json, jsonl, sarif, csv, html");
  check->add_option("--fail-on", s.fail_on, "Mức thấp nhất làm lệnh trả mã 1: error, warning (mặc định), info")
      ->type_name("LEVEL");
  check->add_option("--color", s.color, "Tô màu: auto (mặc định: chỉ khi ra terminal và không có NO_COLOR), always, never")
      ->type_name("WHEN");

  CLI::App* extract = add_command(app, "extract", "Trích xuất mọi thứ (mục, chú thích, trích dẫn, số liệu, phát hiện) dạng JSON");
  add_input_options(extract, s, "json (mặc định), jsonl");

  CLI::App* cites = add_command(app, "cites", "Liệt kê các văn bản được trích dẫn, mỗi dòng một trích dẫn");
  add_input_options(cites, s, "text (mặc định: bảng), csv, json, jsonl");
  cites->add_flag("-g,--group", s.group, "Gộp theo văn bản được dẫn (khóa), kèm mọi lần dẫn trong các tệp");

  CLI::App* rules = add_command(app, "rules", "Danh mục quy tắc: mã, mức, mô tả, ví dụ bị báo và không bị báo");
  rules->add_option("rules", only_rules, "Chỉ in các quy tắc hay nhóm này")->type_name("RULE");
  rules->add_option("-f,--format", s.format, "Định dạng: text (mặc định), json")->type_name("FORMAT");

  CLI::App* layout = add_command(app, "layout", "Gỡ lỗi: in các đoạn văn đã dựng lại");
  layout->group("");  // hidden: a tool for the developers of the pipeline
  add_input_options(layout, s, "text");

  for (CLI::App* sub : app.get_subcommands({})) translate_help(*sub);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    const auto parsed = app.get_subcommands();
    return usage_error(parse_error_message(e), parsed.empty() ? "" : parsed.front()->get_name());
  }

  const auto parsed = app.get_subcommands();
  if (parsed.empty()) {
    vanban::cli::write_stderr(app.help());
    return 2;
  }
  CLI::App* sub = parsed.front();
  s.command = sub->get_name();
  try {
    vanban::cli::finish_settings(s, given_options(sub));
    if (sub == check) return vanban::cli::run_check(s);
    if (sub == extract) return vanban::cli::run_extract(s);
    if (sub == cites) return vanban::cli::run_cites(s);
    if (sub == rules) return vanban::cli::run_rules(s, only_rules);
    return vanban::cli::run_layout(s);
  } catch (const vanban::cli::UsageError& e) {
    return usage_error(e.what(), s.command);
  } catch (const std::exception& e) {
    vanban::cli::write_stderr(std::string("vanban: lỗi nội bộ: ") + e.what() + "\n");
    return 2;
  }
}
