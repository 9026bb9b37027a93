// The editor's view of a file's text: lines, comments, the extent of values, and byte-range edits.
#include "lateral/edit/source.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "lateral/edit/scalar.hpp"

namespace lateral::edit {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

bool is_space(char c) { return c == ' ' || c == '\t'; }

}  // namespace

Source::Source(std::string_view text, std::string file) : file_(std::move(file)) {
  if (text.starts_with(kBom)) {
    bom_ = std::string(kBom);
    text.remove_prefix(kBom.size());
  }
  body_ = std::string(text);
  bool eol_found = false;
  for (std::size_t pos = 0; pos < body_.size();) {
    const auto nl = body_.find('\n', pos);
    if (nl == std::string::npos) {
      lines_.push_back({pos, body_.size(), body_.size()});
      break;
    }
    const bool crlf = nl > pos && body_[nl - 1] == '\r';
    if (!eol_found) {
      eol_ = crlf ? "\r\n" : "\n";
      eol_found = true;
    }
    lines_.push_back({pos, crlf ? nl - 1 : nl, nl + 1});
    pos = nl + 1;
  }
  in_scalar_.assign(lines_.size(), false);

  std::vector<Diagnostic> problems;
  document_ = yaml::parse(std::string(bom_) + body_, file_, problems);
  for (const auto& d : problems) {
    // A repeated key is harmless to edit around (the first one counts, as for the loader); the
    // rest mean the tree and the text may not agree.
    if (d.rule == "duplicate-key") continue;
    unreadable_ = Diagnostic{d.file, d.line, d.column, d.length, Severity::error, "edit",
                             "lateral cannot change this file safely: " + d.message,
                             d.hint.empty() ? "fix it by hand, then run the command again"
                                            : d.hint + ", then run the command again"};
    break;
  }
  if (document_.root) mark_block_scalars(*document_.root, -1);
}

std::string_view Source::line(int i) const {
  const auto& l = lines_[static_cast<std::size_t>(i)];
  return std::string_view(body_).substr(l.begin, l.end - l.begin);
}

int Source::indent(int i) const {
  const auto s = line(i);
  const auto n = s.find_first_not_of(' ');
  return static_cast<int>(n == std::string_view::npos ? s.size() : n);
}

bool Source::blank(int i) const { return line(i).find_first_not_of(" \t") == std::string_view::npos; }

bool Source::comment(int i) const {
  if (in_scalar_[static_cast<std::size_t>(i)]) return false;
  const auto s = line(i);
  const auto n = s.find_first_not_of(" \t");
  return n != std::string_view::npos && s[n] == '#';
}

int Source::line_of(std::size_t offset) const {
  auto it = std::upper_bound(lines_.begin(), lines_.end(), offset,
                             [](std::size_t off, const Line& l) { return off < l.begin; });
  if (it == lines_.begin()) return 0;
  return static_cast<int>(it - lines_.begin()) - 1;
}

void Source::mark_block_scalars(const yaml::Node& node, int parent_column) {
  const auto n = line_count();
  switch (node.kind) {
    case yaml::Kind::map:
      for (const auto& e : node.entries)
        mark_block_scalars(e.second, e.first.mark.offset < body_.size() ? column_of(e.first.mark.offset) : 0);
      return;
    case yaml::Kind::sequence: {
      const int dash = node.mark.offset < body_.size() ? column_of(node.mark.offset) : 0;
      for (const auto& item : node.items) mark_block_scalars(item, dash);
      return;
    }
    case yaml::Kind::scalar: break;
    case yaml::Kind::null: return;
  }
  if (node.mark.offset >= body_.size()) return;
  const int first = line_of(node.mark.offset);
  if (node.style == yaml::Style::literal || node.style == yaml::Style::folded) {
    for (int i = first + 1; i < n && (blank(i) || indent(i) > parent_column); ++i)
      in_scalar_[static_cast<std::size_t>(i)] = true;
  } else if (node.style == yaml::Style::single_quoted || node.style == yaml::Style::double_quoted) {
    const int last = line_of(quoted_end(node.mark.offset) - 1);
    for (int i = first + 1; i <= last && i < n; ++i) in_scalar_[static_cast<std::size_t>(i)] = true;
  }
}

