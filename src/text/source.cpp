#include "text/source.h"

#include <openssl/evp.h>
#include <unicode/ucnv.h>

#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <sstream>

#include "text/utf8.h"
#include "text/utf8_check.h"

namespace vanban {
namespace {

std::string hex_sha256(std::string_view bytes) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  EVP_Digest(bytes.data(), bytes.size(), digest, &len, EVP_sha256(), nullptr);
  static const char* hex = "0123456789abcdef";
  std::string out;
  for (unsigned i = 0; i < len; ++i) {
    out += hex[digest[i] >> 4];
    out += hex[digest[i] & 15];
  }
  return out;
}

// Converts from an ICU-known charset to UTF-8. Returns false (with a message) on failure.
bool convert_to_utf8(std::string_view bytes, const std::string& charset, std::string& out, std::string& why) {
  UErrorCode status = U_ZERO_ERROR;
  UConverter* from = ucnv_open(charset.c_str(), &status);
  if (U_FAILURE(status)) {
    why = "không biết bảng mã “" + charset + "”";
    return false;
  }
  std::unique_ptr<UConverter, void (*)(UConverter*)> guard(from, ucnv_close);
  ucnv_setToUCallBack(from, UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  UConverter* to = ucnv_open("UTF-8", &status);
  std::unique_ptr<UConverter, void (*)(UConverter*)> guard_to(to, ucnv_close);
  out.resize(bytes.size() * 3 + 16);
  char* target = out.data();
  const char* source = bytes.data();
  ucnv_convertEx(to, from, &target, out.data() + out.size(), &source, bytes.data() + bytes.size(), nullptr,
                 nullptr, nullptr, nullptr, true, true, &status);
  if (U_FAILURE(status)) {
    why = "dữ liệu không hợp lệ theo bảng mã " + charset + " ở byte " + std::to_string(source - bytes.data());
    return false;
  }
  out.resize(target - out.data());
  return true;
}

void add_line(SourceText& src, size_t begin, size_t end) {
  src.line_begin.push_back(static_cast<uint32_t>(begin));
  src.line_end.push_back(static_cast<uint32_t>(end));
}

// Lines end at LF, CRLF or CR. Most files have no CR at all: memchr then finds each LF.
void split_lines(SourceText& src) {
  const std::string& t = src.text;
  size_t begin = 0;
  if (t.find('\r') == std::string::npos) {
    const char* base = t.data();
    while (begin < t.size()) {
      const void* nl = std::memchr(base + begin, '\n', t.size() - begin);
      if (!nl) break;
      const size_t i = static_cast<const char*>(nl) - base;
      add_line(src, begin, i);
      begin = i + 1;
    }
  } else {
    for (size_t i = 0; i < t.size(); ++i) {
      if (t[i] == '\n' || t[i] == '\r') {
        add_line(src, begin, i);
        if (t[i] == '\r' && i + 1 < t.size() && t[i + 1] == '\n') ++i;
        begin = i + 1;
      }
    }
  }
  if (begin < t.size()) add_line(src, begin, t.size());
}

// Line (1-based) and byte-in-line of a byte offset, for error messages.
std::pair<size_t, size_t> line_and_byte(std::string_view s, size_t offset) {
  size_t line = 1, start = 0;
  for (size_t i = 0; i < offset; ++i) {
    if (s[i] == '\n' || (s[i] == '\r' && (i + 1 >= s.size() || s[i + 1] != '\n'))) {
      ++line;
      start = i + 1;
    }
  }
  return {line, offset - start + 1};
}

// Decodes bytes the caller hands over: UTF-8 input becomes the text without a copy.
LoadResult decode(std::string path, std::string owned, const LoadOptions& options) {
  const std::string_view bytes = owned;
  LoadResult result;
  auto fail = [&](const std::string& why) {
    result.error = path + ": " + why;
    return result;
  };
  if (bytes.size() > options.max_bytes)
    return fail("tệp quá lớn (" + std::to_string(bytes.size()) + " byte; giới hạn " +
                std::to_string(options.max_bytes) + " byte)");
  SourceText src;
  src.path = path;
  src.bytes = bytes.size();
  src.sha256 = hex_sha256(bytes);

  std::string charset = options.encoding;
  std::string_view body = bytes;
  if (charset.empty()) {
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF") { charset = "UTF-8"; body.remove_prefix(3); }
    else if (bytes.substr(0, 2) == "\xFF\xFE") { charset = "UTF-16LE"; body.remove_prefix(2); }
    else if (bytes.substr(0, 2) == "\xFE\xFF") { charset = "UTF-16BE"; body.remove_prefix(2); }
    else charset = "UTF-8";
  }
  const bool utf8_input = charset == "UTF-8" || charset == "utf-8" || charset == "utf8";
  if (utf8_input) {
    if (body.find('\0') != std::string_view::npos)
      return fail("tệp nhị phân (có byte NUL ở vị trí " + std::to_string(body.find('\0')) +
                  "), không phải văn bản");
    if (!utf8::is_valid(body)) {
      const size_t bad = utf8::first_invalid(body);
      auto [line, byte] = line_and_byte(body, bad);
      char hex[8];
      std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(body[bad]));
      return fail("không phải UTF-8 hợp lệ: dòng " + std::to_string(line) + ", byte " + std::to_string(byte) +
                  " (" + hex + "); hãy chỉ định bảng mã bằng --encoding");
    }
    const size_t bom = bytes.size() - body.size();
    src.text = std::move(owned);
    if (bom > 0) src.text.erase(0, bom);
    src.encoding = "UTF-8";
  } else {
    std::string why;
    if (!convert_to_utf8(body, charset, src.text, why)) return fail(why);
    if (src.text.size() >= 3 && src.text.compare(0, 3, "\xEF\xBB\xBF") == 0) src.text.erase(0, 3);
    if (src.text.find('\0') != std::string::npos) return fail("tệp nhị phân (có ký tự NUL), không phải văn bản");
    src.encoding = charset;
  }
  split_lines(src);
  result.source = std::move(src);
  return result;
}

}  // namespace

LoadResult load_bytes(std::string path, std::string_view bytes, const LoadOptions& options) {
  if (bytes.size() > options.max_bytes) {  // checked before copying what is too big to keep
    LoadResult r;
    r.error = path + ": tệp quá lớn (" + std::to_string(bytes.size()) + " byte; giới hạn " +
              std::to_string(options.max_bytes) + " byte)";
    return r;
  }
  return decode(std::move(path), std::string(bytes), options);
}

LoadResult load_file(const std::string& path, const LoadOptions& options) {
  std::string bytes;
  if (path == "-") {
    bytes.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  } else {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      LoadResult r;
      r.error = path + ": không mở được tệp để đọc";
      return r;
    }
    in.seekg(0, std::ios::end);
    const auto size = in.tellg();
    if (size < 0) {
      LoadResult r;
      r.error = path + ": không đọc được tệp (có phải là thư mục?)";
      return r;
    }
    if (static_cast<size_t>(size) > options.max_bytes) {
      LoadResult r;
      r.error = path + ": tệp quá lớn (" + std::to_string(static_cast<long long>(size)) + " byte; giới hạn " +
                std::to_string(options.max_bytes) + " byte)";
      return r;
    }
    in.seekg(0);
    bytes.resize(static_cast<size_t>(size));
    in.read(bytes.data(), size);
    if (!in) {
      LoadResult r;
      r.error = path + ": lỗi khi đọc tệp";
      return r;
    }
  }
  return decode(path, std::move(bytes), options);
}

}  // namespace vanban
