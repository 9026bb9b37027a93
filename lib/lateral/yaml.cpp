// The YAML reader: byte checks first (size, UTF-8, control characters, tab indentation), then
// yaml-cpp's event parser building a positioned tree, refusing what has no place in review files.
#include "lateral/yaml.hpp"

#include <fmt/format.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <istream>
#include <streambuf>
#include <unordered_map>

#include "lateral/text.hpp"

namespace lateral::yaml {
namespace {

constexpr int kMaxReportsPerKind = 5;

// An istream over bytes we already hold, without copying them.
struct MemoryBuffer : std::streambuf {
  MemoryBuffer(const char* begin, std::size_t size) {
    char* b = const_cast<char*>(begin);
    setg(b, b, b + size);
  }
};

struct TooDeep {
  YAML::Mark mark;
};
struct StopAfterStart {
  YAML::Mark mark;
};
struct OpenQuote {
  YAML::Mark mark;
  char quote;
};
// Thrown at the first anchor, alias or tag: the file is refused whole, so one diagnostic says it
// and nothing after it is worth the work (a flood of aliases would otherwise cost a diagnostic each).
struct Refused {};

// Where the quoted scalar opening at `open` is closed; nullopt when it never is. yaml-cpp 0.7
// accepts a quoted scalar that is never closed when the file ends with a line break (it reads to
// the end of the file); every other YAML reader refuses it, and so do we.
std::optional<std::size_t> quote_end(std::string_view text, std::size_t open) {
  const char q = text[open];
  for (std::size_t i = open + 1; i < text.size(); ++i) {
    if (q == '"' && text[i] == '\\') {
      ++i;
    } else if (text[i] == q) {
      if (q == '\'' && i + 1 < text.size() && text[i + 1] == '\'') {
        ++i;  // '' is an escaped quote inside single quotes
        continue;
      }
      return i;
    }
  }
  return std::nullopt;
}

std::size_t indentation(std::string_view line) {
  const auto n = line.find_first_not_of(' ');
  return n == std::string_view::npos ? line.size() : n;
}

bool blank(std::string_view line) { return line.find_first_not_of(" \t\r") == std::string_view::npos; }

// Where a block scalar (`|` or `>` at `indicator`) ends: its content is the lines below the
// header that are blank or indented at least as much as its first non-blank line (YAML's
// auto-detected indentation; an explicit indentation indicator counts from the header's line).
std::size_t block_scalar_end(std::string_view text, std::size_t indicator, const LineIndex& lines) {
  const auto header = lines.position(indicator).line;
  std::optional<std::size_t> indent;
  for (std::size_t k = indicator + 1; k < text.size() && text[k] != '\n' && text[k] != ' ' && text[k] != '#'; ++k)
    if (text[k] >= '1' && text[k] <= '9')
      indent = indentation(lines.line_text(header)) + static_cast<std::size_t>(text[k] - '0');
  std::size_t end = text.find('\n', indicator);
  if (end == std::string_view::npos) return text.size();
  for (int l = header + 1; l <= lines.line_count(); ++l) {
    const auto s = lines.line_text(l);
    if (!blank(s)) {
      if (!indent) indent = indentation(s);
      if (indentation(s) < *indent) break;
    }
    end = static_cast<std::size_t>(s.data() - text.data()) + s.size();
  }
  return end;
}

// Control characters have no place in a value however they are written: an escape (`"\x07"`,
// `"\e]0;title\a"`) yields the same byte as a raw one, which status and history would print to a
// terminal. Bidirectional controls reorder how the text around them is shown.
std::optional<char32_t> forbidden_code_point(std::string_view value) {
  for (std::size_t i = 0; i < value.size(); ++i) {
    const auto c = static_cast<unsigned char>(value[i]);
    if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7F) return c;
    if (c == 0xC2 && i + 1 < value.size()) {
      const auto d = static_cast<unsigned char>(value[i + 1]);
      if (d >= 0x80 && d <= 0x9F) return d;
    }
    if (const auto bidi = bidi_control_at(value.substr(i))) return bidi;
    if (value.substr(i).starts_with("\xEF\xBB\xBF")) return 0xFEFF;
  }
  return std::nullopt;
}


bool is_null_word(std::string_view v) { return v == "~" || v == "null" || v == "Null" || v == "NULL"; }

class TreeBuilder : public YAML::EventHandler {
 public:
  TreeBuilder(std::string_view text, const LineIndex& lines, const std::string& file,
              std::vector<Diagnostic>& out)
      : text_(text), lines_(lines), file_(file), out_(out) {}

