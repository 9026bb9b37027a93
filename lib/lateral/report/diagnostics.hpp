// Turns diagnostics into text for people, JSON for scripts, or annotations for CI. One interface,
// one implementation per format: a new format is one new file and one row in `diagnostic_formats`.
#pragma once
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "lateral/diagnostic.hpp"

namespace lateral {

struct RenderContext {
  // How a repository-relative path is shown (relative to the current directory, or to the git
  // work tree for GitHub).
  std::function<std::string(const std::string&)> display_path = [](const std::string& p) { return p; };
  // The text of a repository-relative file, for the source excerpt; nullopt when unreadable.
  std::function<std::optional<std::string>(const std::string&)> source;
  bool color = false;
  std::string tool_version;
};

class DiagnosticFormat {
 public:
  virtual ~DiagnosticFormat() = default;
  virtual std::string render(std::span<const Diagnostic> diagnostics, const RenderContext& ctx) const = 0;
};

std::unique_ptr<DiagnosticFormat> make_text_format();
std::unique_ptr<DiagnosticFormat> make_json_format();
std::unique_ptr<DiagnosticFormat> make_github_format();
std::unique_ptr<DiagnosticFormat> make_sarif_format();

// The names `check --format` accepts, and the format for one of them (nullptr when unknown).
std::vector<std::string> diagnostic_format_names();
std::unique_ptr<DiagnosticFormat> make_diagnostic_format(std::string_view name);

// "2 errors, 1 warning" / "no problems".
std::string summarize(std::span<const Diagnostic> diagnostics);

}  // namespace lateral
