// dates-order: a review's dates come in the order the model runs: the focus is agreed before the
// first review day, the team is briefed on or before it, immediate feedback is given from the first
// review day on, the workshop follows the immediate feedback, and evidence is dated between the
// focus meeting (or, without one, the first review day) and the last review day.
#include "common.hpp"

namespace lateral::rules {

void check_dates_order(const RuleContext& ctx, RuleSink& sink) {
  for_each_review(ctx.repo, [&](const School&, const Review& r) {
    const auto first = r.first_day();
    const auto last = r.last_day();
    const auto& p = r.plan;
    if (first && p.focus_agreed && !(p.focus_agreed->value < *first))
      sink.report(about(r, "meetings.focus-agreed"), p.file, *p.focus_agreed,
                  fmt::format("the focus is agreed on {}, not before the first review day ({})",
                              p.focus_agreed->value.str(), first->str()),
                  "agree the focus with the school before the review, so the team prepares for it");
    if (first && p.team_briefing && *first < p.team_briefing->value)
      sink.report(about(r, "meetings.team-briefing"), p.file, *p.team_briefing,
                  fmt::format("the team briefing ({}) is after the first review day ({})", p.team_briefing->value.str(),
                              first->str()),
                  fmt::format("brief the team on or before {} (it may be that morning)", first->str()));
    if (first && p.immediate && p.immediate->value < *first)
      sink.report(about(r, "feedback.immediate"), p.file, *p.immediate,
                  fmt::format("the immediate feedback ({}) is before the first review day ({})", p.immediate->value.str(),
                              first->str()),
                  "give immediate feedback at the end of the review, usually on its last day");
    if (p.immediate && p.workshop && p.workshop->value < p.immediate->value)
      sink.report(about(r, "feedback.workshop"), p.file, *p.workshop,
                  fmt::format("the workshop ({}) is before the immediate feedback ({})", p.workshop->value.str(),
                              p.immediate->value.str()),
                  "hold the workshop after the immediate feedback, when the findings are known");

    // Evidence is gathered for the review: from the focus meeting (documents the school sends
    // ahead) to the last review day (notes written up that evening still carry the review day).
    if (!first || !last) return;
    const Date from = p.focus_agreed && p.focus_agreed->value < *first ? p.focus_agreed->value : *first;
    for (const auto& e : r.evidence) {
      if (!e.loaded || !e.date) continue;
      const auto& d = *e.date;
      if (!(d.value < from) && !(*last < d.value)) continue;
      sink.report(about(e.file, "date"), e.file, d,
                  fmt::format("the evidence is dated {}, outside the review ({} to {})", d.value.str(), from.str(),
                              last->str()),
                  p.focus_agreed ? "date it on the day it was gathered, between the focus meeting and the last review day"
                                 : "date it on the day it was gathered, between the first and the last review day");
    }
  });
}

}  // namespace lateral::rules
