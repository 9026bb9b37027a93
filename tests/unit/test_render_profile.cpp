// The profile and action plan documents: Markdown escaping and anchors, the profile's data (the
// judged statement, the school's own view, DRAFT, confidential evidence, no overall grade) and
// the action plan's groups and overdue actions.
#include <doctest/doctest.h>

#include <map>

#include "lateral/loader.hpp"
#include "lateral/render/action_plan.hpp"
#include "lateral/render/document.hpp"
#include "lateral/render/markdown.hpp"
#include "lateral/render/profile.hpp"
#include "lateral/text.hpp"

namespace {

using namespace lateral;

const Repository& repo_at(const char* path) {
  static std::map<std::string, Repository> loaded;
  auto [it, fresh] = loaded.try_emplace(path);
  if (fresh) it->second = load_repository(std::filesystem::path(LATERAL_SOURCE_DIR) / path);
  return it->second;
}

struct Found {
  const School* school;
  const Review* review;
};

Found find(const Repository& repo, std::string_view school, std::string_view review) {
  const auto* s = repo.school(school);
  REQUIRE(s);
  for (const auto& r : s->reviews)
    if (r.slug == review) return {s, &r};
  FAIL("no review " << school << "/" << review);
  return {nullptr, nullptr};
}

const ProfileAspect& aspect_of(const Profile& p, std::string_view ref) {
  for (const auto& t : p.themes)
    for (const auto& a : t.aspects)
      if (a.ref == ref) return a;
  FAIL("no aspect " << ref);
  throw 0;
}

}  // namespace

TEST_CASE("markdown: people's text never turns into markup") {
  using markdown::inline_text;
  CHECK(inline_text("plain words, with 'quotes' and a full stop.") == "plain words, with 'quotes' and a full stop.");
  CHECK(inline_text("*stars* _under_ `code` [link](x) <b>html</b> ~strike~ a|b #tag") ==
        "\\*stars\\* \\_under\\_ \\`code\\` \\[link\\](x) \\<b>html\\</b> \\~strike\\~ a\\|b \\#tag");
  CHECK(inline_text("a \\ backslash") == "a \\\\ backslash");
  // Block markers only matter at the start, where a list item or a paragraph begins.
  CHECK(inline_text("- not a list") == "\\- not a list");
  CHECK(inline_text("> not a quote") == "\\> not a quote");
  CHECK(inline_text("2025. not a list") == "2025\\. not a list");
  CHECK(inline_text("1.0 is a version") == "1.0 is a version");
  CHECK(inline_text("a - b > c 3. d") == "a - b > c 3. d");
  // Line breaks from YAML block text join into one line, so no line can start a block.
  CHECK(inline_text("first line\n- second line\n  # third") == "first line - second line \\# third");
  // Entities are escaped only where they would be read as one.
  CHECK(inline_text("R&D and &amp; and &#38;") == "R&D and \\&amp; and \\&\\#38;");
  // Bare addresses become autolinks; the sentence's full stop stays outside.
  CHECK(inline_text("see https://example.org/a_b.") == "see <https://example.org/a_b>.");
}

TEST_CASE("markdown: paragraphs are kept, lines within one are joined") {
  const auto paras = markdown::paragraphs("One line\nand the next.\n\n  \nA second\nparagraph.\n");
  REQUIRE(paras.size() == 2);
  CHECK(paras[0] == "One line and the next.");
  CHECK(paras[1] == "A second paragraph.");
  CHECK(markdown::paragraphs("").empty());
  CHECK(markdown::cell("") == "—");
}

TEST_CASE("markdown: heading anchors as GitHub makes them") {
  CHECK(markdown::github_slug("Behaviour and attitudes") == "behaviour-and-attitudes");
  CHECK(markdown::github_slug("DRAFT: St Cuthbert's CE Primary: peer review") == "draft-st-cuthberts-ce-primary-peer-review");
  CHECK(markdown::github_slug("Self-evaluation") == "self-evaluation");
  CHECK(markdown::github_slug("Café — Ünïcode") == "café--ünïcode");
  markdown::Anchors anchors;
  CHECK(anchors.add("Families") == "families");
  CHECK(anchors.add("Families") == "families-1");
  CHECK(anchors.add("Families") == "families-2");
}

TEST_CASE("document dates read as people write them") {
  CHECK(render::long_date(*Date::parse("2026-10-06")) == "6 October 2026");
  CHECK(render::long_dates({*Date::parse("2026-10-07"), *Date::parse("2026-10-06")}) == "6 and 7 October 2026");
  CHECK(render::long_dates({*Date::parse("2026-06-30"), *Date::parse("2026-07-01")}) == "30 June and 1 July 2026");
  CHECK(render::long_dates({*Date::parse("2026-12-31"), *Date::parse("2027-01-01")}) ==
        "31 December 2026 and 1 January 2027");
  CHECK(render::long_dates({}) == "no dates");
}

