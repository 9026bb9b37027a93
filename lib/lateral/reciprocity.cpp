// Counting review places: one pass over every review's team.
#include "lateral/reciprocity.hpp"

#include <map>

#include "lateral/render/views.hpp"

namespace lateral {

std::vector<PlacesCycle> review_places(const Repository& repo, Cycle from, Cycle to) {
  const auto schools = view::schools_by_name(repo);
  std::map<std::string, std::size_t> number;  // slug or name → place in `schools`
  for (std::size_t i = 0; i < schools.size(); ++i) number.emplace(schools[i]->display_name(), i);
  for (std::size_t i = 0; i < schools.size(); ++i) number[schools[i]->slug] = i;
  std::map<int, PlacesCycle> cycles;
  for (std::size_t host = 0; host < schools.size(); ++host)
    for (const auto& r : schools[host]->reviews) {
      const auto first = r.first_day();
      if (!first) continue;
      const auto cycle = Cycle::of(*first);
      if (cycle < from || to < cycle) continue;
      auto& c = cycles[cycle.start_year];
      if (c.schools.empty()) {
        c.cycle = cycle;
        for (const auto* s : schools) c.schools.push_back({s->slug, s->display_name(), 0, 0, 0});
      }
      ++c.schools[host].reviews;
      if (!r.plan.team) continue;
      for (const auto& m : *r.plan.team) {
        ++c.schools[host].received;
        if (!m.school) continue;
        if (auto it = number.find(m.school->value); it != number.end() && it->second != host) ++c.schools[it->second].gave;
      }
    }
  std::vector<PlacesCycle> out;
  for (auto& [start, c] : cycles) out.push_back(std::move(c));
  return out;
}

nlohmann::ordered_json review_places_json(const std::vector<PlacesCycle>& cycles) {
  auto out = nlohmann::ordered_json::array();
  for (const auto& c : cycles) {
    auto schools = nlohmann::ordered_json::array();
    for (const auto& s : c.schools)
      if (s.gave > 0 || s.received > 0)
        schools.push_back({{"school", s.school}, {"name", s.name}, {"reviews", s.reviews}, {"received", s.received}, {"gave", s.gave}});
    out.push_back({{"cycle", c.cycle.label()}, {"from", c.cycle.from().str()}, {"to", c.cycle.to().str()}, {"schools", std::move(schools)}});
  }
  return out;
}

}  // namespace lateral
