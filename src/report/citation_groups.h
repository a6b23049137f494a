// Citations grouped by the document they refer to (their key), across every input: what an
// archivist asks first (“which documents cite 24-CT/TU, and do they agree on its date?”).
//
//   vanban::CitationIndex index;
//   index.add(vanban::citation_rows(analysis, "report.txt"));   // for each document
//   std::cout << index.text();                                  // or json(), jsonl(), csv()
//
// Groups come in the order their first mention was added; inside a group, mentions keep that
// order. Each group lists how the mentions name the type, date and issuer, with counts, most
// frequent first, so a disagreement shows at a glance. The index holds every citation added
// (a few hundred bytes each): the one view of vanban that grows with the corpus.
#pragma once
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "report/citations.h"

namespace vanban {

class CitationIndex {
 public:
  void add(std::vector<CitationRow> rows);
  size_t size() const { return groups_.size(); }

  std::string text() const;
  nlohmann::json json() const;  // an array, one object per cited document
  std::string jsonl() const;    // one object per line
  std::string csv() const;      // header + one row per cited document

 private:
  struct Group {
    std::string key;
    std::vector<CitationRow> mentions;
  };
  // How often each value of one field occurs in a group, most frequent first (ties: first seen).
  static std::vector<std::pair<std::string, size_t>> variants(const Group& g, std::string CitationRow::*field);
  static size_t file_count(const Group& g);
  static nlohmann::json group_json(const Group& g);

  std::vector<Group> groups_;
  std::map<std::string, size_t> by_key_;
};

// The identity used to group a citation: its key, else its code, else its name, else its text.
std::string group_key(const CitationRow& row);

}  // namespace vanban
