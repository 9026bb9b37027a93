// plan-drift: a review of a school in a planned cycle has the team the plan gives it, or the plan
// says why not (`note`). The plan is advice: the partnership changes it by editing the plan file.
#include "common.hpp"

namespace lateral::rules {

namespace {

std::vector<std::string> names_of(const std::vector<TeamMember>& team) {
  std::vector<std::string> out;
  for (const auto& m : team) out.push_back(to_lower(m.name.value));
  std::sort(out.begin(), out.end());
  return out;
}

std::string lead_of(const std::vector<TeamMember>& team) {
  for (const auto& m : team)
    if (m.lead) return to_lower(m.name.value);
  return {};
}

}  // namespace

void check_plan_drift(const RuleContext& ctx, RuleSink& sink) {
  for (const auto& plan : ctx.repo.plans) {
    if (!plan.start_year) continue;
    const Date from{plan.start_year, 9, 1}, to{plan.start_year + 1, 8, 31};
    for (const auto& planned : plan.reviews) {
      if (!planned.team || planned.note) continue;
      if (ctx.repo.scope && planned.school.value != *ctx.repo.scope) continue;
      const auto* school = ctx.repo.school(planned.school.value);
      if (!school) continue;
      for (const auto& r : school->reviews) {
        const auto first = r.first_day();
        if (!first || *first < from || *first > to || !r.plan.team) continue;
        const auto& team = *r.plan.team;
        if (names_of(team) == names_of(*planned.team) && lead_of(team) == lead_of(*planned.team)) continue;
        std::vector<std::string> extra, missing;
        for (const auto& m : team)
          if (std::none_of(planned.team->begin(), planned.team->end(),
                           [&](const TeamMember& p) { return to_lower(p.name.value) == to_lower(m.name.value); }))
            extra.push_back(m.name.value);
        for (const auto& p : *planned.team)
          if (std::none_of(team.begin(), team.end(),
                           [&](const TeamMember& m) { return to_lower(p.name.value) == to_lower(m.name.value); }))
            missing.push_back(p.name.value);
        std::string what;
        if (!extra.empty()) what += fmt::format("; {} not in the plan's team", join(extra));
        if (!missing.empty()) what += fmt::format("; the plan's {} not in this one", join(missing));
        if (what.empty()) what = "; the plan has another lead";
        sink.report(about(r, "team " + plan.file), r.plan.file, r.plan.team_key, 4,
                    fmt::format("the team is not the one {} plans for {}{}", plan.file, plan.cycle->value, what),
                    fmt::format("make the team the plan's, or say why under `note` in {}'s review of {}", plan.file,
                                planned.school.value));
      }
    }
  }
}

}  // namespace lateral::rules
