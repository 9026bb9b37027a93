// The text-level editor for the files lateral changes after people have edited them (benchmark.yaml,
// actions.yaml): it changes only the lines a change needs and keeps every comment, blank line,
// indentation, line end, byte-order mark and missing final newline as found. Where the text is in
// a form it cannot change safely (a flow map, an anchor, a file that does not parse), it refuses
// with a located Diagnostic; it never re-emits a whole document.
#pragma once
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "lateral/diagnostic.hpp"

namespace lateral::edit {

// The new text of a file, or why the editor will not make the change.
struct Edited {
  std::string text;
  std::optional<Diagnostic> refused;
  explicit operator bool() const { return !refused; }
};

// One judgement of benchmark.yaml. Left out (nullopt), a value keeps what the file says; a new
// judgement is written with the values given.
struct JudgementChange {
  std::string aspect;  // theme/aspect
  std::optional<std::string> level;
  std::optional<std::string> commentary;
  std::optional<std::vector<std::string>> evidence;
  std::optional<bool> share;
};

// Records or replaces a judgement in benchmark.yaml's `text` (empty for a new file). A new one is
// placed after the judgement that precedes it in `order` (the framework's aspects), else before
// the one that follows it, else at the end. A replaced one is edited in place: its other keys and
// its comments stay.
Edited set_judgement(std::string_view text, const std::string& file, const JudgementChange& change,
                     std::span<const std::string> order);

// A key and its text value, written in the order given.
struct Field {
  std::string key;
  std::string value;
};

// Appends an item (a map of `fields`) to a top-level block list: an action to actions.yaml.
Edited append_item(std::string_view text, const std::string& file, std::span<const Field> fields);

// Sets one key of the list item whose `id` is `id`: replaced in place when present, added after
// the item's last line otherwise.
Edited set_item_field(std::string_view text, const std::string& file, std::string_view id, const Field& field);

// Removes one key (and its value's lines) from the list item whose `id` is `id`; unchanged text
// when the key is not there.
Edited remove_item_field(std::string_view text, const std::string& file, std::string_view id, std::string_view key);

}  // namespace lateral::edit
