// lateral partnership's data: latest reviews, practice to share, areas for development, the
// suggested support (preference, load cap, reasons), process feedback by academic year, and no
// ordering of schools by their levels.
#include <doctest/doctest.h>

#include <algorithm>

#include "lateral/loader.hpp"
#include "lateral/render/partnership.hpp"
#include "lateral/text.hpp"

namespace {

using namespace lateral;

Repository load(const char* path) { return load_repository(std::filesystem::path(LATERAL_SOURCE_DIR) / path); }

PartnershipOptions options(int max = 2, std::optional<Date> since = std::nullopt) {
  return {Date{2026, 11, 23}, since, max};
}

const DevelopmentArea& area(const PartnershipView& v, std::string_view school, std::string_view aspect) {
  for (const auto& a : v.development)
    if (a.where.school == school && a.aspect.ref == aspect) return a;
  FAIL("no area " << school << " " << aspect);
  return v.development.front();
}

std::vector<std::string> support_from(const DevelopmentArea& a) {
  std::vector<std::string> out;
  for (const auto& s : a.support) out.push_back(s.from.school);
  return out;
}

template <class T>
bool by_name(const std::vector<T>& items, auto name) {
  return std::is_sorted(items.begin(), items.end(), [&](const T& a, const T& b) { return to_lower(name(a)) < to_lower(name(b)); });
}

}  // namespace

TEST_CASE("partnership: the curriculum pairing on the example, with its reason") {
  const auto repo = load("examples/north-dales");
  const auto v = build_partnership(repo, options());
  REQUIRE(v.latest.size() == 4);
  const auto& curriculum = area(v, "thornbeck-primary", "looking-inward/curriculum");
  CHECK(curriculum.level.id == "developing");
  REQUIRE(curriculum.support.size() == 1);
  const auto& s = curriculum.support[0];
  CHECK(s.from.school == "kelderby-academy");
  CHECK(s.level.id == "leading");
  CHECK_FALSE(s.reviewed_each_other);
  CHECK(s.reason ==
        "Kelderby Academy's review of 10 March 2026 judged Looking Inward: Curriculum as Leading; Thornbeck Community "
        "Primary School's review of 6 October 2026 judged it as Developing. The two schools did not review each other "
        "this cycle. Kelderby Academy is asked for 2 pairings in all.");
  CHECK(curriculum.actions == std::vector<std::string>{"a1", "a2"});

  const auto& outcomes = area(v, "ashby-moor-primary", "our-impact/outcomes");
  CHECK(outcomes.support.empty());
  CHECK(outcomes.no_support == "no other school's latest review judged Our Impact: Outcomes as Leading");
}

TEST_CASE("partnership: no school is asked for more than --max-pairings") {
  const auto repo = load("examples/north-dales");
  for (int max : {1, 2, 3}) {
    const auto v = build_partnership(repo, options(max));
    std::map<std::string, int> load;
    for (const auto& a : v.development)
      for (const auto& s : a.support) ++load[s.from.school];
    for (const auto& [school, n] : load) CHECK_MESSAGE(n <= max, school << " asked " << n << " times with max " << max);
  }
  // St Cuthbert's is top in three areas others need; with two pairings, no assignment serves all
  // three, and two of them are served whichever they are (the cost is the same).
  const auto v = build_partnership(repo, options(2));
  CHECK(v.brokerage.served == 4);
  CHECK(v.brokerage.unserved == 6);
  int served = 0;
  for (const auto* a : {&area(v, "kelderby-academy", "our-impact/inclusion"), &area(v, "kelderby-academy", "looking-outward/families"),
                        &area(v, "thornbeck-primary", "our-impact/inclusion")}) {
    if (!a->support.empty()) {
      ++served;
      CHECK(support_from(*a) == std::vector<std::string>{"st-cuthberts-primary"});
    } else {
      CHECK(a->no_support ==
            "St Cuthbert's CE Primary School judged it as Leading, but is already asked for 2 pairings, the most for any "
            "school, and no assignment serves more areas");
    }
  }
  CHECK(served == 2);
  // With three, every area some school is strong in is served.
  const auto three = build_partnership(repo, options(3));
  CHECK(three.brokerage.served == 5);
  CHECK(support_from(area(three, "thornbeck-primary", "our-impact/inclusion")) == std::vector<std::string>{"st-cuthberts-primary"});
}