  std::optional<Node> root;
  // The furthest position a node of the document starts at.
  std::size_t last_offset() const { return last_offset_; }
  // A value holds a forbidden character: the file is refused, as one with the raw byte is.
  bool refused() const { return refused_; }
  // Where quoted and block scalars lie (byte offsets, inclusive): a `#` inside one is text, not a
  // comment.
  const std::vector<std::pair<std::size_t, std::size_t>>& text_spans() const { return text_spans_; }

  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    check_anchor(mark, anchor);
    Node n;
    n.kind = Kind::null;
    n.mark = convert(mark);
    // An explicit null word: underline all of it.
    const auto rest = text_.substr(std::min(n.mark.offset, text_.size()));
    if (rest.starts_with("null") || rest.starts_with("Null") || rest.starts_with("NULL")) n.length = 4;
    attach(std::move(n));
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override {
    report(mark, "anchor", "aliases (*name) are not allowed in lateral files",
           "write the value out in full");
    throw Refused{};
  }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    check_anchor(mark, anchor);
    check_tag(mark, tag);
    Node n;
    n.kind = Kind::scalar;
    n.mark = convert(mark);
    n.value = value;
    n.style = scalar_style(mark, tag);
    if (n.style == Style::single_quoted || n.style == Style::double_quoted) {
      const auto end = quote_end(text_, n.mark.offset);
      if (!end) throw OpenQuote{mark, text_[n.mark.offset]};
      text_spans_.emplace_back(n.mark.offset, *end);
    } else if (n.style == Style::literal || n.style == Style::folded) {
      // From the header's line end: a comment after `|` is a comment.
      const auto eol = text_.find('\n', n.mark.offset);
      if (eol != std::string_view::npos) text_spans_.emplace_back(eol, block_scalar_end(text_, n.mark.offset, lines_));
    }
    if (value.find('\n') == std::string::npos && n.style == Style::plain) {
      n.length = std::max(1, static_cast<int>(code_points(value)));
    } else if (n.style == Style::single_quoted || n.style == Style::double_quoted) {
      // As written, quotes and escapes included, when it is on one line.
      const auto written = text_.substr(text_spans_.back().first, text_spans_.back().second - text_spans_.back().first + 1);
      if (written.find('\n') == std::string_view::npos) n.length = static_cast<int>(code_points(written));
    }
    check_characters(n);
    attach(std::move(n));
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value style) override {
    open(mark, tag, anchor, style, Kind::sequence);
  }
  void OnSequenceEnd() override { close(); }

