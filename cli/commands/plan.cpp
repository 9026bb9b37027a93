// lateral plan CYCLE: proposes the round of reviews of an academic year (lib/lateral/round.hpp),
// as Markdown, JSON or HTML for the partnership meeting, and with --write as plans/<yyyy>-<yy>.yaml.
#include <fmt/format.h>

#include <iostream>

#include "../app.hpp"
#include "../write.hpp"
#include "lateral/edit/new_file.hpp"
#include "lateral/loader.hpp"
#include "lateral/render/document.hpp"
#include "lateral/render/views.hpp"
#include "lateral/round.hpp"

namespace lateral::cli {
namespace {

struct PlanCommandOptions {
  std::string cycle;
  int max_per_person = 2;
  int team_size = 0;
  std::string format = "markdown";
  std::string output;
  bool write = false;
};

// The plan as a file the partnership edits: each review's team as review.yaml writes it, and why.
std::string plan_file_text(const std::string& file, const RoundPlan& plan) {
  edit::NewFile f(file, "plan");
  f.field(0, "cycle", plan.options.cycle.label());
  f.comment(0, "A review created from this plan (`lateral init-review SCHOOL --date D --plan FILE`) has its team;");
  f.comment(0, "when the partnership changes a team, edit it here or say why under `note` (rule plan-drift).");
  f.open(0, "reviews");
  for (const auto& r : plan.reviews) {
    f.item(1, "school", r.school);
    f.open(2, "team");
    for (const auto& m : r.team) {
      f.item(3, "name", m.name).field(4, "role", m.role).field(4, "school", m.school);
      if (m.lead) f.boolean(4, "lead", true);
    }
    std::string why;
    for (const auto& w : r.why) why += (why.empty() ? "" : "\n") + w;
    f.field(2, "why", why + "\n");
  }
  return f.text();
}

void run(Session& session, const PlanCommandOptions& opt) {
  const auto cycle = Cycle::parse(opt.cycle);
  if (!cycle) throw UsageError(fmt::format("CYCLE `{}`: write the academic year as YYYY/YY, e.g. 2027/28", opt.cycle));
  const auto root = session.root();
  const auto repo = load_repository(root);
  if (auto note = view::load_problems_note(repo)) std::cerr << "lateral: warning: " << *note << "\n";
  if (opt.team_size && repo.framework) {
    const auto& s = repo.framework->settings;
    if (opt.team_size < s.team_min || opt.team_size > s.team_max)
      throw UsageError(fmt::format("--team-size {}: the framework's teams have {} to {} people", opt.team_size,
                                   s.team_min, s.team_max));
  }
  const auto plan = plan_round(repo, RoundOptions{*cycle, opt.max_per_person, opt.team_size});
  if (plan.impossible) {
    std::cerr << fmt::format("lateral: no plan for {}: {}\n  hint: {}\n", cycle->label(), *plan.impossible, *plan.remedy);
    session.exit_code = 1;
    return;
  }
  if (opt.write) {
    const auto file = fmt::format("plans/{}.yaml", cycle->stem());
    if (current_text(repo, file)) {
      refuse(session, fmt::format("{} exists already", session.display(root, file)),
             "it may hold the partnership's edits: remove it to plan the cycle again, or edit it");
      return;
    }
    edit::Change change;
    change.files[file] = plan_file_text(file, plan);
    change.fresh.insert(file);
    if (!write_checked(session, repo, change)) return;
    std::cerr << "wrote " << session.display(root, file) << "\n";
  }
  if (opt.write && opt.output.empty() && opt.format == "markdown") return;
  static constexpr render::DocumentFormat<RoundPlan> kFormats[] = {
      {"markdown", round_markdown}, {"json", round_json}, {"html", round_html}};
  write_output(opt.output, render::render_as(plan, opt.format, kFormats));
}

}  // namespace

void setup_plan(CLI::App& app, Session& session) {
  auto opt = std::make_shared<PlanCommandOptions>();
  app.add_option("CYCLE", opt->cycle, "The academic year, September to August, e.g. 2027/28")->required();
  app.add_option("--max-per-person", opt->max_per_person, "The most reviews any one person is in")
      ->type_name("N")
      ->check(CLI::Range(1, 100))
      ->default_str("2");
  app.add_option("--team-size", opt->team_size, "People in each team, the lead included (default: the framework's smallest team)")
      ->type_name("N")
      ->check(CLI::Range(1, 100));
  app.add_option("--format", opt->format, "Output format")
      ->check(CLI::IsMember(render::document_formats()))
      ->default_str("markdown");
  app.add_option("-o,--output", opt->output, "Write to FILE instead of standard output")->type_name("FILE");
  app.add_flag("--write", opt->write, "Save the plan as plans/YYYY-YY.yaml (refused when it exists)");
  app.footer(
      "Proposes a review for every school due in the cycle (its latest review plus the framework's\n"
      "interval falls in or before it, or it has none), with a team from the other schools' reviewers\n"
      "(school.yaml `reviewers`). Exit 1, with the limit that cannot be met, when no plan exists.\n\n"
      "Examples:\n"
      "  lateral plan 2027/28\n"
      "  lateral plan 2027/28 --team-size 3 --format json | jq '.reviews[] | {school, team}'\n"
      "  lateral plan 2027/28 --team-size 3 --format html -o round-2027-28.html\n"
      "  lateral plan 2028/29 --team-size 3 --write -o round.md");
  app.callback([&session, opt] { run(session, *opt); });
}

}  // namespace lateral::cli
