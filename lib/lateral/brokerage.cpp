// Brokering support as a min-cost flow (LEMON's network simplex, as the round's
// plan in round.cpp): source → school to develop → its areas → a school strong
// there → sink. The preferences are convex costs on parallel arcs (a school's
// k-th pairing, and a school's k-th area served, cost more than the one
// before), a pairing of schools that reviewed each other costs more, and an
// area left unserved goes source → sink at a cost above any assignment's
// preferences, so the flow serves the most areas first. Every cost is scaled so
// that, among assignments of equal cost, the one whose supporting schools come
// first by name wins (see scale()): the same data always gives the same
// suggestions.
//
// A national partnership has many schools strong in each aspect, so the flow
// starts from a few candidates per area and adds, round by round, every pair
// whose reduced cost (from the network simplex's potentials) is negative, until
// none is: the optimum of the full network.
#include "lateral/brokerage.hpp"

#include <algorithm>
#include <lemon/network_simplex.h>
#include <lemon/smart_graph.h>
#include <limits>

namespace lateral {

bool BrokerageProblem::reviewed(std::size_t a, std::size_t b) const {
  return std::binary_search(reviewed_each_other.begin(),
                            reviewed_each_other.end(),
                            std::pair(std::min(a, b), std::max(a, b)));
}

namespace {

using Graph = lemon::SmartDigraph;
using Flow = lemon::NetworkSimplex<Graph, long long, long long>;
constexpr std::size_t kFirstCandidates =
    4; // candidates of each area in the first flow
constexpr int kPricedPerArea =
    4; // pairs added to each area's candidates a round

long long choose2(long long n) { return n * (n - 1) / 2; }

class Broker {
public:
  Broker(const BrokerageProblem &p, const BrokerageWeights &w) : p_(p), w_(w) {}

  Brokerage run() {
    const std::size_t A = p_.areas.size(), S = p_.schools;
    Brokerage out;
    out.weights = w_;
    out.helper.assign(A, std::nullopt);
    out.pairings.assign(S, 0);
    areas_of_.assign(S, 0);
    could_serve_.assign(S, 0);
    for (const auto &a : p_.areas) {
      ++areas_of_[a.school];
      for (auto h : p_.strong[a.need])
        if (h != a.school)
          ++could_serve_[h];
    }
    scale();
    first_candidates();
    solve(out);
    tally(out);
    return out;
  }

private:
  // The cost of a pairing in the preferences' units.
  long long pair_cost(std::size_t area, std::size_t helper) const {
    return p_.reviewed(p_.areas[area].school, helper) ? w_.reviewed_each_other
                                                      : 0;
  }
  long long scaled_pair(std::size_t area, std::size_t helper) const {
    return pair_cost(area, helper) * tie_ + key(helper);
  }
  std::size_t capacity(std::size_t helper) const {
    return std::min<std::size_t>(
        static_cast<std::size_t>(std::max(p_.max_pairings, 0)),
        could_serve_[helper]);
  }

  // The tie-break: among assignments of equal cost, the one whose supporting
  // schools come first by name (the least sum of their numbers). tie_ scales
  // the costs so that this sum stays below one unit of preference; unserved_ is
  // the cost of an area left out, above every assignment's preferences. (Which
  // of several areas a school serves, at equal cost, is left to the flow, whose
  // arcs are in the list's order: a key for the areas too would make national
  // partnerships many times slower.) Far beyond any partnership, 64 bits have
  // no room for the key, and the flow keeps its order of arcs.
  void scale() {
    const auto A = static_cast<__int128>(p_.areas.size()),
               S = static_cast<__int128>(std::max<std::size_t>(p_.schools, 1));
    __int128 worst = A * w_.reviewed_each_other;
    for (std::size_t s = 0; s < p_.schools; ++s) {
      worst += static_cast<__int128>(w_.extra_area) *
               choose2(static_cast<long long>(areas_of_[s]));
      worst += static_cast<__int128>(w_.extra_pairing) *
               choose2(static_cast<long long>(capacity(s)));
    }
    const __int128 limit = std::numeric_limits<long long>::max() / 4;
    if ((A * S + 1) * (worst + 1) * (A + 1) <= limit)
      tie_ = static_cast<long long>(A * S + 1);
    unserved_ =
        static_cast<long long>(static_cast<__int128>(tie_) * (worst + 1));
  }
  long long key(std::size_t helper) const {
    return tie_ > 1 ? static_cast<long long>(helper) : 0;
  }

