// What the editor is told about a place in a file (lib/lateral/assist.hpp): the structure read
// from half-typed text, and completion, hover, definition, references and the outline on the
// example repository.
#include <doctest/doctest.h>

#include <algorithm>

#include "lateral/assist.hpp"
#include "lateral/loader.hpp"

using namespace lateral;
using namespace lateral::assist;

namespace {

const std::filesystem::path kExample = std::filesystem::path(LATERAL_SOURCE_DIR) / "examples/north-dales";
const std::string kReview = "schools/st-cuthberts-primary/reviews/2026-06";

const Repository& example() {
  static const Repository repo = [] {
    LoadOptions options;
    options.scope = "st-cuthberts-primary";
    return load_repository(kExample, nullptr, options);
  }();
  return repo;
}

std::vector<std::string> labels(const Completions& c) {
  std::vector<Completion> items = c.items;
  std::stable_sort(items.begin(), items.end(), [](const auto& a, const auto& b) { return a.sort_text < b.sort_text; });
  std::vector<std::string> out;
  for (const auto& i : items) out.push_back(i.label);
  return out;
}

bool has(const std::vector<std::string>& v, const std::string& x) { return std::find(v.begin(), v.end(), x) != v.end(); }

}  // namespace

TEST_CASE("place_at reads keys, values, list items and the word from half-typed text") {
  const std::string text =
      "our-impact/outcomes:\n"
      "  level: estab\n"
      "  evidence: [sh-1, sh-, lb-3]\n"
      "  \n"
      "team:\n"
      "  - name: Jo\n"
      "    ro\n"
      "  - \n"
      "# lateral: ignore[triang\n";
  auto p = place_at(text, {2, 15});
  CHECK_FALSE(p.at_key);
  CHECK(p.key == "level");
  CHECK(p.word == "estab");
  CHECK(p.path == std::vector<std::string>{"our-impact/outcomes"});
  p = place_at(text, {3, 22});
  CHECK(p.key == "evidence");
  CHECK(p.word == "sh-");
  CHECK(p.listed == std::vector<std::string>{"sh-1", "lb-3"});
  p = place_at(text, {4, 3});
  CHECK(p.at_key);
  CHECK(p.path == std::vector<std::string>{"our-impact/outcomes"});
  p = place_at(text, {7, 7});
  CHECK(p.at_key);
  CHECK(p.word == "ro");
  CHECK(p.path == std::vector<std::string>{"team", "-"});
  p = place_at(text, {8, 5});
  CHECK(p.dash);
  CHECK(p.path == std::vector<std::string>{"team"});
  p = place_at(text, {9, 25});
  CHECK(p.in_ignore);
  CHECK(p.word == "triang");
  p = place_at(text, {1, 1});
  CHECK(p.at_key);
  CHECK(p.path.empty());
}

TEST_CASE("completion in benchmark.yaml: aspects not yet judged first, levels with statements, evidence tagged first") {
  const auto& repo = example();
  const auto file = kReview + "/benchmark.yaml";
  auto c = complete(repo, file, "\n", {1, 1});
  auto l = labels(c);
  REQUIRE_FALSE(l.empty());
  // Every focus aspect of this review is judged, so the judged come before the out-of-focus ones.
  CHECK(has(l, "our-impact/outcomes"));
  CHECK(std::find(l.begin(), l.end(), "looking-inward/teaching") > std::find(l.begin(), l.end(), "our-impact/outcomes"));

  c = complete(repo, file, "our-impact/outcomes:\n  level: \n", {2, 10});
  l = labels(c);
  CHECK(l == std::vector<std::string>{"emerging", "developing", "established", "leading"});
  CHECK_FALSE(c.items[0].documentation.empty());

  c = complete(repo, file, "our-impact/inclusion:\n  evidence: [jp-2, ]\n", {2, 19});
  l = labels(c);
  CHECK_FALSE(has(l, "jp-2"));  // already cited on the line
  REQUIRE(!c.items.empty());
  CHECK(c.items[0].documentation.find("**") == 0);  // the record, for the reader

  c = complete(repo, file, "our-impact/outcomes:\n  \n", {2, 3});
  l = labels(c);
  CHECK(l == std::vector<std::string>{"commentary", "evidence", "level", "share"});
}

TEST_CASE("completion in other files: types, team names, schools, statuses, rules") {
  const auto& repo = example();
  CHECK(has(labels(complete(repo, kReview + "/evidence/jp-1.yaml", "type: \n", {1, 7})), "leader-meeting"));
  CHECK(has(labels(complete(repo, kReview + "/evidence/jp-1.yaml", "by: \n", {1, 5})), "Joanna Pike"));
  CHECK(has(labels(complete(repo, kReview + "/review.yaml", "team:\n  - name: A\n    school: \n", {3, 13})), "thornbeck-primary"));
  CHECK(has(labels(complete(repo, kReview + "/review.yaml", "focus:\n  themes: [our-impact, ]\n", {2, 23})), "looking-inward"));
  CHECK_FALSE(has(labels(complete(repo, kReview + "/review.yaml", "focus:\n  themes: [our-impact, ]\n", {2, 23})), "our-impact"));
  CHECK(labels(complete(repo, kReview + "/actions.yaml", "- id: a1\n  status: \n", {2, 11})) ==
        std::vector<std::string>{"planned", "in-progress", "done", "dropped"});
  CHECK(has(labels(complete(repo, "lateral.yaml", "rules:\n  tri\n", {2, 6})), "triangulation"));
  CHECK(has(labels(complete(repo, kReview + "/benchmark.yaml", "# lateral: ignore[tri\n", {1, 22})), "triangulation"));
}

TEST_CASE("hover, definition and references") {
  const auto& repo = example();
  const auto file = kReview + "/benchmark.yaml";
  const auto text = *read_file_bytes(kExample / file);
  auto h = hover(repo, file, text, {2, 5});  // our-impact/outcomes
  REQUIRE(h);
  CHECK(h->markdown.find("**Established** (judged") != std::string::npos);
  CHECK(h->range.column == 1);
  h = hover(repo, file, text, {3, 12});  // level: established
  REQUIRE(h);
  CHECK(h->markdown.find("Established") != std::string::npos);
  h = hover(repo, file, text, {7, 14});  // evidence: [sh-1, ...
  REQUIRE(h);
  CHECK(h->markdown.find("**sh-1**") == 0);

  auto d = definition(repo, file, text, {7, 14});
  REQUIRE(d.size() == 1);
  CHECK(d[0].file == kReview + "/evidence/sh-1.yaml");

  const auto evidence = kReview + "/evidence/sh-1.yaml";
  auto r = references(repo, evidence, *read_file_bytes(kExample / evidence), {1, 1}, false);
  REQUIRE_FALSE(r.empty());
  for (const auto& l : r) CHECK(l.file == file);

  auto s = symbols(repo, file, text);
  REQUIRE_FALSE(s.empty());
  CHECK(s[0].name == "our-impact/outcomes");
  CHECK(s[0].detail == "Outcomes: established");
  CHECK_FALSE(s[0].children.empty());
}
