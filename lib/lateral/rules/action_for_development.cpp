// action-for-development: from the workshop date, every area for development has an action.
#include "common.hpp"

namespace lateral::rules {

void check_action_for_development(const RuleContext& ctx, RuleSink& sink) {
  for_each_review(ctx.repo, [&](const School&, const Review& r) {
    if (!r.actions_ok || !workshop_reached(r, ctx.today)) return;
    for (const auto* j : unanswered_development(r))
      sink.report(about(r, j->aspect.value), r.benchmark_file, *j->level,
                  fmt::format("{} is an area for development ({}) with no action in actions.yaml", j->aspect.value,
                              j->level->value),
                  fmt::format("add one: lateral action-plan add --aspect {} --action TEXT --owner ROLE --success TEXT --due DATE",
                              j->aspect.value));
  });
}

}  // namespace lateral::rules
