// Review places given and received (lateral/reciprocity.hpp), cycle by cycle, on the four-schools
// fixture: teams name schools by slug or by name, planned reviews count in their cycle, and a
// school's own people on its own team are not places it gave.
#include <doctest/doctest.h>

#include "lateral/loader.hpp"
#include "lateral/reciprocity.hpp"

namespace {

using namespace lateral;

const SchoolPlaces& of(const PlacesCycle& c, std::string_view school) {
  for (const auto& s : c.schools)
    if (s.school == school) return s;
  FAIL("no school " << school);
  return c.schools.front();
}

}  // namespace

TEST_CASE("review places: given and received, cycle by cycle") {
  const auto repo = load_repository(std::filesystem::path(LATERAL_SOURCE_DIR) / "tests/fixtures/h/four-schools");
  const auto all = review_places(repo, Cycle{2000}, Cycle{2030});
  REQUIRE(all.size() == 4);  // 2023/24 (Dunmere), 2024/25, 2025/26, 2026/27: cycles with a review
  CHECK(all[0].cycle.label() == "2023/24");
  CHECK(all[3].cycle.label() == "2026/27");
  const auto& c = all[2];  // 2025/26: Aldbrook 2026-06, Birchfield 2026-03, Calderside 2026-05
  REQUIRE(c.schools.size() == 4);
  CHECK(c.schools[0].school == "aldbrook-primary");  // by name
  CHECK(of(c, "aldbrook-primary").received == 2);    // one member from Fernlea Academy, outside the partnership
  CHECK(of(c, "aldbrook-primary").gave == 0);
  CHECK(of(c, "birchfield-academy").gave == 2);      // on Aldbrook's and Calderside's teams
  CHECK(of(c, "birchfield-academy").reviews == 1);
  CHECK(of(c, "dunmere-school").gave == 1);
  CHECK(of(c, "dunmere-school").reviews == 0);
  // 2026/27: Calderside's review is planned for January 2027; its team counts.
  CHECK(of(all[3], "calderside-primary").received == 2);
  CHECK(of(all[3], "aldbrook-primary").gave == 1);

  const auto two = review_places(repo, Cycle{2025}, Cycle{2026});
  REQUIRE(two.size() == 2);
  CHECK(two[0].cycle.label() == "2025/26");
}
