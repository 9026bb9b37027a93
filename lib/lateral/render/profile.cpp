// Builds the profile of one review from the model: the data the Markdown and JSON formatters share.
#include "lateral/render/profile.hpp"

#include <algorithm>
#include <set>

#include "lateral/render/document.hpp"
#include "lateral/render/markdown.hpp"

namespace lateral {
namespace {

std::string text_of(const std::optional<Text>& t) { return t ? markdown::trimmed(t->value) : std::string(); }

ProfileLevel level_of(const Framework& framework, std::string_view id) {
  const Level* level = framework.level(id);
  return {std::string(id), level && !level->name.empty() ? level->name : std::string(id)};
}

ProfileEvidence evidence_of(const Framework& framework, const Evidence& e) {
  ProfileEvidence out;
  out.id = e.id;
  out.type = text_of(e.type);
  const auto* type = framework.evidence_type(out.type);
  out.type_name = type && !type->name.empty() ? type->name : out.type;
  out.context = text_of(e.context);
  out.summary = text_of(e.summary);
  if (e.date) out.date = e.date->value;
  out.by = text_of(e.by);
  out.confidential = e.confidential;
  if (e.aspects)
    for (const auto& a : *e.aspects) {
      out.aspects.push_back(a.value);
      const auto* aspect = framework.aspect(a.value);
      out.aspect_names.push_back(aspect ? aspect->name : a.value);
    }
  return out;
}

ProfileAspect aspect_of(const Review& review, const Framework& framework, const Aspect& aspect,
                        const ProfileOptions& options, std::set<std::string>& cited) {
  ProfileAspect out;
  out.ref = aspect.ref;
  out.id = aspect.id;
  out.name = aspect.name;
  out.prompt = markdown::trimmed(aspect.prompt);

  if (const auto* self = review.self_assessment(aspect.ref)) {
    out.self_evaluated = true;
    if (self->level) out.self_level = level_of(framework, self->level->value);
    if (self->note) out.self_note = markdown::trimmed(self->note->value);
  }
  if (const auto* j = review.judgement(aspect.ref)) {
    out.judged = true;
    if (j->level) out.level = level_of(framework, j->level->value);
    out.commentary = text_of(j->commentary);
    out.practice_to_share = review.is_practice_to_share(*j);
    out.area_for_development = review.is_area_for_development(*j);
    if (j->evidence) {
      std::set<std::string> listed;  // an id cited twice is listed once
      for (const auto& id : *j->evidence) {
        cited.insert(id.value);
        const auto* e = review.find_evidence(id.value);
        if (!e || !listed.insert(id.value).second) continue;
        if (e->confidential && !options.include_confidential)
          ++out.withheld;
        else
          out.evidence.push_back(evidence_of(framework, *e));
      }
    }
  }
  out.differs = out.level && out.self_level && out.level->id != out.self_level->id;
  for (const auto& level : framework.levels) {
    auto it = aspect.statements.find(level.id);
    if (it == aspect.statements.end()) continue;
    out.statements.push_back({level_of(framework, level.id), markdown::trimmed(it->second),
                              out.level && out.level->id == level.id,
                              out.self_level && out.self_level->id == level.id});
  }
  return out;
}

ProfileAspectRef ref_of(const ProfileTheme& theme, const ProfileAspect& aspect) {
  return {aspect.ref, theme.name, aspect.name, aspect.level};
}

}  // namespace

Profile build_profile(const Repository& repo, const School& school, const Review& review,
                      const ProfileOptions& options) {
  Profile p;
  static_cast<render::ReviewHeading&>(p) = render::review_heading(repo, school, review);
  p.question = text_of(review.plan.question);
  p.findings = text_of(review.plan.findings);
  p.include_confidential = options.include_confidential;
  p.self_evaluation = !review.self_evaluation.empty();
  if (review.plan.team)
    for (const auto& m : *review.plan.team)
      p.team.push_back({m.name.value, text_of(m.role), m.school ? render::school_name(repo, m.school->value) : "",
                        m.lead});
  if (!review.framework) return p;
  const Framework& framework = *review.framework;
  p.framework_id = framework.id;
  p.framework_version = framework.version;
  p.framework_name = framework.name;
  p.has_levels = framework.has_levels();

  std::set<std::string> cited;
  for (const auto& theme : framework.themes) {
    const bool in_focus = review.plan.themes && std::any_of(review.plan.themes->begin(), review.plan.themes->end(),
                                                            [&](const Text& t) { return t.value == theme.id; });
    if (!in_focus) continue;
    ProfileTheme t{theme.id, theme.name, markdown::trimmed(theme.summary), {}};
    for (const auto& aspect : theme.aspects) t.aspects.push_back(aspect_of(review, framework, aspect, options, cited));
    p.themes.push_back(std::move(t));
  }
  for (const auto& t : p.themes)
    for (const auto& a : t.aspects) {
      if (!a.judged) p.missing.push_back(ref_of(t, a));
      if (a.practice_to_share) p.practice_to_share.push_back(ref_of(t, a));
      if (a.area_for_development) p.areas_for_development.push_back(ref_of(t, a));
    }
  p.draft = !p.missing.empty();

  for (const auto& e : review.evidence) {
    if (!e.loaded) continue;
    if (e.confidential) ++p.confidential;
    if (e.confidential && !options.include_confidential) {
      ++p.withheld;
      continue;
    }
    if (!cited.contains(e.id)) p.uncited.push_back(evidence_of(framework, e));
  }
  return p;
}

std::string render_profile(const Profile& profile, std::string_view format) {
  static constexpr render::DocumentFormat<Profile> kFormats[] = {
      {"markdown", profile_markdown}, {"json", profile_json}, {"html", profile_html}};
  return render::render_as(profile, format, kFormats);
}

}  // namespace lateral
