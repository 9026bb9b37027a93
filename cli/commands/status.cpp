// lateral status: each review's stage and what the next stage still needs, and the partnership
// lead's list of schools due a review and actions past their due date.
#include <fmt/format.h>

#include <iostream>

#include "../app.hpp"
#include "lateral/loader.hpp"
#include "lateral/workflow.hpp"

namespace fs = std::filesystem;

namespace lateral::cli {
namespace {

struct StatusOptions {
  std::string review;
  std::string format = "text";
};

// The review in scope: --review, or the review directory the current directory is in; none when
// neither (the whole repository then).
const Review* in_scope(Session& session, const Repository& repo, const std::string& option) {
  if (!option.empty()) return session.find_review(repo, option, {}).review;
  try {
    return session.find_review(repo, "", {}).review;
  } catch (const UsageError&) {
    return nullptr;
  }
}

void run(Session& session, const StatusOptions& opt) {
  // The whole repository, through the parse cache as `check` reads it; stages and dates need none
  // of the free text and no evidence record (the records are read, not kept).
  LoadOptions load;
  load.cache = true;
  load.keep_text = false;
  load.keep_evidence = false;
  const auto repo = load_repository(session.root(), nullptr, load);
  for (const auto& note : repo.notes) std::cerr << "lateral: warning: " << note << "\n";
  const auto status = workflow::repository_status(repo, session.today(), in_scope(session, repo, opt.review));
  if (opt.format == "json")
    std::cout << workflow::status_json(status).dump(2) << "\n";
  else
    std::cout << workflow::status_text(status);
  std::size_t errors = 0;
  for (const auto& d : repo.diagnostics)
    if (d.severity == Severity::error) ++errors;
  if (errors > 0)
    std::cerr << fmt::format("note: {} {} found while reading the files; what could not be read is left out "
                             "(`lateral check` lists them)\n",
                             errors, errors == 1 ? "problem was" : "problems were");
}

}  // namespace

void setup_status(CLI::App& app, Session& session) {
  auto opt = std::make_shared<StatusOptions>();
  app.add_option("--review", opt->review, "Only this review (a directory, or SCHOOL/REVIEW; default: the one you are "
                                          "in, else every review)")
      ->type_name("PATH");
  app.add_option("--format", opt->format, "Output format")->check(CLI::IsMember({"text", "json"}))->default_str("text");
  app.footer(
      "Stages: planned, reviewing, benchmarked, feedback given, action plan agreed, following up, complete.\n"
      "Outside a review directory, also lists the schools due a review and open actions past their due date.\n\n"
      "Examples:\n"
      "  lateral status\n"
      "  lateral status --review thornbeck-primary/2026-10\n"
      "  lateral status --format json | jq '.overdue_actions'");
  app.callback([&session, opt] { run(session, *opt); });
}

}  // namespace lateral::cli
