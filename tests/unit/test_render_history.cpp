// lateral history's data: levels review by review, the change since the last judgement, "not
// reviewed" never carrying a level, the school's own view, and what happened to the previous plan.
#include <doctest/doctest.h>

#include "lateral/loader.hpp"
#include "lateral/render/history.hpp"

namespace {

using namespace lateral;

const Repository& repo_at(const char* path) {
  static std::map<std::string, Repository> loaded;
  auto [it, fresh] = loaded.try_emplace(path);
  if (fresh) it->second = load_repository(std::filesystem::path(LATERAL_SOURCE_DIR) / path);
  return it->second;
}

std::size_t index_of(const History& h, std::string_view ref) {
  for (std::size_t i = 0; i < h.aspects.size(); ++i)
    if (h.aspects[i].ref == ref) return i;
  FAIL("no aspect " << ref);
  return 0;
}

}  // namespace

TEST_CASE("history: the change between two reviews, in the school's own words of the framework") {
  const auto& repo = repo_at("examples/north-dales");
  const auto h = build_history(repo, *repo.school("ashby-moor-primary"));
  REQUIRE(h.reviews.size() == 2);
  CHECK(h.reviews[0].slug == "2025-05");
  CHECK(h.reviews[1].slug == "2026-05");
  const auto curriculum = index_of(h, "looking-inward/curriculum");
  CHECK(h.aspects[curriculum].label() == "Looking Inward: Curriculum");
  const auto& before = h.reviews[0].aspects[curriculum];
  const auto& after = h.reviews[1].aspects[curriculum];
  CHECK(before.level->id == "developing");
  CHECK(before.change->direction == LevelChange::Direction::first);
  CHECK(after.level->id == "established");
  CHECK(after.change->direction == LevelChange::Direction::up);
  CHECK(after.change->since == "2025-05");
  CHECK(after.change->from->name == "Developing");
  CHECK(h.reviews[1].aspects[index_of(h, "our-impact/outcomes")].change->direction == LevelChange::Direction::same);

  // The school thought its inclusion established; the peers said developing.
  const auto& inclusion = h.reviews[0].aspects[index_of(h, "our-impact/inclusion")];
  CHECK(inclusion.self_level->id == "established");
  CHECK(inclusion.self_comparison == SelfComparison::higher);
  CHECK_FALSE(h.reviews[0].aspects[index_of(h, "looking-inward/leadership")].self_level);
}

TEST_CASE("history: what happened to the previous plan") {
  const auto& repo = repo_at("examples/north-dales");
  const auto h = build_history(repo, *repo.school("ashby-moor-primary"));
  CHECK_FALSE(h.reviews[0].previous_plan);
  const auto& plan = *h.reviews[1].previous_plan;
  CHECK(plan.review == "2025-05");
  REQUIRE(plan.actions.size() == 6);
  CHECK(plan.actions[0].outcome == ActionOutcome::done);
  CHECK(plan.actions[0].done == Date{2025, 12, 12});
  CHECK(plan.actions[4].id == "a5");
  CHECK(plan.actions[4].outcome == ActionOutcome::dropped);
  REQUIRE(h.current_plan);
  CHECK(h.current_plan->review == "2026-05");
  CHECK(h.current_plan->actions[0].outcome == ActionOutcome::open);
}

TEST_CASE("history: an aspect a review did not look at is not reviewed, never a level") {
  const auto& repo = repo_at("tests/fixtures/h/four-schools");
  const auto h = build_history(repo, *repo.school("aldbrook-primary"));
  REQUIRE(h.reviews.size() == 3);
  const auto teaching = index_of(h, "looking-inward/teaching");
  const auto& skipped = h.reviews[1].aspects[teaching];  // 2025-06 looked at Looking Forward instead
  CHECK_FALSE(skipped.reviewed);
  CHECK_FALSE(skipped.level);
  CHECK_FALSE(skipped.change);
  // The next review compares with the last one that judged it, two reviews back.
  const auto& later = h.reviews[2].aspects[teaching];
  CHECK(later.change->direction == LevelChange::Direction::same);
  CHECK(later.change->since == "2024-06");
  CHECK(h.reviews[2].aspects[index_of(h, "our-impact/outcomes")].change->direction == LevelChange::Direction::down);
  CHECK_FALSE(h.reviews[0].aspects[index_of(h, "looking-forward/vision")].reviewed);

  const auto md = history_markdown(h);
  CHECK(md.find("| Looking Inward: Teaching | Developing | not reviewed | Developing (same) |") != std::string::npos);
  CHECK(md.find("same: Developing → Developing (since 2024-06)") != std::string::npos);
}

TEST_CASE("history: a review not yet judged, and a framework without levels") {
  const auto& fixture = repo_at("tests/fixtures/h/four-schools");
  const auto planned = build_history(fixture, *fixture.school("calderside-primary"));
  REQUIRE(planned.reviews.size() == 2);
  const auto& outcomes = planned.reviews[1].aspects[index_of(planned, "our-impact/outcomes")];
  CHECK(outcomes.reviewed);
  CHECK_FALSE(outcomes.judged);
  CHECK_FALSE(outcomes.level);

  const auto& enquiry = repo_at("examples/enquiry-cluster");
  const auto h = build_history(enquiry, *enquiry.school("kestrel-vale-primary"));
  CHECK_FALSE(h.has_levels);
  for (const auto& e : h.reviews[0].aspects) {
    CHECK_FALSE(e.level);
    CHECK_FALSE(e.change);
    CHECK(e.commentary);
  }
  const auto md = history_markdown(h);
  CHECK(md.find("The peers' finding:") != std::string::npos);
  CHECK(md.find("```mermaid") == std::string::npos);
}
