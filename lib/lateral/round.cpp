// Planning a round as a min-cost flow (LEMON's network simplex). Every preference is a cost that
// depends on the giving school and the host only (and, for reciprocity, on how many places a
// school gives, a convex cost: two parallel arcs), so the school is the unit of the flow: a school's
// reviewers who may lead form one pool, the others another, and a pool's places are shared among
// its people afterwards, round-robin, which always meets the per-person limit and never puts one
// person twice in a team. The flow's optimum is therefore the optimum of the person-by-person
// integer program (tests/tools/plan-optimum.sh checks it against GLPK on generated partnerships).
//
// At national size every school could review every other, too many arcs to build: the flow starts
// from a few candidate schools per review and adds, round by round, every pair whose reduced cost
// (from the network simplex's potentials) is negative, until none is: the optimum of the full
// network, without building it. Places no team can fill go to an artificial arc of huge cost, so
// the flow always exists and a place left on it means no plan meets the hard limits.
#include "lateral/round.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <lemon/network_simplex.h>
#include <lemon/smart_graph.h>
#include <map>
#include <set>

#include "lateral/render/views.hpp"
#include "lateral/text.hpp"

namespace lateral {

std::optional<Cycle> Cycle::parse(std::string_view t) {
  if (t.size() != 7 || t[4] != '/') return std::nullopt;
  for (std::size_t i : {0, 1, 2, 3, 5, 6})
    if (t[i] < '0' || t[i] > '9') return std::nullopt;
  const int year = std::stoi(std::string(t.substr(0, 4)));
  const int next = std::stoi(std::string(t.substr(5, 2)));
  if (year < 1900 || (year + 1) % 100 != next) return std::nullopt;
  return Cycle{year};
}

Cycle Cycle::of(const Date& d) { return Cycle{d.month >= 9 ? d.year : d.year - 1}; }
std::string Cycle::label() const { return fmt::format("{}/{:02}", start_year, (start_year + 1) % 100); }
std::string Cycle::stem() const { return fmt::format("{}-{:02}", start_year, (start_year + 1) % 100); }

namespace {

using Graph = lemon::SmartDigraph;
using Flow = lemon::NetworkSimplex<Graph, long long, long long>;
constexpr long long kUnfilled = 1'000'000'000;  // the cost of a place no team fills
// Pairs added to each review's candidates a round. Fewer means more rounds, each a network simplex
// from scratch; more, a larger network: on 1,300 schools 4 took 13 rounds and 6.7 s, 16 takes 5
// rounds and 2.8 s, 32 four rounds and 3.5 s (docs/performance.md).
constexpr int kPricedPerReview = 16;

const Review* latest_review(const School& s) {
  const Review* last = nullptr;
  for (const auto& r : s.reviews)
    if (r.first_day() && (!last || *r.first_day() >= *last->first_day())) last = &r;
  return last;
}

bool may_lead(const Reviewer& r, const Framework& fw) {
  return r.lead && (!r.role || to_lower(r.role->value) == to_lower(fw.settings.lead_role));
}

struct Giver {
  const School* school;
  std::vector<const Reviewer*> leads, others;
  std::set<std::string> strong;  // aspects its latest review judged at the top level
  std::vector<bool> strong_in;    // by aspect number (Planner::aspect_number)
};

struct Host {
  const School* school;
  const Review* last = nullptr;
  std::optional<Date> due;
  std::set<std::string> last_team;  // school slugs
  std::string last_lead_school, last_lead_name;
  std::vector<std::string> develop;  // aspects its latest review found to develop
  std::vector<std::size_t> develop_numbers;
};

// What a place costs when school g gives it to host h (compact: there is one per pair of schools).
struct Pair {
  int member = 0, lead_extra = 0;
  bool lead_allowed = false;
  bool expert = false;  // g is strong in an aspect h must develop
};

class Planner {
 public:
  Planner(const Repository& repo, const RoundOptions& o, RoundPlan& plan) : repo_(repo), o_(o), plan_(plan) {}

