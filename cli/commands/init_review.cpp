// lateral init-review: plans a review (review.yaml, and school.yaml for a new school), refused
// with `check`'s own diagnostics when its focus or team breaks a rule.
#include <fmt/format.h>

#include <iostream>

#include "../app.hpp"
#include "../write.hpp"
#include "lateral/edit/new_file.hpp"
#include "lateral/edit/records.hpp"
#include "lateral/loader.hpp"
#include "lateral/text.hpp"

namespace fs = std::filesystem;

namespace lateral::cli {
namespace {

// Written when --reviewer gives no role: the schema needs one, and the lead's is the framework's.
constexpr std::string_view kDefaultRole = "reviewer";

struct InitReviewOptions {
  std::string school;
  std::string date;
  int days = 2;
  std::string lead;
  std::vector<std::string> reviewers;
  std::string plan;  // a plan file whose team for the school this review takes
  std::vector<std::string> themes;
  std::string question;
  std::string school_name, phase, inspection, urn;
};

struct Person {
  std::string name, role, school;
  bool lead = false;
};

// 'NAME[,ROLE[,SCHOOL]]' (or 'NAME[,SCHOOL]' for the lead), each part trimmed.
std::vector<std::string> parts(const std::string& spec, const char* option, std::size_t most) {
  std::vector<std::string> out;
  std::string_view rest = spec;
  for (;;) {
    const auto comma = rest.find(',');
    auto part = rest.substr(0, comma);
    while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
    while (!part.empty() && part.back() == ' ') part.remove_suffix(1);
    out.emplace_back(part);
    if (comma == std::string_view::npos) break;
    rest.remove_prefix(comma + 1);
  }
  if (out.front().empty()) throw UsageError(fmt::format("{} '{}': the name is missing", option, spec));
  if (out.size() > most)
    throw UsageError(fmt::format("{} '{}': too many commas; write {}", option, spec,
                                 most == 2 ? "'NAME[,SCHOOL]'" : "'NAME[,ROLE[,SCHOOL]]'"));
  return out;
}

void run(Session& session, const InitReviewOptions& opt) {
  if (!is_slug(opt.school))
    throw UsageError(fmt::format("SCHOOL `{}` must be a slug: lower-case letters, digits and '-', e.g. brookfield-primary",
                                 opt.school));
  const auto first = Date::parse(opt.date);
  if (!first) throw UsageError(fmt::format("--date {}: not a date; write YYYY-MM-DD", opt.date));
  if (!edit::is_weekday(*first))
    throw UsageError(fmt::format("--date {}: a review starts on a school day, not at a weekend", opt.date));
  if (opt.plan.empty() && opt.lead.empty())
    throw UsageError("--lead is required: name the lead reviewer, or take the team from a plan with --plan");
  if (!opt.plan.empty() && (!opt.lead.empty() || !opt.reviewers.empty()))
    throw UsageError("--plan gives the team: leave out --lead and --reviewer (or --plan)");
  std::vector<Person> team;
  const auto root = session.root();
  const auto repo = load_repository(root);
  const Framework* fw = repo.framework;
  if (!fw) {
    refuse(session, "the partnership's framework does not load", "run `lateral check` to see why");
    return;
  }
  if (!opt.plan.empty()) {
    std::error_code ec;
    const auto path = fs::weakly_canonical(fs::absolute(opt.plan), ec);
    if (ec || !fs::is_regular_file(path)) throw UsageError(fmt::format("--plan {}: no such file", opt.plan));
    const auto file = relative_path(fs::weakly_canonical(root), path);
    const auto it = std::find_if(repo.plans.begin(), repo.plans.end(), [&](const RoundFile& p) { return p.file == file; });
    if (it == repo.plans.end())
      throw UsageError(fmt::format("--plan {}: not a plan of this repository (plans/YYYY-YY.yaml)", opt.plan));
    if (!it->loaded || !it->start_year) {
      refuse(session, fmt::format("{} does not load", opt.plan), "run `lateral check` to see why");
      return;
    }
    const Date from{it->start_year, 9, 1}, to{it->start_year + 1, 8, 31};
    if (*first < from || *first > to)
      throw UsageError(fmt::format("--date {}: the plan is for {}, from {} to {}", opt.date, it->cycle->value, from.str(), to.str()));
    const auto* planned = it->find(opt.school);
    if (!planned || !planned->team || planned->team->empty()) {
      refuse(session, fmt::format("{} plans no team for {}", opt.plan, opt.school),
             "plan the team with --lead and --reviewer, or add it to the plan");
      return;
    }
    // The lead first, as init-review writes every team.
    for (const auto& m : *planned->team)
      if (m.lead) team.push_back({m.name.value, m.role ? m.role->value : fw->settings.lead_role, m.school ? m.school->value : "", true});
    for (const auto& m : *planned->team)
      if (!m.lead) team.push_back({m.name.value, m.role ? m.role->value : std::string(kDefaultRole), m.school ? m.school->value : ""});
  }
  // Someone given by name alone who is in a school's `reviewers` brings their role and school.
  const auto listed = [&](const std::string& name, const char* option) -> std::pair<const School*, const Reviewer*> {
    std::pair<const School*, const Reviewer*> found{nullptr, nullptr};
    for (const auto& s : repo.schools)
      for (const auto& rv : s.reviewers)
        if (to_lower(rv.name.value) == to_lower(name)) {
          if (found.first && found.first != &s)
            throw UsageError(fmt::format("{} '{}': {} is a reviewer of both {} and {}; write '{},SCHOOL'", option, name,
                                         name, found.first->slug, s.slug, name));
          found = {&s, &rv};
        }
    return found;
  };
  if (opt.plan.empty()) {
    const auto lead = parts(opt.lead, "--lead", 2);
    if (lead.size() == 1)
      if (auto [s, rv] = listed(lead[0], "--lead"); s)
        team.push_back({rv->name.value, rv->role ? rv->role->value : fw->settings.lead_role, s->slug, true});
    if (team.empty()) team.push_back({lead[0], fw->settings.lead_role, lead.size() > 1 ? lead[1] : "", true});
  }
  for (const auto& spec : opt.reviewers) {
    const auto p = parts(spec, "--reviewer", 3);
    if (p.size() == 1)
      if (auto [s, rv] = listed(p[0], "--reviewer"); s) {
        team.push_back({rv->name.value, rv->role ? rv->role->value : std::string(kDefaultRole), s->slug});
        continue;
      }
    team.push_back({p[0], p.size() > 1 && !p[1].empty() ? p[1] : std::string(kDefaultRole), p.size() > 2 ? p[2] : ""});
  }

  const auto* school = repo.school(opt.school);
  const bool new_school = !school || !fs::exists(root / school->file);
  if (new_school && opt.school_name.empty())
    throw UsageError(fmt::format("{} is a new school: give its name with --school-name NAME", opt.school));
  if (!new_school && !(opt.school_name.empty() && opt.phase.empty() && opt.inspection.empty() && opt.urn.empty()))
    throw UsageError(fmt::format("{} exists already: --school-name, --phase, --inspection and --urn describe a new "
                                 "school (edit {} to change it)",
                                 opt.school, session.display(root, school->file)));

  const auto days = edit::weekdays_from(*first, opt.days);
  const auto slug = first->str().substr(0, 7);
  const auto dir = fmt::format("schools/{}/reviews/{}", opt.school, slug);
  std::error_code ec;
  if (fs::exists(root / dir, ec)) {
    const auto shown = session.display(root, dir);
    refuse(session, fmt::format("{} exists already", shown == "." ? dir + " (the directory you are in)" : shown),
           "a school has one review a month; change that one by hand, or plan this one in another month");
    return;
  }

  edit::Change change;
  if (new_school) {
    const auto file = fmt::format("schools/{}/school.yaml", opt.school);
    edit::NewFile f(file, "school");
    f.field(0, "name", opt.school_name);
    if (!opt.urn.empty()) f.field(0, "urn", opt.urn);
    if (!opt.phase.empty()) f.field(0, "phase", opt.phase);
    if (!opt.inspection.empty()) f.field(0, "inspection", opt.inspection);
    change.files[file] = f.text();
    change.fresh.insert(file);
  }
  const auto file = dir + "/review.yaml";
  std::vector<std::string> dates;
  for (const auto& d : days) dates.push_back(d.str());
  edit::NewFile f(file, "review");
  f.list(0, "dates", dates).open(0, "framework").field(1, "id", fw->id).field(1, "version", fw->version);
  f.open(0, "focus").list(1, "themes", opt.themes).field(1, "question", opt.question);
  f.open(0, "team");
  for (std::size_t i = 0; i < team.size(); ++i) {
    f.item(1, "name", team[i].name).field(2, "role", team[i].role);
    if (!team[i].school.empty()) f.field(2, "school", team[i].school);
    if (team[i].lead) f.boolean(2, "lead", true);
  }
  // The planned dates still to agree, as a reminder in the file itself.
  f.comment(0, "Add these when they are agreed (`lateral status` says what each stage needs):")
      .comment(0, "meetings:")
      .comment(0, "  focus-agreed: YYYY-MM-DD")
      .comment(0, "  team-briefing: YYYY-MM-DD")
      .comment(0, "feedback:")
      .comment(0, fmt::format("  immediate: {}    # usually the end of the last review day", days.back().str()))
      .comment(0, fmt::format("  workshop: YYYY-MM-DD     # within {} days of the last review day",
                              fw->settings.workshop_days));
  change.files[file] = f.text();
  change.fresh.insert(file);

  if (!write_checked(session, repo, change)) return;
  std::cout << session.display(root, dir) << "\n";
}

}  // namespace

void setup_init_review(CLI::App& app, Session& session) {
  auto opt = std::make_shared<InitReviewOptions>();
  app.add_option("SCHOOL", opt->school, "The school's slug (its directory under schools/)")->required();
  app.add_option("--date", opt->date, "The first review day")->type_name("YYYY-MM-DD")->required();
  app.add_option("--days", opt->days, "How many review days, weekdays in a row from --date")
      ->check(CLI::Range(1, 10))
      ->default_str("2");
  app.add_option("--lead", opt->lead,
                 "The lead reviewer, a headteacher, and their school (a name alone when they are in a school's reviewers)")
      ->type_name("'NAME[,SCHOOL]'");
  app.add_option("--reviewer", opt->reviewers,
                 "A reviewer, their role (default: reviewer) and school; a name alone for someone in a school's "
                 "reviewers; repeat for each")
      ->type_name("'NAME[,ROLE[,SCHOOL]]'");
  app.add_option("--plan", opt->plan, "Take the team from this plan's review of the school (instead of --lead and --reviewer)")
      ->type_name("FILE");
  app.add_option("--theme", opt->themes, "A theme of the focus (framework theme id); repeat for each")
      ->type_name("ID")
      ->required();
  app.add_option("--question", opt->question, "The enquiry question the school wants answered")
      ->type_name("TEXT")
      ->required();
  app.add_option("--school-name", opt->school_name, "A new school's name (needed when the school is new)")->type_name("NAME");
  app.add_option("--phase", opt->phase, "A new school's phase, e.g. primary")->type_name("P");
  app.add_option("--inspection", opt->inspection, "A new school's last inspection outcome, e.g. good")->type_name("I");
  app.add_option("--urn", opt->urn, "A new school's unique reference number")->type_name("U");
  app.footer(
      "Writes schools/SCHOOL/reviews/YYYY-MM/review.yaml (and schools/SCHOOL/school.yaml for a new school) and\n"
      "prints the review's path. Refused, with nothing written, when the focus or the team breaks a rule.\n\n"
      "Examples:\n"
      "  lateral init-review brookfield-primary --date 2026-06-10 \\\n"
      "      --lead 'Alex Morgan,riverside-primary' \\\n"
      "      --reviewer 'Sam Okafor,deputy headteacher,Hillcrest Academy' \\\n"
      "      --theme our-impact --theme looking-inward \\\n"
      "      --question 'How well does our curriculum prepare pupils for the next stage?' \\\n"
      "      --school-name 'Brookfield Primary School' --phase primary\n"
      "  cd \"$(lateral init-review ...)\"      # then add evidence from inside the review");
  app.callback([&session, opt] {
    drop_repeated(opt->themes, "--theme");
    drop_repeated(opt->reviewers, "--reviewer");
    run(session, *opt);
  });
}

}  // namespace lateral::cli
