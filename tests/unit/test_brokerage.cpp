// The brokerage model (lateral/brokerage.hpp): the assignment serves the most
// areas (where first come, first served does not), then minimises the
// documented preferences, then breaks ties by the order of names; checked
// against every assignment of small random problems.
#include <doctest/doctest.h>

#include <algorithm>
#include <random>
#include <tuple>

#include "lateral/brokerage.hpp"

namespace {

using namespace lateral;

long choose2(long n) { return n * (n - 1) / 2; }

// (unserved, preferences, tie-break key) of one assignment, as
// docs/partnership.md defines them; nullopt when it asks a school for more than
// max_pairings.
std::optional<std::tuple<long, long, long>>
score(const BrokerageProblem &p,
      const std::vector<std::optional<std::size_t>> &helper,
      const BrokerageWeights &w = {}) {
  std::vector<long> given(p.schools, 0), served(p.schools, 0);
  long unserved = 0, cost = 0, key = 0;
  for (std::size_t a = 0; a < p.areas.size(); ++a) {
    if (!helper[a]) {
      ++unserved;
      continue;
    }
    ++given[*helper[a]];
    ++served[p.areas[a].school];
    if (p.reviewed(p.areas[a].school, *helper[a]))
      cost += w.reviewed_each_other;
    key += static_cast<long>(*helper[a]);
  }
  for (std::size_t s = 0; s < p.schools; ++s) {
    if (given[s] > p.max_pairings)
      return std::nullopt;
    cost +=
        w.extra_pairing * choose2(given[s]) + w.extra_area * choose2(served[s]);
  }
  return std::tuple(unserved, cost, key);
}

// The best of every assignment, by brute force.
std::tuple<long, long, long> best(const BrokerageProblem &p) {
  std::vector<std::optional<std::size_t>> helper(p.areas.size());
  std::tuple<long, long, long> out{1L << 40, 0, 0};
  const auto walk = [&](auto &&self, std::size_t a) -> void {
    if (a == p.areas.size()) {
      if (auto s = score(p, helper); s && *s < out)
        out = *s;
      return;
    }
    helper[a] = std::nullopt;
    self(self, a + 1);
    for (auto h : p.strong[p.areas[a].need])
      if (h != p.areas[a].school) {
        helper[a] = h;
        self(self, a + 1);
      }
    helper[a] = std::nullopt;
  };
  walk(walk, 0);
  return out;
}

} // namespace

TEST_CASE("brokerage: the assignment serves every area where first come, first "
          "served does not") {
  // Schools 0 and 1 develop needs 0 and 1; school 2 is strong in both, school 3
  // in need 0 only. First come, first served gives area 0 to school 2 (first by
  // name) and leaves area 1 without anyone.
  BrokerageProblem p;
  p.schools = 4;
  p.strong = {{2, 3}, {2}};
  p.areas = {{0, 0}, {1, 1}};
  p.max_pairings = 1;
  const auto b = broker(p);
  CHECK(b.helper[0] == std::optional<std::size_t>(3));
  CHECK(b.helper[1] == std::optional<std::size_t>(2));
  CHECK(b.objective.served == 2);
  CHECK(b.objective.unserved == 0);
  CHECK(b.pairings == std::vector<int>{0, 0, 1, 1});
}

TEST_CASE("brokerage: load spread, then schools that did not review each "
          "other, then names") {
  BrokerageProblem p;
  p.schools = 4;
  p.strong = {{1, 2, 3}};
  p.areas = {{0, 0}};
  p.reviewed_each_other = {{0, 1}};
  const auto b = broker(p);
  CHECK(b.helper[0] == std::optional<std::size_t>(
                           2)); // 1 reviewed school 0; 2 comes before 3 by name
  CHECK(b.objective.reviewed_each_other == 0);

  // A second pairing (cost 2) weighs less than a pairing of schools that
  // reviewed each other (3).
  BrokerageProblem q;
  q.schools = 4;
  q.strong = {{2}, {2, 3}};
  q.areas = {{0, 0}, {1, 1}};
  q.reviewed_each_other = {{1, 3}};
  const auto c = broker(q);
  CHECK(c.helper[1] == std::optional<std::size_t>(2));
  CHECK(c.objective.load == 2);
  CHECK(c.objective.total == 2);
}

TEST_CASE("brokerage: the optimum of every assignment, on random problems") {
  std::mt19937 rng(16);
  for (int round = 0; round < 300; ++round) {
    BrokerageProblem p;
    p.schools = 2 + rng() % 9;
    const std::size_t needs = 1 + rng() % 3;
    p.strong.resize(needs);
    for (auto &s : p.strong)
      for (std::size_t k = 0; k < p.schools; ++k)
        if (rng() % 2)
          s.push_back(k);
    const std::size_t areas = rng() % 7;
    for (std::size_t a = 0; a < areas; ++a)
      p.areas.push_back({rng() % p.schools, rng() % needs});
    for (std::size_t i = 0; i < p.schools; ++i)
      for (std::size_t j = i + 1; j < p.schools; ++j)
        if (rng() % 3 == 0)
          p.reviewed_each_other.emplace_back(i, j);
    p.max_pairings = 1 + static_cast<int>(rng() % 3);
    const auto b = broker(p);
    const auto got = score(p, b.helper);
    REQUIRE(got);
    const auto want = best(p);
    CHECK_MESSAGE(*got == want,
                  "round " << round << ": unserved, cost, key "
                           << std::get<0>(*got) << " " << std::get<1>(*got)
                           << " " << std::get<2>(*got) << "; best "
                           << std::get<0>(want) << " " << std::get<1>(want)
                           << " " << std::get<2>(want));
    CHECK(b.objective.unserved == std::get<0>(want));
    CHECK(b.objective.total == std::get<1>(want));
    CHECK(b.objective.served + b.objective.unserved ==
          static_cast<long>(p.areas.size()));
  }
}

TEST_CASE("brokerage: pricing finds a school beyond the first candidates") {
  // Ten schools strong in the need, all but the last reviewed school 0: the
  // fresh one is found.
  BrokerageProblem p;
  p.schools = 11;
  p.strong = {{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}};
  p.areas = {{0, 0}};
  for (std::size_t s = 1; s < 10; ++s)
    p.reviewed_each_other.emplace_back(0, s);
  const auto b = broker(p);
  CHECK(b.helper[0] == std::optional<std::size_t>(10));
  CHECK(b.objective.total == 0);
}
