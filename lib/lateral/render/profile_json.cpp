// The profile as JSON for scripts; schemas/profile.json documents the shape (`lateral schema profile`).
#include <nlohmann/json.hpp>

#include "lateral/render/document.hpp"
#include "lateral/render/profile.hpp"

namespace lateral {
namespace {

using Json = nlohmann::ordered_json;

Json level_json(const std::optional<ProfileLevel>& level) {
  if (!level) return nullptr;
  return {{"id", level->id}, {"name", level->name}};
}

Json text_or_null(const std::string& s) { return s.empty() ? Json(nullptr) : Json(s); }

Json evidence_json(const ProfileEvidence& e) {
  return {{"id", e.id},
          {"type", {{"id", e.type}, {"name", e.type_name}}},
          {"context", text_or_null(e.context)},
          {"summary", e.summary},
          {"date", e.date ? Json(e.date->str()) : Json(nullptr)},
          {"by", e.by},
          {"aspects", e.aspects},
          {"confidential", e.confidential}};
}

Json aspect_ref_json(const ProfileAspectRef& a) {
  return {{"aspect", a.ref}, {"theme_name", a.theme_name}, {"aspect_name", a.aspect_name}, {"level", level_json(a.level)}};
}

Json aspect_json(const ProfileAspect& a) {
  Json statements = Json::array();
  for (const auto& s : a.statements)
    statements.push_back({{"level", level_json(s.level)},
                          {"text", s.text},
                          {"judged", s.judged},
                          {"self_evaluated", s.self_assessed}});
  Json evidence = Json::array();
  for (const auto& e : a.evidence) evidence.push_back(evidence_json(e));
  Json self = nullptr;
  if (a.self_evaluated)
    self = {{"level", level_json(a.self_level)}, {"note", a.self_note ? Json(*a.self_note) : Json(nullptr)}};
  return {{"aspect", a.ref},
          {"id", a.id},
          {"name", a.name},
          {"prompt", a.prompt},
          {"judged", a.judged},
          {"level", level_json(a.level)},
          {"commentary", a.judged ? Json(a.commentary) : Json(nullptr)},
          {"self_evaluation", self},
          {"differs", a.differs},
          {"statements", statements},
          {"evidence", evidence},
          {"withheld", a.withheld},
          {"practice_to_share", a.practice_to_share},
          {"area_for_development", a.area_for_development}};
}

}  // namespace

std::string profile_json(const Profile& p) {
  Json dates = Json::array();
  for (const auto& d : p.dates) dates.push_back(d.str());
  Json team = Json::array();
  for (const auto& m : p.team)
    team.push_back({{"name", m.name}, {"role", m.role}, {"school", text_or_null(m.school)}, {"lead", m.lead}});
  Json themes = Json::array();
  for (const auto& t : p.themes) {
    Json aspects = Json::array();
    for (const auto& a : t.aspects) aspects.push_back(aspect_json(a));
    themes.push_back({{"id", t.id}, {"name", t.name}, {"summary", t.summary}, {"aspects", aspects}});
  }
  auto refs = [](const std::vector<ProfileAspectRef>& list) {
    Json out = Json::array();
    for (const auto& a : list) out.push_back(aspect_ref_json(a));
    return out;
  };
  Json uncited = Json::array();
  for (const auto& e : p.uncited) uncited.push_back(evidence_json(e));
  const Json doc = {
      {"kind", "profile"},
      {"schema_version", 1},
      {"draft", p.draft},
      {"missing", refs(p.missing)},
      {"partnership", p.partnership},
      {"school", {{"slug", p.school}, {"name", p.school_name}}},
      {"review", p.review},
      {"dates", dates},
      {"framework", {{"id", p.framework_id}, {"version", p.framework_version}, {"name", p.framework_name},
                     {"has_levels", p.has_levels}}},
      {"question", p.question},
      {"team", team},
      {"findings", text_or_null(p.findings)},
      {"has_self_evaluation", p.self_evaluation},
      {"themes", themes},
      {"practice_to_share", refs(p.practice_to_share)},
      {"areas_for_development", refs(p.areas_for_development)},
      {"uncited_evidence", uncited},
      {"confidential", {{"included", p.include_confidential}, {"records", p.confidential}, {"withheld", p.withheld}}},
  };
  return render::dump(doc);
}

}  // namespace lateral
