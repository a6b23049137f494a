#include "structure/header.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <array>
#include <nlohmann/json.hpp>

#include "core/lexicon_data.h"
#include "layout/heading_label.h"
#include "structure/header_fields.h"
#include "structure/title.h"
#include "text/utf8.h"
#include "text/vn_word.h"

namespace vanban {
namespace {

constexpr size_t kMaxHeaderBytes = 3000;
constexpr size_t kMaxHeaderParagraphs = 15;
constexpr size_t kMaxSubjectChars = 400;

struct Kind {
  std::string upper;  // "QUYẾT ĐỊNH"
  std::string name;   // "Quyết định"
};

std::string to_upper(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size();) utf8::append(out, static_cast<char32_t>(u_toupper(static_cast<UChar32>(utf8::next(s, i)))));
  return out;
}

// lexicons/doc_types.json, parsed once for kinds() and kind_of_number().
const nlohmann::json& doc_types() {
  static const nlohmann::json j = nlohmann::json::parse(lexicon_file("doc_types.json"), nullptr, false);
  return j;
}

// Type names from lexicons/doc_types.json, longest first ("THÔNG TƯ LIÊN TỊCH" before "THÔNG TƯ").
const std::vector<Kind>& kinds() {
  static const std::vector<Kind> list = [] {
    std::vector<Kind> out;
    const nlohmann::json& j = doc_types();
    if (j.is_object() && j.contains("types"))
      for (const auto& t : j["types"])
        if (t.contains("name") && t["name"].is_string()) out.push_back({to_upper(t["name"].get<std::string>()), t["name"]});
    std::stable_sort(out.begin(), out.end(), [](const Kind& a, const Kind& b) { return a.upper.size() > b.upper.size(); });
    return out;
  }();
  return list;
}

// The type a document's own number names: "24-BC/HU" (Party: BC), "435/QĐ-UBND" and
// "99/VBHN-VPQH" (State: QĐ, VBHN), through doc_types.json's code_names; empty for a number
// that names none ("61/2022/QH15", "299/TTg", a letter's "19046/BTC-TCHQ").
std::string kind_of_number(const std::string& number) {
  static const nlohmann::json names = [] {
    const nlohmann::json& j = doc_types();
    return j.is_object() && j.contains("code_names") ? j["code_names"] : nlohmann::json::object();
  }();
  const size_t slash = number.find('/');
  if (slash == std::string::npos) return {};
  const size_t dash = number.find('-');
  std::string code, layout;
  if (dash != std::string::npos && dash < slash) {
    code = number.substr(dash + 1, slash - dash - 1);
    layout = "party";
  } else {
    const std::string last = number.substr(number.rfind('/') + 1);
    const size_t d = last.find('-');
    if (d == std::string::npos) return {};
    code = last.substr(0, d);
    layout = "state";
  }
  if (!names.contains(layout) || !names[layout].contains(code) || !names[layout][code].is_string()) return {};
  return names[layout][code].get<std::string>();
}

bool is_word_byte(char c) { return static_cast<unsigned char>(c) >= 0x80 || std::isalnum(static_cast<unsigned char>(c)); }

// The header: body paragraphs from the start, up to the first heading, a paragraph budget
// and a byte budget (cut back to a character boundary).
std::string_view header_zone(const Layout& layout, size_t zone_end) {
  size_t end = std::min({zone_end, layout.body_end, kMaxHeaderBytes});
  size_t n = 0;
  for (const Paragraph& p : layout.paragraphs) {
    if (p.footnote || ++n > kMaxHeaderParagraphs) {
      end = std::min(end, p.span.begin);
      break;
    }
  }
  std::string_view text = layout.text.text();
  while (end > 0 && end < text.size() && utf8::is_continuation(static_cast<unsigned char>(text[end]))) --end;
  return text.substr(0, end);
}

struct Found {
  size_t begin = std::string_view::npos;  // where the match starts in the zone
  size_t end = 0;
  bool ok() const { return begin != std::string_view::npos; }
};

Found read_number(std::string_view zone, DocumentInfo& doc) {
  const std::optional<NumberField> f = find_number_field(zone);
  if (!f) return {};
  doc.number = std::string(f->code);
  return {f->begin, static_cast<size_t>(f->code.data() + f->code.size() - zone.data())};
}

Found read_place_date(std::string_view zone, DocumentInfo& doc) {
  const std::optional<PlaceDateField> f = find_place_date_field(zone);
  if (!f) return {};
  doc.place = collapse_spaces(f->place);
  doc.date = Date{f->year, f->month, f->day};
  const size_t begin = static_cast<size_t>(f->place.data() - zone.data());
  const size_t year_at = zone.find(std::to_string(f->year), begin);
  return {begin, year_at == std::string_view::npos ? begin : year_at + 4};
}

// The first type name in capitals at or after `from`, as a whole word.
Found find_kind(std::string_view zone, size_t from, const Kind*& kind) {
  for (size_t i = from; i < zone.size(); ++i) {
    if (i > 0 && is_word_byte(zone[i - 1])) continue;
    for (const Kind& k : kinds()) {
      if (zone.compare(i, k.upper.size(), k.upper) != 0) continue;
      const size_t e = i + k.upper.size();
      if (e < zone.size() && is_word_byte(zone[e])) continue;
      kind = &k;
      return {i, e};
    }
  }
  return {};
}

bool is_linking_word(std::string_view w) {
  static constexpr std::array<std::string_view, 8> kWords = {"CỦA", "VỀ", "VÀ", "VỚI", "CHO", "TẠI", "THUỘC", "TRONG"};
  return std::find(kWords.begin(), kWords.end(), w) != kWords.end();
}

// Drops the deciding authority printed after the subject ("… MỚI” ỦY BAN NHÂN DÂN TỈNH KON
// TUM", "… 2030 QUỐC HỘI"): from the first authority name not introduced by CỦA, VỀ, …
std::string strip_authority(std::string subject) {
  static constexpr std::array<std::string_view, 15> kStarters = {
      "ỦY BAN", "UỶ BAN", "CHỦ TỊCH", "BỘ TRƯỞNG", "THỦ TƯỚNG", "QUỐC HỘI", "HỘI ĐỒNG", "BAN THƯỜNG VỤ",
      "BAN CHẤP HÀNH", "GIÁM ĐỐC", "TỔNG GIÁM ĐỐC", "CHÁNH ÁN", "VIỆN TRƯỞNG", "THỐNG ĐỐC", "CHÍNH PHỦ"};
  size_t cut = std::string::npos;
  for (std::string_view st : kStarters) {
    for (size_t at = subject.find(st); at != std::string::npos; at = subject.find(st, at + 1)) {
      if (at < 2 || subject[at - 1] != ' ') continue;
      const size_t prev_end = at - 1;
      const size_t prev_begin = subject.rfind(' ', prev_end - 1);
      const std::string_view prev =
          std::string_view(subject).substr(prev_begin == std::string::npos ? 0 : prev_begin + 1,
                                           prev_end - (prev_begin == std::string::npos ? 0 : prev_begin + 1));
      if (!is_linking_word(prev) && at < cut) cut = at;
      if (!is_linking_word(prev)) break;
    }
  }
  if (cut != std::string::npos) subject.resize(cut);
  while (!subject.empty() && subject.back() == ' ') subject.pop_back();
  return subject;
}

// The subject after the type name: the rest of its run of capitals on the same paragraph,
// else the next paragraph.
std::string read_subject(const Layout& layout, std::string_view zone, size_t after_kind) {
  const size_t para_end = std::min(zone.find('\n', after_kind), zone.size());
  std::string_view rest = zone.substr(after_kind, para_end - after_kind);
  size_t caps_end = 0;
  for (size_t i = 0; i < rest.size();) {
    while (i < rest.size() && rest[i] == ' ') ++i;
    size_t e = rest.find(' ', i);
    if (e == std::string_view::npos) e = rest.size();
    if (has_lowercase(rest.substr(i, e - i)) && rest.substr(i, e - i) != "V/v") break;
    caps_end = e;
    i = e;
  }
  std::string subject = strip_authority(collapse_spaces(rest.substr(0, caps_end)));
  if (!subject.empty() || para_end >= zone.size()) return subject;
  // The subject is the next paragraph (a report: "BÁO CÁO" / "Kết quả 05 năm …").
  for (const Paragraph& p : layout.paragraphs)
    if (!p.footnote && p.span.begin > para_end) {
      std::string_view next = layout.slice(p.span);
      if (layout::parse_heading_label(next)) return {};
      return heading_title(next, 0, kMaxSubjectChars);
    }
  return {};
}

// "V/v hướng dẫn thực hiện …" up to the place and date or the end of its paragraph.
std::string letter_subject(std::string_view zone, size_t at, const Found& place) {
  size_t end = std::min(zone.find('\n', at), zone.size());
  if (place.ok() && place.begin > at) end = std::min(end, place.begin);
  return heading_title(zone.substr(at, end - at), 0, kMaxSubjectChars);
}

bool is_motto(std::string_view seg) {
  return seg.find("CỘNG HÒA") != std::string_view::npos || seg.find("CỘNG HOÀ") != std::string_view::npos ||
         seg.find("ĐẢNG CỘNG SẢN") != std::string_view::npos || seg.find("Độc lập") != std::string_view::npos ||
         seg.find("ĐỘC LẬP") != std::string_view::npos;
}

// The last line in capitals of the header's left column, before `end`.
std::string read_issuer(std::string_view zone, size_t end) {
  std::string best;
  std::string_view head = zone.substr(0, std::min(end, zone.size()));
  size_t i = 0;
  while (i < head.size()) {
    // A segment ends at a line break, a wide gap (a second column) or a rule ("-----", "***").
    size_t j = i;
    while (j < head.size() && head[j] != '\n' && head.compare(j, 3, "   ") != 0 && head.compare(j, 2, "--") != 0 &&
           head.compare(j, 2, "__") != 0 && head.compare(j, 1, "*") != 0)
      ++j;
    std::string seg = collapse_spaces(head.substr(i, j - i));
    if (seg.size() >= 4 && is_caps_word(seg) && !is_motto(seg)) best = seg;
    i = j + 1;
    while (i < head.size() && (head[i] == ' ' || head[i] == '-' || head[i] == '_' || head[i] == '*' || head[i] == '\n')) ++i;
  }
  return best;
}

}  // namespace

