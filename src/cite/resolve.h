// Work across mentions, after the one-pass scan (cite/extract.cpp):
//
//   vanban::cite::resolve_citations(text, citations);
//
// - A law's number followed by its name ("Luật số 57/2020/QH14 Luật Thanh niên ngày …") is one
//   citation.
// - A title written before the date ("Nghị định số 12/2011/NĐ-CP Về tổ chức … ngày 30/01/2011
//   của Chính phủ"): the last "ngày … của …" of the clause that no nested citation owns and whose
//   issuer fits the code gives the date and issuer.
// - A coordinated list ("Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày … của Bộ
//   Chính trị"): a bare mention takes the date and issuer of the next one with the same issuer
//   code when only "," / "và" (or a dangling "ngày") stands between them.
#pragma once
#include <string>
#include <unordered_map>
#include <string_view>
#include <vector>

#include "cite/citation.h"
#include "cite/issuer.h"

namespace vanban::cite {

void resolve_citations(std::string_view text, std::vector<Citation>& citations);

// May the body named by the phrase issue this type? True when unknown or not regulated.
bool issuer_may_issue(const IssuerPhrase& phrase, const std::string& type);
bool body_may_issue(int body, const std::string& type);

// Where the clause that may hold a title written before the date ends (at most 1500 bytes
// on): a line break, "có hiệu lực", a ")" closing a parenthesis opened before, or the end of
// a sentence.
size_t clause_end(std::string_view text, size_t from);

// Offsets of "ngày" in any letter case ("ngày", "Ngày", "NGÀY") within [from, to), found by
// their bytes (sixteen starts at a time where SSE2 is there).
std::vector<size_t> find_ngay(std::string_view text, size_t from, size_t to);

// Only "," / "và" / a dangling "ngày" or "của" (or "và các") between two mentions of a list.
bool list_connector(std::string_view gap);

// Grouping key of a law cited by name: "Luật tiếp công dân" (name folded).
std::string named_key(const std::string& type, const std::string& name);

// named_key, remembered: a text cites the same few laws by name again and again (621 mentions
// of 52 names in the measured files), and folding the name is most of the work.
class NamedKeys {
 public:
  const std::string& get(const std::string& type, const std::string& name);

 private:
  std::unordered_map<std::string, std::string> keys_;  // type '\0' name → key
};

}  // namespace vanban::cite
