// lateral check: every rule over the repository, reported as text, JSON or CI annotations.
#include <fmt/format.h>

#include <iostream>

#include "../app.hpp"
#include "lateral/loader.hpp"
#include "lateral/report/diagnostics.hpp"
#include "lateral/rules.hpp"

namespace fs = std::filesystem;

namespace lateral::cli {
namespace {

struct CheckOptions {
  std::vector<std::string> paths;
  std::string format = "text";
  bool strict = false;
  bool no_cache = false;
};

// The git work tree holding `root`, for paths GitHub resolves; the repository root otherwise.
fs::path work_tree(const fs::path& root) {
  std::error_code ec;
  for (fs::path dir = root;; dir = dir.parent_path()) {
    if (fs::exists(dir / ".git", ec)) return dir;
    if (!dir.has_parent_path() || dir.parent_path() == dir) return root;
  }
}

void run(Session& session, const CheckOptions& opt) {
  const auto root = session.root();
  // PATHs limit what is reported, not what is loaded: references need the whole repository.
  std::vector<std::string> scopes;
  for (const auto& p : opt.paths) {
    std::error_code ec;
    if (!fs::exists(p, ec)) throw UsageError(fmt::format("{}: no such file or directory", p));
    const auto rel = fs::weakly_canonical(fs::absolute(p), ec).lexically_relative(fs::weakly_canonical(root, ec));
    if (rel.empty() || *rel.begin() == "..") throw UsageError(fmt::format("{}: outside the repository at {}", p, root.string()));
    scopes.push_back(rel == "." ? std::string() : rel.generic_string());
  }
  LoadOptions load;
  load.cache = !opt.no_cache;
  load.keep_text = false;  // no rule reads the free text once it is loaded: save the memory
  const auto repo = load_repository(root, nullptr, load);
  auto diagnostics = check_repository(repo, {session.today()});
  if (!scopes.empty()) {
    std::erase_if(diagnostics, [&](const Diagnostic& d) {
      return std::none_of(scopes.begin(), scopes.end(), [&](const std::string& s) {
        return s.empty() || d.file == s || d.file.starts_with(s + "/");
      });
    });
  }
  auto format = make_diagnostic_format(opt.format);
  RenderContext ctx;
  ctx.tool_version = LATERAL_VERSION;
  const auto real_root = fs::weakly_canonical(root);
  ctx.source = [&](const std::string& f) -> std::optional<std::string> {
    // A file reached through a link that leads outside the repository is reported, never shown.
    std::error_code ec;
    const auto rel = fs::weakly_canonical(root / f, ec).lexically_relative(real_root);
    if (ec || rel.empty() || *rel.begin() == ".." || !fs::is_regular_file(root / f, ec)) return std::nullopt;
    return read_file_bytes(root / f);
  };
  if (opt.format == "github" || opt.format == "sarif") {
    const auto tree = work_tree(root);
    ctx.display_path = [tree, root](const std::string& f) { return (root / f).lexically_relative(tree).generic_string(); };
  } else {
    ctx.display_path = [&](const std::string& f) { return session.display(root, f); };
    ctx.color = opt.format == "text" && session.color_stdout();
  }
  std::cout << format->render(diagnostics, ctx);
  std::cout.flush();
  const bool errors = std::any_of(diagnostics.begin(), diagnostics.end(),
                                  [](const Diagnostic& d) { return d.severity == Severity::error; });
  const bool warnings = std::any_of(diagnostics.begin(), diagnostics.end(),
                                    [](const Diagnostic& d) { return d.severity == Severity::warning; });
  if (opt.format == "text") std::cerr << summarize(diagnostics) << "\n";
  session.exit_code = errors || (opt.strict && warnings) ? 1 : 0;
}

}  // namespace

void setup_check(CLI::App& app, Session& session) {
  auto opt = std::make_shared<CheckOptions>();
  app.add_option("PATH", opt->paths, "Report only on these files or directories (everything is still loaded)");
  app.add_option("--format", opt->format, "Output format")
      ->check(CLI::IsMember(diagnostic_format_names()))
      ->default_str("text");
  app.add_flag("--strict", opt->strict, "Exit 1 on warnings too");
  app.add_flag("--no-cache", opt->no_cache,
               "Parse every file again, without reading or writing the cache in .lateral/cache/");
  app.footer(
      "Exit status: 0 nothing wrong (warnings allowed unless --strict), 1 problems found, 2 bad command line.\n\n"
      "Examples:\n"
      "  lateral check\n"
      "  lateral check schools/thornbeck-primary --strict\n"
      "  lateral check --format github        # annotations in GitHub Actions\n"
      "  lateral check --format json | jq '.[] | select(.rule == \"triangulation\")'");
  app.callback([&session, opt] { run(session, *opt); });
}

}  // namespace lateral::cli
