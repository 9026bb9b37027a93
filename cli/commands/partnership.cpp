// lateral partnership: practice to share, areas for development, suggested school-to-school support
// and process feedback across every school's latest review, as Markdown or JSON.
#include <fmt/format.h>

#include <iostream>

#include "../app.hpp"
#include "lateral/loader.hpp"
#include "lateral/render/document.hpp"
#include "lateral/render/partnership.hpp"

namespace lateral::cli {
namespace {

struct PartnershipCommandOptions {
  std::string format = "markdown";
  std::string since;
  int max_pairings = 2;
  std::string output;
};

void run(Session& session, const PartnershipCommandOptions& opt) {
  PartnershipOptions options;
  options.today = session.today();
  if (!opt.since.empty()) {
    options.since = Date::parse(opt.since);
    if (!options.since) throw UsageError(fmt::format("--since {}: not a date; write YYYY-MM-DD", opt.since));
  }
  options.max_pairings = opt.max_pairings;
  // Through the parse cache, as `check` reads the repository. The view quotes judgements and
  // process feedback, never an evidence record: the records are read, not kept.
  LoadOptions load;
  load.cache = true;
  load.keep_evidence = false;
  const auto repo = load_repository(session.root(), nullptr, load);
  for (const auto& note : repo.notes) std::cerr << "lateral: warning: " << note << "\n";
  const auto view = build_partnership(repo, options);
  if (auto note = view::load_problems_note(repo)) std::cerr << "lateral: warning: " << *note << "\n";
  write_output(opt.output, render_partnership(view, opt.format));
}

}  // namespace

void setup_partnership(CLI::App& app, Session& session) {
  auto opt = std::make_shared<PartnershipCommandOptions>();
  app.add_option("--format", opt->format, "Output format")->check(CLI::IsMember(render::document_formats()))->default_str("markdown");
  app.add_option("--since", opt->since, "Count only reviews whose first day is on or after DATE (YYYY-MM-DD)")->type_name("DATE");
  app.add_option("--max-pairings", opt->max_pairings, "The most suggested pairings any school is asked for")
      ->type_name("N")
      ->check(CLI::Range(1, 1000))
      ->default_str("2");
  app.add_option("-o,--output", opt->output, "Write to FILE instead of standard output")->type_name("FILE");
  app.footer(
      "Each school's latest review (by first review day, once it has begun). Schools are listed\n"
      "alphabetically: nothing ranks schools or adds their levels up.\n\n"
      "Examples:\n"
      "  lateral partnership --format html -o partnership.html\n"
      "  lateral partnership\n"
      "  lateral partnership --since 2025-09-01 -o partnership.md\n"
      "  lateral partnership --max-pairings 1\n"
      "  lateral partnership --format json | jq '.areas_for_development[] | {name, aspect, suggested_support}'");
  app.callback([&session, opt] { run(session, *opt); });
}

}  // namespace lateral::cli
