#include "cite/lexicon.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "core/lexicon_data.h"
#include "text/vn_word.h"
#include "text/utf8.h"

namespace vanban::cite {
namespace {

using nlohmann::json;

json load(std::string_view name) {
  std::string_view data = lexicon_file(name);
  if (data.empty()) throw std::runtime_error("lexicons/" + std::string(name) + " is missing from the build");
  return json::parse(data);
}

// Splits a phrase into folded words; commas, dashes and dots between words are dropped.
Words split_words(std::string_view phrase) {
  Words out;
  size_t i = 0;
  while (i < phrase.size()) {
    size_t j = i;
    char32_t c = utf8::next(phrase, j);
    if (!vn::is_alnum(c) && c != '/') {
      i = j;
      continue;
    }
    size_t end = i;
    while (end < phrase.size()) {
      size_t k = end;
      char32_t d = utf8::next(phrase, k);
      if (!vn::is_alnum(d) && d != '/') break;
      end = k;
    }
    out.push_back(fold(phrase.substr(i, end - i)));
    i = end;
  }
  return out;
}

void add_phrase(PhraseTable& table, std::string_view text, int target) { table.add(text, target); }

void longest_first(PhraseTable& table) { table.finish(); }

std::vector<std::string> strings(const json& j, const char* key) {
  std::vector<std::string> out;
  if (j.contains(key))
    for (const auto& s : j.at(key)) out.push_back(s.get<std::string>());
  return out;
}

void phrases_from(PhraseTable& table, const json& list) {
  for (const auto& s : list) add_phrase(table, s.get<std::string>(), -1);
  longest_first(table);
}

}  // namespace

void PhraseTable::add(std::string_view text, int target) { add(split_words(text), target); }

void PhraseTable::add(Words words, int target) {
  if (!words.empty()) phrases_.push_back(Phrase{std::move(words), target});
}

void PhraseTable::finish() {
  std::stable_sort(phrases_.begin(), phrases_.end(),
                   [](const Phrase& a, const Phrase& b) { return a.words.size() > b.words.size(); });
  by_first_.clear();
  by_last_.clear();
  for (uint32_t i = 0; i < phrases_.size(); ++i) {
    by_first_[phrases_[i].words.front()].push_back(i);
    by_last_[phrases_[i].words.back()].push_back(i);
  }
}

const std::vector<uint32_t>& PhraseTable::starting_with(const std::string& word) const {
  static const std::vector<uint32_t> none;
  auto it = by_first_.find(word);
  return it == by_first_.end() ? none : it->second;
}

const std::vector<uint32_t>& PhraseTable::ending_with(const std::string& word) const {
  static const std::vector<uint32_t> none;
  auto it = by_last_.find(word);
  return it == by_last_.end() ? none : it->second;
}

std::string code_key(std::string_view written) {
  std::string out;
  out.reserve(written.size());
  // Codes are nearly always ASCII: upper-case those bytes as they are, and decode only from
  // the first byte that is not ASCII (the loop below keeps no state, so it may start there).
  size_t i = 0;
  for (; i < written.size() && static_cast<unsigned char>(written[i]) < 0x80; ++i) {
    const char b = written[i];
    out.push_back(b >= 'a' && b <= 'z' ? static_cast<char>(b - 32) : b);
  }
  while (i < written.size()) {
    char32_t c = utf8::next(written, i);
    if (c >= 'a' && c <= 'z') c -= 32;
    if (c == U'đ') c = U'Đ';
    utf8::append(out, c);
  }
  return out;
}

Lexicon::Lexicon() {
  const json types_json = load("doc_types.json");
  for (const auto& t : types_json.at("types")) {
    DocType d;
    d.name = t.at("name").get<std::string>();
    d.codes = strings(t, "codes");
    d.any_code = t.value("any_code", false);
    d.named = t.value("named", false);
    d.examples = strings(t, "examples");
    const int index = static_cast<int>(types.size());
    add_phrase(type_phrases, d.name, index);
    for (const std::string& a : strings(t, "abbreviations")) abbreviations.push_back(Phrase{{a}, index});
    for (const std::string& c : d.codes) type_code_keys_[code_key(c)] = c;
    types.push_back(std::move(d));
  }
  longest_first(type_phrases);
  const json& names = types_json.at("code_names");
  for (const auto& [code, type] : names.at("party").items()) {
    party_code_names[code] = type.get<std::string>();
    type_code_keys_[code_key(code)] = code;
  }
  for (const auto& [code, type] : names.at("state").items()) {
    state_code_names[code] = type.get<std::string>();
    type_code_keys_[code_key(code)] = code;
  }
  for (const auto& [variant, canonical] : types_json.at("code_variants").items())
    if (variant != "about") type_code_keys_[code_key(variant)] = canonical.get<std::string>();
  phrases_from(named_exclusions, types_json.at("named_exclusions").at("words"));
  phrases_from(title_openers, types_json.at("title_openers").at("words"));
  phrases_from(not_documents, types_json.at("not_documents").at("words"));

  const json issuers_json = load("issuers.json");
  for (const auto& [code, info] : issuers_json.at("codes").items()) {
    IssuerCode ic{code, info.at("side").get<std::string>(), info.at("meaning").get<std::string>(),
                  info.value("term_suffix", false)};
    issuer_code_keys_[code_key(code)] = code;
    issuer_codes[code] = ic;
  }
  for (const auto& b : issuers_json.at("bodies")) {
    Body body;
    body.id = b.at("id").get<std::string>();
    body.name = b.at("name").get<std::string>();
    body.kind = b.value("kind", "");
    body.codes = strings(b, "codes");
    body.covers = strings(b, "covers");
    body.local = b.value("local", false);
    body.examples = strings(b, "examples");
    const int index = static_cast<int>(bodies.size());
    for (const std::string& p : strings(b, "phrases")) add_phrase(body_phrases, p, index);
    bodies.push_back(std::move(body));
  }
  longest_first(body_phrases);
  phrases_from(title_prefixes, issuers_json.at("title_prefixes").at("phrases"));
  const json& party = issuers_json.at("party_agencies");
  for (const auto& a : party.at("agencies")) {
    add_phrase(agencies, a.at("phrase").get<std::string>(), static_cast<int>(agency_codes.size()));
    agency_codes.push_back(a.at("code").get<std::string>());
  }
  for (const auto& c : party.at("committees")) {
    add_phrase(committees, c.at("phrase").get<std::string>(), static_cast<int>(committee_codes.size()));
    committee_codes.push_back(c.at("code").get<std::string>());
  }
  longest_first(agencies);
  longest_first(committees);
  phrases_from(place_words, issuers_json.at("place_words").at("words"));
  phrases_from(name_words, issuers_json.at("name_words").at("words"));
  phrases_from(stop_words, issuers_json.at("stop_words").at("words"));
  for (const Phrase& p : stop_words) named_stops.add(p.words, -1);
  for (const auto& w : types_json.at("named_stops").at("words")) named_stops.add(w.get<std::string>(), -1);
  longest_first(named_stops);
  phrases_from(law_names, load("law_names.json").at("names"));

  const json competence_json = load("competence.json");
  for (const auto& r : competence_json.at("rules")) {
    Competence c;
    c.type = r.at("type").get<std::string>();
    c.bodies = strings(r, "bodies");
    c.kinds = strings(r, "kinds");
    c.law = r.value("law", "");
    c.allowed = r.value("allowed", "");
    c.forbidden = r.value("forbidden", "");
    competence.push_back(std::move(c));
  }
  const json terms = load("qh_terms.json");
  for (const char* key : {"quoc_hoi", "dang"}) {
    for (const auto& t : terms.at(key)) {
      Term term{t.at("term").get<std::string>(), t.at("number").get<int>(), t.at("from").get<int>(),
                t.at("to").get<int>(), t.value("example", "")};
      (std::string(key) == "dang" ? party_terms : qh_terms).push_back(term);
    }
  }
  // Filled last, once both key maps are complete.
  for (const auto& [key, code] : type_code_keys_) known_code_keys_.insert(key);
  for (const auto& [key, code] : issuer_code_keys_) known_code_keys_.insert(key);
  known_code_keys_.insert({"QH", "UBTVQH"});
}

const DocType* Lexicon::type_named(std::string_view name) const {
  int i = type_index(name);
  return i < 0 ? nullptr : &types[i];
}

int Lexicon::type_index(std::string_view name) const {
  for (size_t i = 0; i < types.size(); ++i)
    if (types[i].name == name) return static_cast<int>(i);
  return -1;
}

std::string Lexicon::canonical_type_code(std::string_view written) const {
  auto it = type_code_keys_.find(code_key(written));
  return it == type_code_keys_.end() ? std::string() : it->second;
}

std::string Lexicon::canonical_issuer_code(std::string_view written) const {
  auto it = issuer_code_keys_.find(code_key(written));
  return it == issuer_code_keys_.end() ? std::string() : it->second;
}

const std::string* Lexicon::type_code_by_key(const std::string& key) const {
  auto it = type_code_keys_.find(key);
  return it == type_code_keys_.end() ? nullptr : &it->second;
}

const std::string* Lexicon::issuer_code_by_key(const std::string& key) const {
  auto it = issuer_code_keys_.find(key);
  return it == issuer_code_keys_.end() ? nullptr : &it->second;
}

std::string Lexicon::type_for_code(std::string_view code, bool party) const {
  const auto& table = party ? party_code_names : state_code_names;
  auto it = table.find(std::string(code));
  if (it != table.end()) return it->second;
  const auto& other = party ? state_code_names : party_code_names;
  it = other.find(std::string(code));
  return it == other.end() ? std::string() : it->second;
}

const Body* Lexicon::body(std::string_view id) const {
  int i = body_index(id);
  return i < 0 ? nullptr : &bodies[i];
}

int Lexicon::body_index(std::string_view id) const {
  for (size_t i = 0; i < bodies.size(); ++i)
    if (bodies[i].id == id) return static_cast<int>(i);
  return -1;
}

const IssuerCode* Lexicon::issuer_code(std::string_view canonical) const {
  auto it = issuer_codes.find(std::string(canonical));
  return it == issuer_codes.end() ? nullptr : &it->second;
}

bool Lexicon::body_signs(const Body& b, std::string_view code) const {
  for (const std::string& c : b.codes)
    if (c == code) return true;
  return false;
}

const Term* Lexicon::qh_term(int number) const {
  for (const Term& t : qh_terms)
    if (t.number == number) return &t;
  return nullptr;
}

const Term* Lexicon::qh_term_roman(std::string_view roman) const {
  for (const Term& t : qh_terms)
    if (t.roman == roman) return &t;
  return nullptr;
}

const Term* Lexicon::party_term(std::string_view roman) const {
  for (const Term& t : party_terms)
    if (t.roman == roman) return &t;
  return nullptr;
}

const Lexicon& lexicon() {
  static const Lexicon instance;
  return instance;
}

}  // namespace vanban::cite
