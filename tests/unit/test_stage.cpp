// Stages of a review, at each boundary: a stage is reached on its date, not the day before.
#include <doctest/doctest.h>

#include <filesystem>
#include <string>

#include "lateral/loader.hpp"
#include "lateral/stage.hpp"

namespace fs = std::filesystem;
using namespace lateral;

namespace {

const fs::path kMinimal = fs::path(LATERAL_SOURCE_DIR) / "tests" / "fixtures" / "minimal";
const std::string kReview = "schools/brook-lane-primary/reviews/2026-10/";

std::pair<const std::string, std::string> edit(const std::string& file, std::string_view from, std::string_view to) {
  auto text = read_file_bytes(kMinimal / file);
  REQUIRE(text);
  const auto at = text->find(from);
  REQUIRE(at != std::string::npos);
  text->replace(at, from.size(), to);
  return {file, *text};
}

// The stage of the brook-lane review (first review day 2026-10-06, immediate feedback 2026-10-07,
// workshop 2026-10-13) on `today`.
StageReport stage_on(Date today, const Overlay& overlay = {}) {
  const auto repo = load_repository(kMinimal, &overlay);
  const auto* school = repo.school("brook-lane-primary");
  REQUIRE(school);
  REQUIRE(school->reviews.size() == 1);
  return review_stage(school->reviews[0], today);
}

// One focus aspect left unjudged: its judgement moved to a key that is not a focus aspect.
Overlay unjudged() {
  return {edit(kReview + "benchmark.yaml", "looking-outward/research:\n  level: developing\n",
               "looking-inward/research:\n  level: developing\n")};
}

}  // namespace

TEST_CASE("planned until the first review day") {
  auto s = stage_on({2026, 10, 5});
  CHECK(s.stage == Stage::planned);
  REQUIRE(s.needs.size() == 1);
  CHECK(s.needs[0] == "the first review day, 2026-10-06");
  CHECK(stage_on({2026, 10, 6}).stage != Stage::planned);
}

TEST_CASE("reviewing from the first review day while a focus aspect is unjudged") {
  auto s = stage_on({2026, 10, 6}, unjudged());
  CHECK(s.stage == Stage::reviewing);
  REQUIRE(s.needs.size() == 1);
  CHECK(s.needs[0] == "1 aspect of Looking Outward not judged (research)");
  // Unjudged aspects keep a review in `reviewing` whatever the date.
  CHECK(stage_on({2027, 6, 1}, unjudged()).stage == Stage::reviewing);
}

TEST_CASE("benchmarked once every focus aspect is judged, until immediate feedback") {
  auto s = stage_on({2026, 10, 6});
  CHECK(s.stage == Stage::benchmarked);
  CHECK(s.needs == std::vector<std::string>{"immediate feedback, planned for 2026-10-07"});
}

TEST_CASE("feedback given from feedback.immediate until the workshop") {
  auto s = stage_on({2026, 10, 7});
  CHECK(s.stage == Stage::feedback_given);
  CHECK(s.needs == std::vector<std::string>{"the feedback workshop, planned for 2026-10-13"});
  CHECK(stage_on({2026, 10, 12}).stage == Stage::feedback_given);
  CHECK(stage_on({2026, 10, 13}).stage != Stage::feedback_given);
}

TEST_CASE("feedback given stays while an area for development has no action") {
  const Overlay no_a2 = {edit(kReview + "actions.yaml", "aspect: looking-outward/research", "aspect: our-impact/inclusion")};
  auto s = stage_on({2026, 11, 23}, no_a2);
  CHECK(s.stage == Stage::feedback_given);
  CHECK(s.needs == std::vector<std::string>{"an action for looking-outward/research"});
}

TEST_CASE("action plan agreed, following up, complete") {
  const Overlay planned = {edit(kReview + "actions.yaml", "status: in-progress", "status: planned")};
  auto s = stage_on({2026, 10, 13}, planned);
  CHECK(s.stage == Stage::action_plan_agreed);
  CHECK(s.needs == std::vector<std::string>{"work on the plan to start: 2 actions planned"});
  s = stage_on({2026, 10, 13});  // a1 is in progress
  CHECK(s.stage == Stage::following_up);
  CHECK(s.needs == std::vector<std::string>{"2 open actions to finish (done or dropped)"});
  auto text = read_file_bytes(kMinimal / (kReview + "actions.yaml"));
  REQUIRE(text);
  text->replace(text->find("status: in-progress"), 19, "status: done");
  *text += "  status: dropped\n";
  CHECK(stage_on({2026, 11, 23}, {{kReview + "actions.yaml", *text}}).stage == Stage::complete);
}

TEST_CASE("the conditions the stage-gated rules use") {
  const auto repo = load_repository(kMinimal);
  const auto& r = repo.school("brook-lane-primary")->reviews[0];
  CHECK_FALSE(review_started(r, {2026, 10, 5}));
  CHECK(review_started(r, {2026, 10, 6}));
  CHECK(all_focus_aspects_judged(r));
  CHECK_FALSE(feedback_reached(r, {2026, 10, 6}));
  CHECK(feedback_reached(r, {2026, 10, 7}));
  CHECK_FALSE(workshop_reached(r, {2026, 10, 12}));
  CHECK(workshop_reached(r, {2026, 10, 13}));
  CHECK(unanswered_development(r).empty());
  CHECK(to_string(Stage::feedback_given) == "feedback-given");
  CHECK(describe(Stage::action_plan_agreed) == "action plan agreed");
}
