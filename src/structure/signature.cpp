#include "structure/signature.h"

#include <algorithm>
#include <array>

#include "structure/title.h"
#include "text/fold.h"
#include "text/utf8.h"
#include "text/vn_word.h"

namespace vanban {
namespace {

constexpr size_t kBeforeRecipients = 3;   // paragraphs before "Nơi nhận" that may hold the signature
constexpr size_t kAfterRecipients = 40;   // paragraphs after it
constexpr size_t kLastParagraphs = 8;     // searched when there is no "Nơi nhận"

bool is_authority_mark(std::string_view w) {
  static constexpr std::array<std::string_view, 14> kMarks = {"T/M", "TM.", "TM", "KT.", "KT", "K/T", "Q.",
                                                              "TL.", "TL", "T/L", "TUQ.", "TUQ", "T.M", "T.L"};
  return std::find(kMarks.begin(), kMarks.end(), w) != kMarks.end();
}

std::vector<std::string_view> words_of(std::string_view s) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    size_t e = s.find(' ', i);
    if (e == std::string_view::npos) e = s.size();
    if (e > i) out.push_back(s.substr(i, e - i));
    i = e;
  }
  return out;
}

// "Khánh", "Hà": a capital and then lower-case letters only.
bool is_name_word(std::string_view w) {
  size_t i = 0;
  if (w.empty() || !is_upper(utf8::next(w, i))) return false;
  while (i < w.size()) {
    const char32_t c = utf8::next(w, i);
    if (!is_letter(c) || is_upper(c)) return false;
  }
  return true;
}

bool starts_with_letter(std::string_view w) {
  size_t i = 0;
  return !w.empty() && is_letter(utf8::next(w, i));
}

bool starts_lowercase(std::string_view w) {
  size_t i = 0;
  const char32_t c = w.empty() ? 0 : utf8::next(w, i);
  return is_letter(c) && !is_upper(c);
}

bool is_caps_token(std::string_view w) {
  if (is_authority_mark(w) || is_caps_word(w)) return true;
  return w == "," || w == "-" || w == "–";
}

struct RoleName {
  std::string role, name;
  bool marked = false;  // the role opens with an authority mark
};

// A role and a name take a few dozen bytes; a cell is read only this far from the end that
// holds them, so that a last paragraph of megabytes (one 100 MB line) is not split into
// millions of words twice over.
constexpr size_t kSignatureReach = 1024;

// The first kSignatureReach bytes of a cell, cut at a space (`cut`: something was left out).
std::string_view head_of(std::string_view cell, bool& cut) {
  cut = cell.size() > kSignatureReach;
  if (!cut) return cell;
  const size_t space = cell.rfind(' ', kSignatureReach);
  return cell.substr(0, space == std::string_view::npos ? kSignatureReach : space);
}

// The last kSignatureReach bytes of a cell, cut at a space.
std::string_view tail_of(std::string_view cell) {
  if (cell.size() <= kSignatureReach) return cell;
  const size_t space = cell.find(' ', cell.size() - kSignatureReach);
  return cell.substr(space == std::string_view::npos ? cell.size() - kSignatureReach : space);
}

// Splits a cell into its leading capitals (the role) and a name of 2–5 words right after
// them that ends the cell or is followed by capitals again.
RoleName split_role_name(std::string_view cell) {
  RoleName rn;
  bool cut = false;
  std::vector<std::string_view> w = words_of(head_of(cell, cut));
  size_t k = 0;
  while (k < w.size() && is_caps_token(w[k])) ++k;
  std::string role;
  for (size_t i = 0; i < k; ++i) role += (i ? " " : "") + std::string(w[i]);
  rn.role = role;
  rn.marked = k > 0 && is_authority_mark(w[0]);
  size_t n = k;
  while (n < w.size() && n - k < 5 && is_name_word(w[n])) ++n;
  if (n == w.size() && cut) return rn;  // the name would run past what was read: no cell of a signature
  bool name_ends = n == w.size() || is_caps_word(w[n]) || !starts_with_letter(w[n]);
  // "Lê Minh Khái Phụ lục (Kèm theo …)": a capital that a lower-case word follows opens the
  // next sentence, not the name.
  if (!name_ends && n - k > 2 && starts_lowercase(w[n])) {
    --n;
    name_ends = true;
  }
  if (n - k >= 2 && name_ends) {
    for (size_t i = k; i < n; ++i) rn.name += (i > k ? " " : "") + std::string(w[i]);
  }
  return rn;
}

// "Epas: 180408 CHỦ TỊCH QUỐC HỘI Vương Đình Huệ", "- Lưu: VT (2b). BỘ TRƯỞNG Mai Tiến Dũng":
// a role and a name that end a cell after something else. `begin` is where the role starts.
RoleName split_tail(std::string_view cell, size_t& begin) {
  RoleName rn;
  std::vector<std::string_view> w = words_of(tail_of(cell));
  size_t n = w.size();
  while (n > 0 && w.size() - n < 5 && is_name_word(w[n - 1])) --n;
  if (w.size() - n < 2) return rn;
  size_t r = n;
  while (r > 0 && is_caps_token(w[r - 1])) --r;
  size_t caps_words = 0;
  for (size_t i = r; i < n; ++i) caps_words += is_caps_word(w[i]) && w[i].size() >= 2;
  if (caps_words < 2) return rn;
  for (size_t i = r; i < n; ++i) rn.role += (i > r ? " " : "") + std::string(w[i]);
  for (size_t i = n; i < w.size(); ++i) rn.name += (i > n ? " " : "") + std::string(w[i]);
  rn.marked = is_authority_mark(w[r]);
  begin = static_cast<size_t>(w[r].data() - cell.data());
  return rn;
}

