// Each rule on the minimal fixture changed in memory (the loader's overlay): it fires where it
// should, at the right place, and stays silent where it should, stage-gated rules before their stage.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "lateral/loader.hpp"
#include "lateral/rules.hpp"

namespace fs = std::filesystem;
using namespace lateral;

namespace {

const fs::path kMinimal = fs::path(LATERAL_SOURCE_DIR) / "tests" / "fixtures" / "minimal";
const std::string kReview = "schools/brook-lane-primary/reviews/2026-10/";
const std::string kPlanned = "schools/hill-top-primary/reviews/2027-01/";
constexpr Date kToday{2026, 11, 23};

// A fixture file with one piece of its text replaced.
std::pair<const std::string, std::string> edit(const std::string& file, std::string_view from, std::string_view to) {
  auto text = read_file_bytes(kMinimal / file);
  REQUIRE(text);
  const auto at = text->find(from);
  REQUIRE_MESSAGE(at != std::string::npos, file << " has no `" << std::string(from) << "`");
  text->replace(at, from.size(), to);
  return {file, *text};
}

// A fixture file with more text at its end.
std::pair<const std::string, std::string> append(const std::string& file, std::string_view more) {
  auto text = read_file_bytes(kMinimal / file);
  REQUIRE(text);
  return {file, *text + std::string(more)};
}

// The fixture keeps no .lateral/schemas/ (they follow the binary: the e2e harness writes them, and
// stale-schemas has its own cases there), so that rule's finding is left out here.
std::vector<Diagnostic> check(const Overlay& overlay = {}, Date today = kToday) {
  const auto repo = load_repository(kMinimal, &overlay);
  auto ds = check_repository(repo, {today});
  std::erase_if(ds, [](const Diagnostic& d) { return d.rule == "stale-schemas"; });
  return ds;
}

std::string listing(const std::vector<Diagnostic>& ds) {
  std::string out;
  for (const auto& d : ds)
    out += d.file + ":" + std::to_string(d.line) + ":" + std::to_string(d.column) + " " + d.rule + ": " + d.message + "\n";
  return out;
}

// The only diagnostic, which must be of `rule`.
Diagnostic only(const std::vector<Diagnostic>& ds, std::string_view rule) {
  REQUIRE_MESSAGE(ds.size() == 1, listing(ds));
  CHECK(ds[0].rule == rule);
  return ds[0];
}

void located(const Diagnostic& d, const std::string& file, int line, int column, Severity severity) {
  CHECK(d.file == file);
  CHECK(d.line == line);
  CHECK(d.column == column);
  CHECK(d.severity == severity);
}

}  // namespace

TEST_CASE("the minimal fixture has no problem on 2026-11-23") {
  const auto ds = check();
  CHECK_MESSAGE(ds.empty(), listing(ds));
}

TEST_CASE("every rule of SPEC is registered with its severity") {
  const std::pair<const char*, Severity> expected[] = {
      {"coverage", Severity::error},         {"unknown-reference", Severity::error},
      {"team", Severity::error},             {"cited-evidence", Severity::error},
      {"complete-benchmark", Severity::error}, {"no-overall-grade", Severity::error},
      {"action-owned", Severity::error},     {"action-for-development", Severity::error},
      {"triangulation", Severity::warning},  {"evidence-range", Severity::warning},
      {"independent-team", Severity::warning}, {"outstanding-lead", Severity::warning},
      {"workshop-timing", Severity::warning}, {"annual-review", Severity::warning},
      {"overdue-action", Severity::warning}, {"personal-data", Severity::warning},
      {"syntax", Severity::error},           {"schema", Severity::error},
      {"duplicate-key", Severity::error},    {"yaml11-bool", Severity::error},
      {"date", Severity::error},             {"anchor", Severity::error},
      {"limit", Severity::error},            {"encoding", Severity::error},
      {"path", Severity::error},
      // Additions (second cycle)
      {"repeated-value", Severity::error},   {"dates-order", Severity::error},
      {"evidence-aspect", Severity::warning},
  };
  for (const auto& [name, severity] : expected) {
    CAPTURE(name);
    const auto* rule = find_rule(name);
    REQUIRE(rule);
    CHECK(rule->severity == severity);
    CHECK_FALSE(rule->summary.empty());
  }
  CHECK_FALSE(find_rule("overall-grade"));
}

TEST_CASE("coverage: Our Impact and at least two themes") {
  const auto ds = check({edit(kPlanned + "review.yaml", "[our-impact, looking-inward]", "[looking-inward]")});
  REQUIRE(ds.size() == 2);
  for (const auto& d : ds) {
    CHECK(d.rule == "coverage");
    located(d, kPlanned + "review.yaml", 3, 3, Severity::error);
  }
  CHECK(ds[1].message == "the focus must include Our Impact");
  CHECK(check({edit(kPlanned + "review.yaml", "[our-impact, looking-inward]", "[our-impact, looking-inward, looking-forward]")})
            .empty());
}

