// action-owned: every action has an owner, success criteria and a due date after the review.
// (A missing or empty owner or success is reported by the loader under this rule's name.)
#include "common.hpp"

namespace lateral::rules {

void check_action_owned(const RuleContext& ctx, RuleSink& sink) {
  for_each_review(ctx.repo, [&](const School&, const Review& r) {
    const auto last = r.last_day();
    if (!last) return;
    for (const auto& a : r.actions)
      if (a.due && a.due->value <= *last)
        sink.report(about(r.actions_file, action_name(a) + ".due"), r.actions_file, *a.due,
                    fmt::format("the action is due on {}, on or before the last review day ({})", a.due->value.str(),
                                last->str()),
                    "give a due date after the review, when the school can show the change");
  });
}

}  // namespace lateral::rules