  void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value style) override {
    open(mark, tag, anchor, style, Kind::map);
  }
  void OnMapEnd() override { close(); }

 private:
  struct Frame {
    Node node;
    std::optional<Node> pending_key;
  };

  Mark convert(const YAML::Mark& m) const {
    Mark r;
    r.line = m.line + 1;
    r.column = lines_.column(m.line, m.column);
    r.offset = static_cast<std::size_t>(std::max(m.pos, 0));
    return r;
  }

  void report(const YAML::Mark& m, const char* rule, std::string message, std::string hint = {}) {
    const auto mk = convert(m);
    out_.push_back(Diagnostic{file_, mk.line, mk.column, 1, Severity::error, rule, std::move(message),
                              std::move(hint)});
  }

  void check_anchor(const YAML::Mark& mark, YAML::anchor_t anchor) {
    if (anchor != YAML::NullAnchor) {
      report(mark, "anchor", "anchors (&name) are not allowed in lateral files",
             "remove the anchor and write each value out in full");
      throw Refused{};
    }
  }

  void check_tag(const YAML::Mark& mark, const std::string& tag) {
    if (!tag.empty() && tag != "?" && tag != "!") {
      // yaml-cpp hands over `!!str` expanded to `tag:yaml.org,2002:str`: show it as it was written.
      constexpr std::string_view kCore = "tag:yaml.org,2002:";
      const auto shown = tag.starts_with(kCore) ? "!!" + tag.substr(kCore.size()) : tag;
      report(mark, "anchor", fmt::format("tags ({}) are not allowed in lateral files", shown),
             "remove the tag; quote the value if it must be text");
      throw Refused{};
    }
  }

  void check_characters(const Node& n) {
    const auto found = forbidden_code_point(n.value);
    if (!found) return;
    const auto cp = *found;
    refused_ = true;
    if (++forbidden_reports_ > kMaxReportsPerKind) return;
    const bool bidi = cp >= 0x2000 && cp != 0xFEFF;
    out_.push_back(Diagnostic{
        file_, n.mark.line, n.mark.column, n.length, Severity::error, "encoding",
        bidi ? fmt::format("the text holds the bidirectional control U+{:04X}, which reorders how it is shown",
                           static_cast<unsigned>(cp))
             : fmt::format("the text holds the control character U+{:04X}{}", static_cast<unsigned>(cp),
                           n.style == Style::double_quoted ? ", written as an escape" : ""),
        bidi ? "remove it, and write the text in the order it is read"
             : "remove it; text may hold tabs and line breaks, no other control character"});
  }

  Style scalar_style(const YAML::Mark& mark, const std::string& tag) const {
    if (tag == "?") return Style::plain;
    const auto pos = static_cast<std::size_t>(std::max(mark.pos, 0));
    if (pos < text_.size()) {
      switch (text_[pos]) {
        case '\'': return Style::single_quoted;
        case '"': return Style::double_quoted;
        case '|': return Style::literal;
        case '>': return Style::folded;
        default: break;
      }
    }
    return Style::double_quoted;
  }

  void open(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
            YAML::EmitterStyle::value style, Kind kind) {
    check_anchor(mark, anchor);
    check_tag(mark, tag);
    if (static_cast<int>(stack_.size()) >= kMaxDepth) throw TooDeep{mark};
    Frame f;
    f.node.kind = kind;
    f.node.mark = convert(mark);
    f.node.style = style == YAML::EmitterStyle::Flow ? Style::flow : Style::block;
    stack_.push_back(std::move(f));
  }

  void close() {
    Frame f = std::move(stack_.back());
    stack_.pop_back();
    if (f.node.kind == Kind::map) remove_duplicates(f.node);
    attach(std::move(f.node));
  }

  void attach(Node n) {
    last_offset_ = std::max(last_offset_, n.mark.offset);
    if (stack_.empty()) {
      root = std::move(n);
      return;
    }
    Frame& top = stack_.back();
    if (top.node.kind == Kind::sequence) {
      top.node.items.push_back(std::move(n));
    } else if (!top.pending_key) {
      top.pending_key = std::move(n);
    } else {
      Node key = std::move(*top.pending_key);
      top.pending_key.reset();
      if (key.kind != Kind::scalar) {
        out_.push_back(Diagnostic{file_, key.mark.line, key.mark.column, 1, Severity::error, "schema",
                                  "a key must be plain text, not " + describe(key), ""});
        return;
      }
      // yaml-cpp places an empty value at the next token, often lines below: point at its key.
      if (n.kind == Kind::null && n.mark.line != key.mark.line) {
        n.mark = key.mark;
        n.length = key.length;
      }
      top.node.entries.push_back(Entry{std::move(key), std::move(n)});
    }
  }

  // yaml-cpp keeps every duplicate key; the first one counts and each repeat is reported.
  void remove_duplicates(Node& map) {
    auto& entries = map.entries;
    std::unordered_map<std::string_view, std::size_t> seen;
    std::vector<Entry> kept;
    kept.reserve(entries.size());
    bool any = false;
    for (std::size_t i = 0; i < entries.size(); ++i) {
      const auto& key = entries[i].first;
      auto [it, inserted] = seen.emplace(key.value, i);
      if (!inserted) {
        any = true;
        const auto& first = entries[it->second].first;
        out_.push_back(Diagnostic{file_, key.mark.line, key.mark.column, key.length, Severity::error,
                                  "duplicate-key",
                                  fmt::format("duplicate key `{}` (first at line {})", key.value,
                                              first.mark.line),
                                  "remove one of the two, or merge them"});
      }
    }
    if (!any) return;
    seen.clear();
    for (auto& e : entries) {
      // Keys are moved from `entries` into `kept`, so look up by value copied before the move.
      std::string k = e.first.value;
      if (seen.count(k)) continue;
      kept.push_back(std::move(e));
      seen.emplace(kept.back().first.value, 0);
    }
    entries = std::move(kept);
  }

  std::string_view text_;
  const LineIndex& lines_;
  const std::string& file_;
  std::vector<Diagnostic>& out_;
  std::vector<Frame> stack_;
  std::size_t last_offset_ = 0;
  bool refused_ = false;
  int forbidden_reports_ = 0;
  std::vector<std::pair<std::size_t, std::size_t>> text_spans_;
};

