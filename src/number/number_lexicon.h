// The number stage's lexicons (lexicons/units.json, lexicons/number_labels.json), parsed once.
//
//   const auto& lex = vanban::number_lexicon();
//   auto m = lex.units.match(words, 0);    // longest unit phrase at words[0…]: {"tổ dân phố", 3}
//   if (lex.is_label({"lần", "thứ"})) …    // "lần thứ 7": 7 is not a quantity
#pragma once
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace vanban {

// Phrases of lower-case words, looked up by their first word; the longest match wins.
class PhraseTable {
 public:
  struct Entry {
    std::vector<std::string> words;
    std::string canonical;
    double factor = 1;  // for scale words
  };
  struct Match {
    const Entry* entry = nullptr;
    size_t length = 0;  // words consumed
  };
  void add(const std::string& phrase, const std::string& canonical, double factor = 1);
  Match match(const std::vector<std::string>& words, size_t from) const;
  // match(reader.words, from), with the words read into `reader` only as far as a phrase
  // starting with words[from] reaches: reader.read_up_to(n) reads until it holds n words (or
  // no more come, or as many as its caller allows) and says whether it holds n. The answer is
  // match's on all the words the reader would give.
  template <class Reader>
  Match match_reading(Reader& reader, size_t from) const {
    if (!reader.read_up_to(from + 1)) return {};
    auto it = by_first_.find(reader.words[from]);
    if (it == by_first_.end()) return {};
    reader.read_up_to(from + it->second.front().words.size());  // the longest comes first
    return match_in(it->second, reader.words, from);
  }
  size_t max_words() const { return max_words_; }
  // Some phrase ends with this word: a cheap test before matching the words before a figure.
  bool may_end_with(const std::string& word) const { return by_last_.count(word) > 0; }
  // The words some phrase ends with.
  std::vector<std::string> last_words() const;
  // Does a phrase end with `last`, after the words before(0), before(1), … (nearest first;
  // nullptr past the first word there is not)? Words before are asked for only while a phrase
  // needs them, so the words before a figure are not lowered for a one-word phrase.
  template <class Before>
  bool ends_with(const std::string& last, Before&& before) const {
    auto it = by_last_.find(last);
    if (it == by_last_.end()) return false;
    for (const std::vector<std::string>& reversed : it->second) {
      size_t j = 1;
      for (; j < reversed.size(); ++j) {
        const std::string* w = before(j - 1);
        if (!w || *w != reversed[j]) break;
      }
      if (j == reversed.size()) return true;
    }
    return false;
  }

 private:
  // The first of `entries` (longest first) that words[from…] starts with.
  static Match match_in(const std::vector<Entry>& entries, const std::vector<std::string>& words, size_t from);
  std::unordered_map<std::string, std::vector<Entry>> by_first_;
  size_t max_words_ = 1;
  // The phrases by their last word, each with its words from the last to the first.
  std::unordered_map<std::string, std::vector<std::vector<std::string>>> by_last_;
};

struct NumberLexicon {
  PhraseTable units;
  PhraseTable scales;
  std::unordered_map<std::string, std::string> attached;  // "ha" → "ha", "m²" → "m2"
  std::unordered_set<std::string> not_units;
  std::unordered_set<std::string> person_nouns;  // units of class "person": "đảng viên", "cán bộ"
  std::unordered_set<std::string> time_nouns;    // units of class "time": "năm", "ngày"
  PhraseTable labels;      // words before a figure that make it a label
  PhraseTable cap_labels;  // labels only when capitalised: "Nghị quyết 25", not "kết luận 8 đảng viên"
  PhraseTable not_labels;  // compounds ending in a label word that do not: "thiểu số", "tổng số"
  PhraseTable phone;   // words announcing a telephone number

  // What the word just before a figure may end, one bit a table: one look-up for the phone,
  // label and capitalised-label tests, where each table's own would be one each. A phrase
  // table is asked only when its bit is set (it ends no phrase otherwise).
  enum LastWordRole : unsigned char { kEndsPhone = 1, kEndsLabel = 2, kEndsCapLabel = 4 };
  std::unordered_map<std::string, unsigned char> last_word_roles;
  unsigned char roles_of(const std::string& word) const {
    auto it = last_word_roles.find(word);
    return it == last_word_roles.end() ? 0 : it->second;
  }
};

const NumberLexicon& number_lexicon();

// Lower-case words of a phrase, split on spaces.
std::vector<std::string> split_words(const std::string& phrase);

}  // namespace vanban