  // Each area starts with the first few schools strong in its need, from a
  // place that turns with the area (so the first flow does not ask the same
  // schools for everything); pricing adds the rest.
  void first_candidates() {
    candidates_.assign(p_.areas.size(), {});
    for (std::size_t a = 0; a < p_.areas.size(); ++a) {
      const auto &strong = p_.strong[p_.areas[a].need];
      for (std::size_t k = 0;
           k < strong.size() && candidates_[a].size() < kFirstCandidates; ++k) {
        const auto h = strong[(a + k) % strong.size()];
        if (h != p_.areas[a].school)
          candidates_[a].push_back(h);
      }
      std::sort(candidates_[a].begin(), candidates_[a].end());
    }
  }

  void solve(Brokerage &out) {
    const std::size_t A = p_.areas.size(), S = p_.schools;
    for (;;) {
      Graph graph;
      Graph::ArcMap<long long> cap(graph), cost(graph);
      Graph::NodeMap<long long> supply(graph, 0);
      const auto arc = [&](Graph::Node u, Graph::Node v, long long c,
                           long long k) {
        auto a = graph.addArc(u, v);
        cap[a] = c;
        cost[a] = k;
        return a;
      };
      const auto src = graph.addNode(), sink = graph.addNode();
      supply[src] = static_cast<long long>(A);
      supply[sink] = -static_cast<long long>(A);
      arc(src, sink, static_cast<long long>(A), unserved_);
      std::vector<Graph::Node> develops(S), helps(S), area(A);
      for (std::size_t s = 0; s < S; ++s) {
        develops[s] = graph.addNode();
        for (std::size_t k = 0; k < areas_of_[s]; ++k)
          arc(src, develops[s], 1,
              static_cast<long long>(k) * w_.extra_area * tie_);
        helps[s] = graph.addNode();
        for (std::size_t k = 0; k < capacity(s); ++k)
          arc(helps[s], sink, 1,
              static_cast<long long>(k) * w_.extra_pairing * tie_);
      }
      std::vector<std::vector<Graph::Arc>> pairs(A);
      for (std::size_t a = 0; a < A; ++a) {
        area[a] = graph.addNode();
        arc(develops[p_.areas[a].school], area[a], 1, 0);
        for (auto h : candidates_[a])
          pairs[a].push_back(arc(area[a], helps[h], 1, scaled_pair(a, h)));
      }
      Flow flow(graph);
      flow.upperMap(cap).costMap(cost).supplyMap(supply);
      flow.run();
      // Pricing: a pair left out pays when its reduced cost is negative.
      bool added = false;
      for (std::size_t a = 0; a < A; ++a) {
        std::vector<std::pair<long long, std::size_t>> better;
        for (auto h : p_.strong[p_.areas[a].need]) {
          if (h == p_.areas[a].school ||
              std::binary_search(candidates_[a].begin(), candidates_[a].end(),
                                 h))
            continue;
          const auto reduced = scaled_pair(a, h) + flow.potential(area[a]) -
                               flow.potential(helps[h]);
          if (reduced < 0)
            better.emplace_back(reduced, h);
        }
        std::sort(better.begin(), better.end());
        for (std::size_t k = 0;
             k < better.size() && k < static_cast<std::size_t>(kPricedPerArea);
             ++k)
          candidates_[a].push_back(better[k].second), added = true;
        std::sort(candidates_[a].begin(), candidates_[a].end());
      }
      if (added)
        continue;
      for (std::size_t a = 0; a < A; ++a)
        for (std::size_t k = 0; k < pairs[a].size(); ++k)
          if (flow.flow(pairs[a][k]) > 0)
            out.helper[a] = candidates_[a][k];
      return;
    }
  }

  void tally(Brokerage &out) const {
    auto &o = out.objective;
    std::vector<long long> served_of(p_.schools, 0);
    for (std::size_t a = 0; a < p_.areas.size(); ++a) {
      if (!out.helper[a]) {
        ++o.unserved;
        continue;
      }
      ++o.served;
      ++out.pairings[*out.helper[a]];
      ++served_of[p_.areas[a].school];
      o.reviewed_each_other += pair_cost(a, *out.helper[a]);
    }
    for (std::size_t s = 0; s < p_.schools; ++s) {
      o.load += w_.extra_pairing * choose2(out.pairings[s]);
      o.spread += w_.extra_area * choose2(served_of[s]);
    }
    o.total = o.load + o.spread + o.reviewed_each_other;
  }

  const BrokerageProblem &p_;
  BrokerageWeights w_;
  std::vector<std::size_t> areas_of_, could_serve_;
  std::vector<std::vector<std::size_t>> candidates_;
  long long tie_ = 1, unserved_ = 1;
};

} // namespace

Brokerage broker(const BrokerageProblem &problem,
                 const BrokerageWeights &weights) {
  return Broker(problem, weights).run();
}

} // namespace lateral