class FirstMark : public YAML::EventHandler {
 public:
  void OnDocumentStart(const YAML::Mark& mark) override { throw StopAfterStart{mark}; }
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
  void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t, const std::string&) override {}
  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                       YAML::EmitterStyle::value) override {}
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
  void OnMapEnd() override {}
};

void add(std::vector<Diagnostic>& out, const std::string& file, LineIndex::Position p, const char* rule,
         std::string message, std::string hint = {}) {
  out.push_back(Diagnostic{file, p.line, p.column, 1, Severity::error, rule, std::move(message),
                           std::move(hint)});
}

// Control characters other than tab, CR and LF (C0, DEL and C1) have no place in review text.
bool check_controls(std::string_view text, const LineIndex& lines, const std::string& file,
                    std::vector<Diagnostic>& out) {
  int found = 0;
  for (std::size_t i = 0; i < text.size() && found < kMaxReportsPerKind; ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    unsigned code = 0;
    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
      code = c;
    } else if (c == 0xC2 && i + 1 < text.size()) {
      const auto d = static_cast<unsigned char>(text[i + 1]);
      if (d >= 0x80 && d <= 0x9F) code = d;
    } else if (const auto bidi = bidi_control_at(text.substr(i))) {
      add(out, file, lines.position(i), "encoding",
          fmt::format("the bidirectional control U+{:04X} in the file, which reorders how text is shown",
                      static_cast<unsigned>(*bidi)),
          "remove the invisible character, and write the text in the order it is read");
      ++found;
      continue;
    } else if (c == 0xEF && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xBB &&
               static_cast<unsigned char>(text[i + 2]) == 0xBF) {
      add(out, file, lines.position(i), "encoding", "a byte-order mark in the middle of the file",
          "remove the invisible character U+FEFF");
      ++found;
      continue;
    } else {
      continue;
    }
    add(out, file, lines.position(i), "encoding", fmt::format("control character U+{:04X} in the file", code),
        "remove it; only tabs, line feeds and carriage returns are allowed");
    ++found;
  }
  return found == 0;
}

bool check_tab_indentation(std::string_view text, const LineIndex& lines, const std::string& file,
                           std::vector<Diagnostic>& out) {
  int found = 0;
  for (int line = 1; line <= lines.line_count() && found < kMaxReportsPerKind; ++line) {
    const auto s = lines.line_text(line);
    std::size_t i = 0;
    std::optional<std::size_t> tab;
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) {
      if (s[i] == '\t' && !tab) tab = i;
      ++i;
    }
    if (!tab || i == s.size() || s[i] == '#') continue;
    add(out, file, {line, static_cast<int>(*tab) + 1}, "syntax", "a tab is used for indentation",
        "indent with spaces");
    ++found;
  }
  (void)text;
  return found == 0;
}

// git leaves these lines in a file whose merge it could not finish.
enum class ConflictMarker { none, ours, base, separator, theirs };

ConflictMarker conflict_marker(std::string_view line) {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  auto marker = [&](char c, bool label) {
    if (line.size() < 7 || line.substr(0, 7).find_first_not_of(c) != std::string_view::npos) return false;
    return line.size() == 7 || (label && line[7] == ' ');
  };
  if (marker('<', true)) return ConflictMarker::ours;
  if (marker('|', true)) return ConflictMarker::base;
  if (marker('=', false)) return ConflictMarker::separator;
  if (marker('>', true)) return ConflictMarker::theirs;
  return ConflictMarker::none;
}

