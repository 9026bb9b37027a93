// Checking, refusing and writing a change, and saying so on stderr.
#include "write.hpp"

#include <fmt/format.h>

#include <iostream>
#include <stdexcept>

#include "lateral/loader.hpp"
#include "lateral/report/diagnostics.hpp"
#include "lateral/rules.hpp"

namespace fs = std::filesystem;

namespace lateral::cli {
namespace {

void print(Session& session, const Repository& repo, const std::vector<Diagnostic>& diagnostics,
           const edit::Change* change) {
  RenderContext ctx;
  ctx.display_path = [&](const std::string& f) { return session.display(repo.root, f); };
  // The excerpt shows the text as the change would leave it.
  ctx.source = [&](const std::string& f) -> std::optional<std::string> {
    if (change)
      if (auto it = change->files.find(f); it != change->files.end()) return it->second;
    return read_repository_file(repo.root, f);
  };
  ctx.color = session.color_stderr();
  std::cout.flush();
  std::cerr << make_text_format()->render(diagnostics, ctx);
}

std::string errors(std::size_t n) { return fmt::format("{} {}", n, n == 1 ? "error" : "errors"); }

}  // namespace

bool check_change(Session& session, const Repository& repo, const edit::Change& change) {
  // A lateral.yaml that could not be read (too large, not YAML, not a file) leaves the framework
  // and the rule settings unknown: a change checked against a guess is not written.
  if (!repo.partnership.loaded) {
    auto errors = check_repository(repo, {session.today()});
    std::erase_if(errors, [&](const Diagnostic& d) { return d.file != repo.partnership.file || d.severity != Severity::error; });
    if (!errors.empty()) {
      print(session, repo, errors, nullptr);
      std::cerr << "lateral: refused, nothing written: lateral.yaml cannot be read, so the change cannot be checked\n";
      session.exit_code = 1;
      return false;
    }
  }
  const auto result = edit::check_change(repo, change, session.today());
  if (result.refused()) {
    print(session, repo, result.introduced_errors, &change);
    std::cerr << fmt::format("lateral: refused, nothing written: the change would bring {}\n",
                             errors(result.introduced_errors.size()));
    session.exit_code = 1;
    return false;
  }
  if (!result.introduced_warnings.empty()) print(session, repo, result.introduced_warnings, &change);
  if (result.existing_errors > 0) {
    // A review-scoped command loads one school (Repository::scope): say what it looked at.
    const auto where = repo.scope ? fmt::format("schools/{}, lateral.yaml and the frameworks", *repo.scope)
                                  : std::string("the repository");
    const bool one = result.existing_errors == 1;
    std::cerr << fmt::format("note: {} already {} {} (`lateral check` {}); {} not block this change{}\n", where,
                             repo.scope ? "have" : "has", errors(result.existing_errors),
                             one ? "shows it" : "lists them", one ? "it does" : "they do",
                             result.resolved_errors == 0 ? ""
                             : one                       ? ", which resolves it"
                                                         : fmt::format(", which resolves {} of them", result.resolved_errors));
  }
  return true;
}

bool write_change(const Repository& repo, const edit::Change& change) {
  const auto err = edit::write_change(repo.root, change);
  if (!err) return true;
  if (err->starts_with("exists: ")) return false;
  throw FileError(*err);
}

bool write_checked(Session& session, const Repository& repo, const edit::Change& change) {
  if (!check_change(session, repo, change)) return false;
  if (write_change(repo, change)) return true;
  refuse(session, "a file this command creates appeared meanwhile", "run it again");
  return false;
}

void refuse(Session& session, const Repository& repo, const Diagnostic& why, const edit::Change* change) {
  print(session, repo, {why}, change);
  std::cerr << "lateral: refused, nothing written\n";
  session.exit_code = 1;
}

void refuse(Session& session, std::string_view why, std::string_view hint) {
  std::cout.flush();
  std::cerr << "lateral: refused, nothing written: " << why << "\n";
  if (!hint.empty()) std::cerr << "  hint: " << hint << "\n";
  session.exit_code = 1;
}

std::optional<std::string> current_text(const Repository& repo, const std::string& file) {
  std::error_code ec;
  if (!fs::exists(fs::symlink_status(repo.root / file, ec))) return std::nullopt;
  // Never a byte of a file outside the repository, even to edit it.
  if (!inside_repository(repo.root, repo.root / file)) throw FileError(file + " leads outside the repository");
  auto text = read_file_bytes(repo.root / file);
  if (!text) throw FileError("cannot read " + file);
  return *text;
}

}  // namespace lateral::cli