std::size_t Source::quoted_end(std::size_t open) const {
  const char q = body_[open];
  for (std::size_t i = open + 1; i < body_.size(); ++i) {
    if (q == '"' && body_[i] == '\\') {
      ++i;
      continue;
    }
    if (body_[i] != q) continue;
    if (q == '\'' && i + 1 < body_.size() && body_[i + 1] == '\'') {
      ++i;
      continue;
    }
    return i + 1;
  }
  return body_.size();
}

std::size_t Source::bracket_end(std::size_t open) const {
  int depth = 0;
  for (std::size_t i = open; i < body_.size(); ++i) {
    const char c = body_[i];
    const char before = i > open ? body_[i - 1] : '[';
    if ((c == '"' || c == '\'') && std::string_view("[{,: \t\n").find(before) != std::string_view::npos) {
      i = quoted_end(i) - 1;
    } else if (c == '#' && (before == ' ' || before == '\t' || before == '\n')) {
      const auto nl = body_.find('\n', i);
      if (nl == std::string::npos) return body_.size();
      i = nl;
    } else if (c == '[' || c == '{') {
      ++depth;
    } else if (c == ']' || c == '}') {
      if (--depth == 0) return i + 1;
    }
  }
  return body_.size();
}

std::size_t Source::plain_end(std::size_t begin, int last_line) const {
  const auto from = std::max(begin, line_begin(last_line));
  auto s = std::string_view(body_).substr(from, line_end(last_line) - from);
  for (std::size_t i = 1; i < s.size(); ++i)
    if (s[i] == '#' && is_space(s[i - 1])) {
      s = s.substr(0, i);
      break;
    }
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return from + s.size();
}

int Source::value_last_line(int first, int column, bool dash_continues) const {
  int last = first;
  for (int i = first + 1; i < line_count(); ++i) {
    if (in_scalar_[static_cast<std::size_t>(i)]) {
      if (!blank(i)) last = i;
      continue;
    }
    if (blank(i) || comment(i)) continue;
    const int ind = indent(i);
    const auto s = line(i);
    if (ind > column ||
        (dash_continues && ind == column && s[static_cast<std::size_t>(ind)] == '-' &&
         (static_cast<std::size_t>(ind) + 1 == s.size() || s[static_cast<std::size_t>(ind) + 1] == ' '))) {
      last = i;
      continue;
    }
    break;
  }
  return last;
}

int Source::with_trailing_comments(int last, int column) const {
  while (last + 1 < line_count() && comment(last + 1) && indent(last + 1) > column) ++last;
  return last;
}

std::optional<std::size_t> Source::after_colon(const yaml::Node& key) const {
  std::size_t pos = key.mark.offset;
  if (pos >= body_.size()) return std::nullopt;
  if (key.style == yaml::Style::single_quoted || key.style == yaml::Style::double_quoted)
    pos = quoted_end(pos);
  else
    pos += key.value.size();
  while (pos < body_.size() && is_space(body_[pos])) ++pos;
  if (pos >= body_.size() || body_[pos] != ':') return std::nullopt;
  return pos + 1;
}

