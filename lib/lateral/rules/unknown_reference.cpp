// unknown-reference: every theme, aspect, level, evidence type, evidence id, team member and rule
// named in a file exists.
#include "common.hpp"

namespace lateral::rules {
namespace {

// An aspect reference of the framework; `focus_only` also requires its theme to be in focus.
// `where` names the reference's place in the file, for the subject (with the value: another wrong
// value is another problem).
void aspect_ref(const Review& r, const std::string& file, std::string_view where, const Text& ref, bool focus_only,
                RuleSink& sink) {
  const auto& fw = *r.framework;
  const auto subject = about(file, fmt::format("{} {}", where, ref.value));
  if (!fw.aspect(ref.value)) {
    with_nearest_fix(sink.report(subject, file, ref, fmt::format("`{}` is not an aspect of the framework `{}`", ref.value, fw.id),
                suggest(ref.value, fw.aspect_refs(), "aspects")), ref.value, fw.aspect_refs());
    return;
  }
  // A focus that failed to load, or names a theme that is not one, cannot say what is out of it.
  if (!focus_only || !focus_known(r) || in_focus(r, fw.theme_of(ref.value)->id)) return;
  std::vector<std::string> themes;
  for (const auto& t : *r.plan.themes) themes.push_back(t.value);
  sink.report(subject, file, ref, fmt::format("`{}` is not in this review's focus ({})", ref.value, join(themes)),
              "judge only aspects of the themes in focus, or add the theme to focus.themes in review.yaml");
}

void level_ref(const Review& r, const std::string& file, std::string_view aspect, const Text& level, RuleSink& sink) {
  const auto& fw = *r.framework;
  const auto subject = about(file, fmt::format("{}.level {}", aspect, level.value));
  if (!fw.has_levels()) {
    sink.report(subject, file, level, fmt::format("the framework `{}` has no levels, so `level: {}` has no meaning", fw.id, level.value),
                file == r.self_evaluation_file ? "remove `level`; write the school's view in the note"
                                               : "remove `level`; write the finding in the commentary");
    return;
  }
  if (!fw.level(level.value))
    with_nearest_fix(sink.report(subject, file, level, fmt::format("`{}` is not a level of the framework `{}`", level.value, fw.id),
                suggest(level.value, fw.level_ids(), "levels")), level.value, fw.level_ids());
}

}  // namespace

void check_unknown_reference(const RuleContext& ctx, RuleSink& sink) {
  // lateral.yaml: rule names in `rules`.
  std::vector<std::string> rule_names;
  for (const auto& rule : all_rules())
    if (!rule.loading) rule_names.emplace_back(rule.name);
  for (const auto& [name, sev] : ctx.repo.partnership.rules) {
    const auto* rule = find_rule(name);
    if (!rule)
      with_nearest_fix(sink.report(about(ctx.repo.partnership.file, "rules." + name), ctx.repo.partnership.file, sev, fmt::format("`{}` is not a rule of lateral", name),
                  suggest(name, rule_names, "rules")), name, rule_names);
  }

  // `# lateral: ignore[RULE]` comments: a name that is no rule (or a loading rule, which cannot be
  // silenced) would silence nothing, without a word.
  std::vector<std::string> ignorable = rule_names;
  ignorable.emplace_back("all");
  for (const auto& [file, list] : ctx.repo.suppressions)
    for (const auto& s : list) {
      if (s.rule == "all") continue;
      const auto* rule = find_rule(s.rule);
      const int length = static_cast<int>(s.rule.size());
      if (!rule)
        with_nearest_fix(sink.report(about(file, fmt::format("ignore[{}]", s.rule)), file, s.at, length, fmt::format("`{}` is not a rule of lateral: this comment silences nothing", s.rule),
                    suggest(s.rule, ignorable, "rules")), s.rule, ignorable);
      else if (rule->loading)
        sink.report(about(file, fmt::format("ignore[{}]", s.rule)), file, s.at, length,
                    fmt::format("`{}` is found while loading files and cannot be silenced: this comment silences nothing",
                                s.rule),
                    "fix what it reports instead");
    }

  for_each_review(ctx.repo, [&](const School&, const Review& r) {
    if (!r.framework) return;
    const auto& fw = *r.framework;
    if (r.plan.themes)
      for (const auto& t : *r.plan.themes)
        if (!fw.theme(t.value))
          with_nearest_fix(sink.report(about(r.plan.file, "focus.themes " + t.value), r.plan.file, t, fmt::format("`{}` is not a theme of the framework `{}`", t.value, fw.id),
                      suggest(t.value, fw.theme_ids(), "themes")), t.value, fw.theme_ids());

    const auto names = team_names(r);
    for (const auto& e : r.evidence) {
      if (!e.loaded) continue;
      if (e.type && !fw.evidence_type(e.type->value))
        with_nearest_fix(sink.report(about(e.file, "type " + e.type->value), e.file, *e.type, fmt::format("`{}` is not an evidence type of the framework `{}`", e.type->value, fw.id),
                    suggest(e.type->value, fw.evidence_type_ids(), "evidence types")), e.type->value, fw.evidence_type_ids());
      if (e.aspects)
        for (const auto& a : *e.aspects) aspect_ref(r, e.file, "aspects", a, false, sink);
      if (e.by && r.plan.team && std::find(names.begin(), names.end(), e.by->value) == names.end())
        with_nearest_fix(sink.report(about(e.file, "by " + e.by->value), e.file, *e.by, fmt::format("`{}` is not a member of the review team", e.by->value),
                    suggest(e.by->value, names, "team members")), e.by->value, names);
    }

    std::vector<std::string> ids;
    for (const auto& e : r.evidence) ids.push_back(e.id);
    for (const auto& j : r.judgements) {
      aspect_ref(r, r.benchmark_file, "judgement", j.aspect, true, sink);
      if (j.level) level_ref(r, r.benchmark_file, j.aspect.value, *j.level, sink);
      if (j.evidence)
        for (const auto& id : *j.evidence)
          if (!r.find_evidence(id.value))
            with_nearest_fix(sink.report(about(r.benchmark_file, fmt::format("{}.evidence {}", j.aspect.value, id.value)), r.benchmark_file, id, fmt::format("no evidence record `{}` in this review", id.value),
                        ids.empty() ? std::string("this review has no evidence records yet: add them with lateral add-evidence")
                                    : suggest(id.value, ids, "evidence ids")), id.value, ids);
    }
    for (const auto& s : r.self_evaluation) {
      aspect_ref(r, r.self_evaluation_file, "self-evaluation", s.aspect, false, sink);
      if (s.level) level_ref(r, r.self_evaluation_file, s.aspect.value, *s.level, sink);
    }
    for (const auto& a : r.actions)
      if (a.aspect) aspect_ref(r, r.actions_file, action_name(a) + ".aspect", *a.aspect, false, sink);
  });
}

}  // namespace lateral::rules