  void run() {
    const auto& fw = *repo_.framework;
    T_ = plan_.team_size;
    for (const auto* s : view::schools_by_name(repo_)) {
      Giver g{s, {}, {}, {}};
      for (const auto& r : s->reviewers) (may_lead(r, fw) ? g.leads : g.others).push_back(&r);
      const auto* last = latest_review(*s);
      if (last && last->framework)
        for (const auto& j : last->judgements)
          if (j.level && last->framework->is_top(j.level->value)) g.strong.insert(j.aspect.value);
      if (!s->reviewers.empty()) {
        giver_of_[s->slug] = givers_.size();
        givers_.push_back(std::move(g));
      }
      Host h{s, nullptr, {}, {}, {}, {}, {}};
      h.last = last;
      if (last) h.due = last->first_day()->plus_months(fw.settings.review_months);
      if (h.due && *h.due > o_.cycle.to()) {
        plan_.not_due.push_back({s->slug, s->display_name(), *h.due});
        continue;
      }
      if (last && last->plan.team)
        for (const auto& m : *last->plan.team) {
          if (!m.school) continue;
          h.last_team.insert(m.school->value);
          if (m.lead) h.last_lead_school = m.school->value, h.last_lead_name = m.name.value;
        }
      if (last)
        for (const auto& j : last->judgements)
          if (j.level && last->is_area_for_development(j)) h.develop.push_back(j.aspect.value);
      hosts_.push_back(std::move(h));
    }
    // Aspects by number, so that a million pairs are weighed without a string compared.
    std::map<std::string, std::size_t> number;
    for (auto& h : hosts_)
      for (const auto& a : h.develop) h.develop_numbers.push_back(number.emplace(a, number.size()).first->second);
    for (auto& g : givers_) {
      g.strong_in.assign(number.size(), false);
      for (const auto& a : g.strong)
        if (auto it = number.find(a); it != number.end()) g.strong_in[it->second] = true;
    }
    pairs_.assign(givers_.size() * hosts_.size(), Pair{});
    for (std::size_t g = 0; g < givers_.size(); ++g)
      for (std::size_t h = 0; h < hosts_.size(); ++h) pairs_[g * hosts_.size() + h] = pair_cost(g, h);
    solve();
  }

 private:
  Pair pair_cost(std::size_t gi, std::size_t hi) const {
    const auto& g = givers_[gi];
    const auto& h = hosts_[hi];
    Pair p;
    const auto& w = plan_.weights;
    if (h.last_team.count(g.school->slug)) p.member += w.repeat_school;
    p.expert = std::any_of(h.develop_numbers.begin(), h.develop_numbers.end(), [&](std::size_t a) { return g.strong_in[a]; });
    if (p.expert) p.member -= w.expertise;
    if (h.last_lead_school == g.school->slug) p.lead_extra = w.repeat_lead;
    p.lead_allowed = !g.leads.empty() && (!h.school->outstanding() || g.school->outstanding());
    return p;
  }
  // The host's aspects to develop that the giver is strong in.
  std::vector<std::string> expertise(std::size_t g, std::size_t h) const {
    std::vector<std::string> out;
    for (const auto& a : hosts_[h].develop)
      if (givers_[g].strong.count(a)) out.push_back(a);
    return out;
  }
  bool own(std::size_t g, std::size_t h) const { return givers_[g].school == hosts_[h].school; }
  const Pair& pair(std::size_t g, std::size_t h) const { return pairs_[g * hosts_.size() + h]; }
  long long receives(std::size_t g) const {
    return std::any_of(hosts_.begin(), hosts_.end(), [&](const Host& h) { return h.school == givers_[g].school; }) ? T_ : 0;
  }

  // The first candidates of each review: its neighbours in name order, the schools strong where it
  // must develop, and (for an Outstanding host) Outstanding schools that offer a lead. Pricing adds
  // whatever else pays.
  void initial_candidates() {
    const std::size_t G = givers_.size(), H = hosts_.size();
    constexpr std::size_t kRing = 8, kMore = 6;
    candidate_.assign(G * H, false);
    for (std::size_t h = 0; h < H; ++h) {
      std::size_t at = 0;
      while (at < G && givers_[at].school->display_name() < hosts_[h].school->display_name()) ++at;
      for (std::size_t k = 0; k < std::min(kRing, G); ++k) candidate_[((at + k) % G) * H + h] = true;
      std::size_t strong = 0, outstanding = 0;
      for (std::size_t g = 0; g < G; ++g) {
        if (pair(g, h).expert && strong < kMore) candidate_[g * H + h] = true, ++strong;
        if (hosts_[h].school->outstanding() && pair(g, h).lead_allowed && outstanding < kMore)
          candidate_[g * H + h] = true, ++outstanding;
      }
      for (std::size_t g = 0; g < G; ++g)
        if (own(g, h)) candidate_[g * H + h] = false;
    }
  }