TEST_CASE("unknown-reference: names that do not exist, with the nearest as a hint") {
  auto d = only(check({edit(kReview + "evidence/op-1.yaml", "by: Owen Pryce", "by: Owen Price")}), "unknown-reference");
  located(d, kReview + "evidence/op-1.yaml", 2, 5, Severity::error);
  CHECK(d.hint == "did you mean `Owen Pryce`?");
  d = only(check({edit(kReview + "benchmark.yaml", "level: leading", "level: lead")}), "unknown-reference");
  located(d, kReview + "benchmark.yaml", 6, 10, Severity::error);
  d = only(check({edit(kReview + "benchmark.yaml", "[rc-1, rc-2]", "[rc-1, rc-3]")}), "unknown-reference");
  CHECK(d.message == "no evidence record `rc-3` in this review");
  d = only(check({edit(kReview + "evidence/op-2.yaml", "type: parent-discussion", "type: parent-discusion")}), "unknown-reference");
  CHECK(d.hint == "did you mean `parent-discussion`?");
  d = only(check({append("lateral.yaml", "rules:\n  triangulaton: off\n")}), "unknown-reference");
  located(d, "lateral.yaml", 4, 3, Severity::error);
}

TEST_CASE("team: size, one lead, the lead's role") {
  auto d = only(check({edit(kPlanned + "review.yaml", "    lead: true\n", "")}), "team");
  CHECK(d.message == "the team has no lead");
  d = only(check({edit(kPlanned + "review.yaml", "    role: headteacher", "    role: deputy head")}), "team");
  located(d, kPlanned + "review.yaml", 7, 11, Severity::error);
  d = only(check({edit(kPlanned + "review.yaml",
                       "  - name: Owen Pryce\n    role: assistant headteacher\n    school: Moorside Academy\n", "")}),
           "team");
  CHECK(d.message == "the team has 1 person; a review team has 2 to 4 people, the lead included");
  d = only(check({edit(kPlanned + "review.yaml", "    school: Moorside Academy\n", "    school: Moorside Academy\n    lead: true\n")}),
           "team");
  located(d, kPlanned + "review.yaml", 13, 11, Severity::error);
}

TEST_CASE("cited-evidence: a judgement cites evidence that exists") {
  auto d = only(check({edit(kReview + "benchmark.yaml", "evidence: [rc-1, op-1]", "evidence: []")}), "cited-evidence");
  located(d, kReview + "benchmark.yaml", 4, 3, Severity::error);
}

TEST_CASE("complete-benchmark applies from feedback.immediate") {
  const Overlay unjudged = {edit(kReview + "benchmark.yaml",
                                 "our-impact/outcomes:\n  level: established\n  commentary: Pupils explain their methods and "
                                 "most reach the expected standard.\n  evidence: [rc-1, op-1]\n",
                                 "")};
  auto d = only(check(unjudged), "complete-benchmark");
  CHECK(d.message == "1 aspect of Our Impact not judged, and feedback was given on 2026-10-07: our-impact/outcomes");
  only(check(unjudged, {2026, 10, 7}), "complete-benchmark");  // the day itself
  CHECK(check(unjudged, {2026, 10, 6}).empty());
}

TEST_CASE("no-overall-grade: no grade key anywhere and no judgement of a whole theme") {
  auto d = only(check({append(kReview + "benchmark.yaml", "overall: leading\n")}), "no-overall-grade");
  located(d, kReview + "benchmark.yaml", 30, 1, Severity::error);
  d = only(check({append(kReview + "benchmark.yaml", "our-impact:\n  level: leading\n  commentary: x\n  evidence: [rc-1]\n")}),
           "no-overall-grade");
  CHECK(d.message == "`our-impact` judges a whole theme: a peer review judges each aspect, never a theme overall");
  only(check({append("schools/hill-top-primary/school.yaml", "Total: 3\n")}), "no-overall-grade");
  only(check({append(kPlanned + "review.yaml", "score: 3\n")}), "no-overall-grade");
}

