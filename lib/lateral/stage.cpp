// Stages of a review, as shared/SPEC.md's "Stages" defines them; docs/stages.md explains them.
#include "lateral/stage.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace lateral {

std::string_view to_string(Stage s) {
  switch (s) {
    case Stage::planned: return "planned";
    case Stage::reviewing: return "reviewing";
    case Stage::benchmarked: return "benchmarked";
    case Stage::feedback_given: return "feedback-given";
    case Stage::action_plan_agreed: return "action-plan-agreed";
    case Stage::following_up: return "following-up";
    case Stage::complete: return "complete";
  }
  return "planned";
}

std::string_view describe(Stage s) {
  switch (s) {
    case Stage::planned: return "planned";
    case Stage::reviewing: return "reviewing";
    case Stage::benchmarked: return "benchmarked";
    case Stage::feedback_given: return "feedback given";
    case Stage::action_plan_agreed: return "action plan agreed";
    case Stage::following_up: return "following up";
    case Stage::complete: return "complete";
  }
  return "planned";
}

bool review_started(const Review& r, Date today) {
  const auto first = r.first_day();
  return first && *first <= today;
}

bool all_focus_aspects_judged(const Review& r) {
  const auto aspects = r.focus_aspects();
  if (aspects.empty() || !r.benchmark_ok) return false;
  return std::all_of(aspects.begin(), aspects.end(), [&](const Aspect* a) { return r.judgement(a->ref); });
}

bool feedback_reached(const Review& r, Date today) { return r.plan.immediate && r.plan.immediate->value <= today; }

bool workshop_reached(const Review& r, Date today) { return r.plan.workshop && r.plan.workshop->value <= today; }

std::vector<const Judgement*> unanswered_development(const Review& r) {
  std::vector<const Judgement*> out;
  for (const auto& j : r.judgements) {
    if (!r.is_area_for_development(j)) continue;
    const bool answered = std::any_of(r.actions.begin(), r.actions.end(), [&](const Action& a) {
      return a.aspect && a.aspect->value == j.aspect.value;
    });
    if (!answered) out.push_back(&j);
  }
  return out;
}

namespace {

std::vector<std::string> missing_judgements(const Review& r) {
  std::vector<std::string> needs;
  if (!r.framework || !r.plan.themes) {
    needs.emplace_back("a focus and a framework that lateral can read");
    return needs;
  }
  for (const auto& t : r.framework->themes) {
    if (std::none_of(r.plan.themes->begin(), r.plan.themes->end(), [&](const Text& id) { return id.value == t.id; }))
      continue;
    std::vector<std::string> missing;
    for (const auto& a : t.aspects)
      if (!r.judgement(a.ref)) missing.push_back(a.id);
    if (missing.empty()) continue;
    std::string list;
    for (const auto& m : missing) list += (list.empty() ? "" : ", ") + m;
    needs.push_back(fmt::format("{} {} of {} not judged ({})", missing.size(),
                                missing.size() == 1 ? "aspect" : "aspects", t.name, list));
  }
  return needs;
}

}  // namespace

StageReport review_stage(const Review& r, Date today) {
  if (!review_started(r, today)) {
    const auto first = r.first_day();
    return {Stage::planned, {first ? fmt::format("the first review day, {}", first->str()) : "review dates"}};
  }
  if (!all_focus_aspects_judged(r)) return {Stage::reviewing, missing_judgements(r)};
  if (!feedback_reached(r, today)) {
    return {Stage::benchmarked,
            {r.plan.immediate ? fmt::format("immediate feedback, planned for {}", r.plan.immediate->value.str())
                              : std::string("a date for immediate feedback (feedback.immediate in review.yaml)")}};
  }
  const auto unanswered = unanswered_development(r);
  if (!workshop_reached(r, today) || !unanswered.empty()) {
    StageReport rep{Stage::feedback_given, {}};
    if (!r.plan.workshop)
      rep.needs.emplace_back("a workshop date (feedback.workshop in review.yaml)");
    else if (!workshop_reached(r, today))
      rep.needs.push_back(fmt::format("the feedback workshop, planned for {}", r.plan.workshop->value.str()));
    for (const auto* j : unanswered) rep.needs.push_back(fmt::format("an action for {}", j->aspect.value));
    return rep;
  }
  std::size_t open = 0, started = 0;
  for (const auto& a : r.actions) {
    if (a.open()) ++open;
    if (a.status.value != ActionStatus::planned) ++started;
  }
  if (open == 0) return {Stage::complete, {}};
  if (started == 0)
    return {Stage::action_plan_agreed,
            {fmt::format("work on the plan to start: {} {} planned", open, open == 1 ? "action" : "actions")}};
  return {Stage::following_up,
          {fmt::format("{} open {} to finish (done or dropped)", open, open == 1 ? "action" : "actions")}};
}

}  // namespace lateral
