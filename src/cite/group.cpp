#include <unordered_map>

#include "cite/citation.h"

namespace vanban {

std::vector<CitedDocument> group_citations(const std::vector<Citation>& citations) {
  std::vector<CitedDocument> out;
  std::unordered_map<std::string, size_t> index;
  for (size_t i = 0; i < citations.size(); ++i) {
    const std::string& key = citations[i].key;
    if (key.empty()) continue;
    auto [it, fresh] = index.emplace(key, out.size());
    if (fresh) out.push_back(CitedDocument{key, {}});
    out[it->second].mentions.push_back(i);
  }
  return out;
}

}  // namespace vanban
