// The formats `check --format` knows: one row each.
#include "lateral/report/diagnostics.hpp"

namespace lateral {

namespace {
struct FormatRow {
  const char* name;
  std::unique_ptr<DiagnosticFormat> (*make)();
};
const FormatRow kFormats[] = {
    {"text", make_text_format},
    {"json", make_json_format},
    {"github", make_github_format},
    {"sarif", make_sarif_format},
};
}  // namespace

std::vector<std::string> diagnostic_format_names() {
  std::vector<std::string> names;
  for (const auto& f : kFormats) names.emplace_back(f.name);
  return names;
}

std::unique_ptr<DiagnosticFormat> make_diagnostic_format(std::string_view name) {
  for (const auto& f : kFormats)
    if (name == f.name) return f.make();
  return nullptr;
}

}  // namespace lateral
