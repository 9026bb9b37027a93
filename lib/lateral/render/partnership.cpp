// Builds the partnership view from every school's latest review and writes it as Markdown (with the
// suggested support as a Mermaid graph) or as JSON. Nothing here orders schools by their levels.
#include "lateral/render/partnership.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "lateral/brokerage.hpp"
#include "lateral/render/document.hpp"
#include "lateral/render/markdown.hpp"
#include "lateral/text.hpp"

namespace lateral {

using nlohmann::ordered_json;

namespace {

struct Latest {
  const School* school;
  const Review* review;
  SchoolReview ref;
};

SchoolReview ref_of(const School& s, const Review& r) { return {s.slug, s.display_name(), r.slug, render::review_dates(r)}; }

bool in_window(const Review& r, const PartnershipOptions& o) {
  const auto first = r.first_day();
  return first && *first <= o.today && (!o.since || *first >= *o.since);
}

std::string first_day_text(const SchoolReview& r) { return r.first_day() ? render::long_date(*r.first_day()) : "(no dates)"; }

// A review's judgements in framework order, those `keep` accepts.
template <class Keep>
std::vector<const Judgement*> judgements(const Review& r, Keep keep) {
  std::vector<const Judgement*> out;
  if (!r.framework || !r.benchmark_ok) return out;
  for (const auto& ref : r.framework->aspect_refs())
    if (const auto* j = r.judgement(ref); j && keep(*j)) out.push_back(j);
  return out;
}

std::string academic_year(int start) { return fmt::format("{}/{:02}", start, (start + 1) % 100); }


std::string pairings_text(long n) { return fmt::format("{} {}", n, n == 1 ? "pairing" : "pairings"); }

// The suggested support: one assignment for the whole partnership (lateral/brokerage.hpp), each
// suggestion with the reasons it was made and each area left out with the reason none could be.
void suggest_support(PartnershipView& v, const std::vector<const Latest*>& area_reviews, const std::vector<Latest>& latest) {
  auto& areas = v.development;
  BrokerageProblem problem;
  problem.schools = latest.size();
  problem.max_pairings = v.options.max_pairings;
  const auto number = [&](const Latest* l) { return static_cast<std::size_t>(l - latest.data()); };
  std::map<std::pair<const Framework*, std::string>, std::size_t> needs;
  for (std::size_t i = 0; i < areas.size(); ++i) {
    const auto key = std::pair(area_reviews[i]->review->framework, areas[i].aspect.ref);
    const auto need = needs.emplace(key, needs.size()).first->second;
    problem.areas.push_back({number(area_reviews[i]), need});
  }
  problem.strong.resize(needs.size());
  for (std::size_t s = 0; s < latest.size(); ++s) {
    const auto& r = *latest[s].review;
    for (const auto* j : judgements(r, [&](const Judgement& j) { return j.level && r.framework->is_top(j.level->value); }))
      if (auto it = needs.find({r.framework, j->aspect.value}); it != needs.end()) problem.strong[it->second].push_back(s);
  }
  // Two schools reviewed each other when a member of either one's latest team came from the other:
  // `school:` names it by slug, as SPEC asks, or by name, as people also write it.
  std::map<std::string, std::size_t> school_number;
  for (std::size_t s = 0; s < latest.size(); ++s) {
    school_number.emplace(latest[s].school->display_name(), s);
    school_number[latest[s].school->slug] = s;
  }
  for (std::size_t s = 0; s < latest.size(); ++s)
    if (const auto& team = latest[s].review->plan.team)
      for (const auto& m : *team)
        if (auto it = m.school ? school_number.find(m.school->value) : school_number.end(); it != school_number.end() && it->second != s)
          problem.reviewed_each_other.emplace_back(std::min(s, it->second), std::max(s, it->second));
  std::sort(problem.reviewed_each_other.begin(), problem.reviewed_each_other.end());
  problem.reviewed_each_other.erase(std::unique(problem.reviewed_each_other.begin(), problem.reviewed_each_other.end()),
                                    problem.reviewed_each_other.end());

  const auto result = broker(problem);
  // A national partnership may have hundreds of schools strong in an aspect: a reason names a few.
  constexpr std::size_t kNamed = 3;
  std::vector<std::vector<std::size_t>> served_by(latest.size());
  for (std::size_t i = 0; i < areas.size(); ++i)
    if (result.helper[i]) served_by[*result.helper[i]].push_back(i);
  v.brokerage = result.objective;
  v.brokerage_weights = result.weights;
  for (std::size_t i = 0; i < areas.size(); ++i) {
    auto& area = areas[i];
    const auto& a = problem.areas[i];
    const auto* fw = area_reviews[i]->review->framework;
    const auto top = fw && fw->has_levels() ? view::level_ref(fw, fw->levels.back().id).name : std::string("the top level");
    std::vector<std::size_t> others;
    for (auto s : problem.strong[a.need])
      if (s != a.school && s != result.helper[i]) others.push_back(s);
    if (!result.helper[i]) {
      std::vector<std::string> full;
      for (std::size_t k = 0; k < others.size() && k < kNamed; ++k) full.push_back(latest[others[k]].ref.name);
      if (others.size() > kNamed) full.push_back(fmt::format("{} other schools", others.size() - kNamed));
      if (full.empty())
        area.no_support = fmt::format("no other school's latest review judged {} as {}", area.aspect.label(), top);
      else
        area.no_support = fmt::format("{} judged it as {}, but {} already asked for {}, the most for any school, and no "
                                      "assignment serves more areas",
                                      view::name_list(full), top, others.size() == 1 ? "is" : "are", pairings_text(problem.max_pairings));
      continue;
    }
    const auto& helper = latest[*result.helper[i]];
    const auto* j = helper.review->judgement(area.aspect.ref);
    SupportSuggestion s{helper.ref, view::level_ref(helper.review->framework, j->level->value),
                        problem.reviewed(a.school, *result.helper[i]), ""};
    s.reason = fmt::format("{}'s review of {} judged {} as {}; {}'s review of {} judged it as {}. The two schools {} this cycle. "
                           "{} is asked for {} in all.",
                           s.from.name, first_day_text(s.from), area.aspect.label(), s.level.name, area.where.name,
                           first_day_text(area.where), area.level.name,
                           s.reviewed_each_other ? "reviewed each other" : "did not review each other", s.from.name,
                           pairings_text(result.pairings[*result.helper[i]]));
    if (!others.empty()) {
      std::vector<std::string> also;
      for (std::size_t k = 0; k < others.size() && k < kNamed; ++k) {
        const auto o = others[k];
        std::vector<std::string> where;
        for (auto b : served_by[o]) where.push_back(fmt::format("{}'s {}", areas[b].where.name, areas[b].aspect.label()));
        also.push_back(fmt::format("{}, asked for {}{}{}", latest[o].ref.name,
                                   where.empty() ? std::string("none") : pairings_text(result.pairings[o]),
                                   where.empty() ? std::string() : fmt::format(" ({})", view::name_list(where)),
                                   problem.reviewed(a.school, o) ? fmt::format(", reviewed {} this cycle", area.where.name) : ""));
      }
      if (others.size() > kNamed) also.push_back(fmt::format("and {} other schools", others.size() - kNamed));
      s.reason += fmt::format(" Also {} in it: {}.", s.level.name, join(also, "; "));
    }
    area.support.push_back(std::move(s));
  }
}

std::vector<FeedbackCycle> feedback_cycles(const std::vector<const School*>& schools, const PartnershipOptions& o) {
  std::map<int, FeedbackCycle> cycles;
  for (const auto* s : schools)
    for (const auto& r : s->reviews) {
      if (!in_window(r, o)) continue;
      const auto first = *r.first_day();
      const int start = first.month >= 9 ? first.year : first.year - 1;
      auto& c = cycles[start];
      c.label = academic_year(start);
      c.from = {start, 9, 1};
      c.to = {start + 1, 8, 31};
      const auto where = ref_of(*s, r);
      if (!r.process_feedback) {
        c.without_feedback.push_back(where);
        continue;
      }
      c.with_feedback.push_back(where);
      for (const auto& t : r.process_feedback->went_well) c.went_well.push_back({where, t.value});
      for (const auto& t : r.process_feedback->even_better_if) c.even_better_if.push_back({where, t.value});
    }
  std::vector<FeedbackCycle> out;
  for (auto& [start, c] : cycles) out.push_back(std::move(c));
  return out;
}

// The aspects each latest review looked at, and all of them in the order of their frameworks.
void focus_of(const std::vector<Latest>& latest, PartnershipView& v) {
  std::vector<const Framework*> frameworks;
  std::set<std::string> refs;
  for (const auto& l : latest) {
    auto& focus = v.focus.emplace_back();
    for (const auto* a : l.review->focus_aspects()) {
      focus.push_back(a->ref);
      refs.insert(a->ref);
    }
    if (l.review->framework && std::find(frameworks.begin(), frameworks.end(), l.review->framework) == frameworks.end())
      frameworks.push_back(l.review->framework);
  }
  for (const auto* f : frameworks)
    for (const auto& ref : f->aspect_refs())
      if (refs.erase(ref)) v.aspects.push_back(view::aspect_ref(f, ref));
}

}  // namespace

PartnershipView build_partnership(const Repository& repo, const PartnershipOptions& options) {
  PartnershipView v;
  v.partnership = repo.partnership.name ? repo.partnership.name->value : "";
  v.options = options;
  const auto schools = view::schools_by_name(repo);

  std::vector<Latest> latest;
  for (const auto* s : schools) {
    const Review* last = nullptr;
    for (const auto& r : s->reviews)  // by first review day, then slug
      if (in_window(r, options)) last = &r;
    if (last)
      latest.push_back({s, last, ref_of(*s, *last)});
    else
      v.without_review.push_back({s->slug, s->display_name()});
  }

  std::vector<const Latest*> area_reviews;
  for (const auto& l : latest) {
    const auto* fw = l.review->framework;
    v.latest.push_back(l.ref);
    v.has_levels = v.has_levels || (fw && fw->has_levels());
    for (const auto* j : judgements(*l.review, [&](const Judgement& j) { return l.review->is_practice_to_share(j); })) {
      SharedPractice p{l.ref, view::aspect_ref(fw, j->aspect.value), std::nullopt, std::nullopt};
      if (j->level && fw->has_levels()) p.level = view::level_ref(fw, j->level->value);
      if (j->commentary) p.commentary = markdown::trimmed(j->commentary->value);
      v.practice.push_back(std::move(p));
    }
    for (const auto* j : judgements(*l.review, [&](const Judgement& j) { return l.review->is_area_for_development(j); })) {
      DevelopmentArea a{l.ref, view::aspect_ref(fw, j->aspect.value), view::level_ref(fw, j->level->value), {}, {}, {}};
      for (const auto& action : l.review->actions)
        if (action.aspect && action.aspect->value == j->aspect.value && action.id) a.actions.push_back(action.id->value);
      v.development.push_back(std::move(a));
      area_reviews.push_back(&l);
    }
  }
  suggest_support(v, area_reviews, latest);
  focus_of(latest, v);
  v.feedback = feedback_cycles(schools, options);
  v.places = review_places(repo, options.since ? Cycle::of(*options.since) : Cycle{0}, Cycle::of(options.today));
  return v;
}

std::string support_intro(const PartnershipView& v) {
  const auto& o = v.brokerage;
  return fmt::format(
      "For each area for development, one school whose latest review judged that aspect at the framework's top level, "
      "chosen for the whole partnership at once: as many areas served as any assignment can, then the load spread "
      "across the schools that help and the schools helped, then schools that did not review each other this cycle. "
      "No school is asked for more than {}. {} of {} {} {} a suggestion.",
      pairings_text(v.options.max_pairings), o.served, o.served + o.unserved, o.served + o.unserved == 1 ? "area" : "areas",
      o.served + o.unserved == 1 ? "has" : "have");
}

std::string places_intro() {
  return "Peer review is reciprocated: for each school, the places on its own reviews' teams (received) and its "
         "staff's places on other schools' teams (given: a team member's school names it). A review counts in the "
         "cycle of its first day, an academic year from September to August; a review planned for later in the "
         "cycle counts, its team being known. Schools by name; a school that neither gave nor received is left out.";
}

// ---------------------------------------------------------------------------------------------
// Markdown

namespace {

void schools_section(std::string& out, const PartnershipView& v) {
  // No "as of today": which reviews have begun shows in the table itself, so a committed view
  // changes when a review begins, not every day.
  out += fmt::format("Each school's latest review that has begun{}. Schools are listed alphabetically by name: "
                     "lateral never ranks schools or adds their levels up.\n\n",
                     v.options.since ? fmt::format(", counting reviews from {} on", render::long_date(*v.options.since)) : "");
  if (!v.latest.empty()) {
    out += "| School | Latest review | Review days |\n| --- | --- | --- |\n";
    for (const auto& r : v.latest)
      out += fmt::format("| {} | {} | {} |\n", markdown::cell(r.name), r.review, render::long_dates(r.dates));
    out += "\n";
  }
  if (!v.without_review.empty()) {
    std::vector<std::string> names;
    for (const auto& s : v.without_review) names.push_back(markdown::inline_text(s.name));
    out += fmt::format("No review in this window: {}.\n\n", view::name_list(names));
  }
}

void practice_section(std::string& out, const PartnershipView& v) {
  out += "## Practice to share\n\n";
  out += "Judgements the team flagged to share (`share: true`), or at the framework's top level unless `share: false`.\n\n";
  if (v.practice.empty()) {
    out += "None in these reviews.\n\n";
    return;
  }
  const std::string* school = nullptr;
  for (const auto& p : v.practice) {
    if (!school || *school != p.where.school) {
      out += fmt::format("### {}\n\n", markdown::inline_text(p.where.name));
      school = &p.where.school;
    }
    out += fmt::format("**{}**{} (review {}).\n\n", markdown::inline_text(p.aspect.label()),
                       p.level ? ": " + markdown::inline_text(p.level->name) : std::string(),
                       p.where.review);
    if (p.commentary) out += view::block_quote(*p.commentary) + "\n";
  }
}

void development_section(std::string& out, const PartnershipView& v) {
  out += "## Areas for development\n\n";
  if (v.development.empty()) {
    out += v.has_levels ? "None in these reviews.\n\n"
                        : "None by level: the framework has no levels, so the findings and each school's action plan "
                          "say what it will work on.\n\n";
    return;
  }
  out += "| School | Aspect | Level | Review | Actions in the school's plan |\n| --- | --- | --- | --- | --- |\n";
  for (const auto& a : v.development)
    out += fmt::format("| {} | {} | {} | {} | {} |\n", markdown::cell(a.where.name), markdown::cell(a.aspect.label()),
                       markdown::cell(a.level.name), a.where.review, a.actions.empty() ? "none yet" : join(a.actions));
  out += "\n";
}

void support_picture(std::string& out, const PartnershipView& v) {
  // Nodes in alphabetical order of name, so the picture is the same whatever the levels.
  std::vector<SchoolReview> nodes;
  for (const auto& r : v.latest) {
    const bool involved = std::any_of(v.development.begin(), v.development.end(), [&](const DevelopmentArea& a) {
      return !a.support.empty() && (a.where.school == r.school ||
                                    std::any_of(a.support.begin(), a.support.end(),
                                                [&](const SupportSuggestion& s) { return s.from.school == r.school; }));
    });
    if (involved) nodes.push_back(r);
  }
  out += "```mermaid\nflowchart LR\n";
  for (const auto& n : nodes) out += fmt::format("  {}[\"{}\"]\n", view::mermaid_id("s_", n.school), view::mermaid_label(n.name));
  for (const auto& a : v.development)
    for (const auto& s : a.support)
      out += fmt::format("  {} -->|\"{}\"| {}\n", view::mermaid_id("s_", s.from.school), view::mermaid_label(a.aspect.label()),
                         view::mermaid_id("s_", a.where.school));
  out += "```\n\n";
}

void support_section(std::string& out, const PartnershipView& v) {
  out += "## Suggested school-to-school support\n\n";
  if (v.development.empty()) {
    out += "No area for development, so no support to suggest.\n\n";
    return;
  }
  out += markdown::inline_text(support_intro(v)) + "\n\n";
  const bool any = std::any_of(v.development.begin(), v.development.end(), [](const DevelopmentArea& a) { return !a.support.empty(); });
  if (any) {
    support_picture(out, v);
    out += "| School to develop | Aspect | Suggested support from | Why |\n| --- | --- | --- | --- |\n";
    for (const auto& a : v.development)
      for (const auto& s : a.support)
        out += fmt::format("| {} | {} | {} | {} |\n", markdown::cell(a.where.name), markdown::cell(a.aspect.label()),
                           markdown::cell(s.from.name), markdown::cell(s.reason));
    out += "\n";
  }
  const bool unmatched = std::any_of(v.development.begin(), v.development.end(), [](const DevelopmentArea& a) { return a.no_support.has_value(); });
  if (unmatched) {
    out += any ? "No suggestion yet:\n\n" : "No suggestion yet for any area:\n\n";
    for (const auto& a : v.development)
      if (a.no_support)
        out += fmt::format("- {}, {}: {}.\n", markdown::inline_text(a.where.name), markdown::inline_text(a.aspect.label()),
                           markdown::inline_text(*a.no_support));
    out += "\n";
  }
}

void places_section(std::string& out, const PartnershipView& v) {
  out += "## Review places, cycle by cycle\n\n";
  out += markdown::inline_text(places_intro()) + "\n\n";
  if (v.places.empty()) {
    out += "No reviews in this window.\n\n";
    return;
  }
  for (const auto& c : v.places) {
    out += fmt::format("### {}\n\n| School | Reviews | Places received | Places given |\n| --- | --- | --- | --- |\n", c.cycle.label());
    for (const auto& s : c.schools)
      if (s.gave > 0 || s.received > 0)
        out += fmt::format("| {} | {} | {} | {} |\n", markdown::cell(s.name), s.reviews, s.received, s.gave);
    out += "\n";
  }
}

void feedback_points(std::string& out, std::string_view title, const std::vector<FeedbackPoint>& points) {
  if (points.empty()) return;
  out += fmt::format("{}:\n\n", title);
  for (const auto& p : points)
    out += fmt::format("- {} ({}, {})\n", markdown::inline_text(p.text), markdown::inline_text(p.where.name), p.where.review);
  out += "\n";
}

void feedback_section(std::string& out, const PartnershipView& v) {
  out += "## Process feedback, cycle by cycle\n\n";
  out += "What each school said about its review (process-feedback.yaml), so the partnership reviews its own peer review. "
         "A cycle is an academic year, September to August, by the review's first day.\n\n";
  if (v.feedback.empty()) {
    out += "No reviews in this window.\n\n";
    return;
  }
  for (const auto& c : v.feedback) {
    out += fmt::format("### {}\n\n", c.label);
    const auto reviews = c.with_feedback.size() + c.without_feedback.size();
    out += fmt::format("{} {}, {} with feedback: {} went well, {} even better if.\n\n", reviews, reviews == 1 ? "review" : "reviews",
                       c.with_feedback.size(), c.went_well.size(), c.even_better_if.size());
    feedback_points(out, "Went well", c.went_well);
    feedback_points(out, "Even better if", c.even_better_if);
    if (!c.without_feedback.empty()) {
      std::vector<std::string> names;
      for (const auto& r : c.without_feedback) names.push_back(fmt::format("{} ({})", markdown::inline_text(r.name), r.review));
      out += fmt::format("No feedback recorded yet: {}.\n\n", view::name_list(names));
    }
  }
}

}  // namespace

std::string partnership_markdown(const PartnershipView& v) {
  std::string out =
      fmt::format("# {}: the partnership view\n\n", v.partnership.empty() ? "The partnership" : markdown::inline_text(v.partnership));
  schools_section(out, v);
  practice_section(out, v);
  development_section(out, v);
  support_section(out, v);
  places_section(out, v);
  feedback_section(out, v);
  while (out.size() > 1 && out[out.size() - 1] == '\n' && out[out.size() - 2] == '\n') out.pop_back();
  return out;
}

// ---------------------------------------------------------------------------------------------
// JSON

namespace {

ordered_json review_json(const SchoolReview& r) {
  return {{"school", r.school}, {"name", r.name}, {"review", r.review}, {"dates", view::dates_json(r.dates)}};
}

ordered_json points_json(const std::vector<FeedbackPoint>& points) {
  auto out = ordered_json::array();
  for (const auto& p : points) {
    auto j = review_json(p.where);
    j["text"] = p.text;
    out.push_back(std::move(j));
  }
  return out;
}

ordered_json reviews_json(const std::vector<SchoolReview>& reviews) {
  auto out = ordered_json::array();
  for (const auto& r : reviews) out.push_back(review_json(r));
  return out;
}

}  // namespace

std::string partnership_json(const PartnershipView& v) {
  ordered_json j;
  j["partnership"] = v.partnership;
  j["as_of"] = v.options.today.str();
  j["since"] = view::date_json(v.options.since);
  j["max_pairings"] = v.options.max_pairings;
  j["has_levels"] = v.has_levels;
  j["schools"] = reviews_json(v.latest);
  j["schools_without_review"] = ordered_json::array();
  for (const auto& s : v.without_review) j["schools_without_review"].push_back({{"school", s.school}, {"name", s.name}});
  j["practice_to_share"] = ordered_json::array();
  for (const auto& p : v.practice) {
    auto e = view::aspect_json(p.aspect, review_json(p.where));
    e["level"] = view::level_json(p.level);
    e["commentary"] = view::text_json(p.commentary);
    j["practice_to_share"].push_back(std::move(e));
  }
  j["areas_for_development"] = ordered_json::array();
  for (const auto& a : v.development) {
    auto e = view::aspect_json(a.aspect, review_json(a.where));
    e["level"] = view::level_json(a.level);
    e["actions"] = a.actions;
    e["suggested_support"] = ordered_json::array();
    for (const auto& s : a.support) {
      auto sj = review_json(s.from);
      sj["level"] = view::level_json(s.level);
      sj["reviewed_each_other"] = s.reviewed_each_other;
      sj["reason"] = s.reason;
      e["suggested_support"].push_back(std::move(sj));
    }
    e["no_suggestion"] = view::text_json(a.no_support);
    j["areas_for_development"].push_back(std::move(e));
  }
  const auto& o = v.brokerage;
  const auto& w = v.brokerage_weights;
  j["brokerage"] = {{"areas", o.served + o.unserved},
                    {"served", o.served},
                    {"unserved", o.unserved},
                    {"weights", {{"extra_pairing", w.extra_pairing}, {"extra_area", w.extra_area}, {"reviewed_each_other", w.reviewed_each_other}}},
                    {"objective", {{"cost", o.total}, {"load", o.load}, {"spread", o.spread}, {"reviewed_each_other", o.reviewed_each_other}}}};
  j["review_places"] = review_places_json(v.places);
  j["process_feedback"] = ordered_json::array();
  for (const auto& c : v.feedback)
    j["process_feedback"].push_back({{"cycle", c.label},
                                     {"from", c.from.str()},
                                     {"to", c.to.str()},
                                     {"reviews_with_feedback", reviews_json(c.with_feedback)},
                                     {"reviews_without_feedback", reviews_json(c.without_feedback)},
                                     {"went_well", points_json(c.went_well)},
                                     {"even_better_if", points_json(c.even_better_if)}});
  return render::dump(j);
}

}  // namespace lateral
