// The typed model of a partnership repository, with where each value was written. Values a file
// failed to give are absent (std::nullopt), so rules can skip what the loader already reported.
#pragma once
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "lateral/date.hpp"
#include "lateral/diagnostic.hpp"
#include "lateral/framework.hpp"
#include "lateral/reader.hpp"
#include "lateral/yaml.hpp"

namespace lateral {

using Text = Located<std::string>;

struct Partnership {
  std::string file = "lateral.yaml";
  bool loaded = false;
  yaml::Mark first_key;
  std::optional<Text> name;
  std::optional<Text> framework;  // "default" or a path inside the repository
  std::map<std::string, Located<Severity>> rules;
};

struct TeamMember {
  Text name;
  std::optional<Text> role;
  std::optional<Text> school;
  bool lead = false;
  yaml::Mark mark;            // the member's entry
  std::optional<yaml::Mark> lead_mark;
  bool lead_unreadable = false;  // `lead:` is there but not a boolean (already reported where it is)
};

struct ReviewPlan {
  std::string file;  // .../review.yaml
  bool loaded = false;  // parsed into a map; individual keys may still be absent
  yaml::Mark first_key;
  std::optional<std::vector<Located<Date>>> dates;
  yaml::Mark dates_key;
  std::optional<Text> framework_id;
  std::optional<Text> framework_version;
  std::optional<std::vector<Text>> themes;
  yaml::Mark themes_key;  // the `themes` key, where coverage problems point
  int themes_key_length = 6;
  std::optional<Text> question;
  std::optional<std::vector<TeamMember>> team;
  yaml::Mark team_key;
  std::optional<Located<Date>> focus_agreed, team_briefing;
  std::optional<Located<Date>> immediate, workshop;
  std::optional<Text> findings;
};

struct SelfAssessment {
  Text aspect;
  std::optional<Text> level;
  std::optional<Text> note;
  bool level_unreadable = false;  // `level:` is there but not a name (already reported where it is)
};

struct Evidence {
  std::string id;
  std::string file;
  bool loaded = false;
  yaml::Mark first_key;
  std::optional<Located<Date>> date;
  std::optional<Text> by, type, summary, context;
  std::optional<std::vector<Text>> aspects;
  bool confidential = false;
};

struct Judgement {
  Text aspect;  // the key, "theme/aspect"
  std::optional<Text> level;
  std::optional<Text> commentary;
  std::optional<std::vector<Text>> evidence;
  yaml::Mark evidence_key;
  std::optional<Located<bool>> share;
  bool level_unreadable = false;  // `level:` is there but not a name (already reported where it is)
};

enum class ActionStatus { planned, in_progress, done, dropped };
std::string_view to_string(ActionStatus s);
std::optional<ActionStatus> parse_action_status(std::string_view s);

struct Action {
  yaml::Mark mark;
  std::optional<Text> id, aspect, action, owner, success, support;
  std::optional<Located<Date>> due, review, done;
  Located<ActionStatus> status{ActionStatus::planned, {}, 1};
  bool open() const { return status.value == ActionStatus::planned || status.value == ActionStatus::in_progress; }
};

struct ProcessFeedback {
  std::string file;
  std::optional<Located<Date>> date;
  std::vector<Text> went_well, even_better_if;
};

// The files of a review a command reads.
struct ReviewParts {
  bool plan = false, evidence = false, self_evaluation = false, benchmark = false, actions = false,
       process_feedback = false;
  static ReviewParts all() { return {true, true, true, true, true, true}; }
};

struct Review {
  std::string slug;
  std::string school;  // the school's slug
  std::string dir;     // repository-relative
  ReviewPlan plan;
  const Framework* framework = nullptr;  // resolved; null when it could not be

  std::string self_evaluation_file;
  bool self_evaluation_ok = true;  // absent, or read
  std::vector<SelfAssessment> self_evaluation;

  std::vector<Evidence> evidence;  // sorted by id; includes records whose file did not load

  std::string benchmark_file;
  bool benchmark_present = false;
  bool benchmark_ok = true;  // absent, or read
  yaml::Mark benchmark_first;
  std::vector<Judgement> judgements;

