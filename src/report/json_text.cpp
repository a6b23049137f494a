#include "report/json_text.h"

#include <cmath>

namespace vanban {
namespace {

// Members are written in byte order of their keys, as nlohmann's std::map holds them.

void field(JsonWriter& w, const JsonKey& name, std::string_view s) {
  w.key(name);
  w.string(s);
}

template <std::integral T>
void integer_field(JsonWriter& w, const JsonKey& name, T v) {
  w.key(name);
  w.integer(v);
}

void bool_field(JsonWriter& w, const JsonKey& name, bool v) {
  w.key(name);
  w.boolean(v);
}

// An empty string is written as null (report/json.cpp: or_null).
void field_or_null(JsonWriter& w, const JsonKey& name, std::string_view s) {
  w.key(name);
  if (s.empty()) w.null();
  else w.string(s);
}

void date_field(JsonWriter& w, const JsonKey& name, const std::optional<Date>& d) {
  w.key(name);
  if (d) w.string(d->iso());
  else w.null();
}

// A line number where 0 means "none" (footnotes).
void line_or_null(JsonWriter& w, const JsonKey& name, uint32_t line) {
  w.key(name);
  if (line) w.integer(line);
  else w.null();
}

// As report/json.cpp's number_value: integral values as integers, others rounded to 4 decimals.
void number_value(JsonWriter& w, double v) {
  if (std::isfinite(v) && std::fabs(v) < 9e15 && v == std::floor(v)) w.integer(static_cast<long long>(v));
  else w.real(std::round(v * 10000) / 10000);
}

void write_source(JsonWriter& w, const Analysis& a) {
  w.begin_object();
  integer_field(w, "bytes", a.source.bytes);
  field(w, "encoding", a.source.encoding);
  integer_field(w, "lines", a.source.line_count());
  field(w, "path", a.source.path);
  field(w, "sha256", a.source.sha256);
  w.end_object();
}

void write_document(JsonWriter& w, const Analysis& a) {
  const DocumentInfo& d = a.structure.document;
  w.begin_object();
  date_field(w, "date", d.date);
  field_or_null(w, "issuer", d.issuer);
  field_or_null(w, "kind", d.kind);
  field_or_null(w, "number", d.number);
  field_or_null(w, "place", d.place);
  w.key("recipients");
  w.begin_array();
  for (const std::string& r : d.recipients) w.string(r);
  w.end_array();
  field_or_null(w, "signature_role", d.signature_role);
  field_or_null(w, "signer", d.signer);
  field_or_null(w, "title", d.title);
  w.end_object();
}

void write_section(JsonWriter& w, const Section& s) {
  w.begin_object();
  integer_field(w, "column", s.column);
  integer_field(w, "end_line", s.end_line);
  field(w, "kind", s.kind);
  field(w, "label", s.label);
  integer_field(w, "level", s.level);
  integer_field(w, "line", s.line);
  field(w, "number", s.number);
  field(w, "title", s.title);
  w.end_object();
}

void write_footnote(JsonWriter& w, const Footnote& f) {
  w.begin_object();
  field(w, "label", f.label);
  line_or_null(w, "line", f.line);
  line_or_null(w, "ref_line", f.ref_line);
  w.end_object();
}

void write_citation(JsonWriter& w, const Analysis& a, const Citation& c) {
  const Position b = a.position(c.span.begin), e = a.last_position(c.span);
  w.begin_object();
  field_or_null(w, "code", c.code);
  integer_field(w, "column", b.column);
  date_field(w, "date", c.date);
  integer_field(w, "end_column", e.column);
  integer_field(w, "end_line", e.line);
  field(w, "format", c.format);
  field_or_null(w, "issuer", c.issuer);
  field_or_null(w, "issuer_code", c.issuer_code);
  field(w, "key", c.key);
  integer_field(w, "line", b.line);
  field_or_null(w, "name", c.name);
  field_or_null(w, "number", c.number);
  field_or_null(w, "term", c.term);
  field(w, "text", c.text);
  field_or_null(w, "title", c.title);
  field_or_null(w, "type", c.type);
  field_or_null(w, "type_code", c.type_code);
  w.key("year");
  if (c.year) w.integer(*c.year);
  else w.null();
  w.end_object();
}

void write_quantity(JsonWriter& w, const Analysis& a, const Quantity& q) {
  const Position b = a.position(q.span.begin), e = a.last_position(q.span);
  w.begin_object();
  integer_field(w, "column", b.column);
  integer_field(w, "decimals", q.decimals);
  integer_field(w, "end_column", e.column);
  integer_field(w, "end_line", e.line);
  integer_field(w, "line", b.line);
  bool_field(w, "percent", q.percent);
  field(w, "text", q.text);
  field_or_null(w, "unit", q.unit);
  w.key("value");
  number_value(w, q.value);
  w.end_object();
}

void write_operands(JsonWriter& w, const Analysis& a, const Relation& r) {
  w.begin_array();
  for (size_t i : r.operands) {
    const Quantity& q = a.quantities[i];
    w.begin_object();
    integer_field(w, "line", a.position(q.span.begin).line);
    field(w, "text", q.text);
    w.end_object();
  }
  w.end_array();
}

void write_relation(JsonWriter& w, const Analysis& a, const Relation& r) {
  const Position p = a.position(a.quantities[r.stated].span.begin);
  w.begin_object();
  integer_field(w, "column", p.column);
  w.key("computed");
  number_value(w, r.computed);
  bool_field(w, "holds", r.holds);
  w.key("interval");
  w.begin_array();
  number_value(w, r.low);
  number_value(w, r.high);
  w.end_array();
  field(w, "kind", r.kind);
  integer_field(w, "line", p.line);
  if (!r.message.empty()) field(w, "message", r.message);
  w.key("operands");
  write_operands(w, a, r);
  w.key("stated");
  number_value(w, r.stated_value);
  w.end_object();
}

void write_related(JsonWriter& w, const Analysis& a, const Related& r) {
  const Position p = a.position(r.span.begin);
  w.begin_object();
  integer_field(w, "column", p.column);
  integer_field(w, "line", p.line);
  field(w, "note", r.note);
  w.end_object();
}

void write_finding(JsonWriter& w, const Analysis& a, const Finding& f) {
  const Position b = a.position(f.span.begin), e = a.last_position(f.span);
  w.begin_object();
  integer_field(w, "column", b.column);
  integer_field(w, "end_column", e.column);
  integer_field(w, "end_line", e.line);
  integer_field(w, "line", b.line);
  field(w, "message", f.message);
  w.key("related");
  w.begin_array();
  for (const Related& r : f.related) write_related(w, a, r);
  w.end_array();
  field(w, "rule", f.rule);
  field(w, "severity", severity_name(f.severity));
  field_or_null(w, "suggestion", f.suggestion);
  w.end_object();
}

// Each item of `items` as an array element, written by write_item(w, item).
template <typename Items, typename WriteItem>
void array_field(JsonWriter& w, const JsonKey& name, const Items& items, WriteItem write_item) {
  w.key(name);
  w.begin_array();
  for (const auto& item : items) write_item(w, item);
  w.end_array();
}

void findings_field(JsonWriter& w, const Analysis& a) {
  array_field(w, "findings", a.findings, [&](JsonWriter& w, const Finding& f) { write_finding(w, a, f); });
}

}  // namespace

void write_analysis_json(JsonWriter& w, const Analysis& a) {
  // The JSON of a legal text, indented, is about twice its size (75 MB for 36 MB of Bộ Pháp
  // điển), up to 2.34 times for the texts richest in headings: room for 2.5 times is one
  // allocation instead of a dozen copies as the string doubles (a quarter of those texts went
  // past 2 times, and paid one copy of everything written). Room never written is never
  // touched, so it costs address space, not memory.
  w.expect(a.source.bytes * 5 / 2 + 4096);
  w.begin_object();
  array_field(w, "citations", a.citations, [&](JsonWriter& w, const Citation& c) { write_citation(w, a, c); });
  w.key("document");
  write_document(w, a);
  findings_field(w, a);
  array_field(w, "footnotes", a.structure.footnotes, write_footnote);
  array_field(w, "numbers", a.quantities, [&](JsonWriter& w, const Quantity& q) { write_quantity(w, a, q); });
  array_field(w, "relations", a.relations, [&](JsonWriter& w, const Relation& r) { write_relation(w, a, r); });
  field(w, "schema", "vanban/1");
  array_field(w, "sections", a.structure.sections, write_section);
  w.key("source");
  write_source(w, a);
  w.end_object();
}

void write_check_json(JsonWriter& w, const Analysis& a) {
  w.begin_object();
  findings_field(w, a);
  field(w, "schema", "vanban/1");
  w.key("source");
  write_source(w, a);
  w.end_object();
}

std::string analysis_json_text(const Analysis& a, int indent) {
  std::string out;
  JsonWriter w(out, indent);
  write_analysis_json(w, a);
  w.finish();
  return out;
}

std::string check_json_text(const Analysis& a, int indent) {
  std::string out;
  JsonWriter w(out, indent);
  write_check_json(w, a);
  w.finish();
  return out;
}

}  // namespace vanban
