// lateral profile: the review's profile as Markdown for people or JSON for scripts.
#include <fmt/format.h>

#include <iostream>

#include "../app.hpp"
#include "review_documents.hpp"
#include "lateral/loader.hpp"
#include "lateral/render/document.hpp"
#include "lateral/render/profile.hpp"
#include "lateral/text.hpp"

namespace lateral::cli {
namespace {

struct ProfileCommand {
  std::string review;
  std::string format = "markdown";
  std::string output;
  bool include_confidential = false;
};

void run(Session& session, const ProfileCommand& opt) {
  const auto repo = session.load_for_review(session.review_root(opt.review), opt.review);
  // No file is refused here: refuse_on_errors reports every error of the review, a file that
  // cannot be read among them.
  const auto ref = session.find_review(repo, opt.review, {});
  if (refuse_on_errors(session, repo, ref, session.today(), "profile")) return;
  const auto profile = build_profile(repo, *ref.school, *ref.review, {opt.include_confidential});
  write_output(opt.output, render_profile(profile, opt.format), opt.include_confidential);
  if (profile.draft) {
    std::vector<std::string> missing;
    for (const auto& a : profile.missing) missing.push_back(a.ref);
    std::cerr << fmt::format("lateral: note: the profile is a DRAFT: {} not judged yet: {}\n",
                             missing.size() == 1 ? "1 aspect" : fmt::format("{} aspects", missing.size()),
                             join(missing));
  }
}

}  // namespace

void setup_profile(CLI::App& app, Session& session) {
  auto opt = std::make_shared<ProfileCommand>();
  app.add_option("--review", opt->review, "The review: its directory, or SCHOOL/REVIEW (default: the one you are in)")
      ->type_name("PATH");
  app.add_option("--format", opt->format, "Output format")
      ->check(CLI::IsMember(render::document_formats()))
      ->default_str("markdown");
  app.add_option("-o,--output", opt->output, "Write to FILE instead of standard output")->type_name("FILE");
  app.add_flag("--include-confidential", opt->include_confidential,
               "Include evidence marked confidential (a copy for the review team only)");
  app.footer(
      "The profile shows, for every aspect of the themes in focus, the benchmark statements with the judged one\n"
      "marked, the school's own view beside the team's, the commentary and the evidence it cites. It has no\n"
      "overall grade. While an aspect is not judged it is marked DRAFT; other errors in the review stop it (exit 1).\n\n"
      "Examples:\n"
      "  lateral profile --format html -o profile.html\n"
      "  lateral profile --review thornbeck-primary/2026-10 -o profile.md\n"
      "  lateral profile --include-confidential -o team-copy.md   # inside the review directory\n"
      "  lateral profile --format json | jq '.areas_for_development[].aspect'\n"
      "  pandoc -f gfm profile.md -o profile.docx");
  app.callback([&session, opt] { run(session, *opt); });
}

}  // namespace lateral::cli
