// The session helpers shared by all commands.
#include "app.hpp"

#include <fmt/format.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>

#include "lateral/embedded.hpp"
#include "lateral/loader.hpp"
#include "lateral/platform.hpp"
#include "lateral/report/diagnostics.hpp"

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
  ctx.source = [&](const std::string& f) { return read_file_bytes(repo.root / f); };
  ctx.color = color_stderr();
  std::cout.flush();
  std::cerr << make_text_format()->render(diagnostics, ctx);
}

Session::ReviewRef Session::find_review(const Repository& repo, const std::string& option) const {
  std::error_code ec;
  auto list_reviews = [&] {
    std::string names;
    int n = 0;
    for (const auto& s : repo.schools)
      for (const auto& r : s.reviews)
        if (n++ < 12) names += fmt::format("\n  {}/{}", s.slug, r.slug);
    return names.empty() ? std::string("\n  (no reviews yet: plan one with `lateral init-review`)") : names;
  };
  auto lookup = [&](std::string_view school, std::string_view review) -> std::optional<ReviewRef> {
    const auto* s = repo.school(school);
    if (!s) return std::nullopt;
    for (const auto& r : s->reviews)
      if (r.slug == review) return ReviewRef{s, &r};
    return std::nullopt;
  };
  // A path inside the repository: schools/<school>/reviews/<review>[/...]
  auto from_path = [&](const fs::path& p) -> std::optional<ReviewRef> {
    const auto rel = fs::weakly_canonical(fs::absolute(p), ec).lexically_relative(fs::weakly_canonical(repo.root, ec));
    std::vector<std::string> parts;
    for (const auto& part : rel) parts.push_back(part.string());
    if (parts.size() >= 4 && parts[0] == "schools" && parts[2] == "reviews") return lookup(parts[1], parts[3]);
    return std::nullopt;
  };
  if (option.empty()) {
    if (auto r = from_path(fs::current_path(ec))) return *r;
    throw UsageError("not inside a review directory: pass --review SCHOOL/REVIEW, one of:" + list_reviews());
  }
  if (fs::is_directory(option, ec)) {
    if (auto r = from_path(option)) return *r;
  }
  const auto slash = option.find('/');
  if (slash != std::string::npos && option.find('/', slash + 1) == std::string::npos)
    if (auto r = lookup(option.substr(0, slash), option.substr(slash + 1))) return *r;
  throw UsageError(fmt::format("--review {}: no such review; the reviews are:{}", option, list_reviews()));
}

void write_output(const std::string& path, const std::string& content) {
  if (path.empty() || path == "-") {
    std::cout << content;
    std::cout.flush();
    return;
  }
  std::error_code ec;
  const fs::path p(path);
  const auto dir = p.has_parent_path() ? p.parent_path() : fs::path(".");
  if (!fs::is_directory(dir, ec)) throw UsageError(fmt::format("-o {}: no such directory {}", path, dir.string()));
  if (auto err = platform::atomic_write(p, content)) throw std::runtime_error(*err);
}

std::vector<std::string> schema_kinds() {
  // Every schemas/*.json file is compiled in as "schema/<kind>".
  std::vector<std::string> kinds;
  for (const auto& r : embedded::all())
    if (r.name.starts_with("schema/")) kinds.emplace_back(r.name.substr(7));
  return kinds;
}

}  // namespace lateral::cli
