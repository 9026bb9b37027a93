// Builds the partnership view from every school's latest review and writes it as Markdown (with the
// suggested support as a Mermaid graph) or as JSON. Nothing here orders schools by their levels.
#include "lateral/render/partnership.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

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

// A team member from `school`: its slug, as SPEC asks, or its name as people also write it.
bool on_team(const Review& r, const School& school) {
  if (!r.plan.team) return false;
  return std::any_of(r.plan.team->begin(), r.plan.team->end(), [&](const TeamMember& m) {
    return m.school && (m.school->value == school.slug || m.school->value == school.display_name());
  });
}

bool reviewed_each_other(const Latest& a, const Latest& b) {
  return on_team(*a.review, *b.school) || on_team(*b.review, *a.school);
}

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


// Suggests helpers in rounds, so the load spreads both ways. In each round every area may get one
// more school, and the school to develop with the fewest suggestions so far is served first (list
// order, alphabetical by name, breaks ties). The helper: one that did not review the school this
// cycle, then the one with the fewest pairings so far, then by slug; a school already asked for
// `max` pairings is not asked again.
void suggest_support(std::vector<DevelopmentArea>& areas, const std::vector<const Latest*>& area_reviews,
                     const std::vector<Latest>& latest, int max) {
  struct Candidate {
    const Latest* school;
    bool reviewed_each_other;
    const Judgement* judgement;
    bool used = false;
  };
  std::vector<std::vector<Candidate>> candidates(areas.size());
  for (std::size_t i = 0; i < areas.size(); ++i) {
    const auto& needs = *area_reviews[i];
    for (const auto& other : latest) {
      if (other.school == needs.school || other.review->framework != needs.review->framework) continue;
      const auto* j = other.review->benchmark_ok ? other.review->judgement(areas[i].aspect.ref) : nullptr;
      if (j && j->level && other.review->framework->is_top(j->level->value))
        candidates[i].push_back({&other, reviewed_each_other(other, needs), j});
    }
  }
  std::map<std::string, int> load, received;  // pairings asked of a school; suggestions made to one
  auto key = [&](const Candidate& c) {
    return std::tuple(c.reviewed_each_other, load[c.school->school->slug], c.school->school->slug);
  };
  for (bool progress = true; progress;) {
    progress = false;
    std::vector<bool> served(areas.size(), false);
    for (std::size_t round = 0; round < areas.size(); ++round) {
      std::size_t i = areas.size();
      for (std::size_t k = 0; k < areas.size(); ++k)
        if (!served[k] && (i == areas.size() || received[areas[k].where.school] < received[areas[i].where.school])) i = k;
      served[i] = true;
      Candidate* best = nullptr;
      for (auto& c : candidates[i])
        if (!c.used && load[c.school->school->slug] < max && (!best || key(c) < key(*best))) best = &c;
      if (!best) continue;
      best->used = true;
      ++load[best->school->school->slug];
      ++received[areas[i].where.school];
      progress = true;
      auto& area = areas[i];
      SupportSuggestion s{best->school->ref, view::level_ref(best->school->review->framework, best->judgement->level->value),
                          best->reviewed_each_other, ""};
      s.reason = fmt::format("{}'s review of {} judged {} as {}; {}'s review of {} judged it as {}. The two schools {} this cycle.",
                             s.from.name, first_day_text(s.from), area.aspect.label(), s.level.name, area.where.name,
                             first_day_text(area.where), area.level.name,
                             s.reviewed_each_other ? "reviewed each other" : "did not review each other");
      area.support.push_back(std::move(s));
    }
  }
  for (std::size_t i = 0; i < areas.size(); ++i) {
    auto& area = areas[i];
    if (!area.support.empty()) continue;
    const auto* fw = area_reviews[i]->review->framework;
    const auto top = fw && fw->has_levels() ? view::level_ref(fw, fw->levels.back().id).name : std::string("the top level");
    std::vector<std::string> full;
    for (const auto& c : candidates[i]) full.push_back(c.school->ref.name);
    if (full.empty())
      area.no_support = fmt::format("no other school's latest review judged {} as {}", area.aspect.label(), top);
    else
      area.no_support = fmt::format("{} judged it as {}, but {} already asked for {} {}, the most for any school",
                                    view::name_list(full), top, full.size() == 1 ? "is" : "are", max,
                                    max == 1 ? "pairing" : "pairings");
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
  suggest_support(v.development, area_reviews, latest, options.max_pairings);
  focus_of(latest, v);
  v.feedback = feedback_cycles(schools, options);
  return v;
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
  out += fmt::format(
      "For each area for development, the schools whose latest review judged that aspect at the framework's top level. "
      "Schools that did not review each other this cycle come first, and no school is asked for more than {} {}.\n\n",
      v.options.max_pairings, v.options.max_pairings == 1 ? "pairing" : "pairings");
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