TEST_CASE("profile: the judged statement, the school's own view, and where they differ") {
  const auto& repo = repo_at("examples/north-dales");
  const auto [school, review] = find(repo, "thornbeck-primary", "2026-10");
  const auto p = build_profile(repo, *school, *review, {});
  CHECK_FALSE(p.draft);
  CHECK(p.missing.empty());
  REQUIRE(p.themes.size() == 3);
  CHECK(p.themes[0].id == "our-impact");

  const auto& teaching = aspect_of(p, "looking-inward/teaching");
  REQUIRE(teaching.level);
  CHECK(teaching.level->id == "developing");
  REQUIRE(teaching.self_level);
  CHECK(teaching.self_level->id == "established");
  CHECK(teaching.differs);
  REQUIRE(teaching.statements.size() == 4);
  int judged = 0, self = 0;
  for (const auto& s : teaching.statements) {
    judged += s.judged;
    self += s.self_assessed;
    if (s.judged) CHECK(s.level.id == "developing");
    if (s.self_assessed) CHECK(s.level.id == "established");
  }
  CHECK(judged == 1);
  CHECK(self == 1);
  // Evidence in the order the judgement cites it, with the framework's name for its type.
  REQUIRE(teaching.evidence.size() == 3);
  CHECK(teaching.evidence[0].id == "sh-2");
  CHECK(teaching.evidence[0].type_name == "Learning walk");

  const auto& outcomes = aspect_of(p, "our-impact/outcomes");
  CHECK_FALSE(outcomes.differs);
  CHECK(outcomes.area_for_development);
  CHECK(aspect_of(p, "our-impact/behaviour").practice_to_share);
  CHECK(p.team[0].lead);
  CHECK(p.team[0].school == "Ashby Moor Primary School");  // a school of the repository, by name
}

TEST_CASE("profile: practice to share and areas for development are each listed once, in framework order") {
  const auto& repo = repo_at("examples/north-dales");
  const auto [school, review] = find(repo, "thornbeck-primary", "2026-10");
  const auto p = build_profile(repo, *school, *review, {});
  std::vector<std::string> areas;
  for (const auto& a : p.areas_for_development) areas.push_back(a.ref);
  CHECK(areas == std::vector<std::string>{"our-impact/outcomes", "our-impact/inclusion", "looking-inward/teaching",
                                          "looking-inward/curriculum", "looking-forward/capacity"});
  REQUIRE(p.practice_to_share.size() == 1);
  CHECK(p.practice_to_share[0].ref == "our-impact/behaviour");
}

TEST_CASE("profile: confidential evidence is withheld unless asked for") {
  const auto& repo = repo_at("examples/north-dales");
  const auto [school, review] = find(repo, "thornbeck-primary", "2026-10");
  const auto shared = build_profile(repo, *school, *review, {});
  CHECK(shared.confidential == 1);
  CHECK(shared.withheld == 1);
  const auto md = profile_markdown(shared);
  CHECK(md.find("sh-5") == std::string::npos);
  CHECK(md.find("1 confidential evidence record is withheld from this profile.") != std::string::npos);

  const auto team_copy = build_profile(repo, *school, *review, {true});
  CHECK(team_copy.withheld == 0);
  REQUIRE(team_copy.uncited.size() == 1);
  CHECK(team_copy.uncited[0].id == "sh-5");
  const auto md2 = profile_markdown(team_copy);
  CHECK(md2.find("**sh-5** (confidential)") != std::string::npos);
  CHECK(md2.find("**CONFIDENTIAL.**") != std::string::npos);
}

TEST_CASE("profile: an enquiry framework gives findings, no levels and no areas for development") {
  const auto& repo = repo_at("examples/enquiry-cluster");
  const auto [school, review] = find(repo, "kestrel-vale-primary", "2026-09");
  const auto p = build_profile(repo, *school, *review, {});
  CHECK_FALSE(p.has_levels);
  const auto& ambition = aspect_of(p, "curriculum-and-learning/ambition");
  CHECK(ambition.judged);
  CHECK_FALSE(ambition.level);
  CHECK(ambition.statements.empty());
  CHECK_FALSE(ambition.commentary.empty());
  CHECK(p.areas_for_development.empty());
  const auto md = profile_markdown(p);
  CHECK(md.find("Areas for development") == std::string::npos);
  CHECK(md.find("At a glance") == std::string::npos);
}