// One diagnostic per unresolved conflict, at its `<<<<<<<` line (YAML would only see the line after
// it as "illegal map value"); a marker left alone outside a conflict is reported where it is.
bool check_conflict_markers(const LineIndex& lines, const std::string& file, std::vector<Diagnostic>& out) {
  int found = 0;
  for (int line = 1; line <= lines.line_count() && found < kMaxReportsPerKind; ++line) {
    const auto kind = conflict_marker(lines.line_text(line));
    if (kind == ConflictMarker::none) continue;
    ++found;
    if (kind != ConflictMarker::ours) {
      add(out, file, {line, 1}, "syntax", "a merge-conflict marker left in the file",
          "remove the line, and check that the lines around it are the ones to keep");
      continue;
    }
    int end = line + 1;
    while (end <= lines.line_count() && conflict_marker(lines.line_text(end)) != ConflictMarker::theirs &&
           conflict_marker(lines.line_text(end)) != ConflictMarker::ours)
      ++end;
    const bool closed = end <= lines.line_count() && conflict_marker(lines.line_text(end)) == ConflictMarker::theirs;
    add(out, file, {line, 1}, "syntax",
        closed ? fmt::format("an unresolved merge conflict (lines {} to {})", line, end)
               : std::string("an unresolved merge conflict (its >>>>>>> line is missing)"),
        "keep the lines you want, delete the <<<<<<<, ======= and >>>>>>> lines, or run `git mergetool`; "
        "then check again");
    if (closed) line = end;
  }
  return found == 0;
}

bool inside(const std::vector<std::pair<std::size_t, std::size_t>>& spans, std::size_t offset) {
  return std::any_of(spans.begin(), spans.end(), [&](const auto& s) { return s.first <= offset && offset <= s.second; });
}

// Only a YAML comment silences a rule: a marker inside quoted or block text (`spans`, from the
// parser) is what the text says, however much it looks like a comment.
void collect_suppressions(std::string_view text, const LineIndex& lines,
                          const std::vector<std::pair<std::size_t, std::size_t>>& spans, Document& doc) {
  static constexpr std::string_view kMarker = "lateral: ignore[";
  std::size_t pos = 0;
  while ((pos = text.find(kMarker, pos)) != std::string_view::npos) {
    const auto hash = text.rfind('#', pos);
    const auto p = lines.position(pos);
    const auto line_text = lines.line_text(p.line);
    const auto close = text.find(']', pos);
    const auto eol = text.find('\n', pos);
    // The marker must open a comment: `#`, then only spaces, on the same line, with the `#` at the
    // start of the line or after a space (a `#` inside a word is text in YAML).
    const bool comment = hash != std::string_view::npos &&
                         text.substr(hash + 1, pos - hash - 1).find_first_not_of(" \t") == std::string_view::npos &&
                         (hash == 0 || text[hash - 1] == ' ' || text[hash - 1] == '\t' || text[hash - 1] == '\n');
    if (!comment || close == std::string_view::npos || (eol != std::string_view::npos && close > eol) ||
        inside(spans, hash)) {
      pos += kMarker.size();
      continue;
    }
    // A comment alone on its line silences the next line; a trailing one, its own line.
    const auto first = line_text.find_first_not_of(" \t");
    const bool alone = first != std::string_view::npos && line_text[first] == '#';
    const int target = alone ? p.line + 1 : p.line;
    auto list = text.substr(pos + kMarker.size(), close - pos - kMarker.size());
    while (!list.empty()) {
      const auto comma = list.find(',');
      auto item = list.substr(0, comma);
      while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
      while (!item.empty() && item.back() == ' ') item.remove_suffix(1);
      if (!item.empty()) {
        const auto offset = static_cast<std::size_t>(item.data() - text.data());
        const auto at = lines.position(offset);
        doc.suppressions.push_back({target, std::string(item), Mark{at.line, at.column, offset}});
      }
      if (comma == std::string_view::npos) break;
      list.remove_prefix(comma + 1);
    }
    pos = close;
  }
}

void build(std::string_view text, const LineIndex& lines, const std::string& file, std::vector<Diagnostic>& out,
           TreeBuilder& builder, Document& doc);

