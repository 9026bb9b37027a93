// Diagnostics: ordering and names.
#include "lateral/diagnostic.hpp"

#include <algorithm>
#include <tuple>

#include "lateral/text.hpp"

namespace lateral {

std::string_view to_string(Severity s) {
  switch (s) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    case Severity::off: return "off";
  }
  return "off";
}

Fix replacement(const std::string& file, int line, int column, int length, std::string text, std::string description) {
  return Fix{std::move(description), {TextEdit{file, line, column, line, column + (length < 1 ? 1 : length), std::move(text)}}};
}

bool diagnostic_less(const Diagnostic& a, const Diagnostic& b) {
  // Files in the order people count (evidence/dr-2.yaml before evidence/dr-10.yaml).
  if (a.file != b.file) return natural_less(a.file, b.file);
  return std::tie(a.line, a.column, a.rule, a.message) < std::tie(b.line, b.column, b.rule, b.message);
}

std::string identity(const Diagnostic& d) {
  // A unit separator keeps the parts apart: no file name, rule or message contains it.
  if (!d.subject.empty()) return d.rule + '\x1f' + d.subject;
  return d.rule + '\x1f' + d.file + '\x1f' + d.message;
}

void sort_diagnostics(std::vector<Diagnostic>& d) {
  std::sort(d.begin(), d.end(), diagnostic_less);
  d.erase(std::unique(d.begin(), d.end(),
                      [](const Diagnostic& a, const Diagnostic& b) {
                        return a.file == b.file && a.line == b.line && a.column == b.column &&
                               a.rule == b.rule && a.message == b.message;
                      }),
          d.end());
}

}  // namespace lateral