TEST_CASE("action-owned: an owner, success criteria, and a due date after the review") {
  // (done, so that it is not also overdue)
  auto d = only(check({edit(kReview + "actions.yaml", "  due: 2027-06-30", "  due: 2026-10-07\n  status: done")}),
                "action-owned");
  located(d, kReview + "actions.yaml", 15, 8, Severity::error);
  // The day after the last review day is fine.
  CHECK(check({edit(kReview + "actions.yaml", "  due: 2027-06-30", "  due: 2026-11-24")}).empty());
  d = only(check({edit(kReview + "actions.yaml", "  owner: SENCo\n", "")}), "action-owned");
  CHECK(d.message == "an action is missing the key `owner`");
  d = only(check({edit(kReview + "actions.yaml", "  owner: SENCo", "  owner: ''")}), "action-owned");
  CHECK(d.message == "the action has an empty `owner`");
}

TEST_CASE("action-for-development applies from the workshop date") {
  const Overlay no_a2 = {edit(kReview + "actions.yaml",
                              "- id: a2\n  aspect: looking-outward/research\n  action: Start a reading group that tries "
                              "one research finding each term\n  owner: deputy headteacher\n  success: Each term's change "
                              "is planned from a named piece of research\n  due: 2027-06-30\n",
                              "")};
  auto d = only(check(no_a2), "action-for-development");
  located(d, kReview + "benchmark.yaml", 27, 10, Severity::error);
  only(check(no_a2, {2026, 10, 13}), "action-for-development");
  CHECK(check(no_a2, {2026, 10, 12}).empty());
}

TEST_CASE("triangulation: two types of evidence per judgement") {
  auto d = only(check({edit(kReview + "benchmark.yaml", "[rc-1, rc-2]", "[rc-1]")}), "triangulation");
  located(d, kReview + "benchmark.yaml", 16, 3, Severity::warning);
  // A cited record that does not exist is reported once, by unknown-reference, not guessed at.
  only(check({edit(kReview + "benchmark.yaml", "[rc-1, rc-2]", "[rc-1, rc-9]")}), "unknown-reference");
}

TEST_CASE("evidence-range applies once every focus aspect is judged") {
  const auto fewer = edit(kReview + "evidence/op-2.yaml", "type: parent-discussion", "type: lesson-observation");
  auto d = only(check({fewer}), "evidence-range");
  located(d, kReview + "review.yaml", 1, 1, Severity::warning);
  const auto unjudged = edit(kReview + "benchmark.yaml", "looking-outward/research:", "looking-inward/research:");
  // One focus aspect unjudged (the other key is now unknown): not benchmarked, so no evidence-range.
  const auto ds = check({fewer, unjudged}, {2026, 10, 6});
  for (const auto& x : ds) CHECK(x.rule != "evidence-range");
}

TEST_CASE("independent-team, outstanding-lead") {
  auto d = only(check({edit(kReview + "review.yaml", "school: Moorside Academy", "school: brook-lane-primary")}),
                "independent-team");
  located(d, kReview + "review.yaml", 12, 13, Severity::warning);
  const auto outstanding = edit("schools/brook-lane-primary/school.yaml", "inspection: good", "inspection: outstanding");
  d = only(check({outstanding}), "outstanding-lead");
  located(d, kReview + "review.yaml", 8, 13, Severity::warning);
  CHECK(check({outstanding, edit("schools/hill-top-primary/school.yaml", "inspection: good", "inspection: Outstanding")})
            .empty());
  CHECK(check({outstanding, edit(kReview + "review.yaml", "school: hill-top-primary", "school: Fellside Academy")}).empty());
}

TEST_CASE("workshop-timing: within 7 days of the last review day, and not before it") {
  CHECK(check({edit(kReview + "review.yaml", "workshop: 2026-10-13", "workshop: 2026-10-14")}).empty());
  auto d = only(check({edit(kReview + "review.yaml", "workshop: 2026-10-13", "workshop: 2026-10-15")}), "workshop-timing");
  located(d, kReview + "review.yaml", 18, 13, Severity::warning);
  auto both = edit(kReview + "review.yaml", "workshop: 2026-10-13", "workshop: 2026-10-06");
  both.second.replace(both.second.find("immediate: 2026-10-07"), 21, "immediate: 2026-10-06");
  d = only(check({both}), "workshop-timing");
  CHECK(d.message == "the workshop (2026-10-06) is before the last review day (2026-10-07)");
  // Before the immediate feedback too: out of order, which dates-order alone reports, as an error.
  d = only(check({edit(kReview + "review.yaml", "workshop: 2026-10-13", "workshop: 2026-10-06")}), "dates-order");
  CHECK(d.message == "the workshop (2026-10-06) is before the immediate feedback (2026-10-07)");
}

