// lateral history SCHOOL: a school's reviews side by side, aspect by aspect, as Markdown or JSON.
#include <fmt/format.h>

#include <iostream>

#include "../app.hpp"
#include "lateral/loader.hpp"
#include "lateral/render/document.hpp"
#include "lateral/render/history.hpp"
#include "lateral/text.hpp"

namespace lateral::cli {
namespace {

struct HistoryOptions {
  std::string school;
  std::string format = "markdown";
  std::string output;
};

void run(Session& session, const HistoryOptions& opt) {
  // A school's history reads only that school (with lateral.yaml and the frameworks); the others
  // are listed by slug, for the message when SCHOOL names none of them.
  LoadOptions load;
  load.scope = opt.school;
  const auto repo = load_repository(session.root(), nullptr, load);
  const School* school = repo.school(opt.school);
  if (!school) {
    std::vector<std::string> slugs;
    for (const auto& s : repo.schools) slugs.push_back(s.slug);
    const auto near = nearest(opt.school, slugs);
    throw UsageError(fmt::format("no school `{}` in this repository{}\n  hint: the schools are: {}", opt.school,
                                 near ? fmt::format(" (did you mean `{}`?)", *near) : "",
                                 slugs.empty() ? std::string("none yet") : join(slugs)));
  }
  const auto history = build_history(repo, *school);
  if (auto note = view::load_problems_note(repo)) std::cerr << "lateral: warning: " << *note << "\n";
  write_output(opt.output, render_history(history, opt.format));
}

}  // namespace

void setup_history(CLI::App& app, Session& session) {
  auto opt = std::make_shared<HistoryOptions>();
  app.add_option("SCHOOL", opt->school, "The school's slug (its directory under schools/)")->type_name("SCHOOL")->required();
  app.add_option("--format", opt->format, "Output format")->check(CLI::IsMember(render::document_formats()))->default_str("markdown");
  app.add_option("-o,--output", opt->output, "Write to FILE instead of standard output")->type_name("FILE");
  app.footer(
      "Every review of the school in date order: each aspect's level and how it changed since the\n"
      "previous review, the school's own level beside the peers', and what happened to each action\n"
      "of the previous plan. An aspect a review did not look at is shown as not reviewed.\n\n"
      "Examples:\n"
      "  lateral history ashby-moor-primary --format html -o ashby-moor-history.html\n"
      "  lateral history ashby-moor-primary\n"
      "  lateral history ashby-moor-primary -o ashby-moor-history.md\n"
      "  lateral history ashby-moor-primary --format json | jq '.reviews[].aspects[] | select(.change.direction == \"up\")'");
  app.callback([&session, opt] { run(session, *opt); });
}

}  // namespace lateral::cli
