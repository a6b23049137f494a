// The number and symbol of a document ("24-CT/TU", "33/KH-UBND", "04/2015/NĐ-CP", "825/UBND"),
// read at a digit and classified, with its canonical form.
//
//   if (auto c = vanban::cite::parse_code(text, pos)) {
//     c->format;     // party | state | normative | letter | malformed
//     c->compact;    // "24-CT/TU" for "24- CT/TU"; "33/CT-TTg" for "33/CT TTg"
//     c->canonical;  // "26/CT-TTg" for "26/CTTTg"; "42/NQ-CP" for "42-NQ/CP"
//     c->problem;    // why the written form is not canonical (empty when it is)
//   }
//
// Up to one space is allowed on each side of a separator (a wrap or a slip); a single space
// between two known abbreviations stands for a lost hyphen ("33/CT TTg"). A group is accepted
// only if the lexicon knows it or it is an upper-case abbreviation, so "78-Học viện" and
// "Covid-19" are not codes. Shapes that need more context (825/UBND, 169-CP) are `weak`: the
// caller accepts them only after "số" or a type word.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "text/mapped_text.h"

namespace vanban::cite {

// Problems of a written code, from the most to the least serious.
inline constexpr const char* kGlued = "glued";              // 26/CTTTg: type and issuer run together
inline constexpr const char* kPartyLayout = "party-layout";  // 42-NQ/CP: Party layout, State issuer
inline constexpr const char* kStateLayout = "state-layout";  // 24/CT-TU: State layout, Party issuer
inline constexpr const char* kLostHyphen = "lost-hyphen";    // 33/CT TTg: a space for the hyphen
inline constexpr const char* kSpaced = "spaced";            // 24- CT/TU, PL-UBTVQH 11
inline constexpr const char* kVariant = "variant";          // ND-CP for NĐ-CP, CT-TTG for CT-TTg

struct CodeParse {
  Span span;                 // as written in the text
  std::string written;       // the text of span
  std::string compact;       // whitespace removed, case kept (a lost hyphen restored)
  std::string number;        // "24"
  std::optional<int> year;   // 2015 in 04/2015/NĐ-CP
  std::string type_code;     // canonical: "NĐ" also for a written "ND"
  std::vector<std::string> issuers;  // canonical where known: {"UBND", "BDVHU"}
  std::string issuer_code;   // issuers joined by '-'
  int term = 0;              // 13 in QH13 / UBTVQH13
  std::string format;        // party | state | normative | letter | malformed
  std::string canonical;     // the canonical spelling of the whole code
  std::string problem;       // one of the k… constants above, or empty
  bool weak = false;         // needs "số" or a type word before it
};

std::optional<CodeParse> parse_code(std::string_view text, size_t pos);

// The cheap test before parse_code and the list reading at a number (pos on its first digit):
// false when no separator follows the digits (after one space at most: parse_code fails) and
// neither ',' nor a word opening with v/V ("và") follows them after spaces (no list either),
// and false after a separator followed by a number of other than four digits ("12/3/2020",
// where parse_code fails and no list can go on).
bool may_open_code_or_list(std::string_view text, size_t pos);
// The same test, given the end of the number (the first byte after its digits).
bool code_or_list_may_follow(std::string_view text, size_t number_end);
// Its first test, inline: the byte after the number is one that a code or a list may go on
// with (a space, a separator, an en dash's first byte, ',' or the v of "và"). When it is not,
// code_or_list_may_follow is false.
inline bool may_go_on_after_number(char next) {
  return next == ' ' || next == '-' || next == '/' || next == ',' || next == 'v' || next == 'V' || next == '\xE2';
}

// Identity for grouping mentions: the canonical form, its number written with two digits at
// least ("4/2015/NĐ-CP" → "04/2015/NĐ-CP", "001-KL/TW" → "01-KL/TW").
std::string code_identity(const CodeParse& c);

// Side of an issuer code: "party", "state" or "" when unknown (composed Party agencies such as
// BDVHU count as party).
std::string issuer_side(std::string_view canonical_issuer);

// "QH13" → {"QH", 13}; otherwise {code, 0}.
std::pair<std::string, int> split_term(std::string_view issuer);
// split_term(issuer).first without a copy: "QH13" → "QH", "UBND" → "UBND" (a view of issuer).
std::string_view term_base(std::string_view issuer);

}  // namespace vanban::cite
