// workshop-timing: the feedback workshop is within a week of the last review day.
#include "common.hpp"

namespace lateral::rules {

void check_workshop_timing(const RuleContext& ctx, RuleSink& sink) {
  for_each_review(ctx.repo, [&](const School&, const Review& r) {
    const auto last = r.last_day();
    if (!last || !r.plan.workshop || !r.framework) return;
    const auto& w = *r.plan.workshop;
    const int days = r.framework->settings.workshop_days;
    // A workshop before the immediate feedback is out of order, an error of dates-order: said once.
    if (r.plan.immediate && w.value < r.plan.immediate->value) return;
    if (w.value < *last)
      sink.report(about(r, "feedback.workshop"), r.plan.file, w,
                  fmt::format("the workshop ({}) is before the last review day ({})", w.value.str(), last->str()),
                  "hold the workshop after the review, once the profile is written");
    else if (w.value.days() - last->days() > days)
      sink.report(about(r, "feedback.workshop"), r.plan.file, w,
                  fmt::format("the workshop is {} days after the last review day; hold it within {} days, while the review is fresh",
                              w.value.days() - last->days(), days),
                  fmt::format("plan it on or before {}", last->plus_days(days).str()));
  });
}

}  // namespace lateral::rules
