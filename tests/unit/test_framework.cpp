// Frameworks: the built-in one loads cleanly and answers lookups; a broken framework file gives
// located errors, never a half-read framework.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "lateral/framework.hpp"

using namespace lateral;

namespace {

// A small framework with two levels, each part of which a test can break by replacing text.
const std::string kSmall = R"(id: small
version: 1
name: A small framework
levels:
  - id: low
    name: Low
  - id: high
    name: High
development: [low]
themes:
  - id: impact
    name: Impact
    summary: what pupils learn
    required: true
    aspects:
      - id: outcomes
        name: Outcomes
        prompt: What do pupils learn?
        statements:
          low: Little.
          high: A lot.
  - id: outward
    name: Outward
    summary: working with others
    aspects:
      - id: families
        name: Families
        prompt: How does the school work with families?
        statements:
          low: Rarely.
          high: Always.
evidence-types:
  - id: lesson-observation
    name: Lesson observation
settings:
  min-themes: 2
  team-min: 2
  team-max: 4
  lead-role: headteacher
  triangulation: 2
  evidence-range: 1
  workshop-days: 7
  review-months: 12
)";

std::string replaced(std::string text, std::string_view from, std::string_view to) {
  const auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

}  // namespace

TEST_CASE("the built-in framework loads cleanly, with the themes and numbers of SPEC") {
  std::vector<Diagnostic> problems;
  const auto fw = load_framework(builtin_framework_text(), "default.yaml", problems);
  CHECK(problems.empty());
  REQUIRE(fw);
  const auto& b = builtin_framework();
  CHECK(b.id == "default");
  CHECK(b.file.empty());  // not a file of any repository
  CHECK(b.theme_ids() == std::vector<std::string>{"our-impact", "looking-inward", "looking-outward", "looking-forward"});
  CHECK(b.level_ids() == std::vector<std::string>{"emerging", "developing", "established", "leading"});
  CHECK(b.evidence_types.size() == 12);
  CHECK(b.aspect_refs().size() == 14);
  CHECK(b.theme("our-impact")->required);
  CHECK(std::count_if(b.themes.begin(), b.themes.end(), [](const Theme& t) { return t.required; }) == 1);
  CHECK(b.settings.min_themes == 2);
  CHECK(b.settings.team_min == 2);
  CHECK(b.settings.team_max == 4);
  CHECK(b.settings.lead_role == "headteacher");
  CHECK(b.settings.triangulation == 2);
  CHECK(b.settings.evidence_range == 4);
  CHECK(b.settings.workshop_days == 7);
  CHECK(b.settings.review_months == 12);
  // Every aspect has a prompt and a statement for every level.
  for (const auto& t : b.themes)
    for (const auto& a : t.aspects) {
      CHECK_FALSE(a.prompt.empty());
      CHECK(a.statements.size() == b.levels.size());
    }
}

TEST_CASE("framework lookups") {
  const auto& b = builtin_framework();
  CHECK(b.aspect("our-impact/outcomes")->name == "Outcomes");
  CHECK(b.aspect("our-impact/outcomes")->ref == "our-impact/outcomes");
  CHECK_FALSE(b.aspect("our-impact"));
  CHECK_FALSE(b.aspect("our-impact/teaching"));
  CHECK_FALSE(b.aspect("nowhere/outcomes"));
  CHECK(b.theme_of("looking-inward/teaching")->id == "looking-inward");
  CHECK(b.level_index("emerging") == 0);
  CHECK(b.level_index("leading") == 3);
  CHECK(b.level_index("excellent") == -1);
  CHECK(b.is_development("emerging"));
  CHECK(b.is_development("developing"));
  CHECK_FALSE(b.is_development("established"));
  CHECK(b.is_top("leading"));
  CHECK_FALSE(b.is_top("established"));
  CHECK(b.evidence_type("pupil-discussion"));
  CHECK_FALSE(b.evidence_type("pupil-interview"));
}

TEST_CASE("a small framework of the partnership's own loads") {
  std::vector<Diagnostic> problems;
  const auto fw = load_framework(kSmall, "frameworks/small.yaml", problems);
  CHECK(problems.empty());
  REQUIRE(fw);
  CHECK(fw->version == "1");
  CHECK(fw->file == "frameworks/small.yaml");
  CHECK(fw->aspect("outward/families")->statements.at("high") == "Always.");
}

TEST_CASE("an enquiry framework has no levels and no statements") {
  auto text = replaced(kSmall, "levels:\n  - id: low\n    name: Low\n  - id: high\n    name: High\ndevelopment: [low]\n",
                       "levels: []\n");
  text = replaced(text, "        statements:\n          low: Little.\n          high: A lot.\n", "");
  text = replaced(text, "        statements:\n          low: Rarely.\n          high: Always.\n", "");
  std::vector<Diagnostic> problems;
  const auto fw = load_framework(text, "f.yaml", problems);
  CHECK(problems.empty());
  REQUIRE(fw);
  CHECK_FALSE(fw->has_levels());
  CHECK_FALSE(fw->is_top("high"));
}

TEST_CASE("a broken framework gives located errors and no framework") {
  struct Broken {
    const char* from;
    const char* to;
    const char* rule;
    int line;
    int column;
    const char* message;
  };
  const Broken cases[] = {
      {"themes:\n  - id: impact", "themes: []\nthemz:\n  - id: impact", "schema", 10, 9, "`themes` must not be empty"},
      {"development: [low]", "development: [lo]", "unknown-reference", 9, 15, "`lo` is not a level of this framework"},
      {"          high: A lot.\n", "", "schema", 20, 11, "aspect `impact/outcomes` has no statement for level `high`"},
      {"  - id: outward", "  - id: impact", "schema", 22, 9, "the theme `impact` is defined twice"},
      {"  - id: outward", "  - id: Outward", "schema", 22, 9, "a theme id `Outward` must be a slug: lower-case letters, digits and '-'"},
      {"  team-min: 2", "  team-min: 5", "schema", 37, 13, "`team-min` (5) is larger than `team-max` (4)"},
      {"  min-themes: 2", "  min-themes: 3", "schema", 36, 15, "`min-themes` (3) is more than the framework's 2 themes"},
      {"  triangulation: 2", "  triangulation: two", "schema", 40, 18, "`triangulation` must be a whole number, not text"},
      {"    required: true", "    required: yes", "yaml11-bool", 14, 15, "`yes` is text in YAML 1.2, not a boolean: editors and other tools read it as text"},
      {"evidence-types:\n  - id: lesson-observation\n    name: Lesson observation\n", "evidence-types: []\n", "schema", 32, 17, "`evidence-types` must not be empty"},
      {"    aspects:\n      - id: families", "    aspects: []\n    xaspects:\n      - id: families", "schema", 25, 14, "`aspects` must not be empty"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.message);
    std::vector<Diagnostic> problems;
    const auto fw = load_framework(replaced(kSmall, c.from, c.to), "frameworks/small.yaml", problems);
    CHECK_FALSE(fw);
    REQUIRE_FALSE(problems.empty());
    const auto it = std::find_if(problems.begin(), problems.end(), [&](const Diagnostic& d) { return d.message == c.message; });
    REQUIRE(it != problems.end());
    CHECK(it->rule == c.rule);
    CHECK(it->file == "frameworks/small.yaml");
    CHECK(it->line == c.line);
    CHECK(it->column == c.column);
  }
}

TEST_CASE("an empty framework file is located") {
  std::vector<Diagnostic> problems;
  CHECK_FALSE(load_framework("", "frameworks/x.yaml", problems));
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].message == "the file is empty");
  CHECK(problems[0].line == 1);
}
