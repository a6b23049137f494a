#include "report/json.h"

#include <cmath>

namespace vanban {
namespace {

using nlohmann::json;

json or_null(const std::string& s) { return s.empty() ? json(nullptr) : json(s); }

json span_position(const Analysis& a, Span s, json j = json::object()) {
  Position b = a.position(s.begin), e = a.last_position(s);
  j["line"] = b.line;
  j["column"] = b.column;
  j["end_line"] = e.line;
  j["end_column"] = e.column;
  return j;
}

// Numbers in JSON: integral values as integers, others rounded to 4 decimals.
json number_value(double v) {
  if (std::isfinite(v) && std::fabs(v) < 9e15 && v == std::floor(v)) return static_cast<long long>(v);
  return std::round(v * 10000) / 10000;
}

json document_json(const Analysis& a) {
  const DocumentInfo& d = a.structure.document;
  return {{"kind", or_null(d.kind)},
          {"title", or_null(d.title)},
          {"number", or_null(d.number)},
          {"date", d.date ? json(d.date->iso()) : json(nullptr)},
          {"issuer", or_null(d.issuer)},
          {"place", or_null(d.place)},
          {"signer", or_null(d.signer)},
          {"signature_role", or_null(d.signature_role)},
          {"recipients", d.recipients}};
}

json quantity_json(const Analysis& a, const Quantity& q) {
  json j = span_position(a, q.span);
  j["text"] = q.text;
  j["value"] = number_value(q.value);
  j["decimals"] = q.decimals;
  j["percent"] = q.percent;
  j["unit"] = or_null(q.unit);
  return j;
}

json relation_json(const Analysis& a, const Relation& r) {
  json ops = json::array();
  for (size_t i : r.operands) {
    const Quantity& q = a.quantities[i];
    ops.push_back({{"line", a.position(q.span.begin).line}, {"text", q.text}});
  }
  const Quantity& stated = a.quantities[r.stated];
  Position p = a.position(stated.span.begin);
  json j = {{"kind", r.kind}, {"line", p.line}, {"column", p.column}, {"holds", r.holds},
            {"stated", number_value(r.stated_value)}, {"computed", number_value(r.computed)},
            {"interval", {number_value(r.low), number_value(r.high)}}, {"operands", ops}};
  if (!r.message.empty()) j["message"] = r.message;
  return j;
}

}  // namespace

json citation_json(const Analysis& a, const Citation& c) {
  json j = span_position(a, c.span);
  j["text"] = c.text;
  j["type"] = or_null(c.type);
  j["code"] = or_null(c.code);
  j["name"] = or_null(c.name);
  j["number"] = or_null(c.number);
  j["year"] = c.year ? json(*c.year) : json(nullptr);
  j["type_code"] = or_null(c.type_code);
  j["issuer_code"] = or_null(c.issuer_code);
  j["format"] = c.format;
  j["date"] = c.date ? json(c.date->iso()) : json(nullptr);
  j["issuer"] = or_null(c.issuer);
  j["term"] = or_null(c.term);
  j["title"] = or_null(c.title);
  j["key"] = c.key;
  return j;
}

json finding_json(const Analysis& a, const Finding& f) {
  json j = {{"rule", f.rule}, {"severity", severity_name(f.severity)}};
  j = span_position(a, f.span, j);
  j["message"] = f.message;
  json rel = json::array();
  for (const Related& r : f.related) {
    Position p = a.position(r.span.begin);
    rel.push_back({{"line", p.line}, {"column", p.column}, {"note", r.note}});
  }
  j["related"] = rel;
  j["suggestion"] = or_null(f.suggestion);
  return j;
}

json source_json(const Analysis& a) {
  return {{"path", a.source.path},
          {"sha256", a.source.sha256},
          {"bytes", a.source.bytes},
          {"lines", a.source.line_count()},
          {"encoding", a.source.encoding}};
}

json findings_json(const Analysis& a) {
  json findings = json::array();
  for (const Finding& f : a.findings) findings.push_back(finding_json(a, f));
  return findings;
}

json check_json(const Analysis& a) {
  return {{"schema", "vanban/1"}, {"source", source_json(a)}, {"findings", findings_json(a)}};
}

json to_json(const Analysis& a) {
  json j;
  j["schema"] = "vanban/1";
  j["source"] = source_json(a);
  j["document"] = document_json(a);
  json sections = json::array();
  for (const Section& s : a.structure.sections)
    sections.push_back({{"number", s.number}, {"label", s.label}, {"level", s.level}, {"kind", s.kind},
                        {"title", s.title}, {"line", s.line}, {"column", s.column}, {"end_line", s.end_line}});
  j["sections"] = sections;
  json footnotes = json::array();
  for (const Footnote& f : a.structure.footnotes)
    footnotes.push_back({{"label", f.label},
                         {"ref_line", f.ref_line ? json(f.ref_line) : json(nullptr)},
                         {"line", f.line ? json(f.line) : json(nullptr)}});
  j["footnotes"] = footnotes;
  json cites = json::array();
  for (const Citation& c : a.citations) cites.push_back(citation_json(a, c));
  j["citations"] = cites;
  json numbers = json::array();
  for (const Quantity& q : a.quantities) numbers.push_back(quantity_json(a, q));
  j["numbers"] = numbers;
  json relations = json::array();
  for (const Relation& r : a.relations) relations.push_back(relation_json(a, r));
  j["relations"] = relations;
  j["findings"] = findings_json(a);
  return j;
}

std::string dump_json(const json& j, int indent) {
  return j.dump(indent, ' ', false, json::error_handler_t::replace);
}

std::string indent_lines(const std::string& text, const std::string& indent) {
  std::string out = indent;
  for (char c : text) {
    out += c;
    if (c == '\n') out += indent;
  }
  return out;
}

}  // namespace vanban
