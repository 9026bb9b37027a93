// lateral check: every rule over the repository, reported as text, JSON or CI annotations.
#include <fmt/format.h>

#include <iostream>

#include "../app.hpp"
#include "lateral/edit/fix.hpp"
#include "lateral/loader.hpp"
#include "lateral/platform.hpp"
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
  bool fix = false;
};

// The git work tree holding `root`, for paths GitHub resolves; the repository root otherwise.
fs::path work_tree(const fs::path& root) {
  std::error_code ec;
  for (fs::path dir = root;; dir = dir.parent_path()) {
    if (fs::exists(dir / ".git", ec)) return dir;
    if (!dir.has_parent_path() || dir.parent_path() == dir) return root;
  }
}

// Keeps the diagnostics of the files `scopes` names (all of them when it is empty).
void limit_to(std::vector<Diagnostic>& diagnostics, const std::vector<std::string>& scopes) {
  if (scopes.empty()) return;
  std::erase_if(diagnostics, [&](const Diagnostic& d) {
    return std::none_of(scopes.begin(), scopes.end(),
                        [&](const std::string& s) { return s.empty() || d.file == s || d.file.starts_with(s + "/"); });
  });
}

// `check --fix`: applies every fix the diagnostics carry, file by file, with the text editor's
// offsets (every byte outside an edit kept), each file written atomically; what changed goes to
// stderr. Fixes that overlap are applied over several passes, each on a fresh load.
void apply_fixes(Session& session, const fs::path& root, const std::vector<std::string>& scopes, bool cache) {
  LoadOptions load;
  load.cache = cache;
  load.keep_text = false;
  for (int pass = 0; pass < 4; ++pass) {
    const auto repo = load_repository(root, nullptr, load);
    auto diagnostics = check_repository(repo, {session.today()});
    limit_to(diagnostics, scopes);
    std::map<std::string, std::vector<const Diagnostic*>> by_file;
    for (const auto& d : diagnostics)
      if (d.fix && !d.fix->edits.empty() &&
          std::all_of(d.fix->edits.begin(), d.fix->edits.end(),
                      [&](const TextEdit& e) { return e.file == d.fix->edits.front().file; }))
        by_file[d.fix->edits.front().file].push_back(&d);
    bool changed = false;
    for (const auto& [file, found] : by_file) {
      const auto text = read_repository_file(root, file);
      if (!text) continue;
      std::vector<const Fix*> fixes;
      for (const auto* d : found) fixes.push_back(&*d->fix);
      const auto fixed = edit::apply_fixes(*text, file, fixes);
      if (fixed.applied.empty() || fixed.text == *text) continue;
      if (auto err = platform::atomic_write(root / file, fixed.text))
        throw FileError(fmt::format("{}: cannot write: {}", session.display(root, file), *err));
      changed = true;
      for (const auto* d : found)
        if (std::find(fixed.applied.begin(), fixed.applied.end(), &*d->fix) != fixed.applied.end())
          std::cerr << fmt::format("fixed {}:{}:{}: {} [{}]\n", session.display(root, file), d->line, d->column,
                                   d->fix->description, d->rule);
    }
    if (!changed) break;
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
  if (opt.fix) apply_fixes(session, root, scopes, !opt.no_cache);
  LoadOptions load;
  load.cache = !opt.no_cache;
  load.keep_text = false;  // no rule reads the free text once it is loaded: save the memory
  const auto repo = load_repository(root, nullptr, load);
  auto diagnostics = check_repository(repo, {session.today()});
  limit_to(diagnostics, scopes);
  auto format = make_diagnostic_format(opt.format);
  RenderContext ctx;
  ctx.tool_version = LATERAL_VERSION;
  // A file reached through a link that leads outside the repository is reported, never shown.
  ctx.source = [&](const std::string& f) { return read_repository_file(root, f); };
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
  app.add_flag("--fix", opt->fix,
               "Apply the fixes lateral is sure of (a misspelt name with one nearest match, yes/no for "
               "true/false, ...) to the files, keeping comments and layout; list them on stderr, then report "
               "what is left");
  app.add_flag("--no-cache", opt->no_cache,
               "Parse every file again, without reading or writing the cache in .lateral/cache/");
  app.footer(
      "Exit status: 0 nothing wrong (warnings allowed unless --strict), 1 problems found, 2 bad command line.\n\n"
      "Examples:\n"
      "  lateral check\n"
      "  lateral check schools/thornbeck-primary --strict\n"
      "  lateral check --format github        # annotations in GitHub Actions\n"
      "  lateral check --fix                  # apply the fixes lateral is sure of, then report the rest\n"
      "  lateral check --format json | jq '.[] | select(.rule == \"triangulation\")'");
  app.callback([&session, opt] { run(session, *opt); });
}

}  // namespace lateral::cli
