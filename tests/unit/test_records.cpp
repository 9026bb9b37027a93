// What new records are given (evidence ids, action ids, review days, an evidence date) and how a
// change is checked before it is written: only errors it introduces refuse it.
#include <doctest/doctest.h>

#include <filesystem>

#include "lateral/edit/change.hpp"
#include "lateral/edit/records.hpp"
#include "lateral/loader.hpp"
#include "lateral/schemas.hpp"

using namespace lateral;
using namespace lateral::edit;

namespace {

const std::filesystem::path kWorkflow = std::filesystem::path(LATERAL_SOURCE_DIR) / "tests/fixtures/workflow";
constexpr const char* kReview = "schools/moss-bank-primary/reviews/2026-11";

Review review_with(std::vector<std::string> dates) {
  Review r;
  std::vector<Located<Date>> days;
  for (const auto& d : dates) days.push_back({*Date::parse(d), {}, 10});
  r.plan.dates = days;
  return r;
}

}  // namespace

TEST_CASE("evidence prefixes: initials, longer only where members share them") {
  using V = std::vector<std::string>;
  CHECK(evidence_prefixes(V{"Sam Okafor", "Alex Morgan"}) == V{"so", "am"});
  CHECK(evidence_prefixes(V{"Tom Barker", "Nadia Hussain", "Tara Bell"}) == V{"tbarker", "nh", "tbell"});
  CHECK(evidence_prefixes(V{"Mary-Jane Smith", "Émile Zola"}) == V{"mjs", "mz"});
  CHECK(evidence_prefixes(V{"Sam Okafor", "Sue Okafor"}) == V{"sam-okafor", "sue-okafor"});
  CHECK(evidence_prefixes(V{"Sam Okafor", "Sam Okafor"}) == V{"sam-okafor-1", "sam-okafor-2"});
  CHECK(evidence_prefixes(V{"李雷", "韩梅梅"}) == V{"r1", "r2"});
  // The same team gives the same prefixes, whatever else is in the repository.
  CHECK(evidence_prefixes(V{"Tara Bell", "Tom Barker"}) == V{"tbell", "tbarker"});
}

TEST_CASE("the next number counts only this prefix's own ids") {
  const std::vector<std::string> ids = {"so-1", "so-3", "sok-9", "am-4", "so-x", "so-05", "so"};
  CHECK(next_number("so", ids) == 4);
  CHECK(next_number("am", ids) == 5);
  CHECK(next_number("tb", ids) == 1);
}

TEST_CASE("review days are weekdays in a row; evidence dates default to the nearest review day") {
  CHECK(is_weekday(*Date::parse("2026-11-23")));   // a Monday
  CHECK_FALSE(is_weekday(*Date::parse("2026-11-28")));
  const auto days = weekdays_from(*Date::parse("2026-11-26"), 3);
  REQUIRE(days.size() == 3);
  CHECK(days[0].str() == "2026-11-26");
  CHECK(days[1].str() == "2026-11-27");
  CHECK(days[2].str() == "2026-11-30");

  const auto r = review_with({"2026-06-10", "2026-06-11"});
  CHECK(default_evidence_date(r, *Date::parse("2026-06-01"))->str() == "2026-06-10");
  CHECK(default_evidence_date(r, *Date::parse("2026-06-11"))->str() == "2026-06-11");
  CHECK(default_evidence_date(r, *Date::parse("2026-06-14"))->str() == "2026-06-11");
  const auto gap = review_with({"2026-06-10", "2026-06-15"});
  CHECK(default_evidence_date(gap, *Date::parse("2026-06-12"))->str() == "2026-06-10");
  CHECK_FALSE(default_evidence_date(review_with({}), *Date::parse("2026-06-12")));
}

TEST_CASE("a change is refused only for the errors it introduces") {
  const auto repo = load_repository(kWorkflow);
  const auto today = *Date::parse("2026-11-23");
  const std::string file = std::string(kReview) + "/evidence/nh-3.yaml";
  const std::string good =
      "date: 2026-11-23\nby: Nadia Hussain\ntype: learning-walk\naspects: [our-impact/behaviour]\nsummary: Calm.\n";

  Change change;
  change.files[file] = good;
  auto result = check_change(repo, change, today);
  CHECK_FALSE(result.refused());
  CHECK(result.existing_errors == 0);

  change.files[file] = "date: 2026-11-23\nby: Nadia Hussain\ntype: learning-wlak\naspects: [our-impact/behaviour]\n"
                       "summary: Calm.\n";
  result = check_change(repo, change, today);
  REQUIRE(result.refused());
  REQUIRE(result.introduced_errors.size() == 1);
  CHECK(result.introduced_errors[0].rule == "unknown-reference");
  CHECK(result.introduced_errors[0].file == file);
  CHECK(result.introduced_errors[0].line == 3);

  // An error already there (a second record of the same kind) does not block a change that keeps it,
  // even when the change moves it to another line.
  const std::string broken = std::string(kReview) + "/evidence/nh-9.yaml";
  Change before_change;
  before_change.files[broken] = "date: 2026-11-23\nby: Nobody\ntype: learning-walk\naspects: [our-impact/behaviour]\nsummary: x.\n";
  const auto broken_repo = load_repository(kWorkflow, &before_change.files);
  Change moved = before_change;
  moved.files[broken] = "# a comment moves the problem down a line\n" + before_change.files[broken];
  moved.files[file] = good;
  result = check_change(broken_repo, moved, today);
  CHECK_FALSE(result.refused());
  CHECK(result.existing_errors == 1);
  CHECK(result.resolved_errors == 0);

  // A warning it brings is told, never blocking.
  // (The record opens with its schema line, as lateral writes it: without it, schema-line warns too.)
  change.files[file] = expected_schema_line(file) +
                       "\ndate: 2026-11-23\nby: Nadia Hussain\ntype: learning-walk\naspects: [our-impact/behaviour]\n"
                       "summary: Write to head@example.com.\n";
  result = check_change(repo, change, today);
  CHECK_FALSE(result.refused());
  REQUIRE(result.introduced_warnings.size() == 1);
  CHECK(result.introduced_warnings[0].rule == "personal-data");
}
