// Reading where the cursor is from the text: the keys above it by indentation, whether a key or a
// value is being written, and the word under it. Text-based, because the text being typed is
// rarely valid YAML.
#include <algorithm>

#include "lateral/assist.hpp"

namespace lateral::assist {
namespace {

std::vector<std::string_view> split_lines(std::string_view text) {
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  std::vector<std::string_view> out;
  std::size_t begin = 0;
  for (;;) {
    const auto nl = text.find('\n', begin);
    auto line = text.substr(begin, nl == std::string_view::npos ? std::string_view::npos : nl - begin);
    if (line.ends_with('\r')) line.remove_suffix(1);
    out.push_back(line);
    if (nl == std::string_view::npos) break;
    begin = nl + 1;
  }
  return out;
}

bool continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

std::size_t byte_of_column(std::string_view line, int column) {
  std::size_t i = 0;
  for (int c = 1; c < column && i < line.size(); ++c) {
    ++i;
    while (i < line.size() && continuation(line[i])) ++i;
  }
  return i;
}

int column_of_byte(std::string_view line, std::size_t byte) {
  int column = 1;
  for (std::size_t i = 0; i < byte && i < line.size(); ++i)
    if (!continuation(line[i])) ++column;
  return column;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

std::string unquote(std::string_view s) {
  s = trim(s);
  if (s.size() >= 2 && (s.front() == '"' || s.front() == '\'') && s.back() == s.front()) s = s.substr(1, s.size() - 2);
  return std::string(s);
}

// Where a line's content starts after its indentation and any `- ` item markers.
struct Shape {
  std::size_t indent = 0;      // leading spaces
  std::size_t key_start = 0;   // after the dashes
  bool dash = false;
  bool blank_or_comment = false;
  std::optional<std::size_t> colon;  // the `:` that ends the key, if the line has one
};

Shape shape_of(std::string_view line) {
  Shape s;
  while (s.indent < line.size() && line[s.indent] == ' ') ++s.indent;
  const auto rest = line.substr(s.indent);
  if (rest.empty() || rest.front() == '#') {
    s.blank_or_comment = true;
    return s;
  }
  s.key_start = s.indent;
  while (s.key_start < line.size() && line[s.key_start] == '-' &&
         (s.key_start + 1 == line.size() || line[s.key_start + 1] == ' ')) {
    s.dash = true;
    s.key_start += 1;
    while (s.key_start < line.size() && line[s.key_start] == ' ') ++s.key_start;
  }
  // A key ends at the first `: ` (or a `:` at the end) outside quotes and brackets.
  char quote = 0;
  for (std::size_t i = s.key_start; i < line.size(); ++i) {
    const char c = line[i];
    if (quote) {
      if (c == quote) quote = 0;
      continue;
    }
    if (c == '"' || c == '\'') quote = c;
    else if (c == '[' || c == '{' || c == '#') break;
    else if (c == ':' && (i + 1 == line.size() || line[i + 1] == ' ')) {
      s.colon = i;
      break;
    }
  }
  return s;
}

bool name_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '/' || c == '.' || continuation(c) ||
         (static_cast<unsigned char>(c) >= 0xC0);
}

}  // namespace

FileKind file_kind(std::string_view file) {
  if (file == "lateral.yaml") return FileKind::partnership;
  if (file.starts_with("frameworks/")) return FileKind::framework;
  if (file.starts_with("plans/")) return FileKind::plan;
  if (!file.starts_with("schools/")) return FileKind::other;
  const auto name = file.substr(file.rfind('/') + 1);
  const auto dir = file.substr(0, file.rfind('/'));
  if (dir.ends_with("/evidence")) return FileKind::evidence;
  if (name == "school.yaml") return FileKind::school;
  if (name == "review.yaml") return FileKind::review;
  if (name == "benchmark.yaml") return FileKind::benchmark;
  if (name == "actions.yaml") return FileKind::actions;
  if (name == "self-evaluation.yaml") return FileKind::self_evaluation;
  if (name == "process-feedback.yaml") return FileKind::process_feedback;
  return FileKind::other;
}

Place place_at(std::string_view text, Cursor at) {
  Place p;
  const auto lines = split_lines(text);
  if (at.line < 1 || at.line > static_cast<int>(lines.size())) {
    p.at_key = true;
    return p;
  }
  const auto line = lines[static_cast<std::size_t>(at.line - 1)];
  const auto b = byte_of_column(line, at.column);

  // The word under the cursor: a name, a `theme/aspect` reference, an id.
  std::size_t ws = b, we = b;
  while (ws > 0 && name_char(line[ws - 1])) --ws;
  while (we < line.size() && name_char(line[we])) ++we;
  p.word = std::string(line.substr(ws, we - ws));
  p.word_column = column_of_byte(line, ws);
  p.word_end_column = column_of_byte(line, we);

  // Inside an ignore comment: the names between `[` and `]` are rules.
  constexpr std::string_view kIgnore = "lateral: ignore[";
  if (const auto c = line.find('#'); c != std::string_view::npos && c < b) {
    const auto open = line.find(kIgnore, c);
    if (open != std::string_view::npos && open + kIgnore.size() <= b) {
      const auto close = line.find(']', open);
      if (close == std::string_view::npos || close >= b) p.in_ignore = true;
    }
    if (p.in_ignore || line.find(kIgnore, c) == std::string_view::npos) {
      if (!p.in_ignore) p.at_key = false;
      return p;  // a comment: nothing else completes in it
    }
  }

  const auto s = shape_of(line);
  std::size_t threshold;  // an ancestor is a line indented less than this
  bool compact = false;   // a list written at its key's indentation (`key:` then `- item` below it)
  std::vector<std::string> path;
  if (s.colon && *s.colon < b) {
    p.key = unquote(line.substr(s.key_start, *s.colon - s.key_start));
    threshold = s.key_start;
    // A flow list after the colon: the cursor is an item of it.
    const auto value = line.substr(*s.colon + 1);
    if (const auto open = value.find('['); open != std::string_view::npos && *s.colon + 1 + open < b) {
      const auto close = value.find(']', open);
      const auto items = value.substr(open + 1, close == std::string_view::npos ? std::string_view::npos : close - open - 1);
      std::size_t start = 0;
      for (;;) {
        const auto comma = items.find(',', start);
        auto item = unquote(items.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start));
        if (!item.empty() && item != p.word) p.listed.push_back(item);
        if (comma == std::string_view::npos) break;
        start = comma + 1;
      }
    }
  } else if (s.dash && s.key_start <= b) {
    p.dash = true;
    threshold = s.indent;
    compact = true;
  } else {
    p.at_key = true;
    threshold = s.blank_or_comment ? b : s.key_start;
  }
  if (s.dash && !p.dash) {  // `- key: |` or `- ke|`: a key of a list item
    path.push_back("-");
    threshold = s.indent;
    compact = true;
  }

  // The keys above, each indented less than the one below it. A `- ` line above with the cursor
  // deeper than its dash is the item the cursor is in: its key is a sibling, the item one level.
  for (int i = at.line - 2; i >= 0 && (threshold > 0 || compact); --i) {
    const auto l = lines[static_cast<std::size_t>(i)];
    const auto sh = shape_of(l);
    if (sh.blank_or_comment) continue;
    if (sh.dash) {
      if (sh.indent < threshold) {
        path.push_back("-");
        threshold = sh.indent;
        compact = true;
      }
      continue;
    }
    if (sh.indent < threshold || (compact && sh.indent == threshold)) {
      if (sh.colon) path.push_back(unquote(l.substr(sh.key_start, *sh.colon - sh.key_start)));
      threshold = sh.indent;
      compact = false;
    }
  }
  std::reverse(path.begin(), path.end());
  p.path = std::move(path);
  return p;
}

}  // namespace lateral::assist