  struct Arcs {
    Graph::Arc pool_in, to_lead, to_member, other;  // lead pool -> pair node -> lead/member; other pool -> member
    bool has_lead_pool = false, has_lead = false, has_other = false;
  };

  void solve() {
    initial_candidates();
    const std::size_t G = givers_.size(), H = hosts_.size();
    const long long M = o_.max_per_person;
    for (;;) {
      Graph graph;
      Graph::ArcMap<long long> cap(graph), cost(graph);
      Graph::NodeMap<long long> supply(graph, 0);
      const auto arc = [&](Graph::Node u, Graph::Node v, long long c, long long k) {
        auto a = graph.addArc(u, v);
        cap[a] = c;
        cost[a] = k;
        return a;
      };
      const auto src = graph.addNode();
      std::vector<Graph::Node> lead_pool(G), other_pool(G), lead(H), member(H);
      for (std::size_t g = 0; g < G; ++g) {
        const auto s = graph.addNode();
        const long long people = static_cast<long long>(givers_[g].leads.size() + givers_[g].others.size());
        // Reciprocity: a place given up to the number received earns back what a place over costs.
        arc(src, s, receives(static_cast<std::size_t>(g)), -plan_.weights.imbalance);
        arc(src, s, people * M, plan_.weights.imbalance);
        lead_pool[g] = graph.addNode();
        other_pool[g] = graph.addNode();
        arc(s, lead_pool[g], static_cast<long long>(givers_[g].leads.size()) * M, 0);
        arc(s, other_pool[g], static_cast<long long>(givers_[g].others.size()) * M, 0);
      }
      std::vector<Graph::Arc> unfilled_lead(H), unfilled_member(H);
      long long places = 0;
      for (std::size_t h = 0; h < H; ++h) {
        lead[h] = graph.addNode();
        member[h] = graph.addNode();
        supply[lead[h]] = -1;
        supply[member[h]] = -(T_ - 1);
        places += T_;
        unfilled_lead[h] = arc(src, lead[h], 1, kUnfilled);
        unfilled_member[h] = arc(src, member[h], T_ - 1, kUnfilled);
      }
      supply[src] = places;
      std::map<std::size_t, Arcs> arcs;  // by pair index
      for (std::size_t g = 0; g < G; ++g)
        for (std::size_t h = 0; h < H; ++h) {
          if (!candidate_[g * H + h]) continue;
          const auto& p = pair(g, h);
          Arcs a;
          const long long leads = static_cast<long long>(givers_[g].leads.size());
          const long long others = static_cast<long long>(givers_[g].others.size());
          if (leads > 0) {
            // One node per pair, so a person who may lead is never both lead and member of one team.
            const auto q = graph.addNode();
            a.has_lead_pool = true;
            a.pool_in = arc(lead_pool[g], q, leads, p.member);
            a.to_member = arc(q, member[h], leads, 0);
            if (p.lead_allowed) a.has_lead = true, a.to_lead = arc(q, lead[h], 1, p.lead_extra);
          }
          if (others > 0) a.has_other = true, a.other = arc(other_pool[g], member[h], others, p.member);
          arcs[g * H + h] = a;
        }
      Flow flow(graph);
      flow.upperMap(cap).costMap(cost).supplyMap(supply);
      flow.run();
      // Pricing: a pair left out pays when a path through it has a negative reduced cost.
      std::vector<std::pair<long long, std::size_t>> better;
      for (std::size_t g = 0; g < G; ++g)
        for (std::size_t h = 0; h < H; ++h) {
          if (candidate_[g * H + h] || own(g, h)) continue;
          const auto& p = pair(g, h);
          long long best = 0;
          if (!givers_[g].leads.empty()) {
            const auto in = p.member + flow.potential(lead_pool[g]);
            best = std::min(best, in - flow.potential(member[h]));
            if (p.lead_allowed) best = std::min(best, in + p.lead_extra - flow.potential(lead[h]));
          }
          if (!givers_[g].others.empty())
            best = std::min(best, p.member + flow.potential(other_pool[g]) - flow.potential(member[h]));
          if (best < 0) better.emplace_back(best, g * H + h);
        }
      if (!better.empty()) {
        // The most negative few for each review: enough to move on, few enough to keep the flow small.
        std::sort(better.begin(), better.end());
        std::vector<int> added(H, 0);
        for (const auto& [_, k] : better)
          if (added[k % H]++ < kPricedPerReview) candidate_[k] = true;
        continue;
      }
      read(flow, arcs, unfilled_lead, unfilled_member);
      return;
    }
  }

