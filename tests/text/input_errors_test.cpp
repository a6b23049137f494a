// Bad input gets a clear message naming the file and what is wrong, never a crash.
#include <catch2/catch.hpp>

#include <filesystem>

#include "text/source.h"

namespace {
bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }
}  // namespace

TEST_CASE("an empty file is valid input with no lines") {
  auto r = vanban::load_bytes("empty.txt", "", {});
  REQUIRE(r.ok());
  CHECK(r.source->line_count() == 0);
}

TEST_CASE("NUL bytes mean a binary file") {
  auto r = vanban::load_bytes("scan.pdf", std::string("%PDF-1.4\n\0\0\x01", 12), {});
  REQUIRE_FALSE(r.ok());
  CHECK(contains(r.error, "scan.pdf: "));
  CHECK(contains(r.error, "nhị phân"));
}

TEST_CASE("invalid UTF-8 names the line and byte") {
  // Line 3, fourth byte: a lone continuation byte 0x80.
  auto r = vanban::load_bytes("bad.txt", "một\nhai\nabc\x80xyz\n", {});
  REQUIRE_FALSE(r.ok());
  CHECK(contains(r.error, "bad.txt: "));
  CHECK(contains(r.error, "dòng 3, byte 4"));
  CHECK(contains(r.error, "0x80"));
  CHECK(contains(r.error, "--encoding"));
}

TEST_CASE("overlong forms and surrogates are not UTF-8") {
  CHECK_FALSE(vanban::load_bytes("a", "\xC0\xAF", {}).ok());          // overlong '/'
  CHECK_FALSE(vanban::load_bytes("a", "\xED\xA0\x80", {}).ok());      // surrogate D800
  CHECK_FALSE(vanban::load_bytes("a", "\xF4\x90\x80\x80", {}).ok());  // above U+10FFFF
  CHECK_FALSE(vanban::load_bytes("a", "ab\xE1\xBB", {}).ok());        // truncated at the end
  CHECK(vanban::load_bytes("a", "\xF0\x9F\x98\x80", {}).ok());        // an emoji is fine
}

TEST_CASE("a file over the size limit is refused with the limit named") {
  vanban::LoadOptions opt;
  opt.max_bytes = 10;
  auto r = vanban::load_bytes("big.txt", "01234567890123", opt);
  REQUIRE_FALSE(r.ok());
  CHECK(contains(r.error, "big.txt: tệp quá lớn (14 byte; giới hạn 10 byte)"));
}

TEST_CASE("a missing file and a directory are named, not crashed on") {
  auto missing = vanban::load_file("/nonexistent/x.txt", {});
  REQUIRE_FALSE(missing.ok());
  CHECK(contains(missing.error, "/nonexistent/x.txt: không mở được"));
  auto dir = vanban::load_file(std::filesystem::temp_directory_path().string(), {});
  REQUIRE_FALSE(dir.ok());
  CHECK(contains(dir.error, std::filesystem::temp_directory_path().string()));
}

TEST_CASE("an unknown encoding name is reported") {
  vanban::LoadOptions opt;
  opt.encoding = "no-such-charset";
  auto r = vanban::load_bytes("x.txt", "abc", opt);
  REQUIRE_FALSE(r.ok());
  CHECK(contains(r.error, "no-such-charset"));
}

TEST_CASE("lines end at LF, CRLF and CR alike") {
  auto r = vanban::load_bytes("x", "a\r\nb\rc\nd", {});
  REQUIRE(r.ok());
  REQUIRE(r.source->line_count() == 4);
  CHECK(r.source->line(1) == "a");
  CHECK(r.source->line(2) == "b");
  CHECK(r.source->line(3) == "c");
  CHECK(r.source->line(4) == "d");
}