// The schema line among the comments and blank lines before the first line of YAML.
SchemaLine find_schema_line(std::string_view text) {
  SchemaLine found;
  found.line = 0;
  found.crlf = text.find("\r\n") != std::string_view::npos;
  std::size_t begin = 0;
  for (int line = 1; begin <= text.size(); ++line) {
    const auto nl = text.find('\n', begin);
    auto l = text.substr(begin, nl == std::string_view::npos ? std::string_view::npos : nl - begin);
    if (l.ends_with('\r')) l.remove_suffix(1);
    const auto first = l.find_first_not_of(" \t");
    if (first != std::string_view::npos) {
      if (l[first] != '#') break;
      auto comment = l.substr(first + 1);
      comment.remove_prefix(std::min(comment.find_first_not_of(" \t"), comment.size()));
      if (comment.starts_with("yaml-language-server")) {
        found.line = line;
        found.text = std::string(l);
        break;
      }
    }
    if (nl == std::string_view::npos) break;
    begin = nl + 1;
  }
  return found;
}

}  // namespace

Resolved Node::resolved() const {
  if (kind == Kind::null) return Resolved::null;
  if (kind != Kind::scalar || style != Style::plain) return Resolved::string;
  const std::string_view v = value;
  if (is_null_word(v) || v.empty()) return Resolved::null;
  if (v == "true" || v == "True" || v == "TRUE" || v == "false" || v == "False" || v == "FALSE")
    return Resolved::boolean;
  auto all = [](std::string_view s, auto pred) {
    if (s.empty()) return false;
    for (char c : s)
      if (!pred(c)) return false;
    return true;
  };
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  std::string_view body = v;
  if (!body.empty() && (body[0] == '-' || body[0] == '+')) body.remove_prefix(1);
  if (all(body, digit)) return Resolved::integer;
  if (v.starts_with("0o") && all(v.substr(2), [](char c) { return c >= '0' && c <= '7'; }))
    return Resolved::integer;
  if (v.starts_with("0x") && all(v.substr(2), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
      }))
    return Resolved::integer;
  if (body == ".inf" || body == ".Inf" || body == ".INF" || v == ".nan" || v == ".NaN" || v == ".NAN")
    return Resolved::floating;
  // [0-9]*(\.[0-9]*)?([eE][-+]?[0-9]+)? with at least one digit in the mantissa
  std::size_t i = 0;
  bool mantissa = false;
  while (i < body.size() && digit(body[i])) ++i, mantissa = true;
  if (i < body.size() && body[i] == '.') {
    ++i;
    while (i < body.size() && digit(body[i])) ++i, mantissa = true;
  }
  if (!mantissa) return Resolved::string;
  if (i < body.size() && (body[i] == 'e' || body[i] == 'E')) {
    ++i;
    if (i < body.size() && (body[i] == '-' || body[i] == '+')) ++i;
    if (i == body.size()) return Resolved::string;
    while (i < body.size() && digit(body[i])) ++i;
  }
  return i == body.size() ? Resolved::floating : Resolved::string;
}

const Node* Node::find(std::string_view key) const {
  const auto* e = find_entry(key);
  return e ? &e->second : nullptr;
}

const Entry* Node::find_entry(std::string_view key) const {
  for (const auto& e : entries)
    if (e.first.value == key) return &e;
  return nullptr;
}

std::string describe(const Node& n) {
  switch (n.kind) {
    case Kind::null: return "nothing (an empty value)";
    case Kind::map: return "a map";
    case Kind::sequence: return "a list";
    case Kind::scalar: break;
  }
  switch (n.resolved()) {
    case Resolved::boolean: return fmt::format("a boolean ({})", n.value);
    case Resolved::integer:
    case Resolved::floating: return fmt::format("a number ({})", n.value);
    case Resolved::null: return "nothing (an empty value)";
    case Resolved::string: break;
  }
  return "text";
}

Document parse(std::string_view text, const std::string& file, std::vector<Diagnostic>& out) {
  Document doc;
  if (text.size() > kMaxFileBytes) {
    add(out, file, {1, 1}, "limit",
        fmt::format("the file is larger than {} bytes (1 MiB), the most lateral reads", kMaxFileBytes),
        "split it, or shorten the text");
    return doc;
  }
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  if (const auto bad = find_invalid_utf8(text)) {
    // Columns before the bad byte are valid UTF-8, so the position can still be computed.
    const LineIndex lines(text.substr(0, *bad));
    const auto p = lines.position(*bad);
    add(out, file, p, "encoding",
        fmt::format("invalid UTF-8 (byte 0x{:02X})", static_cast<unsigned char>(text[*bad])),
        "save the file as UTF-8");
    return doc;
  }
  const LineIndex lines(text);
  if (!check_controls(text, lines, file, out)) return doc;
  if (!check_conflict_markers(lines, file, out)) return doc;
  if (!check_tab_indentation(text, lines, file, out)) return doc;

  TreeBuilder builder(text, lines, file, out);
  build(text, lines, file, out, builder, doc);
  collect_suppressions(text, lines, builder.text_spans(), doc);
  doc.schema_line = find_schema_line(text);
  return doc;
}

