// The session helpers shared by all commands.
#include "app.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>

#include "lateral/embedded.hpp"
#include "lateral/loader.hpp"
#include "lateral/platform.hpp"
#include "lateral/report/diagnostics.hpp"
#include "lateral/text.hpp"

namespace fs = std::filesystem;

namespace lateral::cli {

fs::path Session::root() const {
  std::error_code ec;
  fs::path start = fs::current_path(ec);
  if (!globals_.repo.empty()) {
    start = globals_.repo;
    if (!fs::is_directory(start, ec)) throw UsageError(fmt::format("--repo {}: no such directory", globals_.repo));
  }
  auto root = find_repository_root(start);
  if (!root)
    throw UsageError(fmt::format(
        "not inside a partnership repository: no lateral.yaml in {} or any directory above it\n"
        "  hint: run `lateral init --partnership NAME` to start one, or pass --repo DIR",
        fs::absolute(start, ec).string()));
  return *root;
}

fs::path Session::review_root(const std::string& option) const {
  // --review names a review of the repository the command runs in. Only when it runs in none does
  // the review directory's own repository serve (`--review /path/to/review` from anywhere); the
  // directory is resolved first, so a link cannot make its repository look like another one.
  std::error_code ec;
  if (globals_.repo.empty() && !option.empty() && fs::is_directory(option, ec) &&
      !find_repository_root(fs::current_path(ec)))
    if (auto root = find_repository_root(fs::canonical(option, ec)); root && !ec) return *root;
  return root();
}

Date Session::today() const {
  std::string text = globals_.today;
  std::string source = "--today";
  if (text.empty()) {
    if (const char* env = std::getenv("LATERAL_TODAY"); env && *env) {
      text = env;
      source = "LATERAL_TODAY";
    }
  }
  if (text.empty()) return system_today();
  auto d = Date::parse(text);
  if (!d) throw UsageError(fmt::format("{} {}: not a date; write YYYY-MM-DD", source, text));
  return *d;
}

std::string Session::display(const fs::path& root, const std::string& rel) const {
  std::error_code ec;
  const auto cwd = fs::current_path(ec);
  const auto full = (root / rel).lexically_normal();
  auto shown = full.lexically_relative(cwd);
  if (ec || shown.empty()) return full.string();
  return shown.string();
}

static bool color_allowed(int fd) {
  const char* no = std::getenv("NO_COLOR");
  if (no && *no) return false;
  return platform::is_terminal(fd);
}

bool Session::color_stdout() const { return color_allowed(1); }
bool Session::color_stderr() const { return color_allowed(2); }

void Session::print_diagnostics_stderr(const Repository& repo, const std::vector<Diagnostic>& diagnostics) const {
  RenderContext ctx;
  ctx.display_path = [&](const std::string& f) { return display(repo.root, f); };
  ctx.source = [&](const std::string& f) { return read_repository_file(repo.root, f); };
  ctx.color = color_stderr();
  std::cout.flush();
  std::cerr << make_text_format()->render(diagnostics, ctx);
}

std::optional<std::pair<std::string, std::string>> Session::review_path(const fs::path& root,
                                                                       const std::string& option) const {
  std::error_code ec;
  // A path inside the repository: schools/<school>/reviews/<review>[/...]
  auto from_path = [&](const fs::path& p) -> std::optional<std::pair<std::string, std::string>> {
    const auto rel = fs::weakly_canonical(fs::absolute(p), ec).lexically_relative(fs::weakly_canonical(root, ec));
    std::vector<std::string> parts;
    for (const auto& part : rel) parts.push_back(part.string());
    if (parts.size() >= 4 && parts[0] == "schools" && parts[2] == "reviews") return std::pair{parts[1], parts[3]};
    return std::nullopt;
  };
  if (option.empty()) return from_path(fs::current_path(ec));
  if (fs::is_directory(option, ec)) {
    // However it is spelled (absolute, with `..`, through links), a review directory is taken
    // only inside this repository: its canonical path must lie under the repository's.
    const auto rel = fs::canonical(option, ec).lexically_relative(fs::canonical(root, ec));
    if (ec || rel.empty() || *rel.begin() == "..")
      throw UsageError(fmt::format("--review {}: leads outside the repository\n"
                                   "  hint: name a review of this repository (SCHOOL/REVIEW), or pass --repo DIR",
                                   option));
    if (auto r = from_path(option)) return r;
  }
  std::string_view name = option;
  while (name.ends_with('/')) name.remove_suffix(1);  // SCHOOL/REVIEW/, as shells complete it
  const auto slash = name.find('/');
  if (slash != std::string_view::npos && name.find('/', slash + 1) == std::string_view::npos)
    return std::pair{std::string(name.substr(0, slash)), std::string(name.substr(slash + 1))};
  return std::nullopt;
}

void Session::no_such_review(const fs::path& root, const std::string& option) const {
  // Listed from the directories, so that a slip costs no loading.
  std::error_code ec;
  const auto canonical_root = fs::weakly_canonical(root, ec);
  auto slug_dirs = [&](const fs::path& dir) {
    std::vector<std::string> names;
    for (auto& name : platform::list_directory(dir).names) {
      if (!is_slug(name)) continue;
      const auto kind = platform::file_kind(dir / name);
      if (kind != platform::FileKind::directory && kind != platform::FileKind::link_to_directory) continue;
      // A link leading out of the repository is not one of its reviews (the loader refuses it).
      if (kind == platform::FileKind::link_to_directory) {
        std::error_code ec2;
        const auto rel = fs::weakly_canonical(dir / name, ec2).lexically_relative(canonical_root);
        if (rel.empty() || *rel.begin() == "..") continue;
      }
      names.push_back(std::move(name));
    }
    std::sort(names.begin(), names.end());
    return names;
  };
  std::string names;
  int n = 0;
  for (const auto& s : slug_dirs(root / "schools"))
    for (const auto& r : slug_dirs(root / "schools" / s / "reviews"))
      if (n++ < 12) names += fmt::format("\n  {}/{}", s, r);
  if (n > 12) names += fmt::format("\n  ... and {} more", n - 12);
  if (names.empty()) names = "\n  (no reviews yet: plan one with `lateral init-review`)";
  if (option.empty()) throw UsageError("not inside a review directory: pass --review SCHOOL/REVIEW, one of:" + names);
  throw UsageError(fmt::format("--review {}: no such review; the reviews are:{}", option, names));
}

Session::ReviewRef Session::find_review(const Repository& repo, const std::string& option, ReviewParts reads) const {
  if (auto names = review_path(repo.root, option))
    if (const auto* s = repo.school(names->first))
      for (const auto& r : s->reviews)
        if (r.slug == names->second) {
          refuse_unreadable(repo, r, reads);
          return ReviewRef{s, &r};
        }
  no_such_review(repo.root, option);
}

void Session::refuse_unreadable(const Repository& repo, const Review& review, ReviewParts reads) const {
  const auto files = review.unreadable(reads);
  if (files.empty()) return;
  std::vector<Diagnostic> why;
  std::vector<std::string> shown;
  for (const auto& file : files) {
    // A review without review.yaml has its diagnostic on the review's directory.
    const auto& at = file == review.plan.file && std::none_of(repo.diagnostics.begin(), repo.diagnostics.end(),
                                                              [&](const Diagnostic& d) { return d.file == file; })
                         ? review.dir
                         : file;
    for (const auto& d : repo.diagnostics)
      if (d.file == at) why.push_back(d);
    shown.push_back(display(repo.root, file));
  }
  sort_diagnostics(why);
  print_diagnostics_stderr(repo, why);
  throw DataError(fmt::format("{} cannot be read, and this command reads {}; fix {} first",
                              join(shown, ", "), files.size() == 1 ? "it" : "them",
                              files.size() == 1 ? "it" : "them"));
}

Repository Session::load_for_review(const fs::path& root, const std::string& option) const {
  const auto names = review_path(root, option);
  std::error_code ec;
  if (!names || !is_slug(names->first) || !fs::is_directory(root / "schools" / names->first, ec))
    no_such_review(root, option);
  LoadOptions options;
  options.scope = names->first;
  auto repo = load_repository(root, nullptr, options);
  // A lateral.yaml that cannot be read (too large, not YAML, a directory, a FIFO) leaves the
  // framework in force unknown: no review command answers from a guess.
  if (!repo.partnership.loaded) {
    std::vector<Diagnostic> errors;
    for (const auto& d : repo.diagnostics)
      if (d.file == repo.partnership.file && d.severity == Severity::error) errors.push_back(d);
    if (!errors.empty()) {
      print_diagnostics_stderr(repo, errors);
      throw DataError("lateral.yaml cannot be read, so the framework in force is unknown: fix it first");
    }
  }
  return repo;
}

void drop_repeated(std::vector<std::string>& values, std::string_view flag) {
  std::vector<std::string> kept;
  for (auto& v : values) {
    if (std::find(kept.begin(), kept.end(), v) == kept.end())
      kept.push_back(std::move(v));
    else
      std::cerr << fmt::format("note: {} {} is given more than once; it is written once\n", flag, v);
  }
  values = std::move(kept);
}

void write_output(const std::string& path, const std::string& content, bool confidential) {
  if (path.empty() || path == "-") {
    std::cout << content;
    std::cout.flush();
    return;
  }
  std::error_code ec;
  const fs::path p(path);
  const auto dir = p.has_parent_path() ? p.parent_path() : fs::path(".");
  if (!fs::is_directory(dir, ec)) throw UsageError(fmt::format("-o {}: no such directory {}", path, dir.string()));
  if (fs::is_directory(p, ec)) throw UsageError(fmt::format("-o {}: is a directory; name a file", path));
  if (auto err = platform::write_document(p, content, confidential)) throw FileError(*err);
}

std::vector<std::string> schema_kinds() {
  // Every schemas/*.json file is compiled in as "schema/<kind>".
  std::vector<std::string> kinds;
  for (const auto& r : embedded::all())
    if (r.name.starts_with("schema/")) kinds.emplace_back(r.name.substr(7));
  return kinds;
}

}  // namespace lateral::cli
