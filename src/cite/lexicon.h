// The citation knowledge base, read once from lexicons/doc_types.json, issuers.json,
// competence.json and qh_terms.json (embedded in the binary).
//
//   const vanban::cite::Lexicon& lx = vanban::cite::lexicon();
//   const auto* t = lx.type_named("Chỉ thị");              // codes {"CT"}
//   std::string c = lx.canonical_code("ND");                // "NĐ" (empty when unknown)
//   const auto* b = lx.body("bo_chinh_tri");                // codes {"TW"}
//
// Phrases are kept as folded words (vanban::fold) so that matching ignores case and old/new
// tone placement; see cite/words.h for matching them against text.
#pragma once
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace vanban::cite {

using Words = std::vector<std::string>;  // folded words of a phrase

struct DocType {
  std::string name;                // "Nghị quyết"
  std::vector<std::string> codes;  // canonical type abbreviations it may carry
  bool any_code = false;           // "Văn bản": any number and symbol
  bool named = false;              // may be cited by name alone (Luật, Bộ luật, Pháp lệnh, Hiến pháp)
  std::vector<std::string> examples;
};

struct IssuerCode {
  std::string code;     // canonical spelling: "TTg"
  std::string side;     // "party" | "state"
  std::string meaning;  // "Thủ tướng Chính phủ"
  bool term_suffix = false;  // QH13, UBTVQH14
};

struct Body {
  std::string id, name, kind;      // kind: "ministry", "court", … (empty for others)
  std::vector<std::string> codes;  // issuer codes it signs with
  std::vector<std::string> covers; // more specific bodies this generic one stands for
  bool local = false;              // may be followed by a place ("UBND tỉnh Lâm Đồng")
  std::vector<std::string> examples;
};

struct Phrase {
  Words words;
  int target = -1;  // index into the owning table
};

// Phrases, longest first, indexed by their first and last word so that matching a word
// against a table looks at the few phrases that could start (or end) with it.
class PhraseTable {
 public:
  void add(std::string_view text, int target);
  void add(Words words, int target);
  void finish();  // sorts longest first and builds the indexes
  const Phrase& operator[](size_t i) const { return phrases_[i]; }
  size_t size() const { return phrases_.size(); }
  auto begin() const { return phrases_.begin(); }
  auto end() const { return phrases_.end(); }
  // Indexes of the phrases starting / ending with this folded word, longest first.
  const std::vector<uint32_t>& starting_with(const std::string& word) const;
  const std::vector<uint32_t>& ending_with(const std::string& word) const;

 private:
  std::vector<Phrase> phrases_;
  std::unordered_map<std::string, std::vector<uint32_t>> by_first_, by_last_;
};

struct Competence {
  std::string type;
  std::vector<std::string> bodies, kinds;
  std::string law, allowed, forbidden;
};

struct Term {
  std::string roman;
  int number = 0, from = 0, to = 0;
  std::string example;
};

class Lexicon {
 public:
  Lexicon();

  std::vector<DocType> types;
  PhraseTable type_phrases;           // type words
  std::vector<Phrase> abbreviations;  // "NQ" used as a type word → type index
  std::unordered_map<std::string, std::string> party_code_names, state_code_names;
  PhraseTable named_exclusions, named_stops, title_openers, not_documents;
  PhraseTable law_names;  // law_names.json

  std::unordered_map<std::string, IssuerCode> issuer_codes;  // by canonical code
  std::vector<Body> bodies;
  PhraseTable body_phrases;                // target: body index
  PhraseTable title_prefixes;
  PhraseTable agencies;                    // target: index into agency_codes
  std::vector<std::string> agency_codes;
  PhraseTable committees;                  // target: index into committee_codes
  std::vector<std::string> committee_codes;
  PhraseTable place_words, name_words, stop_words;

  std::vector<Competence> competence;
  std::vector<Term> qh_terms, party_terms;

  const DocType* type_named(std::string_view name) const;
  int type_index(std::string_view name) const;
  // Canonical spelling of a type or issuer abbreviation written in any case or without Đ
  // ("ND" → "NĐ", "TTG" → "TTg", "qđi" → "QĐi"); empty when unknown.
  std::string canonical_type_code(std::string_view written) const;
  std::string canonical_issuer_code(std::string_view written) const;
  // The same for a key already made by code_key(); a pointer into the lexicon, or nullptr.
  const std::string* type_code_by_key(const std::string& key) const;
  const std::string* issuer_code_by_key(const std::string& key) const;
  // type_code_by_key(key) || issuer_code_by_key(key) || key is "QH" or "UBTVQH": one lookup.
  bool known_code_key(const std::string& key) const { return known_code_keys_.contains(key); }
  // Type named by a bare type abbreviation in a party / state number.
  std::string type_for_code(std::string_view code, bool party) const;
  const Body* body(std::string_view id) const;
  int body_index(std::string_view id) const;
  const IssuerCode* issuer_code(std::string_view canonical) const;
  // Does the body (or a body it covers) sign with this issuer code?
  bool body_signs(const Body& b, std::string_view code) const;
  const Term* qh_term(int number) const;
  const Term* party_term(std::string_view roman) const;
  const Term* qh_term_roman(std::string_view roman) const;

 private:
  std::unordered_map<std::string, std::string> type_code_keys_;    // key(written) → canonical
  std::unordered_map<std::string, std::string> issuer_code_keys_;  // key(written) → canonical
  std::unordered_set<std::string> known_code_keys_;                // keys of both, QH, UBTVQH
};

const Lexicon& lexicon();

// Upper case with Đ kept and ASCII letters upper-cased: the key codes are compared on.
std::string code_key(std::string_view written);

}  // namespace vanban::cite
