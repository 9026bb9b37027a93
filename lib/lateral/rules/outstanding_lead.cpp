// outstanding-lead: an Outstanding school's review is led by the head of another Outstanding school.
#include "common.hpp"

namespace lateral::rules {

void check_outstanding_lead(const RuleContext& ctx, RuleSink& sink) {
  for_each_review(ctx.repo, [&](const School& host, const Review& r) {
    if (!host.outstanding() || !r.plan.team) return;
    for (const auto& m : *r.plan.team) {
      if (!m.lead || !m.school) continue;
      const auto* lead_school = ctx.repo.school(m.school->value);
      if (!lead_school || lead_school->outstanding()) continue;
      sink.report(about(r, "team lead"), r.plan.file, *m.school,
                  fmt::format("{} was last inspected as outstanding, and the lead reviewer's school ({}) was not",
                              host.display_name(), lead_school->display_name()),
                  "the review of an Outstanding school is best led by the head of another Outstanding school");
    }
  });
}

}  // namespace lateral::rules
