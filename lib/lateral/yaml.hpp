// A YAML document as lateral reads it: a small tree with the source position of every node,
// built from yaml-cpp's event parser so that anchors, aliases, tags, duplicate keys, extra
// documents and deep nesting can be refused at their line and column (the node API hides them).
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "lateral/diagnostic.hpp"

namespace lateral::yaml {

inline constexpr std::size_t kMaxFileBytes = 1024 * 1024;
inline constexpr int kMaxDepth = 32;

struct Mark {
  int line = 1;             // 1-based
  int column = 1;           // 1-based, code points
  std::size_t offset = 0;   // byte offset in the text the parser saw
};

enum class Kind { null, scalar, sequence, map };
enum class Style { plain, single_quoted, double_quoted, literal, folded, block, flow };

// What YAML 1.2's core schema makes of a scalar.
enum class Resolved { string, boolean, integer, floating, null };

struct Entry;  // a map entry: key and value

struct Node {
  Kind kind = Kind::null;
  Style style = Style::plain;
  Mark mark;
  int length = 1;  // code points a caret should underline
  std::string value;                           // scalars
  std::vector<Node> items;                     // sequences
  std::vector<Entry> entries;                  // maps, in file order, duplicates removed

  bool is_map() const { return kind == Kind::map; }
  bool is_sequence() const { return kind == Kind::sequence; }
  bool is_scalar() const { return kind == Kind::scalar; }
  bool is_null() const { return kind == Kind::null; }
  Resolved resolved() const;
  const Node* find(std::string_view key) const;
  const Entry* find_entry(std::string_view key) const;
};

// Named like std::pair's members, so entries read as pairs do.
struct Entry {
  Node first;   // the key (a scalar)
  Node second;  // the value
};

// A `# lateral: ignore[rule, ...]` comment.
struct Suppression {
  int line;            // the line it silences
  std::string rule;
  Mark at;             // where the rule's name is written, to report a name that is no rule
};

// The modeline editors read to pick a file's JSON Schema (`# yaml-language-server: $schema=...`),
// looked for among the comments and blank lines that open the file.
struct SchemaLine {
  int line = -1;      // its line; 0 when there is none; -1 when not looked for (the file did not read)
  std::string text;   // the whole line, without its line end
  bool crlf = false;  // the file's lines end in CR LF
};

struct Document {
  std::optional<Node> root;  // nullopt: empty, or not loadable (see the diagnostics)
  std::vector<Suppression> suppressions;
  SchemaLine schema_line;
  bool empty = false;        // the file holds no YAML node at all
};

// Parses `text` (the file's bytes). Problems go to `out` under the loading rules (syntax,
// duplicate-key, anchor, limit, encoding); `file` names the file in them.
Document parse(std::string_view text, const std::string& file, std::vector<Diagnostic>& out);

// Human name of a node's kind for messages: "a map", "a list", "text", "a number", ...
std::string describe(const Node& node);

}  // namespace lateral::yaml
