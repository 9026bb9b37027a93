// GitHub Actions workflow commands, so CI shows each problem on the line at fault.
#include <fmt/format.h>

#include "lateral/report/diagnostics.hpp"

namespace lateral {
namespace {

std::string escape_data(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '%') out += "%25";
    else if (c == '\r') out += "%0D";
    else if (c == '\n') out += "%0A";
    else out += c;
  }
  return out;
}

std::string escape_property(std::string_view s) {
  std::string out;
  for (char c : escape_data(s)) {
    if (c == ':') out += "%3A";
    else if (c == ',') out += "%2C";
    else out += c;
  }
  return out;
}

class GithubFormat : public DiagnosticFormat {
 public:
  std::string render(std::span<const Diagnostic> diagnostics, const RenderContext& ctx) const override {
    std::string out;
    for (const auto& d : diagnostics) {
      std::string message = d.message;
      if (!d.hint.empty()) message += "\nhint: " + d.hint;
      out += fmt::format("::{} file={},line={},col={},title={}::{}\n", d.severity == Severity::error ? "error" : "warning",
                         escape_property(ctx.display_path(d.file)), d.line, d.column,
                         escape_property("lateral " + d.rule), escape_data(message));
    }
    return out;
  }
};

}  // namespace

std::unique_ptr<DiagnosticFormat> make_github_format() { return std::make_unique<GithubFormat>(); }

}  // namespace lateral
