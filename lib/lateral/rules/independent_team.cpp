// independent-team: no team member comes from the host school.
#include "common.hpp"

namespace lateral::rules {

void check_independent_team(const RuleContext& ctx, RuleSink& sink) {
  for_each_review(ctx.repo, [&](const School& host, const Review& r) {
    if (!r.plan.team) return;
    for (const auto& m : *r.plan.team) {
      if (!m.school) continue;
      const auto s = to_lower(m.school->value);
      if (s != host.slug && !(host.name && s == to_lower(host.name->value))) continue;
      sink.report(about(r, "team " + to_lower(m.name.value)), r.plan.file, *m.school,
                  fmt::format("{} comes from the school under review; reviewers bring professional distance", m.name.value),
                  "invite a reviewer from another school of the partnership");
    }
  });
}

}  // namespace lateral::rules
