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

  // What the problem is about, never how it is worded or where it is shown: the identity that
  // says "the same problem" before and after a change (a writing command refuses only problems
  // it introduces) and across commits (SARIF's partialFingerprints). A rule sets it through
  // RuleSink::report's first argument, naming the thing with the helpers of rules/common.hpp:
  //   sink.report(about(r, j.aspect.value), r.benchmark_file, j.evidence_key, 8, message, hint);
  // `about(review, thing)` for a problem of a review (a judgement's aspect, a focus theme, "team"),
  // `about(file, thing)` for one of a single file. Name the value itself when the value is the
  // fault (an unknown level: `about(r, aspect + ".level " + level)`), so that a different wrong
  // value is a new problem; name only what the problem is about when its value is a count or a
  // list that shrinks as the work gets done (the aspects not yet judged), so that progress is
  // not a new problem. Loading rules leave it empty: their identity is then file, rule and
  // message, which names the key and the value at fault.
  std::string subject{};
};

// A fix that replaces the `length` code points at line:column of `file` with `text`.
Fix replacement(const std::string& file, int line, int column, int length, std::string text, std::string description);

// The identity of a problem (see Diagnostic::subject): rule and subject, or file, rule and
// message when there is no subject.
std::string identity(const Diagnostic& d);

// Orders by file, line, column, rule: the order `check` prints.
bool diagnostic_less(const Diagnostic& a, const Diagnostic& b);
void sort_diagnostics(std::vector<Diagnostic>& diagnostics);

}  // namespace lateral
