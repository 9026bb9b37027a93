// Where a review is in the peer review cycle, and what it needs to move on.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "lateral/date.hpp"
#include "lateral/model.hpp"

namespace lateral {

enum class Stage { planned, reviewing, benchmarked, feedback_given, action_plan_agreed, following_up, complete };

std::string_view to_string(Stage s);   // "planned", "feedback-given", ...
std::string_view describe(Stage s);    // "planned", "feedback given", ...

// The conditions the stage-gated rules use.
bool review_started(const Review& r, Date today);
bool all_focus_aspects_judged(const Review& r);
bool feedback_reached(const Review& r, Date today);
bool workshop_reached(const Review& r, Date today);
// Judgements at a level for development that no action answers.
std::vector<const Judgement*> unanswered_development(const Review& r);

struct StageReport {
  Stage stage;
  std::vector<std::string> needs;  // what the next stage still needs, in the users' words
};

StageReport review_stage(const Review& r, Date today);

}  // namespace lateral