// Cells of a paragraph: a gap of 3+ spaces separates the columns printed on one line.
std::vector<std::string_view> cells_of(std::string_view text) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < text.size()) {
    size_t gap = text.find("   ", i);
    if (gap == std::string_view::npos) gap = text.size();
    std::string_view cell = text.substr(i, gap - i);
    while (!cell.empty() && cell.front() == ' ') cell.remove_prefix(1);
    while (!cell.empty() && cell.back() == ' ') cell.remove_suffix(1);
    if (!cell.empty()) out.push_back(cell);
    i = gap;
    while (i < text.size() && text[i] == ' ') ++i;
  }
  return out;
}

bool is_bullet_cell(std::string_view c) {
  return !c.empty() && (c.front() == '-' || c.front() == '+' || c.substr(0, 3) == "•" || c.substr(0, 3) == "–");
}

std::string clean_recipient(std::string_view c) {
  while (!c.empty() && (c.front() == '-' || c.front() == '+' || c.front() == ' ')) c.remove_prefix(1);
  if (c.substr(0, 3) == "•" || c.substr(0, 3) == "–") c.remove_prefix(3);
  std::string out = collapse_spaces(c);
  while (!out.empty() && (out.back() == ';' || out.back() == ',' || out.back() == '.' || out.back() == ' ')) out.pop_back();
  return out;
}

constexpr std::string_view kRecipients = "Nơi nhận";
constexpr std::string_view kRecipientsCaps = "NƠI NHẬN";  // same byte length

bool starts_recipients(std::string_view c) {
  return c.substr(0, kRecipients.size()) == kRecipients || c.substr(0, kRecipientsCaps.size()) == kRecipientsCaps;
}

class SignatureReader {
 public:
  SignatureReader(const Layout& layout, DocumentInfo& doc) : layout_(layout), doc_(doc) {}

  size_t run() {
    std::vector<const Paragraph*> body;
    for (const Paragraph& p : layout_.paragraphs)
      if (!p.footnote) body.push_back(&p);
    size_t anchor = body.size();
    for (size_t k = 0; k < body.size() && anchor == body.size(); ++k)
      if (starts_recipients(layout_.slice(body[k]->span))) anchor = k;
    const bool has_anchor = anchor < body.size();
    const size_t from = has_anchor ? (anchor > kBeforeRecipients ? anchor - kBeforeRecipients : 0)
                                   : (body.size() > kLastParagraphs ? body.size() - kLastParagraphs : 0);
    const size_t to = has_anchor ? std::min(body.size(), anchor + kAfterRecipients) : body.size();
    for (size_t k = from; k < to; ++k) {
      if (k > anchor && has_anchor && body[k]->heading) break;  // an attached document begins
      for (std::string_view cell : cells_of(layout_.slice(body[k]->span))) read_cell(cell, *body[k], has_anchor && k >= anchor);
    }
    for (size_t i = 0; i < roles_.size(); ++i) doc_.signature_role += (i ? " " : "") + roles_[i];
    return start_;
  }

 private:
  void read_cell(std::string_view cell, const Paragraph& p, bool after_anchor) {
    if (after_anchor && starts_recipients(cell)) {
      start_ = std::min(start_, p.span.begin);
      recipients_open_ = true;
      cell.remove_prefix(kRecipients.size());
      while (!cell.empty() && (cell.front() == ':' || cell.front() == ' ')) cell.remove_prefix(1);
      if (cell.empty()) return;
    }
    if (is_bullet_cell(cell)) {
      // After the signer, a bulleted line belongs to whatever follows the block.
      if (!recipients_open_ || !doc_.signer.empty()) return;
      size_t tail = cell.size();
      RoleName rn = split_tail(cell, tail);
      doc_.recipients.push_back(clean_recipient(cell.substr(0, tail)));
      if (!rn.name.empty()) take(rn, p);
      return;
    }
    if (!doc_.signer.empty()) return;
    RoleName rn = split_role_name(cell);
    if (rn.role.empty() && rn.name.empty()) {
      size_t tail = 0;
      if (RoleName t = split_tail(cell, tail); !t.name.empty()) take(t, p);
      return;
    }
    if (rn.role.empty()) {
      // A name alone completes a role read before it ("Lê Hồng Khánh" under "PHÓ BÍ THƯ").
      if (!roles_.empty() && !rn.name.empty()) doc_.signer = rn.name;
      return;
    }
    const bool accepted = rn.marked || !rn.name.empty() || !roles_.empty() || after_anchor;
    if (accepted) take(rn, p);
  }

  void take(const RoleName& rn, const Paragraph& p) {
    roles_.push_back(rn.role);
    start_ = std::min(start_, p.span.begin);
    if (!rn.name.empty()) doc_.signer = rn.name;
  }

  const Layout& layout_;
  DocumentInfo& doc_;
  std::vector<std::string> roles_;
  bool recipients_open_ = false;
  size_t start_ = std::string_view::npos;
};

}  // namespace

size_t read_signature(const Layout& layout, DocumentInfo& doc) { return SignatureReader(layout, doc).run(); }

}  // namespace vanban
