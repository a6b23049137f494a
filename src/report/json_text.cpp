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
  integer_field(w, "bytes"_key, a.source.bytes);
  field(w, "encoding"_key, a.source.encoding);
  integer_field(w, "lines"_key, a.source.line_count());
  field(w, "path"_key, a.source.path);
  field(w, "sha256"_key, a.source.sha256);
  w.end_object();
}

void write_document(JsonWriter& w, const Analysis& a) {
  const DocumentInfo& d = a.structure.document;
  w.begin_object();
  date_field(w, "date"_key, d.date);
  field_or_null(w, "issuer"_key, d.issuer);
  field_or_null(w, "kind"_key, d.kind);
  field_or_null(w, "number"_key, d.number);
  field_or_null(w, "place"_key, d.place);
  w.key("recipients"_key);
  w.begin_array();
  for (const std::string& r : d.recipients) w.string(r);
  w.end_array();
  field_or_null(w, "signature_role"_key, d.signature_role);
  field_or_null(w, "signer"_key, d.signer);
  field_or_null(w, "title"_key, d.title);
  w.end_object();
}

void write_section(JsonWriter& w, const Section& s) {
  w.begin_object();
  integer_field(w, "column"_key, s.column);
  integer_field(w, "end_line"_key, s.end_line);
  field(w, "kind"_key, s.kind);
  field(w, "label"_key, s.label);
  integer_field(w, "level"_key, s.level);
  integer_field(w, "line"_key, s.line);
  field(w, "number"_key, s.number);
  field(w, "title"_key, s.title);
  w.end_object();
}

void write_footnote(JsonWriter& w, const Footnote& f) {
  w.begin_object();
  field(w, "label"_key, f.label);
  line_or_null(w, "line"_key, f.line);
  line_or_null(w, "ref_line"_key, f.ref_line);
  w.end_object();
}

void write_citation(JsonWriter& w, const Analysis& a, const Citation& c) {
  const Position b = a.position(c.span.begin), e = a.last_position(c.span);
  w.begin_object();
  field_or_null(w, "code"_key, c.code);
  integer_field(w, "column"_key, b.column);
  date_field(w, "date"_key, c.date);
  integer_field(w, "end_column"_key, e.column);
  integer_field(w, "end_line"_key, e.line);
  field(w, "format"_key, c.format);
  field_or_null(w, "issuer"_key, c.issuer);
  field_or_null(w, "issuer_code"_key, c.issuer_code);
  field(w, "key"_key, c.key);
  integer_field(w, "line"_key, b.line);
  field_or_null(w, "name"_key, c.name);
  field_or_null(w, "number"_key, c.number);
  field_or_null(w, "term"_key, c.term);
  field(w, "text"_key, c.text);
  field_or_null(w, "title"_key, c.title);
  field_or_null(w, "type"_key, c.type);
  field_or_null(w, "type_code"_key, c.type_code);
  w.key("year"_key);
  if (c.year) w.integer(*c.year);
  else w.null();
  w.end_object();
}

void write_quantity(JsonWriter& w, const Analysis& a, const Quantity& q) {
  const Position b = a.position(q.span.begin), e = a.last_position(q.span);
  w.begin_object();
  integer_field(w, "column"_key, b.column);
  integer_field(w, "decimals"_key, q.decimals);
  integer_field(w, "end_column"_key, e.column);
  integer_field(w, "end_line"_key, e.line);
  integer_field(w, "line"_key, b.line);
  bool_field(w, "percent"_key, q.percent);
  field(w, "text"_key, q.text);
  field_or_null(w, "unit"_key, q.unit);
  w.key("value"_key);
  number_value(w, q.value);
  w.end_object();
}

void write_operands(JsonWriter& w, const Analysis& a, const Relation& r) {
  w.begin_array();
  for (size_t i : r.operands) {
    const Quantity& q = a.quantities[i];
    w.begin_object();
    integer_field(w, "line"_key, a.position(q.span.begin).line);
    field(w, "text"_key, q.text);
    w.end_object();
  }
  w.end_array();
}

