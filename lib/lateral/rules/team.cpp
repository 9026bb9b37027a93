// team: two to four people, the lead included, each named once; exactly one lead, whose role is
// headteacher. A school's `reviewers` who may lead (`lead: true`) have that role too.
#include "common.hpp"

namespace lateral::rules {

void check_team(const RuleContext& ctx, RuleSink& sink) {
  if (const auto* fw = ctx.repo.framework)
    for (const auto& school : ctx.repo.schools) {
      if (ctx.repo.scope && school.slug != *ctx.repo.scope) continue;  // read for its name only
      for (const auto& rv : school.reviewers)
        if (rv.lead && rv.role && to_lower(rv.role->value) != to_lower(fw->settings.lead_role))
          sink.report(about(school.file, "reviewer " + to_lower(rv.name.value) + " lead"), school.file, *rv.role,
                      fmt::format("{}'s role is {}, so they may not lead: the lead reviewer's role is {}",
                                  rv.name.value, rv.role->value, fw->settings.lead_role),
                      fmt::format("remove `lead: true`, or offer a {} to lead", fw->settings.lead_role));
    }
  for_each_review(ctx.repo, [&](const School&, const Review& r) {
    if (!r.plan.team || !r.framework) return;
    const auto& team = *r.plan.team;
    const auto& s = r.framework->settings;
    const auto& file = r.plan.file;
    const int size = static_cast<int>(team.size());
    if (size < s.team_min || size > s.team_max)
      sink.report(about(r, "team size"), file, r.plan.team_key, 4,
                  fmt::format("the team has {}; a review team has {} to {} people, the lead included",
                              plural(team.size(), "person", "people"), s.team_min, s.team_max),
                  size < s.team_min ? "add a reviewer from another school" : "keep the team small enough to stay a conversation");
    // One place each: a name twice makes the team smaller than it looks, and `by:` ambiguous.
    for (std::size_t i = 0; i < team.size(); ++i)
      for (std::size_t k = 0; k < i; ++k)
        if (to_lower(team[i].name.value) == to_lower(team[k].name.value)) {
          sink.report(about(r, "team " + to_lower(team[i].name.value) + " twice"), file, team[i].name,
                      fmt::format("{} is in the team twice; each member has one place", team[i].name.value),
                      "remove the second entry, or name the other person");
          break;
        }
    std::vector<const TeamMember*> leads;
    for (const auto& m : team)
      if (m.lead) leads.push_back(&m);
    if (leads.empty()) {
      // `lead: yes` was reported as what it is (yaml11-bool or schema): "no lead" would say it twice.
      if (std::any_of(team.begin(), team.end(), [](const TeamMember& m) { return m.lead_unreadable; })) return;
      sink.report(about(r, "team lead"), file, r.plan.team_key, 4, "the team has no lead", "mark the lead reviewer with `lead: true`");
      return;
    }
    for (std::size_t i = 1; i < leads.size(); ++i)
      sink.report(about(r, "team lead " + to_lower(leads[i]->name.value)), file, leads[i]->lead_mark ? *leads[i]->lead_mark : leads[i]->mark, 4,
                  fmt::format("the team has {} leads; a review has exactly one", leads.size()),
                  fmt::format("keep `lead: true` on one member only (first: {})", leads[0]->name.value));
    const auto* lead = leads[0];
    if (lead->role && to_lower(lead->role->value) != to_lower(s.lead_role))
      sink.report(about(r, "team lead role"), file, *lead->role,
                  fmt::format("the lead, {}, is a {}; the lead reviewer is a {}", lead->name.value, lead->role->value,
                              s.lead_role),
                  fmt::format("make a {} the lead", s.lead_role));
  });
}

}  // namespace lateral::rules
