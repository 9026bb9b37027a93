// The compiler-style text form: location, severity and rule, message, the source line with a
// caret under the fault, and a hint.
#include <fmt/format.h>

#include "lateral/report/diagnostics.hpp"
#include "lateral/text.hpp"

namespace lateral {
namespace {

class TextFormat : public DiagnosticFormat {
 public:
  std::string render(std::span<const Diagnostic> diagnostics, const RenderContext& ctx) const override {
    std::string out;
    std::string cached_file;
    std::optional<std::string> cached_text;
    for (const auto& d : diagnostics) {
      const char* sev_color = d.severity == Severity::error ? "\033[1;31m" : "\033[1;33m";
      const char* bold = ctx.color ? "\033[1m" : "";
      const char* reset = ctx.color ? "\033[0m" : "";
      out += fmt::format("{}{}:{}:{}:{} {}{}[{}]{}: {}\n", bold, ctx.display_path(d.file), d.line, d.column, reset,
                         ctx.color ? sev_color : "", to_string(d.severity), d.rule, reset, d.message);
      if (ctx.source) {
        if (d.file != cached_file) {
          cached_file = d.file;
          cached_text = ctx.source(d.file);
        }
        if (cached_text) append_excerpt(out, *cached_text, d, ctx);
      }
      if (!d.hint.empty()) out += fmt::format("  {}hint{}: {}\n", ctx.color ? "\033[1;36m" : "", reset, d.hint);
    }
    return out;
  }

 private:
  static void append_excerpt(std::string& out, std::string_view text, const Diagnostic& d, const RenderContext& ctx) {
    if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
    // Only the lines up to the one we need are indexed; files can be large.
    std::size_t start = 0;
    for (int l = 1; l < d.line; ++l) {
      const auto nl = text.find('\n', start);
      if (nl == std::string_view::npos) return;
      start = nl + 1;
    }
    auto end = text.find('\n', start);
    auto line = text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (find_invalid_utf8(line)) return;
    out += fmt::format("{:>5} | {}\n", d.line, line);
    // The caret sits under the column, counting code points; tabs are kept so it lines up.
    std::string pad;
    int cp = 1;
    for (std::size_t i = 0; i < line.size() && cp < d.column; ++i) {
      const auto c = static_cast<unsigned char>(line[i]);
      if ((c & 0xC0) == 0x80) continue;
      pad += line[i] == '\t' ? '\t' : ' ';
      ++cp;
    }
    const int remaining = static_cast<int>(code_points(line)) - (d.column - 1);
    const int len = std::max(1, std::min(d.length, std::max(remaining, 1)));
    out += fmt::format("      | {}{}{}{}\n", pad, ctx.color ? "\033[1;31m" : "", std::string(static_cast<std::size_t>(len), '^'),
                       ctx.color ? "\033[0m" : "");
  }
};

}  // namespace

std::unique_ptr<DiagnosticFormat> make_text_format() { return std::make_unique<TextFormat>(); }

std::string summarize(std::span<const Diagnostic> diagnostics) {
  std::size_t errors = 0, warnings = 0;
  for (const auto& d : diagnostics) (d.severity == Severity::error ? errors : warnings)++;
  if (errors == 0 && warnings == 0) return "no problems";
  return fmt::format("{} {}, {} {}", errors, errors == 1 ? "error" : "errors", warnings,
                     warnings == 1 ? "warning" : "warnings");
}

}  // namespace lateral