namespace {

void build(std::string_view text, const LineIndex& lines, const std::string& file, std::vector<Diagnostic>& out,
           TreeBuilder& builder, Document& doc) {
  MemoryBuffer buffer(text.data(), text.size());
  std::istream in(&buffer);
  try {
    YAML::Parser parser(in);
    if (!parser.HandleNextDocument(builder)) {
      doc.empty = true;
      return;
    }
    FirstMark next;
    try {
      parser.HandleNextDocument(next);
    } catch (const StopAfterStart& s) {
      const auto at = static_cast<std::size_t>(std::max(s.mark.pos, 0));
      // yaml-cpp also starts a new document, without `---`, at a line indented less than the
      // document above allows: that is an indentation mistake, not a second document.
      if (text.substr(std::min(at, text.size())).starts_with("---"))
        add(out, file, lines.position(at), "syntax", "a second YAML document in one file",
            "keep one document per file: remove the `---` line and what follows");
      else
        add(out, file, lines.position(at), "syntax", "invalid YAML: this line does not fit the structure above it",
            "check its indentation, and the indentation of the lines above");
    } catch (const YAML::Exception&) {
      // The second document is refused anyway: what is wrong inside it does not matter.
      auto at = text.find("\n---", builder.last_offset());
      add(out, file, at == std::string_view::npos ? LineIndex::Position{lines.line_count(), 1} : lines.position(at + 1),
          "syntax", "a second YAML document in one file",
          "keep one document per file: remove the `---` line and what follows");
    }
  } catch (const Refused&) {
    return;
  } catch (const OpenQuote& q) {
    add(out, file, lines.position(static_cast<std::size_t>(std::max(q.mark.pos, 0))), "syntax",
        fmt::format("invalid YAML: the quoted text that starts here is never closed with {}", q.quote),
        fmt::format("add the closing {}", q.quote));
    return;
  } catch (const TooDeep& t) {
    add(out, file, lines.position(static_cast<std::size_t>(std::max(t.mark.pos, 0))), "limit",
        fmt::format("nesting deeper than {} levels", kMaxDepth), "flatten the structure");
    return;
  } catch (const YAML::ParserException& e) {
    LineIndex::Position p{1, 1};
    if (e.mark.line >= 0) p = {e.mark.line + 1, lines.column(e.mark.line, e.mark.column)};
    std::string msg = e.msg;
    std::string hint;
    if (msg.find("referenced anchor is not defined") != std::string::npos) {
      add(out, file, p, "anchor", "aliases (*name) are not allowed in lateral files", "write the value out in full");
      return;
    }
    if (msg == "bad file" || msg.find("recursion") != std::string::npos) {
      add(out, file, p, "limit", fmt::format("nesting deeper than {} levels", kMaxDepth), "flatten the structure");
      return;
    }
    if (msg.find("end of map not found") != std::string::npos || msg.find("illegal map value") != std::string::npos)
      hint = "check the indentation, and quote text that contains `: `";
    else if (msg.find("end of sequence flow not found") != std::string::npos)
      hint = "a list opened with `[` above is not closed with `]`";
    else if (msg.find("end of map flow not found") != std::string::npos)
      hint = "a map opened with `{` above is not closed with `}`";
    add(out, file, p, "syntax", "invalid YAML: " + msg, hint);
    return;
  } catch (const std::bad_alloc&) {
    throw;  // memory ran out: the run's problem, not the file's
  } catch (const std::exception& e) {
    add(out, file, {1, 1}, "syntax", std::string("invalid YAML: ") + e.what());
    return;
  }
  if (builder.refused()) return;
  doc.root = std::move(builder.root);
  if (!doc.root) doc.empty = true;
}

}  // namespace

}  // namespace lateral::yaml