void write_relation(JsonWriter& w, const Analysis& a, const Relation& r) {
  const Position p = a.position(a.quantities[r.stated].span.begin);
  w.begin_object();
  integer_field(w, "column"_key, p.column);
  w.key("computed"_key);
  number_value(w, r.computed);
  bool_field(w, "holds"_key, r.holds);
  w.key("interval"_key);
  w.begin_array();
  number_value(w, r.low);
  number_value(w, r.high);
  w.end_array();
  field(w, "kind"_key, r.kind);
  integer_field(w, "line"_key, p.line);
  if (!r.message.empty()) field(w, "message"_key, r.message);
  w.key("operands"_key);
  write_operands(w, a, r);
  w.key("stated"_key);
  number_value(w, r.stated_value);
  w.end_object();
}

void write_related(JsonWriter& w, const Analysis& a, const Related& r) {
  const Position p = a.position(r.span.begin);
  w.begin_object();
  integer_field(w, "column"_key, p.column);
  integer_field(w, "line"_key, p.line);
  field(w, "note"_key, r.note);
  w.end_object();
}

void write_finding(JsonWriter& w, const Analysis& a, const Finding& f) {
  const Position b = a.position(f.span.begin), e = a.last_position(f.span);
  w.begin_object();
  integer_field(w, "column"_key, b.column);
  integer_field(w, "end_column"_key, e.column);
  integer_field(w, "end_line"_key, e.line);
  integer_field(w, "line"_key, b.line);
  field(w, "message"_key, f.message);
  w.key("related"_key);
  w.begin_array();
  for (const Related& r : f.related) write_related(w, a, r);
  w.end_array();
  field(w, "rule"_key, f.rule);
  field(w, "severity"_key, severity_name(f.severity));
  field_or_null(w, "suggestion"_key, f.suggestion);
  w.end_object();
}

// The text of the strings of an item written a few items later is asked for now. Each long
// string has its own allocation, written long before (the whole text is analysed first) and
// gone from the nearer caches: the escaper's first load of each one missed and stalled it.
void prefetch(const std::string& s) { __builtin_prefetch(s.data()); }
void prefetch_strings(const Section& s) {
  prefetch(s.number);
  prefetch(s.title);
}
void prefetch_strings(const Citation& c) {
  prefetch(c.text);
  prefetch(c.issuer);
  prefetch(c.key);
  prefetch(c.title);
}
void prefetch_strings(const Quantity& q) { prefetch(q.text); }
template <typename Item>
void prefetch_strings(const Item&) {}

// Each item of `items` as an array element, written by write_item(w, item).
template <typename Items, typename WriteItem>
void array_field(JsonWriter& w, const JsonKey& name, const Items& items, WriteItem write_item) {
  constexpr size_t kAhead = 4;
  w.key(name);
  w.begin_array();
  for (size_t k = 0; k < items.size(); ++k) {
    if (k + kAhead < items.size()) prefetch_strings(items[k + kAhead]);
    write_item(w, items[k]);
  }
  w.end_array();
}

void findings_field(JsonWriter& w, const Analysis& a) {
  array_field(w, "findings"_key, a.findings, [&](JsonWriter& w, const Finding& f) { write_finding(w, a, f); });
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
  array_field(w, "citations"_key, a.citations, [&](JsonWriter& w, const Citation& c) { write_citation(w, a, c); });
  w.key("document"_key);
  write_document(w, a);
  findings_field(w, a);
  array_field(w, "footnotes"_key, a.structure.footnotes, write_footnote);
  array_field(w, "numbers"_key, a.quantities, [&](JsonWriter& w, const Quantity& q) { write_quantity(w, a, q); });
  array_field(w, "relations"_key, a.relations, [&](JsonWriter& w, const Relation& r) { write_relation(w, a, r); });
  field(w, "schema"_key, "vanban/1");
  array_field(w, "sections"_key, a.structure.sections, write_section);
  w.key("source"_key);
  write_source(w, a);
  w.end_object();
}

void write_check_json(JsonWriter& w, const Analysis& a) {
  w.begin_object();
  findings_field(w, a);
  field(w, "schema"_key, "vanban/1");
  w.key("source"_key);
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