TEST_CASE("partnership: one suggestion per area; a fresh pairing gives way when the other school is asked for too much") {
  const auto repo = load("tests/fixtures/h/four-schools");
  const auto v = build_partnership(repo, options(4));
  for (const auto& a : v.development) CHECK(a.support.size() + a.no_support.has_value() == 1);
  // Birchfield's head led Aldbrook's latest review; Calderside had no part in it, but Calderside's
  // fourth pairing (2 × 3) would cost more than Birchfield's second (2) with the pairing of two
  // schools that reviewed each other (3).
  const auto& teaching = area(v, "aldbrook-primary", "looking-inward/teaching");
  CHECK(support_from(teaching) == std::vector<std::string>{"birchfield-academy"});
  CHECK(teaching.support[0].reviewed_each_other);
  CHECK(teaching.support[0].reason.find("Also Leading in it: Calderside Primary School, asked for 3 pairings") != std::string::npos);
  CHECK(v.brokerage.load == 2 * 3 + 2 * 1);  // Calderside 3 pairings, Birchfield 2
  // With at most one pairing each, two areas are served, one of them by schools that reviewed each
  // other: Calderside is the only help for Dunmere, and Birchfield could only help Aldbrook.
  const auto one = build_partnership(repo, options(1));
  CHECK(one.brokerage.served == 2);
  CHECK(one.brokerage.load == 0);
  CHECK(one.brokerage.total == 3);
  CHECK(support_from(area(one, "dunmere-school", "our-impact/inclusion")) == std::vector<std::string>{"calderside-primary"});
}

TEST_CASE("partnership: latest reviews have begun, --since narrows the window") {
  const auto repo = load("tests/fixtures/h/four-schools");
  const auto all = build_partnership(repo, options());
  REQUIRE(all.latest.size() == 4);
  CHECK(all.latest[2].school == "calderside-primary");
  CHECK(all.latest[2].review == "2026-05");  // 2027-01 is planned, not begun
  CHECK(all.without_review.empty());

  const auto since = build_partnership(repo, options(2, Date{2025, 9, 1}));
  CHECK(since.latest.size() == 3);
  REQUIRE(since.without_review.size() == 1);
  CHECK(since.without_review[0].school == "dunmere-school");
  CHECK(std::none_of(since.development.begin(), since.development.end(),
                     [](const DevelopmentArea& a) { return a.where.school == "dunmere-school"; }));
}

TEST_CASE("partnership: practice to share follows share: false and share: true") {
  const auto repo = load("tests/fixtures/h/four-schools");
  const auto v = build_partnership(repo, options());
  auto shared = [&](std::string_view school, std::string_view aspect) {
    return std::any_of(v.practice.begin(), v.practice.end(),
                       [&](const SharedPractice& p) { return p.where.school == school && p.aspect.ref == aspect; });
  };
  CHECK(shared("calderside-primary", "looking-inward/teaching"));
  CHECK_FALSE(shared("calderside-primary", "looking-inward/curriculum"));  // leading, share: false
  CHECK(shared("birchfield-academy", "looking-outward/partnerships"));      // established, share: true
  // share: false keeps it out of the practice to share, not out of the support it can give.
  const auto roomy = build_partnership(repo, options(10));
  const auto& curriculum = area(roomy, "aldbrook-primary", "looking-inward/curriculum");
  REQUIRE(curriculum.support.size() == 1);
  CHECK(curriculum.support[0].reason.find("Calderside Primary School") != std::string::npos);
}

TEST_CASE("partnership: no league table - schools are in alphabetical order whatever their levels") {
  const auto repo = load("tests/fixtures/h/four-schools");
  // The fixture's premise: the alphabetically first school has the lowest levels, the third the highest.
  auto mean_level = [&](std::string_view slug) {
    double sum = 0;
    int n = 0;
    for (const auto& review : repo.school(slug)->reviews)
      for (const auto& j : review.judgements) sum += review.framework->level_index(j.level->value), ++n;
    return sum / n;
  };
  REQUIRE(mean_level("aldbrook-primary") < mean_level("birchfield-academy"));
  REQUIRE(mean_level("birchfield-academy") < mean_level("calderside-primary"));

  const auto v = build_partnership(repo, options());
  std::vector<std::string> order;
  for (const auto& r : v.latest) order.push_back(r.school);
  CHECK(order == std::vector<std::string>{"aldbrook-primary", "birchfield-academy", "calderside-primary", "dunmere-school"});
  CHECK(by_name(v.practice, [](const SharedPractice& p) { return p.where.name; }));
  CHECK(by_name(v.development, [](const DevelopmentArea& a) { return a.where.name; }));
}

TEST_CASE("partnership: process feedback by academic year, September to August") {
  const auto repo = load("examples/north-dales");
  const auto v = build_partnership(repo, options());
  REQUIRE(v.feedback.size() == 3);
  CHECK(v.feedback[0].label == "2024/25");
  CHECK(v.feedback[1].label == "2025/26");
  CHECK(v.feedback[1].from == Date{2025, 9, 1});
  CHECK(v.feedback[1].to == Date{2026, 8, 31});
  CHECK(v.feedback[1].with_feedback.size() == 3);
  CHECK(v.feedback[2].label == "2026/27");  // Thornbeck, October 2026
  CHECK(v.feedback[2].went_well.size() == 3);
}
