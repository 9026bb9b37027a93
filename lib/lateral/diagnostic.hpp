// A problem found in a repository: where it is, which rule found it, and how to fix it.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lateral {

enum class Severity { off, warning, error };

std::string_view to_string(Severity s);

// Replaces the text from (line, column) up to, not including, (end_line, end_column) of `file`:
// lines 1-based, columns 1-based in code points, as a diagnostic's position.
struct TextEdit {
  std::string file;
  int line = 1, column = 1, end_line = 1, end_column = 1;
  std::string text;
};

// What resolves a diagnostic, offered only when lateral is sure: one nearest name, `yes` -> `true`,
// a repeated value. `check --fix` applies it; the language server offers it as a quick fix.
struct Fix {
  std::string description;  // "replace `devloping` with `developing`"
  std::vector<TextEdit> edits;
};

struct Diagnostic {
  std::string file;  // relative to the repository root, '/'-separated
  int line = 1;      // 1-based
  int column = 1;    // 1-based, in code points
  int length = 1;    // code points the caret underlines
  Severity severity = Severity::error;
  std::string rule;
  std::string message;
  std::string hint;  // empty when there is none
  std::optional<Fix> fix;

  // Where the underlined text ends (exclusive): a diagnostic underlines part of one line.
  int end_line() const { return line; }
  int end_column() const { return column + (length < 1 ? 1 : length); }
};

// A fix that replaces the `length` code points at line:column of `file` with `text`.
Fix replacement(const std::string& file, int line, int column, int length, std::string text, std::string description);

// Orders by file, line, column, rule: the order `check` prints.
bool diagnostic_less(const Diagnostic& a, const Diagnostic& b);
void sort_diagnostics(std::vector<Diagnostic>& diagnostics);

}  // namespace lateral