  void read(const Flow& flow, const std::map<std::size_t, Arcs>& arcs, const std::vector<Graph::Arc>& unfilled_lead,
            const std::vector<Graph::Arc>& unfilled_member) {
    const std::size_t H = hosts_.size();
    std::vector<long long> missing(H, 0);
    bool any_missing = false;
    for (std::size_t h = 0; h < H; ++h) {
      missing[h] = flow.flow(unfilled_lead[h]) + flow.flow(unfilled_member[h]);
      any_missing = any_missing || missing[h] > 0;
    }
    if (any_missing) return explain(missing);
    // Share each pool's places among its people, host by host, round-robin.
    std::vector<std::vector<PlannedMember>> teams(H);
    for (std::size_t g = 0; g < givers_.size(); ++g) {
      const auto& giver = givers_[g];
      std::size_t next_lead = 0, next_other = 0;
      for (std::size_t h = 0; h < H; ++h) {
        auto it = arcs.find(g * H + h);
        if (it == arcs.end()) continue;
        const auto& a = it->second;
        if (a.has_lead_pool) {
          const auto k = static_cast<std::size_t>(flow.flow(a.pool_in));
          const bool leads = a.has_lead && flow.flow(a.to_lead) > 0;
          std::vector<const Reviewer*> people;
          for (std::size_t i = 0; i < k; ++i) people.push_back(giver.leads[(next_lead + i) % giver.leads.size()]);
          next_lead += k;
          // The lead: someone other than the host's last lead, when the pool allows.
          std::size_t chosen = 0;
          for (std::size_t i = 0; i < people.size(); ++i)
            if (people[i]->name.value != hosts_[h].last_lead_name) {
              chosen = i;
              break;
            }
          for (std::size_t i = 0; i < people.size(); ++i) teams[h].push_back(member_of(giver, *people[i], leads && i == chosen));
        }
        if (a.has_other)
          for (long long i = 0; i < flow.flow(a.other); ++i)
            teams[h].push_back(member_of(giver, *giver.others[next_other++ % giver.others.size()], false));
      }
    }
    for (std::size_t h = 0; h < H; ++h) {
      auto& team = teams[h];
      std::stable_sort(team.begin(), team.end(), [](const PlannedMember& a, const PlannedMember& b) { return a.lead > b.lead; });
      plan_.reviews.push_back(review_of(h, std::move(team)));
    }
    tally();
  }

  PlannedMember member_of(const Giver& g, const Reviewer& r, bool lead) const {
    return {r.name.value, r.role ? r.role->value : std::string(), g.school->slug, g.school->display_name(), lead};
  }

  const School& school(const std::string& slug) const { return *repo_.school(slug); }

