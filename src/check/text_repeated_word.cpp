// text/repeated-word: the same syllable twice in a row where no word allows it ("được được",
// "cơ sở sở", "và và"). Allowed: a doubled word of the language ("luôn luôn",
// lexicons/reduplicated.txt), and a syllable that ends one word and starts the next ("hành
// vi vi phạm" = hành vi + vi phạm: both "hành vi" and "vi phạm" are in lexicons/words2.txt,
// the two-syllable words distilled from the official legal corpora; a figure after a syllable
// that labels figures, "Dân số số 08/2008", counts as a word too), and a name written with
// capitals ("Trung Trung Bộ", "Trưởng phòng Phòng Thi hành án").
#include <string>
#include <nlohmann/json.hpp>
#include <unordered_set>

#include "check/rules.h"
#include "check/text_repeats.h"
#include "core/analysis.h"
#include "core/lexicon_data.h"
#include "text/fold.h"
#include "text/utf8.h"

namespace vanban {
namespace {

// Entries of a lexicon list: one "âm1 âm2" per line, '#' comments, folded for lookup.
std::unordered_set<std::string> load_pairs(std::string_view file) {
  std::unordered_set<std::string> out;
  std::string_view data = lexicon_file(file);
  size_t i = 0;
  while (i < data.size()) {
    size_t e = data.find('\n', i);
    if (e == std::string_view::npos) e = data.size();
    std::string_view line = data.substr(i, e - i);
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
    if (!line.empty() && line.front() != '#') out.insert(fold(line));
    i = e + 1;
  }
  return out;
}

const std::unordered_set<std::string>& two_syllable_words() {
  static const std::unordered_set<std::string> words = load_pairs("words2.txt");
  return words;
}

const std::unordered_set<std::string>& reduplicated_words() {
  static const std::unordered_set<std::string> words = load_pairs("reduplicated.txt");
  return words;
}

// "Trung": a capital, then lower case. Two such words in a row are a name, not a slip (an
// all-capitals title "ĐƯỢC ĐƯỢC" is still a slip).
bool is_title_case(std::string_view w) {
  size_t i = 0;
  if (w.empty() || !is_upper(utf8::next(w, i))) return false;
  while (i < w.size())
    if (is_upper(utf8::next(w, i))) return false;
  return w.size() > 1;
}

// Syllables after which a figure is a label or an identifier ("số 08/2008", "năm 2024"), from
// lexicons/number_labels.json: "Dân số số 08/2008" is "Dân số" + "số 08/2008".
const std::unordered_set<std::string>& number_labels() {
  static const std::unordered_set<std::string> words = [] {
    std::unordered_set<std::string> out;
    const nlohmann::json j = nlohmann::json::parse(lexicon_file("number_labels.json"), nullptr, false);
    if (j.is_object() && j.contains("labels") && j["labels"].is_array())
      for (const auto& group : j["labels"])
        if (group.contains("words"))
          for (const auto& w : group["words"])
            if (w.is_string() && w.get<std::string>().find(' ') == std::string::npos) out.insert(fold(w.get<std::string>()));
    return out;
  }();
  return words;
}

// Starts with a lower-case letter (the first of two words in a row, before a name starts).
bool is_title_case_or_caps_start(std::string_view w) {
  size_t i = 0;
  return !w.empty() && is_upper(utf8::next(w, i));
}

bool is_word(std::string_view first, std::string_view second) {
  if (first.empty() || second.empty()) return false;
  if (second.front() >= '0' && second.front() <= '9') return number_labels().count(fold(first)) > 0;
  return two_syllable_words().count(fold(first) + " " + fold(second)) > 0;
}

class RepeatedWord : public Rule {
 public:
  const RuleInfo& info() const override {
    static const RuleInfo i{"text/repeated-word", Severity::Warning,
                            "Một âm tiết bị viết hai lần liền nhau mà không tạo thành từ nào (lỗi gõ lặp).",
                            "Quốc phòng, an ninh được được giữ vững, đời sống của Nhân dân tiếp tục được cải thiện.",
                            "Kịp thời phát hiện và xử lý nghiêm các hành vi vi phạm, luôn luôn giữ vững kỷ cương."};
    return i;
  }

  void run(const Analysis& a, const Options&, std::vector<Finding>& out) const override {
    std::string_view text = a.layout.text.text();
    auto word = [&](Span s) { return text.substr(s.begin, s.end - s.begin); };
    for (const Repeat& r : repeats_in(text)) {
      if (r.words != 1) continue;
      const std::string_view syllable = word(r.second);
      if (reduplicated_words().count(fold(syllable) + " " + fold(syllable))) continue;
      // A capital opens a name: "Trung Trung Bộ", "Trưởng phòng Phòng Thi hành án".
      if (is_title_case(syllable) && !is_title_case_or_caps_start(word(r.first))) continue;
      if (is_title_case(word(r.first)) && is_title_case(syllable)) continue;
      if (is_word(word(r.before), word(r.first)) && is_word(word(r.second), word(r.after))) continue;
      Finding f;
      f.rule = info().id;
      f.severity = info().severity;
      f.span = r.second;
      f.message = "Từ “" + std::string(syllable) + "” bị viết hai lần liền nhau (“" +
                  std::string(text.substr(r.first.begin, r.second.end - r.first.begin)) + "”); chỉ cần viết một lần";
      f.related.push_back({r.first, "lần viết thứ nhất"});
      f.suggestion = std::string(syllable);
      out.push_back(std::move(f));
    }
  }
};

}  // namespace

const Rule& text_repeated_word_rule() {
  static const RepeatedWord rule;
  return rule;
}

}  // namespace vanban
