// What an editor can be told about a place in a file, as plain data: what completes there, what
// hovering shows, where a name is defined, what cites an evidence record, the outline. Read from
// the text (which may be half-typed and not parse) and the loaded model. The language server
// (lsp/) turns it into the protocol's JSON; nothing here knows the protocol.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lateral/model.hpp"

namespace lateral::assist {

// A position in a file: 1-based line, 1-based column in code points, as diagnostics give them.
struct Cursor {
  int line = 1;
  int column = 1;
};

struct Location {
  std::string file;  // repository-relative
  int line = 1, column = 1, end_line = 1, end_column = 1;
};

enum class FileKind { partnership, framework, school, review, self_evaluation, evidence, benchmark, actions,
                      process_feedback, plan, other };
// The kind of a repository file, from its path.
FileKind file_kind(std::string_view file);

// Where the cursor is in the YAML structure, read from the text around it (not parsed: the text
// being typed rarely is valid YAML).
struct Place {
  std::vector<std::string> path;  // the keys above the cursor, "-" for a list item
  bool at_key = false;            // the cursor is where a key is written
  bool dash = false;              // on a `- ` item with no key: a list value, or the first key of an item map
  std::string key;                // the key whose value the cursor is in (when !at_key)
  std::string word;               // the whole name under the cursor
  int word_column = 1, word_end_column = 1;  // its extent on the cursor's line
  std::vector<std::string> listed;           // the other items of the flow list the cursor is in
  bool in_ignore = false;                    // inside `# lateral: ignore[...]`
};
Place place_at(std::string_view text, Cursor at);

enum class CompletionKind { key, value, reference, rule };
struct Completion {
  std::string label;
  std::string detail;         // one line: a name, a type and date
  std::string documentation;  // Markdown: a description, a benchmark statement, an evidence summary
  CompletionKind kind = CompletionKind::value;
  std::string sort_text;      // the order to show them in
};
struct Completions {
  std::vector<Completion> items;
  Location replace;  // the text an item replaces (the word typed so far)
};
// `repo` holds the file's school (a scoped load is enough); `text` is the buffer as it is now.
Completions complete(const Repository& repo, const std::string& file, std::string_view text, Cursor at);

struct Hover {
  std::string markdown;
  Location range;
};
std::optional<Hover> hover(const Repository& repo, const std::string& file, std::string_view text, Cursor at);

// Where the name under the cursor is defined: an evidence record's file, a school's school.yaml,
// the line of a theme, aspect or level in the partnership's own framework file.
std::vector<Location> definition(const Repository& repo, const std::string& file, std::string_view text, Cursor at);

// The judgements that cite the evidence record under the cursor (in benchmark.yaml), or the record
// the file is, with the record itself when `declaration`.
std::vector<Location> references(const Repository& repo, const std::string& file, std::string_view text, Cursor at,
                                 bool declaration);

enum class SymbolKind { judgement, action, evidence, section };
struct Symbol {
  std::string name;
  std::string detail;
  SymbolKind kind = SymbolKind::section;
  Location range;      // the whole entry
  Location selection;  // its name
  std::vector<Symbol> children;
};
// The outline: judgements by aspect, actions by id, a review's evidence by id, else the top keys.
std::vector<Symbol> symbols(const Repository& repo, const std::string& file, std::string_view text);

}  // namespace lateral::assist
