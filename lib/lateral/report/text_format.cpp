// The compiler-style text form: location, severity and rule, message, the source line with a
// caret under the fault, and a hint.
#include <fmt/format.h>

#include <algorithm>
#include <vector>

#include "lateral/report/diagnostics.hpp"
#include "lateral/text.hpp"

namespace lateral {
namespace {

// Excerpts wider than this many code points are cut to a window starting a little before the column.
constexpr int kMaxExcerptWidth = 120;
constexpr int kExcerptLead = 40;

// The code points of a line as a terminal can show them safely: control characters (an escape
// sequence could rewrite the screen) become visible symbols, and invalid bytes and bidirectional
// controls U+FFFD, one for each, so that columns still line up. Tabs are kept.
std::vector<std::string> printable_code_points(std::string_view s) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    std::size_t len = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
    if (len == 0 || i + len > s.size() || find_invalid_utf8(s.substr(i, len))) {
      out.emplace_back("\uFFFD");
      ++i;
      continue;
    }
    if (c == '\t') {
      out.emplace_back("\t");
    } else if (c < 0x20) {
      // U+2400 + c: the Control Pictures block
      out.push_back({'\xE2', '\x90', static_cast<char>(0x80 + c)});
    } else if (c == 0x7F) {
      out.emplace_back("\u2421");
    } else if (c == 0xC2 && static_cast<unsigned char>(s[i + 1]) < 0xA0) {
      out.emplace_back("\uFFFD");  // C1 controls have no pictures
    } else if (bidi_control_at(s.substr(i))) {
      out.emplace_back("\uFFFD");  // a bidirectional control would reorder the line shown
    } else {
      out.emplace_back(s.substr(i, len));
    }
    i += len;
  }
  return out;
}

// Messages and hints quote values from the files, which may hold control characters written as
// escapes ("\e[2J"): show those safely too.
std::string printable(std::string_view s) {
  std::string out;
  for (const auto& cp : printable_code_points(s)) out += cp == "\t" ? "\u2409" : cp;
  return out;
}

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
                         ctx.color ? sev_color : "", to_string(d.severity), d.rule, reset, printable(d.message));
      if (ctx.source) {
        if (d.file != cached_file) {
          cached_file = d.file;
          cached_text = ctx.source(d.file);
        }
        if (cached_text) append_excerpt(out, *cached_text, d, ctx);
      }
      if (!d.hint.empty()) out += fmt::format("  {}hint{}: {}\n", ctx.color ? "\033[1;36m" : "", reset, printable(d.hint));
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
    auto raw = text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
    if (!raw.empty() && raw.back() == '\r') raw.remove_suffix(1);
    // One entry per code point (an invalid byte counts as one, as the reader counts it).
    const auto cps = printable_code_points(raw);
    const int n = static_cast<int>(cps.size());
    // A very long line is shown as a window around the column, marked with an ellipsis.
    const int col0 = std::clamp(d.column - 1, 0, n);
    int first = 0, last = n;
    if (n > kMaxExcerptWidth) {
      first = std::max(0, col0 - kExcerptLead);
      last = std::min(n, first + kMaxExcerptWidth);
    }
    std::string shown = first > 0 ? "\u2026" : "";
    for (int i = first; i < last; ++i) shown += cps[static_cast<std::size_t>(i)];
    if (last < n) shown += "\u2026";
    out += fmt::format("{:>5} | {}\n", d.line, shown);
    // The caret sits under the column, counting code points; tabs are kept so it lines up.
    std::string pad = first > 0 ? " " : "";
    for (int i = first; i < col0 && i < last; ++i) pad += cps[static_cast<std::size_t>(i)] == "\t" ? '\t' : ' ';
    const int remaining = last - col0;
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
