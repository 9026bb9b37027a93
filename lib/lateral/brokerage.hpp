// Brokering school-to-school support as one assignment for the whole
// partnership: each area for development gets at most one school strong in it,
// chosen as an optimum (a min-cost flow, see brokerage.cpp): first as many
// areas served as any assignment can, then the preferences below.
#pragma once
#include <cstddef>
#include <optional>
#include <utility>
#include <vector>

namespace lateral {

// The weights of the preferences, each a cost the assignment makes as small as
// it can once it serves the most areas. Written here once, so the docs, the
// JSON and the tests read the same numbers.
struct BrokerageWeights {
  int extra_pairing =
      2; // per pairing a supporting school already gives: its k-th costs 2(k-1)
  int extra_area =
      1; // per area of the same school already served: its k-th costs (k-1)
  int reviewed_each_other =
      3; // a pairing of two schools that reviewed each other this cycle
};

// The problem, without names or files: schools are numbers in name order (a
// lower number is an earlier name, which breaks the ties of equal cost).
struct BrokerageProblem {
  std::size_t schools = 0;
  // For each need (an aspect of one framework), the schools strong in it,
  // ascending.
  std::vector<std::vector<std::size_t>> strong;
  struct Area {
    std::size_t school = 0, need = 0;
  };
  std::vector<Area> areas;
  std::vector<std::pair<std::size_t, std::size_t>>
      reviewed_each_other; // (a, b) with a < b, sorted
  int max_pairings = 2;    // the most any school is asked for

  bool reviewed(std::size_t a, std::size_t b) const;
};

// What the assignment reached, part by part: the number served comes first,
// then the cost of the preferences (total = load + spread +
// reviewed_each_other).
struct BrokerageObjective {
  long served = 0, unserved = 0;
  long load = 0;   // extra_pairing × (k-1) for each school's k-th pairing
  long spread = 0; // extra_area × (k-1) for each school's k-th area served
  long reviewed_each_other =
      0; // reviewed_each_other × the pairings of schools that did
  long total = 0;
};

struct Brokerage {
  BrokerageWeights weights;
  std::vector<std::optional<std::size_t>>
      helper;                // per area: the school suggested, if any
  std::vector<int> pairings; // per school: the pairings it is asked for
  BrokerageObjective objective;
};

Brokerage broker(const BrokerageProblem &problem,
                 const BrokerageWeights &weights = {});

} // namespace lateral
