// Builds the action plan document of one review from the model.
#include "lateral/render/action_plan.hpp"

#include <algorithm>

#include "lateral/render/document.hpp"
#include "lateral/render/markdown.hpp"

namespace lateral {
namespace {

std::string text_of(const std::optional<Text>& t) { return t ? markdown::trimmed(t->value) : std::string(); }

ProfileAspectRef aspect_named(const Framework* framework, const std::string& ref) {
  ProfileAspectRef out{ref, {}, ref, std::nullopt};
  if (!framework) return out;
  if (const auto* t = framework->theme_of(ref)) out.theme_name = t->name;
  if (const auto* a = framework->aspect(ref)) out.aspect_name = a->name;
  return out;
}

std::optional<ProfileLevel> level_named(const Framework* framework, const Judgement& j) {
  if (!j.level) return std::nullopt;
  const Level* level = framework ? framework->level(j.level->value) : nullptr;
  return ProfileLevel{j.level->value, level && !level->name.empty() ? level->name : j.level->value};
}

// Where an aspect goes in the plan: framework order, then aspects the framework does not know.
std::size_t order_of(const Framework* framework, const std::string& ref) {
  if (!framework) return 0;
  const auto refs = framework->aspect_refs();
  return static_cast<std::size_t>(std::find(refs.begin(), refs.end(), ref) - refs.begin());
}

}  // namespace

std::string_view status_words(ActionStatus s) {
  switch (s) {
    case ActionStatus::planned: return "planned";
    case ActionStatus::in_progress: return "in progress";
    case ActionStatus::done: return "done";
    case ActionStatus::dropped: return "dropped";
  }
  return "planned";
}

ActionPlanDocument build_action_plan(const Repository& repo, const School& school, const Review& review, Date today) {
  ActionPlanDocument doc;
  static_cast<render::ReviewHeading&>(doc) = render::review_heading(repo, school, review);
  if (review.plan.workshop) doc.workshop = review.plan.workshop->value;
  doc.today = today;
  const Framework* framework = review.framework;

  for (const auto& a : review.actions) {
    const std::string ref = a.aspect ? a.aspect->value : std::string();
    auto group = std::find_if(doc.groups.begin(), doc.groups.end(), [&](const ActionGroup& g) { return g.aspect.ref == ref; });
    if (group == doc.groups.end()) {
      ActionGroup g;
      g.aspect = aspect_named(framework, ref);
      if (const auto* j = review.judgement(ref)) {
        g.judged = true;
        g.aspect.level = level_named(framework, *j);
        g.commentary = text_of(j->commentary);
        g.area_for_development = review.is_area_for_development(*j);
      }
      doc.groups.push_back(std::move(g));
      group = doc.groups.end() - 1;
    }
    PlannedAction p;
    p.id = text_of(a.id);
    p.action = text_of(a.action);
    p.owner = text_of(a.owner);
    p.success = text_of(a.success);
    p.support = text_of(a.support);
    if (a.due) p.due = a.due->value;
    if (a.review) p.review = a.review->value;
    if (a.done) p.done = a.done->value;
    p.status = a.status.value;
    p.overdue = a.open() && p.due && *p.due < today;
    if (p.overdue) doc.overdue.push_back(p.id);
    group->actions.push_back(std::move(p));
  }
  std::stable_sort(doc.groups.begin(), doc.groups.end(), [&](const ActionGroup& x, const ActionGroup& y) {
    const auto ox = order_of(framework, x.aspect.ref), oy = order_of(framework, y.aspect.ref);
    return ox != oy ? ox < oy : x.aspect.ref < y.aspect.ref;
  });

  for (const auto* aspect : review.focus_aspects()) {
    const auto* j = review.judgement(aspect->ref);
    if (!j || !review.is_area_for_development(*j)) continue;
    const bool answered = std::any_of(doc.groups.begin(), doc.groups.end(),
                                      [&](const ActionGroup& g) { return g.aspect.ref == aspect->ref; });
    if (answered) continue;
    auto ref = aspect_named(framework, aspect->ref);
    ref.level = level_named(framework, *j);
    doc.unanswered.push_back(std::move(ref));
  }
  return doc;
}

std::string render_action_plan(const ActionPlanDocument& plan, std::string_view format) {
  static constexpr render::DocumentFormat<ActionPlanDocument> kFormats[] = {{"markdown", action_plan_markdown},
                                                                           {"json", action_plan_json},
                                                                           {"html", action_plan_html}};
  return render::render_as(plan, format, kFormats);
}

}  // namespace lateral