  std::string actions_file;
  bool actions_present = false;
  bool actions_ok = true;
  std::vector<Action> actions;

  std::optional<ProcessFeedback> process_feedback;
  bool process_feedback_ok = true;  // absent, or read

  // Those of `parts` that are there but could not be read (not YAML, or not the shape the file
  // kind has), repository-relative, in the order the review lists them: a command that reads one
  // would take it for empty. Their diagnostics say why.
  std::vector<std::string> unreadable(ReviewParts parts) const;

  std::optional<Date> first_day() const;
  std::optional<Date> last_day() const;
  const Evidence* find_evidence(std::string_view id) const;
  const Judgement* judgement(std::string_view aspect) const;
  const SelfAssessment* self_assessment(std::string_view aspect) const;
  // Focus aspects of the framework, in framework order (empty when plan or framework is missing).
  std::vector<const Aspect*> focus_aspects() const;
  bool is_area_for_development(const Judgement& j) const;
  bool is_practice_to_share(const Judgement& j) const;
};

// Someone a school offers for the partnership's reviews (school.yaml `reviewers`).
struct Reviewer {
  Text name;
  std::optional<Text> role;
  bool lead = false;  // may lead a review (only the framework's lead role may)
  yaml::Mark mark;
  std::optional<yaml::Mark> lead_mark;
};

struct School {
  std::string slug;
  std::string dir;
  std::string file;  // .../school.yaml
  bool loaded = false;
  yaml::Mark first_key;
  std::optional<Text> name, urn, phase, inspection, context;
  std::vector<Reviewer> reviewers;
  yaml::Mark reviewers_key;
  std::vector<Review> reviews;  // by first review day, then slug

  std::string display_name() const { return name ? name->value : slug; }
  bool outstanding() const;
};

// A planned round of reviews: plans/<yyyy>-<yy>.yaml, written by `lateral plan --write` and
// edited by the partnership. A review of a planned school in the cycle should have the plan's team,
// or the plan's `note` says why not (rule plan-drift).
struct PlannedTeam {
  Text school;
  std::optional<std::vector<TeamMember>> team;
  yaml::Mark team_key;
  std::optional<Text> why, note;
  yaml::Mark mark;
};

struct RoundFile {
  std::string file;  // plans/2027-28.yaml
  bool loaded = false;
  std::optional<Text> cycle;  // "2027/28"
  int start_year = 0;         // of the cycle, when `cycle` is one
  std::vector<PlannedTeam> reviews;
  const PlannedTeam* find(std::string_view school) const {
    for (const auto& r : reviews)
      if (r.school.value == school) return &r;
    return nullptr;
  }
};

struct Repository {
  std::filesystem::path root;
  Partnership partnership;
  std::vector<std::unique_ptr<Framework>> frameworks;  // the built-in one first
  const Framework* framework = nullptr;                // the partnership's
  // The ids of framework files that are there but did not load (their file names, and the ids they
  // declare when that much could be read): a review that names one stays quiet about it, since its
  // file's diagnostics say what is wrong.
  std::set<std::string> unloaded_frameworks;
  std::vector<School> schools;                         // by slug
  std::vector<RoundFile> plans;                        // plans/*.yaml, by file name
  std::vector<Diagnostic> diagnostics;                 // found while loading
  std::unordered_map<std::string, std::vector<yaml::Suppression>> suppressions;  // by file
  // By file: the schema lines of the files read whose line is not the one lateral writes for them
  // (expected_schema_line), missing or different; the others are as they should be.
  std::map<std::string, yaml::SchemaLine> schema_lines;
  // Set when only this school was loaded (LoadOptions::scope): the other schools' files were not
  // read, so their problems are not in `diagnostics`, and the rules say nothing about them.
  std::optional<std::string> scope;
  // What people should be told about this run that is no problem in the data (the cache could not
  // be used, say): a command prints each once, on stderr.
  std::vector<std::string> notes;

  const Framework* find_framework(std::string_view id) const;
  const School* school(std::string_view slug) const;
  School* school(std::string_view slug);
};

}  // namespace lateral