TEST_CASE("annual-review: the latest review under 12 months old") {
  // The planned review is the hill-top school's latest; moved to a year ago, it is too old.
  const auto old = edit(kPlanned + "review.yaml", "dates: [2027-01-12, 2027-01-13]", "dates: [2025-11-23, 2025-11-24]");
  const auto ds = check({old});
  const auto it = std::find_if(ds.begin(), ds.end(), [](const Diagnostic& d) { return d.rule == "annual-review"; });
  REQUIRE(it != ds.end());
  located(*it, "schools/hill-top-primary/school.yaml", 1, 1, Severity::warning);
  const auto recent = edit(kPlanned + "review.yaml", "dates: [2027-01-12, 2027-01-13]", "dates: [2025-11-24, 2025-11-25]");
  for (const auto& d : check({recent})) CHECK(d.rule != "annual-review");
}

TEST_CASE("overdue-action: open actions past their due date") {
  auto d = only(check({edit(kReview + "actions.yaml", "due: 2027-03-26", "due: 2026-11-22")}), "overdue-action");
  located(d, kReview + "actions.yaml", 6, 8, Severity::warning);
  CHECK(check({edit(kReview + "actions.yaml", "due: 2027-03-26", "due: 2026-11-23")}).empty());
  CHECK(check({edit(kReview + "actions.yaml", "due: 2027-03-26\n  support: Hill Top Primary School\n  status: in-progress",
                    "due: 2026-11-22\n  support: Hill Top Primary School\n  status: dropped")})
            .empty());
}

TEST_CASE("personal-data: a warning at the flagged words") {
  auto d = only(check({edit(kReview + "evidence/op-2.yaml", "Parents at the gate", "Parents (jo@example.org)")}),
                "personal-data");
  located(d, kReview + "evidence/op-2.yaml", 5, 19, Severity::warning);
  CHECK(d.length == 14);
}

TEST_CASE("severity overrides in lateral.yaml") {
  const auto single = edit(kReview + "benchmark.yaml", "[rc-1, rc-2]", "[rc-1]");
  auto d = only(check({single, append("lateral.yaml", "rules:\n  triangulation: error\n")}), "triangulation");
  CHECK(d.severity == Severity::error);
  CHECK(check({single, append("lateral.yaml", "rules:\n  triangulation: off\n")}).empty());
  d = only(check({append("lateral.yaml", "rules:\n  team: warning\n"),
                  edit(kPlanned + "review.yaml", "    lead: true\n", "")}),
           "team");
  CHECK(d.severity == Severity::warning);
  // A loading rule cannot be changed: said where it is written.
  d = only(check({append("lateral.yaml", "rules:\n  duplicate-key: off\n")}), "schema");
  CHECK(d.message == "`duplicate-key` is found while loading files and is always an error");
}

TEST_CASE("ignore comments silence one rule on one line") {
  const auto same_line = edit(kReview + "benchmark.yaml", "[rc-1, rc-2]", "[rc-1]  # lateral: ignore[triangulation]");
  CHECK(check({same_line}).empty());
  const auto above = edit(kReview + "benchmark.yaml", "  evidence: [rc-1, rc-2]",
                          "  # lateral: ignore[triangulation]\n  evidence: [rc-1]");
  CHECK(check({above}).empty());
  // Another rule on that line, or the same rule on another line, is still reported.
  only(check({edit(kReview + "benchmark.yaml", "[rc-1, rc-2]", "[rc-1]  # lateral: ignore[cited-evidence]")}),
       "triangulation");
  const auto two = edit(kReview + "benchmark.yaml", "  evidence: [rc-1, rc-2]\n",
                        "  evidence: [rc-1]  # lateral: ignore[triangulation]\n");
  auto text = two.second;
  text.replace(text.find("[rc-2, op-2]"), 12, "[rc-2]");
  auto d = only(check({{two.first, text}}), "triangulation");
  CHECK(d.line == 20);
}

TEST_CASE("the overlay adds files: a new evidence record is loaded and checked") {
  const auto ds = check({{kReview + "evidence/zz-1.yaml", "date: 2026-10-07\nby: Nobody\ntype: learning-walk\n"
                                                          "aspects: [our-impact/outcomes]\nsummary: A walk.\n"}});
  const auto d = only(ds, "unknown-reference");
  located(d, kReview + "evidence/zz-1.yaml", 2, 5, Severity::error);
}

TEST_CASE("an ignore comment cannot silence a loading rule") {
  const auto ds = check({edit("schools/hill-top-primary/school.yaml", "name: Hill Top Primary School",
                              "name: 1984  # lateral: ignore[schema, all]")});
  const auto d = only(ds, "schema");
  CHECK(d.line == 1);
  // `all` silences every other rule on the line.
  CHECK(check({edit(kReview + "benchmark.yaml", "[rc-1, rc-2]", "[rc-1, rc-9]  # lateral: ignore[all]")}).empty());
}
