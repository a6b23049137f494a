// Helpers for the citation tests: run the whole pipeline on a text and pick what a test needs.
#pragma once
#include <string>
#include <vector>

#include "core/analysis.h"

namespace cite_test {

inline vanban::Analysis run(const std::string& text, vanban::Options options = {}) {
  return vanban::analyze_text(text, options);
}

inline std::vector<vanban::Citation> cites(const std::string& text) { return run(text).citations; }

// The first citation whose code (or, for a law by name, whose name) is `what`.
inline const vanban::Citation* find(const std::vector<vanban::Citation>& cs, const std::string& what) {
  for (const auto& c : cs)
    if (c.code == what || (c.code.empty() && c.name == what)) return &c;
  return nullptr;
}

// Copies, so that a test may call it on a temporary analysis.
inline std::vector<vanban::Finding> findings(const vanban::Analysis& a, const std::string& rule) {
  std::vector<vanban::Finding> out;
  for (const auto& f : a.findings)
    if (f.rule == rule) out.push_back(f);
  return out;
}

inline std::string date_of(const vanban::Citation& c) { return c.date ? c.date->iso() : ""; }

}  // namespace cite_test
