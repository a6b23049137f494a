#include "number/number_lexicon.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "core/lexicon_data.h"
#include "number/words.h"

namespace vanban {
namespace {

using nlohmann::json;

json load(std::string_view name) {
  std::string_view data = lexicon_file(name);
  if (data.empty()) return json::object();
  return json::parse(data, nullptr, /*allow_exceptions=*/false);
}

// j.value(key, fallback) for a json member, without the deep copy value() returns: the member
// itself or the fallback. value() throws on a j that is no object; so does this, through it.
const json& member_or(const json& j, const char* key, const json& fallback) {
  if (!j.is_object()) (void)j.value(key, fallback);
  const auto it = j.find(key);
  return it != j.end() ? *it : fallback;
}

const json& empty_array() {
  static const json a = json::array();
  return a;
}

const json& empty_object() {
  static const json o = json::object();
  return o;
}

void load_units(const json& j, NumberLexicon& lex) {
  if (!j.is_object()) return;
  for (const json& s : member_or(j, "scales", empty_array()))
    lex.scales.add(s.value("word", ""), s.value("word", ""), s.value("factor", 1.0));
  for (const json& u : member_or(j, "units", empty_array())) {
    std::string unit = u.value("unit", "");
    if (unit.empty()) continue;
    lex.units.add(unit, unit);
    if (u.value("class", "") == "person") lex.person_nouns.insert(unit);
    if (u.value("class", "") == "time") lex.time_nouns.insert(unit);
    for (const json& a : member_or(u, "aliases", empty_array())) lex.units.add(a.get<std::string>(), unit);
    if (u.value("attached", false)) {
      lex.attached[lower_word(unit)] = unit;
      for (const json& a : member_or(u, "aliases", empty_array()))
        if (a.get<std::string>().find(' ') == std::string::npos) lex.attached[lower_word(a.get<std::string>())] = unit;
    }
  }
  for (const json& w : member_or(j, "not_units", empty_array())) lex.not_units.insert(w.get<std::string>());
}

void load_labels(const json& j, NumberLexicon& lex) {
  if (!j.is_object()) return;
  for (const json& group : member_or(j, "labels", empty_array()))
    for (const json& w : member_or(group, "words", empty_array())) lex.labels.add(w.get<std::string>(), w.get<std::string>());
  for (const json& w : member_or(member_or(j, "capitalized_labels", empty_object()), "words", empty_array()))
    lex.cap_labels.add(w.get<std::string>(), w.get<std::string>());
  for (const json& w : member_or(member_or(j, "not_labels", empty_object()), "words", empty_array()))
    lex.not_labels.add(w.get<std::string>(), w.get<std::string>());
  for (const json& w : member_or(member_or(j, "phone", empty_object()), "words", empty_array()))
    lex.phone.add(w.get<std::string>(), w.get<std::string>());
}

}  // namespace

std::vector<std::string> split_words(const std::string& phrase) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < phrase.size()) {
    size_t j = phrase.find(' ', i);
    if (j == std::string::npos) j = phrase.size();
    if (j > i) out.push_back(lower_word(phrase.substr(i, j - i)));
    i = j + 1;
  }
  return out;
}

void PhraseTable::add(const std::string& phrase, const std::string& canonical, double factor) {
  std::vector<std::string> words = split_words(phrase);
  if (words.empty()) return;
  max_words_ = std::max(max_words_, words.size());
  by_last_[words.back()].emplace_back(words.rbegin(), words.rend());
  auto& list = by_first_[words[0]];
  list.push_back(Entry{std::move(words), canonical, factor});
  std::stable_sort(list.begin(), list.end(), [](const Entry& a, const Entry& b) { return a.words.size() > b.words.size(); });
}

PhraseTable::Match PhraseTable::match(const std::vector<std::string>& words, size_t from) const {
  if (from >= words.size()) return {};
  auto it = by_first_.find(words[from]);
  if (it == by_first_.end()) return {};
  return match_in(it->second, words, from);
}

PhraseTable::Match PhraseTable::match_in(const std::vector<Entry>& entries, const std::vector<std::string>& words,
                                         size_t from) {
  for (const Entry& e : entries) {
    if (from + e.words.size() > words.size()) continue;
    if (std::equal(e.words.begin(), e.words.end(), words.begin() + from)) return {&e, e.words.size()};
  }
  return {};
}

std::vector<std::string> PhraseTable::last_words() const {
  std::vector<std::string> out;
  for (const auto& [word, phrases] : by_last_) out.push_back(word);
  return out;
}

const NumberLexicon& number_lexicon() {
  static const NumberLexicon lex = [] {
    NumberLexicon l;
    load_units(load("units.json"), l);
    load_labels(load("number_labels.json"), l);
    for (const std::string& w : l.phone.last_words()) l.last_word_roles[w] |= NumberLexicon::kEndsPhone;
    for (const std::string& w : l.labels.last_words()) l.last_word_roles[w] |= NumberLexicon::kEndsLabel;
    for (const std::string& w : l.cap_labels.last_words()) l.last_word_roles[w] |= NumberLexicon::kEndsCapLabel;
    return l;
  }();
  return lex;
}

}  // namespace vanban