std::optional<Source::Span> Source::value_span(const yaml::Node& key, const yaml::Node& value) const {
  const auto colon = after_colon(key);
  if (!colon) return std::nullopt;
  const int key_line = line_of(key.mark.offset);
  const int key_column = column_of(key.mark.offset);
  switch (value.kind) {
    case yaml::Kind::null: {
      // Nothing, or `~` / `null` written out.
      auto pos = *colon;
      while (pos < body_.size() && is_space(body_[pos])) ++pos;
      for (std::string_view word : {"~", "null", "Null", "NULL"}) {
        if (std::string_view(body_).substr(pos).starts_with(word)) {
          const auto end = pos + word.size();
          if (end == body_.size() || std::string_view(" \t\r\n#").find(body_[end]) != std::string_view::npos)
            return Span{pos, end};
        }
      }
      return Span{*colon, *colon};
    }
    case yaml::Kind::scalar:
      switch (value.style) {
        case yaml::Style::single_quoted:
        case yaml::Style::double_quoted: return Span{value.mark.offset, quoted_end(value.mark.offset)};
        case yaml::Style::literal:
        case yaml::Style::folded:
          return Span{value.mark.offset, line_end(value_last_line(key_line, key_column, false))};
        default:
          return Span{value.mark.offset, plain_end(value.mark.offset, value_last_line(key_line, key_column, false))};
      }
    case yaml::Kind::sequence:
    case yaml::Kind::map:
      if (value.style == yaml::Style::flow) return Span{value.mark.offset, bracket_end(value.mark.offset)};
      return Span{*colon, line_end(value_last_line(key_line, key_column, value.is_sequence()))};
  }
  return std::nullopt;
}

void Source::replace(std::size_t begin, std::size_t end, std::string text) {
  edits_.push_back({begin, end, std::move(text)});
}

bool Source::replace_value(const yaml::Node& key, const yaml::Node& value, const std::string& text) {
  const auto span = value_span(key, value);
  if (!span) return false;
  // A value that starts on the key's line after `key:` needs the space the colon is owed.
  const auto colon = after_colon(key);
  const bool at_colon = colon && span->begin == *colon;
  replace(span->begin, span->end, at_colon ? " " + text : text);
  return true;
}

void Source::remove_lines(int first, int last) {
  const auto& l = lines_[static_cast<std::size_t>(last)];
  if (l.next == l.end && first > 0) {
    // The last line has no line end: take the one before the removed lines instead.
    replace(line_end(first - 1), l.end, "");
    return;
  }
  replace(line_begin(first), l.next, "");
}

bool Source::replace_empty_flow(const yaml::Node& node, const std::string& lines) {
  const auto open = node.mark.offset;
  if (open >= body_.size()) return false;
  const auto close = bracket_end(open);
  const int line = line_of(open);
  const auto before = std::string_view(body_).substr(line_begin(line), open - line_begin(line));
  auto after = std::string_view(body_).substr(close, line_end(line) - std::min(close, line_end(line)));
  if (close > line_end(line) || before.find_first_not_of(' ') != std::string_view::npos) return false;
  const auto rest = after.find_first_not_of(" \t");
  if (rest == std::string_view::npos) {
    replace(line_begin(line), line_end(line), lines);
    return true;
  }
  if (after[rest] != '#') return false;
  replace(open, close + rest, "");
  insert_lines_after(line, lines);
  return true;
}

void Source::insert_lines_after(int i, const std::string& text) {
  if (i < 0) {
    replace(0, 0, text + eol_);
    return;
  }
  const auto& l = lines_[static_cast<std::size_t>(i)];
  if (l.next > l.end)
    replace(l.next, l.next, text + eol_);
  else
    replace(l.end, l.end, eol_ + text);
}

std::string Source::result() const {
  auto edits = edits_;
  std::stable_sort(edits.begin(), edits.end(), [](const Edit& a, const Edit& b) { return a.begin < b.begin; });
  std::string out = bom_;
  std::size_t pos = 0;
  for (const auto& e : edits) {
    if (e.begin < pos) continue;  // overlapping edits are a bug of the caller; never corrupt the text
    out.append(body_, pos, e.begin - pos);
    out += e.text;
    pos = e.end;
  }
  out.append(body_, pos, std::string::npos);
  return out;
}

Diagnostic Source::refusal(const yaml::Mark& at, std::string message, std::string hint) const {
  return Diagnostic{file_, at.line, at.column, 1, Severity::error, "edit", std::move(message), std::move(hint)};
}

std::string field_line(std::string_view prefix, std::string_view key, std::string_view value) {
  return fmt::format("{}{}:{}{}", prefix, key_text(key), value.empty() ? "" : " ", value);
}

}  // namespace lateral::edit