// What the renderer itself writes, with every text people wrote blanked out: their words may
// well say "average", but the profile's own labels, sections and keys must never grade.
static Profile without_free_text(Profile p) {
  p.question.clear();
  p.findings.clear();
  auto blank = [](ProfileEvidence& e) {
    e.summary.clear();
    e.context.clear();
  };
  for (auto& t : p.themes) {
    t.summary.clear();
    for (auto& a : t.aspects) {
      a.prompt.clear();
      a.commentary.clear();
      if (a.self_note) a.self_note = "";
      for (auto& st : a.statements) st.text.clear();
      for (auto& e : a.evidence) blank(e);
    }
  }
  for (auto& e : p.uncited) blank(e);
  return p;
}

TEST_CASE("profile: no overall grade, score, average or count of levels in any format") {
  for (const char* path : {"examples/north-dales", "examples/fellside-trust", "examples/enquiry-cluster"}) {
    const auto& repo = repo_at(path);
    for (const auto& s : repo.schools)
      for (const auto& r : s.reviews) {
        const auto p = without_free_text(build_profile(repo, s, r, {true}));
        auto md = to_lower(profile_markdown(p));
        // The one place the word may appear: the sentence that says there is none.
        const auto disclaimer = md.find("no overall grade");
        REQUIRE(disclaimer != std::string::npos);
        md.erase(disclaimer, std::string_view("no overall grade").size());
        const auto json = to_lower(profile_json(p));
        for (const char* word : {"overall", "grade", "score", "average", "rating", "total", "rank", "count"}) {
          INFO(path << " " << s.slug << "/" << r.slug << ": " << word);
          CHECK(md.find(word) == std::string::npos);
          CHECK(json.find(word) == std::string::npos);
        }
        // No tally of levels either: a level's name appears in the at-a-glance table and the
        // aspect's own section, never in a line that counts them.
        CHECK(md.find("aspects at") == std::string::npos);
        CHECK(md.find("aspects judged") == std::string::npos);
      }
  }
}

TEST_CASE("profile: the same files give the same bytes") {
  const auto& repo = repo_at("examples/fellside-trust");
  const auto& s = repo.schools.at(0);
  const auto& r = s.reviews.at(0);
  CHECK(profile_markdown(build_profile(repo, s, r, {})) == profile_markdown(build_profile(repo, s, r, {})));
  CHECK(profile_json(build_profile(repo, s, r, {})) == profile_json(build_profile(repo, s, r, {})));
}

TEST_CASE("action plan: grouped by aspect in framework order, each group with the judgement it answers") {
  const auto& repo = repo_at("examples/north-dales");
  const auto [school, review] = find(repo, "thornbeck-primary", "2026-10");
  const auto plan = build_action_plan(repo, *school, *review, *Date::parse("2026-11-23"));
  std::vector<std::string> order;
  for (const auto& g : plan.groups) order.push_back(g.aspect.ref);
  CHECK(order == std::vector<std::string>{"our-impact/outcomes", "our-impact/behaviour", "our-impact/inclusion",
                                          "looking-inward/teaching", "looking-inward/curriculum",
                                          "looking-forward/capacity"});
  const auto& curriculum = plan.groups[4];
  CHECK(curriculum.judged);
  CHECK(curriculum.area_for_development);
  REQUIRE(curriculum.aspect.level);
  CHECK(curriculum.aspect.level->name == "Developing");
  REQUIRE(curriculum.actions.size() == 2);
  CHECK(curriculum.actions[0].id == "a1");
  CHECK(plan.unanswered.empty());
  CHECK(plan.overdue.empty());
}

TEST_CASE("action plan: an open action due before today is overdue; a done one never is") {
  const auto& repo = repo_at("examples/north-dales");
  const auto [school, review] = find(repo, "thornbeck-primary", "2026-10");
  const auto later = build_action_plan(repo, *school, *review, *Date::parse("2027-02-13"));
  CHECK(later.overdue == std::vector<std::string>{"a3", "a4", "a7"});
  // Due today is not yet overdue.
  const auto on_the_day = build_action_plan(repo, *school, *review, *Date::parse("2027-02-12"));
  CHECK(on_the_day.overdue == std::vector<std::string>{"a7"});
  const auto md = action_plan_markdown(later);
  CHECK(md.find("2027-02-12 **⚠ overdue**") != std::string::npos);
  CHECK(md.find("Overdue (open and past their due date): **a3**, **a4**, **a7**.") !=
        std::string::npos);
}
