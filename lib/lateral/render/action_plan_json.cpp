// The action plan as JSON for scripts; schemas/action-plan.json documents the shape
// (`lateral schema action-plan`).
#include <nlohmann/json.hpp>

#include "lateral/render/action_plan.hpp"
#include "lateral/render/document.hpp"

namespace lateral {
namespace {

using Json = nlohmann::ordered_json;

Json date_or_null(const std::optional<Date>& d) { return d ? Json(d->str()) : Json(nullptr); }

Json level_or_null(const std::optional<ProfileLevel>& level) {
  if (!level) return nullptr;
  return {{"id", level->id}, {"name", level->name}};
}

}  // namespace

std::string action_plan_json(const ActionPlanDocument& plan) {
  Json dates = Json::array();
  for (const auto& d : plan.dates) dates.push_back(d.str());
  Json groups = Json::array();
  for (const auto& g : plan.groups) {
    Json actions = Json::array();
    for (const auto& a : g.actions)
      actions.push_back({{"id", a.id},
                         {"action", a.action},
                         {"owner", a.owner},
                         {"success", a.success},
                         {"due", date_or_null(a.due)},
                         {"support", a.support.empty() ? Json(nullptr) : Json(a.support)},
                         {"status", to_string(a.status)},
                         {"review", date_or_null(a.review)},
                         {"done", date_or_null(a.done)},
                         {"overdue", a.overdue}});
    Json judgement = nullptr;
    if (g.judged)
      judgement = {{"level", level_or_null(g.aspect.level)},
                   {"commentary", g.commentary},
                   {"area_for_development", g.area_for_development}};
    groups.push_back({{"aspect", g.aspect.ref},
                      {"theme_name", g.aspect.theme_name},
                      {"aspect_name", g.aspect.aspect_name},
                      {"judgement", judgement},
                      {"actions", actions}});
  }
  Json unanswered = Json::array();
  for (const auto& a : plan.unanswered)
    unanswered.push_back({{"aspect", a.ref},
                          {"theme_name", a.theme_name},
                          {"aspect_name", a.aspect_name},
                          {"level", level_or_null(a.level)}});
  const Json doc = {
      {"kind", "action-plan"},
      {"schema_version", 1},
      {"partnership", plan.partnership},
      {"school", {{"slug", plan.school}, {"name", plan.school_name}}},
      {"review", plan.review},
      {"dates", dates},
      {"workshop", date_or_null(plan.workshop)},
      {"today", plan.today.str()},
      {"groups", groups},
      {"overdue", plan.overdue},
      {"unanswered", unanswered},
  };
  return render::dump(doc);
}

}  // namespace lateral
