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

void load_units(const json& j, NumberLexicon& lex) {
  if (!j.is_object()) return;
  for (const json& s : j.value("scales", json::array()))
    lex.scales.add(s.value("word", ""), s.value("word", ""), s.value("factor", 1.0));
  for (const json& u : j.value("units", json::array())) {
    std::string unit = u.value("unit", "");
    if (unit.empty()) continue;
    lex.units.add(unit, unit);
    if (u.value("class", "") == "person") lex.person_nouns.insert(unit);
    if (u.value("class", "") == "time") lex.time_nouns.insert(unit);
    for (const json& a : u.value("aliases", json::array())) lex.units.add(a.get<std::string>(), unit);
    if (u.value("attached", false)) {
      lex.attached[lower_word(unit)] = unit;
      for (const json& a : u.value("aliases", json::array()))
        if (a.get<std::string>().find(' ') == std::string::npos) lex.attached[lower_word(a.get<std::string>())] = unit;
    }
  }
  for (const json& w : j.value("not_units", json::array())) lex.not_units.insert(w.get<std::string>());
}

void load_labels(const json& j, NumberLexicon& lex) {
  if (!j.is_object()) return;
  for (const json& group : j.value("labels", json::array()))
    for (const json& w : group.value("words", json::array())) lex.labels.add(w.get<std::string>(), w.get<std::string>());
  for (const json& w : j.value("capitalized_labels", json::object()).value("words", json::array()))
    lex.cap_labels.add(w.get<std::string>(), w.get<std::string>());
  for (const json& w : j.value("not_labels", json::object()).value("words", json::array()))
    lex.not_labels.add(w.get<std::string>(), w.get<std::string>());
  for (const json& w : j.value("phone", json::object()).value("words", json::array()))
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