  PlannedReview review_of(std::size_t h, std::vector<PlannedMember> team) {
    const auto& host = hosts_[h];
    PlannedReview r;
    r.school = host.school->slug;
    r.name = host.school->display_name();
    r.outstanding = host.school->outstanding();
    if (host.last) r.last_review = host.last->slug;
    r.due = host.due;
    const auto& fw = *repo_.framework;
    const auto* host_fw = host.last && host.last->framework ? host.last->framework : &fw;
    for (const auto& m : team) {
      if (!m.lead) continue;
      r.why.push_back(fmt::format("{} leads: a {} from {}{}.", m.name, m.role, school(m.school).display_name(),
                                  r.outstanding ? fmt::format(", an Outstanding school, as {} is Outstanding", r.name) : ""));
    }
    std::vector<std::string> seen, repeated;
    for (const auto& m : team) {
      if (std::find(seen.begin(), seen.end(), m.school) != seen.end()) continue;
      seen.push_back(m.school);
      if (const auto aspects = expertise(giver_of_.at(m.school), h); !aspects.empty()) {
        std::vector<std::string> names;
        for (const auto& a : aspects) names.push_back(view::aspect_ref(host_fw, a).name);
        r.why.push_back(fmt::format("{}'s latest review judged {} at the top level, which {} must develop.",
                                    school(m.school).display_name(), view::name_list(names), r.name));
      }
      if (host.last_team.count(m.school)) repeated.push_back(school(m.school).display_name());
    }
    if (!host.last) {
      r.why.push_back(fmt::format("{} has not been reviewed yet: every school brings fresh eyes.", r.name));
    } else if (repeated.empty()) {
      r.why.push_back(fmt::format("Fresh eyes: no school of this team was on the team of the last review ({}).", host.last->slug));
    } else {
      const bool lead_again = std::any_of(team.begin(), team.end(), [&](const PlannedMember& m) {
        return m.lead && m.school == host.last_lead_school;
      });
      r.why.push_back(fmt::format("{} {} on the team of the last review ({}) too{}: no plan within the limits does "
                                  "better overall.",
                                  view::name_list(repeated), repeated.size() == 1 ? "was" : "were", host.last->slug,
                                  lead_again ? ", and the lead's school led it" : ""));
    }
    r.team = std::move(team);
    return r;
  }

  // The places each school gives and receives, and the objective the plan reached, part by part.
  void tally() {
    const auto& w = plan_.weights;
    std::map<std::string, PlacesGiven> places;
    for (const auto* s : view::schools_by_name(repo_)) places[s->slug] = {s->slug, s->display_name(), 0, 0};
    for (const auto& r : plan_.reviews) {
      places[r.school].receives += T_;
      const auto h = static_cast<std::size_t>(&r - plan_.reviews.data());
      for (const auto& m : r.team) {
        ++places[m.school].gives;
        const auto& p = pair(giver_of_.at(m.school), h);
        if (hosts_[h].last_team.count(m.school)) plan_.objective.repeat += w.repeat_school;
        if (m.lead) plan_.objective.repeat += p.lead_extra;
        if (p.expert) plan_.objective.expertise -= w.expertise;
      }
    }
    for (const auto* s : view::schools_by_name(repo_)) {
      const auto& p = places[s->slug];
      plan_.objective.imbalance += static_cast<long>(w.imbalance) * std::abs(p.gives - p.receives);
      if (!s->reviewers.empty() || p.receives > 0) plan_.places.push_back(p);
    }
    plan_.objective.total = plan_.objective.imbalance + plan_.objective.repeat + plan_.objective.expertise;
  }

