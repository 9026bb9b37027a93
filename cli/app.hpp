// What every command of the `lateral` executable shares: the global options, how a repository is
// found, today's date, and how output is written. The CLI parses and prints; the library decides.
#pragma once
#include <CLI/CLI.hpp>

#include <filesystem>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <vector>

#include "lateral/date.hpp"
#include "lateral/diagnostic.hpp"
#include "lateral/model.hpp"

namespace lateral::cli {

// A wrong command line: printed as "lateral: error: ..." and exit 2.
struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// A file that cannot be read or written (permissions, a full disk, a directory where a file should
// be): printed as "lateral: error: ..." and exit 1. Not lateral's fault, so not an internal error.
struct FileError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// A data problem found outside a diagnostic (the framework does not load): "lateral: error: ...", exit 1.
struct DataError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

struct Globals {
  std::string repo;   // --repo
  std::string today;  // --today
};

// Shared by the commands while one command line runs.
class Session {
 public:
  explicit Session(Globals& g) : globals_(g) {}

  // The repository root: --repo, or walking up from the current directory.
  std::filesystem::path root() const;
  // The repository of a review-scoped command: --repo, else the current directory's, else (outside
  // every repository) the one --review's directory is in, so `--review /path/to/review` works from
  // anywhere. A --review directory outside the repository is refused (UsageError), however spelled.
  std::filesystem::path review_root(const std::string& review_option) const;
  Date today() const;
  // --repo as given; nullopt when it was not.
  std::optional<std::filesystem::path> repo_option() const {
    return globals_.repo.empty() ? std::nullopt : std::optional<std::filesystem::path>(globals_.repo);
  }
  // Shows a repository-relative path relative to the current directory.
  std::string display(const std::filesystem::path& root, const std::string& repo_relative) const;
  bool color_stdout() const;
  bool color_stderr() const;
  // Prints diagnostics for people on stderr (used by writing commands when they refuse).
  void print_diagnostics_stderr(const Repository& repo, const std::vector<Diagnostic>& diagnostics) const;

  // The review a review-scoped command works on: --review PATH (a review directory, or
  // SCHOOL/REVIEW), else the review directory the current directory is in. Throws UsageError.
  struct ReviewRef {
    const School* school;
    const Review* review;
  };
  // `reads` names the files of the review the command reads: one that is there but cannot be read
  // is reported as `check` reports it, and stops the command (DataError, exit 1), so that no
  // command takes a broken file for an empty one.
  ReviewRef find_review(const Repository& repo, const std::string& review_option, ReviewParts reads) const;
  // Loads what a review-scoped command needs: the school of the review that --review (or the
  // current directory) names, with the partnership and its frameworks (LoadOptions::scope), so the
  // command costs one school however large the repository. Throws UsageError when it names no review.
  Repository load_for_review(const std::filesystem::path& root, const std::string& review_option) const;

  int exit_code = 0;

 private:
  // The school and review a --review option (or, when it is empty, the current directory) names,
  // read from the path alone; nullopt when it names none.
  std::optional<std::pair<std::string, std::string>> review_path(const std::filesystem::path& root,
                                                                 const std::string& option) const;
  void refuse_unreadable(const Repository& repo, const Review& review, ReviewParts reads) const;
  [[noreturn]] void no_such_review(const std::filesystem::path& root, const std::string& option) const;

  Globals& globals_;
};

struct Command {
  const char* name;
  const char* summary;
  void (*setup)(CLI::App& app, Session& session);
};

// The command table: one row per command, in the order `lateral --help` lists them.
std::span<const Command> commands();

// A value given twice to a repeatable flag (`--theme x --theme x`) is kept once, in its first
// place, with a note on stderr: lateral's lists never repeat a value (rule repeated-value), and a
// slip of the command line is no reason to refuse the whole change.
void drop_repeated(std::vector<std::string>& values, std::string_view flag);

// Writes to a file given with -o, or to stdout for "-" or empty: a regular file atomically, keeping
// its mode (a new one is 600 when `confidential`); a device, FIFO or pipe in place, as a stream.
void write_output(const std::string& path, const std::string& content, bool confidential = false);

// Every file kind `lateral schema` prints.
std::vector<std::string> schema_kinds();

}  // namespace lateral::cli

namespace lateral::cli {
// `lateral action-plan` with no subcommand: the plan as Markdown or JSON (cli/commands/action_plan_listing.cpp).
struct ActionPlanListing {
  std::string review;
  std::string format = "markdown";
  std::string output;
};
void run_action_plan_listing(Session& session, const ActionPlanListing& options);
}  // namespace lateral::cli
