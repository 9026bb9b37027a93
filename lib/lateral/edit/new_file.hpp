// The files lateral creates: each starts with the line that tells editors (via the YAML language
// server) which of the repository's JSON Schemas checks it, then block-style YAML.
#pragma once
#include <span>
#include <string>
#include <string_view>

namespace lateral::edit {

// `# yaml-language-server: $schema=<path to .lateral/schemas/KIND.json from `file`'s directory>`
// (no line end). `file` is repository-relative.
std::string schema_line(std::string_view file, std::string_view kind);

// Builds a new file's text: two spaces a level, "\n" line ends, values quoted as needed.
class NewFile {
 public:
  NewFile(std::string_view file, std::string_view kind);

  // `key: value` at nesting `depth`; text with line breaks becomes a `|` block.
  NewFile& field(int depth, std::string_view key, std::string_view value);
  // `key: true` or `key: false`
  NewFile& boolean(int depth, std::string_view key, bool value);
  // `key: [a, b]`
  NewFile& list(int depth, std::string_view key, std::span<const std::string> items);
  // `key:` opening a map or list one level deeper.
  NewFile& open(int depth, std::string_view key);
  // `- key: value`: the first key of a new list item, whose other keys are at `depth + 1`.
  NewFile& item(int depth, std::string_view key, std::string_view value);
  // `# text`
  NewFile& comment(int depth, std::string_view text);

  const std::string& text() const { return text_; }

 private:
  std::string text_;
};

}  // namespace lateral::edit
