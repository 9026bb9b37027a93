// The text of a YAML file as the editor sees it: lines with their own line ends, which lines are
// comments or blank, and where a value written in the file begins and ends. Edits are byte ranges
// replaced in the original text, so every byte outside them stays as it was.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lateral/diagnostic.hpp"
#include "lateral/yaml.hpp"

namespace lateral::edit {

class Source {
 public:
  // `text`: the whole file, a byte-order mark included; `file` names it in diagnostics.
  Source(std::string_view text, std::string file);

  const std::string& file() const { return file_; }
  // The parsed tree, or a refusal: a file that does not parse cleanly cannot be edited safely.
  const yaml::Document& document() const { return document_; }
  const std::optional<Diagnostic>& unreadable() const { return unreadable_; }

  // The file's line end ("\r\n" or "\n", from its first line), for the lines the editor adds.
  const std::string& eol() const { return eol_; }

  int line_count() const { return static_cast<int>(lines_.size()); }
  std::string_view line(int i) const;  // 0-based, without its line end
  int indent(int i) const;             // leading spaces
  bool blank(int i) const;
  bool comment(int i) const;           // a comment alone on its line (not inside a block scalar)
  int line_of(std::size_t offset) const;
  std::size_t line_begin(int i) const { return lines_[static_cast<std::size_t>(i)].begin; }
  std::size_t line_end(int i) const { return lines_[static_cast<std::size_t>(i)].end; }
  int column_of(std::size_t offset) const { return static_cast<int>(offset - line_begin(line_of(offset))); }
  std::string_view body() const { return body_; }

  // The last line of the value of a key (or of a list item) whose key (or dash) stands at byte
  // column `column` of line `first`: every following line that is indented deeper, or that
  // continues a block list written at the key's own indentation (`dash_continues`), blank lines
  // and comments excluded at the end.
  int value_last_line(int first, int column, bool dash_continues) const;
  // `last`, extended over comments directly below it that are indented deeper than `column`:
  // they belong to the entry above them.
  int with_trailing_comments(int last, int column) const;

  // Where the key of a map entry ends, and the byte just after its `:`; nullopt when the key is
  // not written `key:` (an explicit `? key`, say).
  std::optional<std::size_t> after_colon(const yaml::Node& key) const;
  // The bytes a value occupies: [begin, end). For a block collection, from just after the key's
  // colon to the end of its last line; for an empty value, an empty range after the colon.
  struct Span {
    std::size_t begin, end;
  };
  std::optional<Span> value_span(const yaml::Node& key, const yaml::Node& value) const;

  // Edits, applied to the original text all at once by `result`.
  void replace(std::size_t begin, std::size_t end, std::string text);
  // Replaces a map entry's value with `text` (what follows `key: `); false when it cannot be found.
  bool replace_value(const yaml::Node& key, const yaml::Node& value, const std::string& text);
  // Removes whole lines first..last, keeping a missing final newline missing.
  void remove_lines(int first, int last);
  // Replaces an empty flow collection (`{}` or `[]`) that stands alone on its line (a comment may
  // follow it, and stays) with block lines; false when it does not stand alone.
  bool replace_empty_flow(const yaml::Node& node, const std::string& lines);
  // Inserts whole lines (joined by eol(), no line end after the last) after line `i`; -1 inserts
  // at the very start of the body. At the end of a file without a final newline, the file still
  // ends without one.
  void insert_lines_after(int i, const std::string& lines);
  std::string result() const;

  // A refusal at a node: the form is one the editor will not change.
  Diagnostic refusal(const yaml::Mark& at, std::string message, std::string hint) const;

 private:
  struct Line {
    std::size_t begin, end, next;  // next: the start of the following line (end + line end)
  };
  struct Edit {
    std::size_t begin, end;
    std::string text;
  };
  void mark_block_scalars(const yaml::Node& node, int parent_column);
  std::size_t quoted_end(std::size_t open) const;
  std::size_t bracket_end(std::size_t open) const;
  std::size_t plain_end(std::size_t begin, int last_line) const;

  std::string file_;
  std::string bom_;
  std::string body_;
  std::string eol_ = "\n";
  std::vector<Line> lines_;
  std::vector<bool> in_scalar_;  // lines inside a block scalar or a quoted scalar spanning lines
  yaml::Document document_;
  std::optional<Diagnostic> unreadable_;
  std::vector<Edit> edits_;
};

inline std::string spaces(int n) { return std::string(static_cast<std::size_t>(n < 0 ? 0 : n), ' '); }

// `prefix` `key`: `value`, where `value` is what scalar_text or flow_list made (may be empty).
std::string field_line(std::string_view prefix, std::string_view key, std::string_view value);

}  // namespace lateral::edit
