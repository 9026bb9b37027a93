// The partnership view: across every school's latest review, the practice worth sharing, the areas
// for development, the school-to-school support lateral suggests for them, and what schools said
// about the review process, cycle by cycle. Schools are listed by name, never ranked by levels.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "lateral/brokerage.hpp"
#include "lateral/date.hpp"
#include "lateral/model.hpp"
#include "lateral/reciprocity.hpp"
#include "lateral/render/html.hpp"
#include "lateral/render/views.hpp"

namespace lateral {

struct PartnershipOptions {
  Date today;                 // a review counts once its first day is on or before today
  std::optional<Date> since;  // only reviews whose first day is on or after this date
  int max_pairings = 2;       // the most suggested pairings any school is asked for
};

// One review of one school.
struct SchoolReview {
  std::string school;  // slug
  std::string name;
  std::string review;  // slug
  std::vector<Date> dates;
  std::optional<Date> first_day() const { return dates.empty() ? std::nullopt : std::optional<Date>(dates.front()); }
};

struct SharedPractice {
  SchoolReview where;
  view::AspectRef aspect;
  std::optional<view::LevelRef> level;  // absent when the framework has no levels
  std::optional<std::string> commentary;
};

struct SupportSuggestion {
  SchoolReview from;  // the school that could help
  view::LevelRef level;  // its level in the aspect: the framework's top level
  bool reviewed_each_other = false;  // this cycle, in either direction
  std::string reason;
};

struct DevelopmentArea {
  SchoolReview where;
  view::AspectRef aspect;
  view::LevelRef level;
  std::vector<std::string> actions;  // ids of the school's actions on this aspect
  std::vector<SupportSuggestion> support;  // at most one: the school the assignment suggests
  std::optional<std::string> no_support;  // why nothing is suggested: no assignment could
};

struct FeedbackPoint {
  SchoolReview where;
  std::string text;
};

// One cycle: an academic year, September to August, by the review's first day.
struct FeedbackCycle {
  std::string label;  // "2025/26"
  Date from, to;
  std::vector<SchoolReview> with_feedback, without_feedback;
  std::vector<FeedbackPoint> went_well, even_better_if;
};

struct PartnershipView {
  std::string partnership;
  PartnershipOptions options;
  bool has_levels = false;  // some latest review's framework has levels
  std::vector<SchoolReview> latest;  // each school's latest review, schools by name
  struct SchoolRef {
    std::string school, name;
  };
  std::vector<SchoolRef> without_review;  // schools with no review in the window
  std::vector<SharedPractice> practice;
  std::vector<DevelopmentArea> development;
  BrokerageObjective brokerage;  // what the suggested support reached (lateral/brokerage.hpp)
  BrokerageWeights brokerage_weights;
  std::vector<FeedbackCycle> feedback;
  // Review places given and received, from the cycle of --since (or the first review) to today's.
  std::vector<PlacesCycle> places;
  // For the picture of the schools and aspects: every aspect some latest review looked at, in
  // framework order, and for each school of `latest` (same order) the aspects its review looked at.
  std::vector<view::AspectRef> aspects;
  std::vector<std::vector<std::string>> focus;
};

PartnershipView build_partnership(const Repository& repo, const PartnershipOptions& options);
// The sentence that opens the suggested support, in every format: how it was chosen, how many areas it serves.
std::string support_intro(const PartnershipView& view);
// The sentence that opens the review places, cycle by cycle.
std::string places_intro();

std::string partnership_markdown(const PartnershipView& view);
std::string partnership_json(const PartnershipView& view);
std::string partnership_html(const PartnershipView& view);
// The HTML document's parts, for a page of the site (render/site.hpp) to add its navigation to.
html::Page partnership_page(const PartnershipView& document);
// By format name (render::document_formats()).
std::string render_partnership(const PartnershipView& view, std::string_view format);

}  // namespace lateral
