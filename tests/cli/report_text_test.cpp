// The compiler-style text report: header line, source line, caret line. Every expected string
// below was worked out by hand from the input (columns counted in code points, caret offsets
// in terminal columns), not copied from the program.
#include <catch2/catch.hpp>

#include "core/analysis.h"
#include "report/display.h"
#include "report/text.h"

namespace {

using vanban::Analysis;
using vanban::Finding;
using vanban::Severity;
using vanban::Span;

// The analysis of text with its findings replaced by one made-up finding on `needle` (so the
// test does not depend on which rules exist yet).
Analysis with_finding(std::string_view text, std::string_view needle, Finding f) {
  Analysis a = vanban::analyze_text(text);
  a.findings.clear();
  const size_t at = a.layout.text.text().find(needle);
  REQUIRE(at != std::string::npos);
  f.span = Span{at, at + needle.size()};
  a.findings.push_back(f);
  return a;
}

Finding repeated_word() {
  Finding f;
  f.rule = "text/repeated-word";
  f.severity = Severity::Warning;
  f.message = "Từ “được” bị lặp lại";
  f.suggestion = "được";
  return f;
}

Span span_of(const Analysis& a, std::string_view needle) {
  const size_t at = a.layout.text.text().find(needle);
  REQUIRE(at != std::string::npos);
  return Span{at, at + needle.size()};
}

}  // namespace

TEST_CASE("text report: header, source line, caret, suggestion") {
  const Analysis a = with_finding("Dòng đầu tiên của văn bản.\nKết quả đạt được được đánh giá cao.\n", "được được",
                                  repeated_word());
  // "Kết quả đạt " is 12 code points: the span starts at column 13; "được được" is 9 wide.
  CHECK(vanban::findings_text(a, "bc.txt", {}) ==
        "bc.txt:2:13: warning: Từ “được” bị lặp lại [text/repeated-word]\n"
        "Kết quả đạt được được đánh giá cao.\n"
        "            ^~~~~~~~~\n"
        "  = gợi ý: được\n");
}

TEST_CASE("text report: columns count NFD code points, the caret follows the letters on screen") {
  // Line 2 decomposed: K e U+0302 U+0301 t, q u a U+0309, đ a U+0323 t, đ u U+031B o U+031B U+0323 c.
  const std::string line2 =
      "Ke\u0302\u0301t qua\u0309 \u0111a\u0323t \u0111u\u031Bo\u031B\u0323c \u0111u\u031Bo\u031B\u0323c "
      "\u0111a\u0301nh gia\u0301 cao.";
  const Analysis a = with_finding("Dòng đầu tiên của văn bản.\n" + line2 + "\n", "được được", repeated_word());
  // Before the span: 5 + 1 + 4 + 1 + 4 + 1 = 16 code points (column 17), but 12 screen columns.
  CHECK(vanban::findings_text(a, "nfd.txt", {}) ==
        "nfd.txt:2:17: warning: Từ “được” bị lặp lại [text/repeated-word]\n" + line2 +
            "\n"
            "            ^~~~~~~~~\n"
            "  = gợi ý: được\n");
}

TEST_CASE("text report: tabs are copied, wide characters take two columns") {
  Finding f = repeated_word();
  f.suggestion.clear();
  const Analysis a = with_finding("Mở đầu.\n\t漢字\tđược được\n", "được được", f);
  // tab, 漢, 字, tab: the span starts at column 5; on screen after tab, 4 columns, tab.
  CHECK(vanban::findings_text(a, "w.txt", {}) ==
        "w.txt:2:5: warning: Từ “được” bị lặp lại [text/repeated-word]\n"
        "\t漢字\tđược được\n"
        "\t    \t^~~~~~~~~\n");
}

TEST_CASE("text report: control characters never reach the terminal") {
  Finding f = repeated_word();
  f.suggestion.clear();
  f.message = "x\x1b[2Jy";
  const Analysis a = with_finding("abc\x1b[31mdef ghi\n", "def", f);
  // a b c ESC [ 3 1 m: "def" starts at column 9.
  CHECK(vanban::findings_text(a, "c.txt", {}) ==
        "c.txt:1:9: warning: x\uFFFD[2Jy [text/repeated-word]\n"
        "abc\uFFFD[31mdef ghi\n"
        "        ^~~\n");
}

TEST_CASE("text report: related places as notes, colours only when asked") {
  Finding f = repeated_word();
  f.suggestion.clear();
  Analysis a = with_finding("Dòng đầu tiên của văn bản.\nKết quả đạt được được đánh giá cao.\n", "được được", f);
  a.findings[0].related.push_back({span_of(a, "đầu tiên"), "lần nhắc trước"});
  CHECK(vanban::findings_text(a, "r.txt", {}) ==
        "r.txt:2:13: warning: Từ “được” bị lặp lại [text/repeated-word]\n"
        "Kết quả đạt được được đánh giá cao.\n"
        "            ^~~~~~~~~\n"
        "r.txt:1:6: note: lần nhắc trước\n"
        "Dòng đầu tiên của văn bản.\n"
        "     ^~~~~~~~\n");
  const std::string coloured = vanban::findings_text(a, "r.txt", {.color = true});
  CHECK(coloured.find("\033[1;35mwarning:\033[0m") != std::string::npos);
  CHECK(coloured.find("\033[1;32m            ^~~~~~~~~\033[0m") != std::string::npos);
  CHECK(vanban::findings_text(a, "r.txt", {}).find('\033') == std::string::npos);
}

TEST_CASE("snippet: a long line is shown as a window around the span") {
  const std::string line = std::string(249, 'a') + "XYZ" + std::string(48, 'b');  // 300 code points
  const vanban::Snippet s = vanban::make_snippet(line, 250, 252, 240);
  // The window starts 60 code points before the span (column 190) and reaches the line's end.
  CHECK(s.line == "…" + std::string(60, 'a') + "XYZ" + std::string(48, 'b'));
  CHECK(s.caret == std::string(61, ' ') + "^~~");
  const vanban::Snippet cut = vanban::make_snippet(std::string(500, 'c'), 10, 12, 100);
  CHECK(cut.line == std::string(100, 'c') + "…");
  CHECK(cut.caret == std::string(9, ' ') + "^~~");
}

TEST_CASE("snippet: a span at or past the end of the line still gets its caret") {
  CHECK(vanban::make_snippet("abc", 4, 4).caret == "   ^");
  CHECK(vanban::make_snippet("abc", 5, 5).caret == "    ^");
  CHECK(vanban::make_snippet("abc", 2, UINT32_MAX).caret == " ^~");
}

TEST_CASE("display width") {
  CHECK(vanban::display_width("Chỉ thị") == 7);
  CHECK(vanban::display_width("Chi\u0309 thi\u0323") == 7);  // NFD: marks take no column
  CHECK(vanban::display_width("漢字") == 4);
  CHECK(vanban::terminal_safe("a\x07" "b\x7f" "c\u0085") == "a\uFFFDb\uFFFDc\uFFFD");
}
