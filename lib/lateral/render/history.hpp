// A school's reviews side by side, for next year's review and the partnership lead: each aspect's
// level review by review and how it changed, what became of each action plan, and the school's own
// view beside the peers'. Built from the model; the formatters turn it into Markdown or JSON.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lateral/model.hpp"
#include "lateral/render/html.hpp"
#include "lateral/render/views.hpp"

namespace lateral {

// How an aspect's level moved since the last earlier review that judged it at a level.
struct LevelChange {
  enum class Direction { first, up, down, same, not_comparable };  // not_comparable: another framework
  Direction direction = Direction::first;
  std::optional<std::string> since;  // that earlier review's slug
  std::optional<view::LevelRef> from;
};
std::string_view to_string(LevelChange::Direction d);  // "first", "up", "down", "same", "not-comparable"

// The school's own level beside the peers': the same, higher or lower.
enum class SelfComparison { same, higher, lower };
std::string_view to_string(SelfComparison c);

// One aspect in one review.
struct AspectInReview {
  bool reviewed = false;  // the aspect's theme was in the review's focus
  bool judged = false;    // the benchmark has an entry for it
  std::optional<view::LevelRef> level;
  std::optional<std::string> commentary;  // the finding, the only content when there are no levels
  std::optional<LevelChange> change;      // when judged at a level
  std::optional<view::LevelRef> self_level;
  std::optional<std::string> self_note;
  std::optional<SelfComparison> self_comparison;
};

// What became of an action: done, dropped, or still open (planned or in progress).
enum class ActionOutcome { done, dropped, open };
std::string_view to_string(ActionOutcome o);

struct ActionRecord {
  std::string id;
  view::AspectRef aspect;
  std::string action;
  std::string owner;
  ActionStatus status = ActionStatus::planned;
  ActionOutcome outcome = ActionOutcome::open;
  std::optional<Date> due, done;
};

struct PlanRecord {
  std::string review;     // the slug of the review the plan came from
  bool recorded = false;  // actions.yaml exists
  std::vector<ActionRecord> actions;
};

struct HistoryReview {
  std::string slug;
  std::vector<Date> dates;
  std::string framework;  // the framework's id
  bool has_levels = false;
  bool benchmark_read = true;  // false when benchmark.yaml exists but could not be read
  struct Theme {
    std::string id, name;
  };
  std::vector<Theme> themes;  // the focus
  std::optional<std::string> question;
  std::vector<AspectInReview> aspects;  // one per History::aspects, in the same order
  std::optional<PlanRecord> previous_plan;  // from the review before this one
};

struct History {
  std::string partnership;
  std::string school;  // slug
  std::string school_name;
  // Every aspect of a theme some review focused on, in framework order.
  std::vector<view::AspectRef> aspects;
  std::vector<HistoryReview> reviews;  // in date order
  std::optional<PlanRecord> current_plan;  // the latest review's plan
  bool has_levels = false;                 // some review's framework has levels
  std::vector<view::LevelRef> levels;      // the latest review's framework's levels, lowest first
};

History build_history(const Repository& repo, const School& school);

std::string history_markdown(const History& history);
std::string history_json(const History& history);
std::string history_html(const History& history);
// The HTML document's parts, for a page of the site (render/site.hpp) to add its navigation to.
html::Page history_page(const History& document);
// By format name (render::document_formats()).
std::string render_history(const History& history, std::string_view format);

// The words every format uses. An aspect in a review: its level's name, or what stands in its
// place ("not reviewed", "not judged yet", ...).
std::string cell_text(const HistoryReview& r, const AspectInReview& e);
// "up: Developing → Established", "first judgement", ...
std::string change_text(const LevelChange& c, const view::LevelRef& now, const std::string& previous_review);
// The school's own level, and how it compares with the peers'.
std::string self_text(const AspectInReview& e);
// "done on 2026-03-01", "still open: planned, due ...".
std::string outcome_text(const ActionRecord& a);

}  // namespace lateral
