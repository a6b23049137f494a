// set_section_ends (one pass with a stack, the line before each section start read in text
// order) against the definition it replaced, kept here: for each section, a scan forward to
// the next one at its level or above, and a binary search of the paragraph before the end.
// On every corpus text, with the signature offset at the body end, at every section start,
// inside paragraphs and at 0.
#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "../corpus_texts.h"
#include "../layout/helpers.h"
#include "structure/sections.h"

namespace {

void section_ends_reference(std::vector<vanban::Section>& sections, const vanban::Layout& layout, size_t stop_offset) {
  const std::vector<vanban::Paragraph>& paras = layout.paragraphs;
  auto last_line_before = [&](size_t offset) -> uint32_t {
    auto it = std::partition_point(paras.begin(), paras.end(),
                                   [&](const vanban::Paragraph& p) { return !p.footnote && p.span.begin < offset; });
    if (it == paras.begin()) return 0;
    const vanban::Paragraph& p = *std::prev(it);
    return p.span.end <= offset ? p.last_line : layout.text.position(offset).line;
  };
  for (size_t i = 0; i < sections.size(); ++i) {
    vanban::Section& s = sections[i];
    size_t end = layout.body_end;
    for (size_t j = i + 1; j < sections.size(); ++j)
      if (sections[j].level <= s.level) {
        end = sections[j].label_span.begin;
        break;
      }
    if (s.label_span.begin < stop_offset) end = std::min(end, stop_offset);
    s.end_line = std::max(s.line, last_line_before(end));
  }
}

void compare_ends(const vanban::Layout& layout, size_t stop_offset) {
  std::vector<vanban::Section> fast = vanban::find_sections(layout, layout.body_end);
  std::vector<vanban::Section> reference = fast;
  vanban::set_section_ends(fast, layout, stop_offset);
  section_ends_reference(reference, layout, stop_offset);
  for (size_t i = 0; i < fast.size(); ++i) {
    INFO("section " << i << " (" << fast[i].number << ") stop " << stop_offset);
    REQUIRE(fast[i].end_line == reference[i].end_line);
  }
}

}  // namespace

TEST_CASE("set_section_ends matches its scan-forward definition on the corpus") {
  std::mt19937 rng(5);
  size_t sections = 0;
  for (const std::string& text : vanban::testing::corpus_texts()) {
    const auto laid = vanban::test::lay_out(text);
    const vanban::Layout& layout = laid.layout;
    const std::vector<vanban::Section> found = vanban::find_sections(layout, layout.body_end);
    sections += found.size();
    compare_ends(layout, layout.body_end);
    compare_ends(layout, 0);
    compare_ends(layout, layout.text.size() + 1);
    for (size_t k = 0; k < found.size(); k += 1 + found.size() / 8) {
      compare_ends(layout, found[k].label_span.begin);
      compare_ends(layout, found[k].label_span.begin + 1 + rng() % 300);
    }
  }
  CHECK(sections > 20);
}

// Legal texts made up of random runs of Chương, Điều, khoản and điểm with prose between: deep
// and shallow nesting, sections that end at the signature offset or run past it.
TEST_CASE("set_section_ends matches its scan-forward definition on random legal texts") {
  std::mt19937 rng(11);
  for (int k = 0; k < 40; ++k) {
    std::string text = "LUẬT\nQUY ĐỊNH CHUNG\n";
    int chuong = 0, dieu = 0, khoan = 0, diem = 0;
    for (int n = 0; n < 60; ++n) {
      switch (rng() % 5) {
        case 0: text += "Chương " + std::to_string(++chuong) + "\nTÊN CHƯƠNG\n"; khoan = diem = 0; break;
        case 1: text += "Điều " + std::to_string(++dieu) + ". Phạm vi điều chỉnh\n"; khoan = diem = 0; break;
        case 2: text += std::to_string(++khoan) + ". Người có đất thu hồi bao gồm:\n"; diem = 0; break;
        case 3: text += std::string(1, static_cast<char>('a' + diem++ % 20)) + ") hộ gia đình;\n"; break;
        default: text += "Văn bản này quy định việc thu hồi đất.\n"; break;
      }
    }
    const auto laid = vanban::test::lay_out(text);
    const vanban::Layout& layout = laid.layout;
    const std::vector<vanban::Section> found = vanban::find_sections(layout, layout.body_end);
    REQUIRE(found.size() > 10);
    compare_ends(layout, layout.body_end);
    for (int m = 0; m < 4; ++m) compare_ends(layout, rng() % (layout.text.size() + 1));
  }
}
