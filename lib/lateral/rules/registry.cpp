// The table of rules (one row each: name, severity, what holds, the check) and the engine that
// runs them, applies the partnership's severities and the files' ignore comments.
#include <fmt/format.h>

#include <algorithm>

#include "common.hpp"

namespace lateral {
namespace rules {
void check_coverage(const RuleContext&, RuleSink&);
void check_unknown_reference(const RuleContext&, RuleSink&);
void check_team(const RuleContext&, RuleSink&);
void check_cited_evidence(const RuleContext&, RuleSink&);
void check_complete_benchmark(const RuleContext&, RuleSink&);
void check_action_owned(const RuleContext&, RuleSink&);
void check_action_for_development(const RuleContext&, RuleSink&);
void check_triangulation(const RuleContext&, RuleSink&);
void check_evidence_range(const RuleContext&, RuleSink&);
void check_independent_team(const RuleContext&, RuleSink&);
void check_outstanding_lead(const RuleContext&, RuleSink&);
void check_workshop_timing(const RuleContext&, RuleSink&);
void check_annual_review(const RuleContext&, RuleSink&);
void check_overdue_action(const RuleContext&, RuleSink&);
void check_framework_fit(const RuleContext&, RuleSink&);
void check_stale_schemas(const RuleContext&, RuleSink&);
void check_repeated_value(const RuleContext&, RuleSink&);
void check_dates_order(const RuleContext&, RuleSink&);
void check_evidence_aspect(const RuleContext&, RuleSink&);
void check_plan_drift(const RuleContext&, RuleSink&);
void check_reciprocity(const RuleContext&, RuleSink&);
void check_schema_line(const RuleContext&, RuleSink&);
}  // namespace rules

namespace {
using S = Severity;
constexpr Rule kRules[] = {
    {"coverage", S::error, false, "the focus covers every required theme and at least the minimum number of themes", rules::check_coverage},
    {"unknown-reference", S::error, false, "every theme, aspect, level, evidence type, evidence id and team member named exists", rules::check_unknown_reference},
    {"team", S::error, false, "the team has 2 to 4 people and exactly one lead, whose role is headteacher", rules::check_team},
    {"cited-evidence", S::error, false, "every judgement cites at least one evidence record that exists", rules::check_cited_evidence},
    {"complete-benchmark", S::error, false, "from the day feedback is given, every aspect of every focus theme is judged", rules::check_complete_benchmark},
    {"no-overall-grade", S::error, false, "no file has an overall grade, score, average, rating, total or rank, nor a judgement of a whole theme", nullptr},
    {"action-owned", S::error, false, "every action has an owner, success criteria and a due date after the last review day", rules::check_action_owned},
    {"action-for-development", S::error, false, "from the workshop date, every area for development has at least one action", rules::check_action_for_development},
    {"repeated-value", S::error, false, "no list repeats a value (review days, focus themes, cited evidence, an evidence record's aspects)", rules::check_repeated_value},
    {"dates-order", S::error, false, "the focus is agreed before the review, the team briefed by its first day, feedback given from the first day on, the workshop after it, and evidence dated within the review", rules::check_dates_order},
    {"triangulation", S::warning, false, "a judgement cites evidence of at least two different types", rules::check_triangulation},
    {"evidence-range", S::warning, false, "once benchmarked, the review draws on at least four evidence types", rules::check_evidence_range},
    {"independent-team", S::warning, false, "no team member comes from the host school", rules::check_independent_team},
    {"outstanding-lead", S::warning, false, "an Outstanding school's lead reviewer comes from another Outstanding school", rules::check_outstanding_lead},
    {"evidence-aspect", S::warning, false, "every record a judgement cites is tagged to that judgement's aspect", rules::check_evidence_aspect},
    {"workshop-timing", S::warning, false, "the workshop is within 7 days of the last review day", rules::check_workshop_timing},
    {"annual-review", S::warning, false, "every school's latest review is under 12 months old", rules::check_annual_review},
    {"overdue-action", S::warning, false, "no open action is past its due date", rules::check_overdue_action},
    {"reciprocity", S::warning, false, "a school that received a review in each of the last two cycles gave at least one reviewer in them", rules::check_reciprocity},
    {"personal-data", S::warning, false, "no text looks like a pupil number, an e-mail address, a phone number or a date of birth", nullptr},
    {"plan-drift", S::warning, false, "a review of a school in a planned cycle has the plan's team, or the plan says why not", rules::check_plan_drift},
    {"schema-line", S::warning, false, "every file opens with the schema line lateral writes for it, once lateral.yaml has one", rules::check_schema_line},
    {"stale-schemas", S::warning, false, "the JSON Schemas in .lateral/schemas/ are the ones this lateral checks with", rules::check_stale_schemas},
    // Found while loading: always errors.
    {"syntax", S::error, true, "the file is valid YAML with spaces for indentation and one document", nullptr},
    {"schema", S::error, true, "every value has the right type, every required key is there and no unknown key is", rules::check_framework_fit},
    {"duplicate-key", S::error, true, "no key appears twice in one map", nullptr},
    {"yaml11-bool", S::error, true, "booleans are written true or false", nullptr},
    {"date", S::error, true, "dates are real dates written YYYY-MM-DD", nullptr},
    {"anchor", S::error, true, "no anchors, aliases or tags", nullptr},
    {"limit", S::error, true, "files are at most 1 MiB and nested at most 32 levels deep", nullptr},
    {"encoding", S::error, true, "files are UTF-8 without control characters", nullptr},
    {"path", S::error, true, "file and directory names are slugs, known to lateral, and inside the repository", nullptr},
};
}  // namespace

Diagnostic& RuleSink::report(std::string subject, const std::string& file, const yaml::Mark& at, int length,
                             std::string message, std::string hint) {
  auto& d = out_.emplace_back(Diagnostic{file, at.line, at.column, std::max(length, 1), Severity::error,
                                         std::string(rule_), std::move(message), std::move(hint)});
  d.subject = std::move(subject);
  return d;
}

std::span<const Rule> all_rules() { return kRules; }

#ifndef LATERAL_DOCS_URL
#define LATERAL_DOCS_URL "https://lateral.invalid/docs"
#endif
std::string rule_docs_url(std::string_view rule) { return std::string(LATERAL_DOCS_URL) + "/rules.md#" + std::string(rule); }

const Rule* find_rule(std::string_view name) {
  for (const auto& r : kRules)
    if (r.name == name) return &r;
  return nullptr;
}

namespace {

// A file can hold a hundred thousand unknown keys. Past this many problems in one file the rest
// become one `limit` diagnostic where they begin, so the output, and the work of showing each
// problem's source line, stays bounded whatever the input.
constexpr std::size_t kMaxDiagnosticsPerFile = 100;

void cap_per_file(std::vector<Diagnostic>& sorted) {
  std::vector<Diagnostic> kept;
  kept.reserve(sorted.size());
  for (std::size_t i = 0; i < sorted.size();) {
    std::size_t end = i;
    while (end < sorted.size() && sorted[end].file == sorted[i].file) ++end;
    const std::size_t shown = std::min(end, i + kMaxDiagnosticsPerFile);
    for (std::size_t k = i; k < shown; ++k) kept.push_back(std::move(sorted[k]));
    if (shown < end) {
      const bool errors = std::any_of(sorted.begin() + static_cast<std::ptrdiff_t>(shown),
                                      sorted.begin() + static_cast<std::ptrdiff_t>(end),
                                      [](const Diagnostic& d) { return d.severity == Severity::error; });
      Diagnostic limit;
      limit.file = sorted[shown].file;
      limit.line = sorted[shown].line;
      limit.column = sorted[shown].column;
      limit.severity = errors ? Severity::error : Severity::warning;
      limit.rule = "limit";
      limit.message = fmt::format("{} more problems in this file are not listed: lateral stops after {} in one file",
                                  end - shown, kMaxDiagnosticsPerFile);
      limit.hint = "fix the problems listed and run check again";
      kept.push_back(std::move(limit));
    }
    i = end;
  }
  sorted = std::move(kept);
}

}  // namespace

std::vector<Diagnostic> finish_diagnostics(const Repository& repo, std::vector<Diagnostic> in) {
  std::vector<Diagnostic> out;
  out.reserve(in.size());
  for (auto& d : in) {
    const auto* rule = find_rule(d.rule);
    Severity sev = rule ? rule->severity : Severity::error;
    if (rule && !rule->loading)
      if (auto it = repo.partnership.rules.find(d.rule); it != repo.partnership.rules.end()) sev = it->second.value;
    if (sev == Severity::off) continue;
    // A loading rule's error cannot be silenced, as its severity cannot be changed: the value it
    // is about was not read, and silence would turn that into a silent default.
    const bool loading = !rule || rule->loading;
    if (auto it = repo.suppressions.find(d.file); !loading && it != repo.suppressions.end()) {
      const bool silenced = std::any_of(it->second.begin(), it->second.end(), [&](const yaml::Suppression& s) {
        return s.line == d.line && (s.rule == d.rule || s.rule == "all");
      });
      if (silenced) continue;
    }
    d.severity = sev;
    out.push_back(std::move(d));
  }
  sort_diagnostics(out);
  cap_per_file(out);
  return out;
}

std::vector<Diagnostic> check_repository(const Repository& repo, const CheckOptions& options) {
  std::vector<Diagnostic> all = repo.diagnostics;
  const RuleContext ctx{repo, options.today};
  for (const auto& rule : kRules) {
    if (!rule.check) continue;
    RuleSink sink(rule.name, all);
    rule.check(ctx, sink);
  }
  // Overrides of loading rules cannot be honoured: say so where they are written.
  for (const auto& [name, sev] : repo.partnership.rules) {
    const auto* rule = find_rule(name);
    if (rule && rule->loading)
      all.push_back(Diagnostic{repo.partnership.file, sev.mark.line, sev.mark.column, sev.length, Severity::error, "schema",
                               fmt::format("`{}` is found while loading files and is always an error", name),
                               "remove it from `rules`", std::nullopt, repo.partnership.file + "#rules." + name});
  }
  return finish_diagnostics(repo, std::move(all));
}

}  // namespace lateral