void read_header(const Layout& layout, size_t zone_end, DocumentInfo& doc) {
  std::string_view zone = header_zone(layout, zone_end);
  if (zone.empty()) return;
  const Found number = read_number(zone, doc);
  const Found place = read_place_date(zone, doc);
  const Kind* kind = nullptr;
  const Found kind_at = find_kind(zone, std::max(number.ok() ? number.end : 0, place.ok() ? place.end : 0), kind);
  if (kind) {
    doc.kind = kind->name;
    std::string subject = read_subject(layout, zone, kind_at.end);
    doc.title = collapse_spaces(zone.substr(kind_at.begin, kind_at.end - kind_at.begin));
    if (!subject.empty()) doc.title += " " + subject;
  } else if (number.ok()) {
    const size_t next = zone.find_first_not_of(" \n", number.end);
    if (next != std::string_view::npos && (zone.compare(next, 3, "V/v") == 0 || zone.compare(next, 3, "V/V") == 0)) {
      doc.kind = "Công văn";  // a letter carries its subject ("V/v …") and no type name
      doc.title = letter_subject(zone, next, place);
    }
  }
  // A consolidated text prints the consolidated law's name; its number says what it is.
  if (const std::string by_number = kind_of_number(doc.number);
      !by_number.empty() && (doc.kind.empty() || by_number == "Văn bản hợp nhất"))
    doc.kind = by_number;
  size_t issuer_end = std::min({number.begin, place.begin, kind_at.begin});
  if (issuer_end != std::string_view::npos) doc.issuer = read_issuer(zone, issuer_end);
}

}  // namespace vanban
