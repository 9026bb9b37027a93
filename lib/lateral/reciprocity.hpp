// Review places given and received, cycle by cycle: peer review is reciprocated (NAHT principle 6),
// so each school's people on other schools' review teams are set beside the places on its own
// reviews' teams. One count for the partnership view, `lateral status` and the rule reciprocity.
#pragma once
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "lateral/model.hpp"
#include "lateral/round.hpp"

namespace lateral {

struct SchoolPlaces {
  std::string school, name;  // slug, display name
  int gave = 0;              // members of its staff on other schools' review teams (team[].school)
  int received = 0;          // team places on its own reviews
  int reviews = 0;           // its reviews in the cycle
};

// One academic year. A review counts in the cycle of its first day, whether it has begun or is
// planned for later in the cycle: its team is in review.yaml either way.
struct PlacesCycle {
  Cycle cycle;
  std::vector<SchoolPlaces> schools;  // every loaded school, by name
};

// The cycles from `from` to `to`, those with at least one review; a team member's school is its
// slug, as SPEC asks, or its name, as people also write it.
std::vector<PlacesCycle> review_places(const Repository& repo, Cycle from, Cycle to);

// As `--format json` writes them (partnership and status): each cycle with its schools that gave or
// received a place.
nlohmann::ordered_json review_places_json(const std::vector<PlacesCycle>& cycles);

}  // namespace lateral