  // No plan meets the hard limits: say which limit, from the simplest count that shows it, and
  // what would make a plan possible.
  void explain(const std::vector<long long>& missing) {
    const auto& fw = *repo_.framework;
    const long long M = o_.max_per_person;
    const auto H = static_cast<long long>(hosts_.size());
    long long leads = 0, people = 0;
    for (const auto& g : givers_) {
      leads += static_cast<long long>(g.leads.size());
      people += static_cast<long long>(g.leads.size() + g.others.size());
    }
    const auto role = fw.settings.lead_role;
    const auto cycle = o_.cycle.label();
    if (leads == 0) {
      plan_.impossible = fmt::format("{} due in {} and each review needs a lead, but no school offers one",
                                     H == 1 ? "1 school is" : fmt::format("{} schools are", H), cycle);
      plan_.remedy = fmt::format("mark the {}s who may lead with `lead: true` in their school's reviewers", role);
      return;
    }
    if (H > leads * M) {
      plan_.impossible = fmt::format("{} reviews need a lead; the {} reviewers who may lead can lead at most {} with "
                                     "--max-per-person {}",
                                     H, leads, leads * M, M);
      plan_.remedy = fmt::format("offer more {}s who may lead, or raise --max-per-person to {}", role, (H + leads - 1) / leads);
      return;
    }
    if (H * T_ > people * M) {
      plan_.impossible = fmt::format("{} reviews with teams of {} need {} places; the {} reviewers offered can fill at "
                                     "most {} with --max-per-person {}",
                                     H, T_, H * T_, people, people * M, M);
      plan_.remedy = fmt::format("offer more reviewers, or raise --max-per-person to {}{}", (H * T_ + people - 1) / people,
                                 T_ > fw.settings.team_min ? fmt::format(", or plan teams of {} with --team-size", fw.settings.team_min) : "");
      return;
    }
    std::vector<std::string> outstanding_hosts, outstanding_leaders;
    long long outstanding_leads = 0;
    for (const auto& h : hosts_)
      if (h.school->outstanding()) outstanding_hosts.push_back(h.school->display_name());
    for (const auto& g : givers_)
      if (g.school->outstanding() && !g.leads.empty()) {
        outstanding_leaders.push_back(g.school->display_name());
        outstanding_leads += static_cast<long long>(g.leads.size());
      }
    const auto n_out = static_cast<long long>(outstanding_hosts.size());
    const auto need = fmt::format("{} need{} a lead from another Outstanding school",
                                  n_out == 1 ? fmt::format("1 Outstanding school ({})", outstanding_hosts[0])
                                             : fmt::format("{} Outstanding schools", n_out),
                                  n_out == 1 ? "s" : "");
    const bool lead_missing = std::any_of(hosts_.begin(), hosts_.end(), [&](const Host& h) {
      return h.school->outstanding() && missing[static_cast<std::size_t>(&h - hosts_.data())] > 0;
    });
    if (n_out > 0 && lead_missing) {
      if (outstanding_leaders.empty())
        plan_.impossible = fmt::format("{}; no Outstanding school offers a {} who may lead", need, role);
      else if (outstanding_leaders.size() == 1)
        plan_.impossible = fmt::format("{}; only one Outstanding school ({}) offers a {} who may lead, and a school "
                                       "does not lead its own review",
                                       need, outstanding_leaders[0], role);
      else
        plan_.impossible = fmt::format("{}; the Outstanding schools offer {} {}{} who may lead, at most {} reviews each",
                                       need, outstanding_leads, role, outstanding_leads == 1 ? "" : "s", M);
      plan_.remedy = outstanding_leaders.size() > 1
                         ? fmt::format("another Outstanding school offers a {} with `lead: true`, or raise --max-per-person", role)
                         : fmt::format("another Outstanding school offers a {} with `lead: true` in its reviewers", role);
      return;
    }
    std::vector<std::string> short_of;
    for (std::size_t h = 0; h < hosts_.size(); ++h)
      if (missing[h] > 0)
        short_of.push_back(fmt::format("{} ({} of {} places)", hosts_[h].school->display_name(), missing[h], T_));
    plan_.impossible = fmt::format("no team within the limits for {}: nobody reviews their own school, and nobody is "
                                   "in more than {} reviews",
                                   view::name_list(short_of), M);
    plan_.remedy = "other schools offer more reviewers, or raise --max-per-person";
  }

  const Repository& repo_;
  const RoundOptions& o_;
  RoundPlan& plan_;
  long long T_ = 2;
  std::vector<Giver> givers_;
  std::map<std::string, std::size_t> giver_of_;
  std::vector<Host> hosts_;
  std::vector<Pair> pairs_;
  std::vector<bool> candidate_;
};

}  // namespace

RoundPlan plan_round(const Repository& repo, const RoundOptions& options) {
  RoundPlan plan;
  plan.partnership = repo.partnership.name ? repo.partnership.name->value : std::string();
  plan.options = options;
  if (!repo.framework) {
    plan.impossible = "the partnership's framework does not load";
    plan.remedy = "run `lateral check` to see why";
    return plan;
  }
  plan.team_size = options.team_size > 0 ? options.team_size : repo.framework->settings.team_min;
  Planner(repo, options, plan).run();
  return plan;
}

}  // namespace lateral
