// lateral init: starts a partnership repository (lateral.yaml, the JSON Schemas editors use, a
// .gitignore), or with --update-schemas refreshes the schemas of an existing one.
#include <fmt/format.h>

#include <iostream>

#include "../app.hpp"
#include "../write.hpp"
#include "lateral/edit/new_file.hpp"
#include "lateral/embedded.hpp"
#include "lateral/framework.hpp"
#include "lateral/loader.hpp"
#include "lateral/platform.hpp"
#include "lateral/report/diagnostics.hpp"
#include "lateral/rules.hpp"
#include "lateral/schemas.hpp"

namespace fs = std::filesystem;

namespace lateral::cli {
namespace {

// What git should never see: lateral's cache, and the temporary files of a write that was killed
// before it could remove them (the next write to that directory does).
constexpr std::string_view kIgnoredLines[] = {".lateral/cache/", ".*.lateral-*.tmp"};

// yamllint's defaults fail every file lateral writes on two rules it breaks by design; with this
// file, a partnership that adds yamllint to its checks stays green (docs/ci.md).
constexpr std::string_view kYamllint =
    "# yamllint's settings for this partnership repository, written by `lateral init`: yamllint's\n"
    "# defaults, less two rules that lateral's files break by design.\n"
    "extends: default\n"
    "rules:\n"
    "  # Commentary, summaries and notes are one line each, however long: reflowed, they would be\n"
    "  # another text to git and to lateral's writing commands.\n"
    "  line-length: disable\n"
    "  # Each file is one YAML document with no `---` line (a second document is an error to lateral).\n"
    "  document-start: disable\n";

struct InitOptions {
  std::string dir;
  std::string partnership;
  std::string framework = "default";
  bool update_schemas = false;
};


// A copied framework keeps its text; its first line becomes the schema line for its new place.
std::string with_schema_line(std::string_view text, const std::string& file) {
  std::string bom;
  if (text.starts_with("\xEF\xBB\xBF")) {
    bom = text.substr(0, 3);
    text.remove_prefix(3);
  }
  const auto nl = text.find('\n');
  const std::string eol = nl != std::string_view::npos && nl > 0 && text[nl - 1] == '\r' ? "\r\n" : "\n";
  if (text.starts_with("# yaml-language-server:"))
    text.remove_prefix(nl == std::string_view::npos ? text.size() : nl + 1);
  return bom + edit::schema_line(file, "framework") + eol + std::string(text);
}

void update_schemas(Session& session, const InitOptions& opt) {
  fs::path root;
  if (opt.dir.empty()) {
    root = session.root();
  } else {
    auto found = find_repository_root(opt.dir);
    if (!found) throw UsageError(fmt::format("{}: not inside a partnership repository (no lateral.yaml)", opt.dir));
    root = *found;
  }
  // The schemas carry the frameworks: they are read from the repository as it is.
  const auto repo = load_repository(root);
  const auto frameworks = schema_frameworks(repo);
  if (!frameworks) {
    std::vector<Diagnostic> problems;
    for (const auto& d : finish_diagnostics(repo, repo.diagnostics))
      if (d.severity == Severity::error && (d.file == repo.partnership.file || d.file.starts_with("frameworks/") ||
                                            (repo.partnership.framework && d.file == repo.partnership.framework->value)))
        problems.push_back(d);
    session.print_diagnostics_stderr(repo, problems);
    refuse(session, "the framework does not load, so the schemas cannot carry it", "fix the framework first");
    return;
  }
  std::size_t changed = 0;
  const auto files = repository_schemas(*frameworks);
  for (const auto& [file, content] : files) {
    if (read_file_bytes(root / file) == content) continue;
    std::error_code ec;
    fs::create_directories((root / file).parent_path(), ec);
    if (auto err = platform::atomic_write(root / file, content)) throw FileError(*err);
    ++changed;
  }
  const auto dir = session.display(root, ".lateral/schemas");
  if (changed == 0)
    std::cout << fmt::format("The JSON Schemas in {}/ are up to date.\n", dir);
  else
    std::cout << fmt::format("Updated {} JSON {} in {}/.\n", changed, changed == 1 ? "Schema" : "Schemas", dir);
}

void start(Session& session, const InitOptions& opt) {
  if (opt.partnership.empty())
    throw UsageError("--partnership NAME is required: the partnership's name, e.g. --partnership 'North Dales "
                     "Learning Partnership'");
  const fs::path dir = opt.dir.empty() ? fs::path(".") : fs::path(opt.dir);
  std::error_code ec;
  if (fs::exists(dir, ec) && !fs::is_directory(dir, ec)) throw UsageError(fmt::format("{}: not a directory", opt.dir));
  if (fs::exists(dir / kRepositoryFile, ec)) {
    refuse(session,
           fmt::format("{} exists already: this is a partnership repository",
                       (dir / kRepositoryFile).lexically_normal().string()),
           "to refresh its JSON Schemas, run `lateral init --update-schemas`");
    return;
  }

  edit::Change change;
  std::string framework_ref = "default";
  std::optional<Framework> copied;
  if (opt.framework != "default") {
    auto text = read_file_bytes(opt.framework);
    if (!text || fs::is_directory(opt.framework, ec))
      throw UsageError(fmt::format("--framework {}: no such file", opt.framework));
    std::vector<Diagnostic> problems;
    auto fw = load_framework(*text, opt.framework, problems);
    if (!fw || fw->id == "default") {
      if (fw) problems.push_back({opt.framework, 1, 1, 1, Severity::error, "schema",
                                  "the id `default` is the built-in framework's", "give your framework an id of its own"});
      RenderContext ctx;
      ctx.source = [&](const std::string&) -> std::optional<std::string> { return *text; };
      ctx.color = session.color_stderr();
      std::cerr << make_text_format()->render(problems, ctx);
      refuse(session, "the framework does not load");
      return;
    }
    framework_ref = "frameworks/" + fw->id + ".yaml";
    copied = std::move(fw);
    change.files[framework_ref] = with_schema_line(*text, framework_ref);
    change.fresh.insert(framework_ref);
  }
  change.files[std::string(kRepositoryFile)] = edit::NewFile(kRepositoryFile, "lateral")
                                                   .field(0, "partnership", opt.partnership)
                                                   .field(0, "framework", framework_ref)
                                                   .text();
  change.fresh.insert(std::string(kRepositoryFile));
  // A .gitignore of the user's own is kept, and gains lateral's line when it lacks it.
  auto gitignore = read_file_bytes(dir / ".gitignore");
  if (!gitignore) {
    std::string text = "# lateral's own cache and unfinished writes, never committed\n";
    for (const auto line : kIgnoredLines) text += fmt::format("{}\n", line);
    change.files[".gitignore"] = text;
    change.fresh.insert(".gitignore");
  } else {
    const auto eol = gitignore->find("\r\n") != std::string::npos ? "\r\n" : "\n";
    std::string text = *gitignore;
    for (const auto line : kIgnoredLines) {
      if (text.find(line) != std::string::npos) continue;
      if (!text.empty() && !text.ends_with("\n")) text += eol;
      text += std::string(line) + eol;
    }
    if (text != *gitignore) change.files[".gitignore"] = text;
  }
  // A .yamllint of the user's own is kept as it is.
  if (!fs::exists(dir / ".yamllint", ec)) {
    change.files[".yamllint"] = std::string(kYamllint);
    change.fresh.insert(".yamllint");
  }
  const auto schemas = repository_schemas({copied ? &*copied : &builtin_framework()});
  change.files.insert(schemas.begin(), schemas.end());

  fs::create_directories(dir, ec);
  if (ec) throw UsageError(fmt::format("cannot create {}: {}", dir.string(), ec.message()));
  // No check against the repository here: a new one has no schools yet, lateral.yaml is ours, and
  // the framework was checked above (the loader would look for the framework file on disk).
  Repository repo;
  repo.root = fs::absolute(dir).lexically_normal();
  if (!write_change(repo, change)) {
    refuse(session, "another `lateral init` created these files meanwhile");
    return;
  }

  const auto shown = session.display(repo.root, ".");
  std::cout << fmt::format("Started the repository of {} in {}:\n", opt.partnership,
                           shown == "." ? std::string("the current directory") : shown);
  for (const auto& [file, content] : change.files)
    if (!file.starts_with(".lateral/schemas/")) std::cout << "  " << file << "\n";
  std::cout << "  .lateral/schemas/*.json (the JSON Schemas editors check the files with)\n"
            << "Next: plan a review with `lateral init-review SCHOOL --date YYYY-MM-DD ...` (see `lateral "
               "init-review --help`).\n";
}

}  // namespace

void setup_init(CLI::App& app, Session& session) {
  auto opt = std::make_shared<InitOptions>();
  app.add_option("DIR", opt->dir, "Where to start the repository (default: the current directory; created if needed)");
  app.add_option("--partnership", opt->partnership, "The partnership's name")->type_name("NAME");
  app.add_option("--framework", opt->framework,
                 "`default` (built in), or a framework file to copy into frameworks/<id>.yaml")
      ->type_name("default|PATH")
      ->default_str("default");
  auto* update =
      app.add_flag("--update-schemas", opt->update_schemas,
                   "Refresh .lateral/schemas/ in an existing repository from this version of lateral and its frameworks");
  update->excludes(app.get_option("--partnership"));
  app.footer(
      "Writes lateral.yaml, .lateral/schemas/*.json (the JSON Schemas editors use to complete and check the\n"
      "files, with the framework's values), a .gitignore and a .yamllint (yamllint's settings for lateral's\n"
      "files); refuses to overwrite an existing lateral.yaml.\n\n"
      "Examples:\n"
      "  lateral init north-dales --partnership 'North Dales Learning Partnership'\n"
      "  lateral init --partnership 'Fellside Trust' --framework ~/fellside.yaml\n"
      "  lateral init --update-schemas        # after upgrading lateral");
  app.callback([&session, opt] {
    if (opt->update_schemas) {
      if (opt->framework != "default") throw UsageError("--update-schemas refreshes the schemas only; drop --framework");
      update_schemas(session, *opt);
    } else {
      start(session, *opt);
    }
  });
}

}  // namespace lateral::cli
