// A problem found in a repository: where it is, which rule found it, and how to fix it.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace lateral {

enum class Severity { off, warning, error };

std::string_view to_string(Severity s);

struct Diagnostic {
  std::string file;  // relative to the repository root, '/'-separated
  int line = 1;      // 1-based
  int column = 1;    // 1-based, in code points
  int length = 1;    // code points the caret underlines
  Severity severity = Severity::error;
  std::string rule;
  std::string message;
  std::string hint;  // empty when there is none
};

// Orders by file, line, column, rule: the order `check` prints.
bool diagnostic_less(const Diagnostic& a, const Diagnostic& b);
void sort_diagnostics(std::vector<Diagnostic>& diagnostics);

}  // namespace lateral
