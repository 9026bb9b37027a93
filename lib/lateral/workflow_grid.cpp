// `lateral benchmark` with no aspect: every focus aspect with its judgement or "missing", the
// evidence tagged to it, and the school's own level, so the team sees what is left to agree.
#include <fmt/format.h>

#include <algorithm>

#include "lateral/text.hpp"
#include "lateral/workflow.hpp"

namespace lateral::workflow {
namespace {

bool tagged(const Evidence& e, std::string_view aspect) {
  return e.aspects && std::any_of(e.aspects->begin(), e.aspects->end(), [&](const Text& a) { return a.value == aspect; });
}

bool cited(const Judgement* j, std::string_view id) {
  return j && j->evidence &&
         std::any_of(j->evidence->begin(), j->evidence->end(), [&](const Text& t) { return t.value == id; });
}

nlohmann::ordered_json optional_text(const std::optional<Text>& t) {
  if (!t) return nullptr;
  return t->value;
}

}  // namespace

Grid benchmark_grid(const School& school, const Review& review) {
  Grid grid{&school, &review, review.framework ? review.framework->has_levels() : true, {}, 0};
  for (const auto* aspect : review.focus_aspects()) {
    GridRow row{review.framework->theme_of(aspect->ref), aspect, review.judgement(aspect->ref), {},
                review.self_assessment(aspect->ref)};
    // A record the judgement cites is listed even when it is not tagged to the aspect
    // (evidence-aspect warns about it), so the grid shows everything the judgement rests on.
    for (const auto& e : review.evidence)
      if (tagged(e, aspect->ref) || cited(row.judgement, e.id)) row.evidence.push_back(&e);
    if (row.judgement) ++grid.judged;
    grid.rows.push_back(std::move(row));
  }
  return grid;
}

std::string grid_text(const Grid& grid) {
  if (grid.rows.empty()) return "The review has no focus aspects lateral can read: run `lateral check`.\n";
  std::vector<std::vector<std::string>> rows;
  if (grid.levels)
    rows.push_back({"ASPECT", "LEVEL", "SCHOOL'S OWN", "EVIDENCE (* cited)"});
  else
    rows.push_back({"ASPECT", "FINDING", "EVIDENCE (* cited)"});
  for (const auto& row : grid.rows) {
    std::vector<std::string> evidence;
    for (const auto* e : row.evidence)
      evidence.push_back(fmt::format("{}{} {}{}", e->id, cited(row.judgement, e->id) ? "*" : "",
                                     e->type ? e->type->value : "?", tagged(*e, row.aspect->ref) ? "" : " (not tagged)"));
    const auto tagged = evidence.empty() ? std::string("(none tagged)") : join(evidence);
    if (grid.levels) {
      const auto level = !row.judgement ? std::string("missing")
                         : row.judgement->level ? row.judgement->level->value
                                                : std::string("(no level)");
      const auto own = row.self && row.self->level ? row.self->level->value : std::string("-");
      rows.push_back({row.aspect->ref, level, own, tagged});
    } else {
      rows.push_back({row.aspect->ref, row.judgement ? "recorded" : "missing", tagged});
    }
  }
  return aligned(rows) + fmt::format("\n{} of {} focus aspects {}.\n", grid.judged, grid.rows.size(),
                                     grid.levels ? "judged" : "with a finding");
}

nlohmann::ordered_json grid_json(const Grid& grid) {
  nlohmann::ordered_json aspects = nlohmann::ordered_json::array();
  for (const auto& row : grid.rows) {
    nlohmann::ordered_json evidence = nlohmann::ordered_json::array();
    for (const auto* e : row.evidence)
      evidence.push_back({{"id", e->id},
                          {"type", optional_text(e->type)},
                          {"cited", cited(row.judgement, e->id)},
                          {"tagged", tagged(*e, row.aspect->ref)}});
    nlohmann::ordered_json judgement = nullptr;
    if (row.judgement) {
      nlohmann::ordered_json ids = nlohmann::ordered_json::array();
      if (row.judgement->evidence)
        for (const auto& id : *row.judgement->evidence) ids.push_back(id.value);
      judgement = {{"level", optional_text(row.judgement->level)},
                   {"commentary", optional_text(row.judgement->commentary)},
                   {"evidence", ids},
                   {"share", row.judgement->share ? nlohmann::ordered_json(row.judgement->share->value)
                                                  : nlohmann::ordered_json(nullptr)}};
    }
    aspects.push_back({{"aspect", row.aspect->ref},
                       {"theme_name", row.theme ? row.theme->name : std::string()},
                       {"aspect_name", row.aspect->name},
                       {"judgement", judgement},
                       {"evidence", evidence},
                       {"self_evaluation", row.self ? optional_text(row.self->level) : nlohmann::ordered_json(nullptr)}});
  }
  return {{"school", grid.school->slug},
          {"review", grid.review->slug},
          {"has_levels", grid.levels},
          {"judged", grid.judged},
          {"focus_aspects", grid.rows.size()},
          {"aspects", aspects}};
}

}  // namespace lateral::workflow
