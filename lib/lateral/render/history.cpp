// Builds a school's history from the model, and writes it as Markdown (with a Mermaid picture of
// the levels across reviews) or as JSON.
#include "lateral/render/history.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "lateral/render/document.hpp"
#include "lateral/render/markdown.hpp"
#include "lateral/text.hpp"

namespace lateral {

using nlohmann::ordered_json;
using view::LevelRef;

std::string_view to_string(LevelChange::Direction d) {
  switch (d) {
    case LevelChange::Direction::first: return "first";
    case LevelChange::Direction::up: return "up";
    case LevelChange::Direction::down: return "down";
    case LevelChange::Direction::same: return "same";
    case LevelChange::Direction::not_comparable: return "not-comparable";
  }
  return "first";
}

std::string_view to_string(SelfComparison c) {
  switch (c) {
    case SelfComparison::same: return "same";
    case SelfComparison::higher: return "higher";
    case SelfComparison::lower: return "lower";
  }
  return "same";
}

std::string_view to_string(ActionOutcome o) {
  switch (o) {
    case ActionOutcome::done: return "done";
    case ActionOutcome::dropped: return "dropped";
    case ActionOutcome::open: return "open";
  }
  return "open";
}

namespace {

PlanRecord plan_of(const Review& r) {
  PlanRecord plan{r.slug, r.actions_present, {}};
  for (const auto& a : r.actions) {
    ActionRecord rec;
    rec.id = a.id ? a.id->value : "";
    rec.aspect = view::aspect_ref(r.framework, a.aspect ? a.aspect->value : "");
    rec.action = a.action ? a.action->value : "";
    rec.owner = a.owner ? a.owner->value : "";
    rec.status = a.status.value;
    rec.outcome = a.status.value == ActionStatus::done      ? ActionOutcome::done
                  : a.status.value == ActionStatus::dropped ? ActionOutcome::dropped
                                                            : ActionOutcome::open;
    if (a.due) rec.due = a.due->value;
    if (a.done) rec.done = a.done->value;
    plan.actions.push_back(std::move(rec));
  }
  return plan;
}

// Every aspect some review focused on, in the order of the frameworks the reviews used.
std::vector<view::AspectRef> reviewed_aspects(const School& school) {
  std::set<std::string> refs;
  std::vector<const Framework*> frameworks;
  for (const auto& r : school.reviews) {
    for (const auto* a : r.focus_aspects()) refs.insert(a->ref);
    if (r.framework && std::find(frameworks.begin(), frameworks.end(), r.framework) == frameworks.end())
      frameworks.push_back(r.framework);
  }
  std::vector<view::AspectRef> out;
  for (const auto* f : frameworks)
    for (const auto& ref : f->aspect_refs())
      if (refs.erase(ref)) out.push_back(view::aspect_ref(f, ref));
  return out;
}

std::optional<SelfComparison> compare_self(const Framework* f, const LevelRef& self, const LevelRef& peers) {
  if (!f) return std::nullopt;
  const int s = f->level_index(self.id), p = f->level_index(peers.id);
  if (s < 0 || p < 0) return std::nullopt;
  return s == p ? SelfComparison::same : s > p ? SelfComparison::higher : SelfComparison::lower;
}

}  // namespace

History build_history(const Repository& repo, const School& school) {
  History h;
  h.partnership = repo.partnership.name ? repo.partnership.name->value : "";
  h.school = school.slug;
  h.school_name = school.display_name();
  h.aspects = reviewed_aspects(school);
  for (auto r = school.reviews.rbegin(); r != school.reviews.rend() && h.levels.empty(); ++r)
    if (r->framework)
      for (const auto& l : r->framework->levels) h.levels.push_back(view::level_ref(r->framework, l.id));

  // The last review that judged each aspect at a level, for the change at the next one.
  struct Last {
    const Review* review = nullptr;
    LevelRef level;
  };
  std::vector<Last> last(h.aspects.size());
  const Review* previous = nullptr;
  for (const auto& r : school.reviews) {
    HistoryReview hr;
    hr.slug = r.slug;
    hr.dates = render::review_dates(r);
    hr.framework = r.framework ? r.framework->id : r.plan.framework_id ? r.plan.framework_id->value : "";
    hr.has_levels = r.framework && r.framework->has_levels();
    hr.benchmark_read = r.benchmark_ok;
    h.has_levels = h.has_levels || hr.has_levels;
    if (r.plan.themes)
      for (const auto& t : *r.plan.themes) {
        const Theme* theme = r.framework ? r.framework->theme(t.value) : nullptr;
        hr.themes.push_back({t.value, theme ? theme->name : t.value});
      }
    if (r.plan.question) hr.question = markdown::trimmed(r.plan.question->value);
    const auto focus = r.focus_aspects();
    for (std::size_t i = 0; i < h.aspects.size(); ++i) {
      const auto& ref = h.aspects[i].ref;
      AspectInReview e;
      e.reviewed = std::any_of(focus.begin(), focus.end(), [&](const Aspect* a) { return a->ref == ref; });
      if (e.reviewed) {
        const Judgement* j = r.benchmark_ok ? r.judgement(ref) : nullptr;
        e.judged = j != nullptr;
        if (j && j->commentary) e.commentary = markdown::trimmed(j->commentary->value);
        if (j && j->level && hr.has_levels) {
          e.level = view::level_ref(r.framework, j->level->value);
          LevelChange change;
          if (last[i].review) {
            change.since = last[i].review->slug;
            change.from = last[i].level;
            if (last[i].review->framework != r.framework) {
              change.direction = LevelChange::Direction::not_comparable;
            } else {
              const int before = r.framework->level_index(change.from->id), now = r.framework->level_index(e.level->id);
              change.direction = before < 0 || now < 0 ? LevelChange::Direction::not_comparable
                                 : now > before        ? LevelChange::Direction::up
                                 : now < before        ? LevelChange::Direction::down
                                                       : LevelChange::Direction::same;
            }
          }
          e.change = change;
          last[i] = {&r, *e.level};
        }
        if (const auto* s = r.self_evaluation_ok ? r.self_assessment(ref) : nullptr) {
          if (s->level && hr.has_levels) {
            e.self_level = view::level_ref(r.framework, s->level->value);
            if (e.level) e.self_comparison = compare_self(r.framework, *e.self_level, *e.level);
          }
          if (s->note) e.self_note = markdown::trimmed(s->note->value);
        }
      }
      hr.aspects.push_back(std::move(e));
    }
    if (previous) hr.previous_plan = plan_of(*previous);
    h.reviews.push_back(std::move(hr));
    previous = &r;
  }
  if (previous) h.current_plan = plan_of(*previous);
  return h;
}

// ---------------------------------------------------------------------------------------------
// The words both formatters use

std::string cell_text(const HistoryReview& r, const AspectInReview& e) {
  if (!e.reviewed) return "not reviewed";
  if (!r.benchmark_read) return "benchmark.yaml unreadable";
  if (!e.judged) return "not judged yet";
  if (e.level) return e.level->name;
  return "finding";
}

std::string change_text(const LevelChange& c, const view::LevelRef& now, const std::string& previous_review) {
  using D = LevelChange::Direction;
  if (c.direction == D::first) return "first judgement";
  const auto since = c.since && *c.since != previous_review ? fmt::format(" (since {})", *c.since) : std::string();
  if (c.direction == D::not_comparable)
    return fmt::format("not comparable: {} in {}, with another framework", c.from ? c.from->name : "?", c.since.value_or("?"));
  return fmt::format("{}: {} → {}{}", to_string(c.direction), c.from ? c.from->name : "?", now.name, since);
}

std::string self_text(const AspectInReview& e) {
  if (!e.self_level) return "not given";
  if (!e.self_comparison || *e.self_comparison == SelfComparison::same) return e.self_level->name;
  return fmt::format("{} ({} than the peers')", e.self_level->name, to_string(*e.self_comparison));
}

std::string outcome_text(const ActionRecord& a) {
  switch (a.outcome) {
    case ActionOutcome::done: return a.done ? fmt::format("done on {}", a.done->str()) : "done";
    case ActionOutcome::dropped: return "dropped";
    case ActionOutcome::open:
      return fmt::format("still open: {}{}", a.status == ActionStatus::in_progress ? "in progress" : "planned",
                         a.due ? fmt::format(", due {}", a.due->str()) : "");
  }
  return "";
}

// ---------------------------------------------------------------------------------------------
// Markdown

namespace {

void plan_table(std::string& out, const PlanRecord& plan) {
  if (!plan.recorded) {
    out += "The review recorded no action plan (no actions.yaml).\n\n";
    return;
  }
  if (plan.actions.empty()) {
    out += "The plan has no actions.\n\n";
    return;
  }
  int done = 0, dropped = 0, open = 0;
  for (const auto& a : plan.actions) (a.outcome == ActionOutcome::done ? done : a.outcome == ActionOutcome::dropped ? dropped : open)++;
  out += fmt::format("{} done, {} dropped, {} still open.\n\n", done, dropped, open);
  out += "| Action | Aspect | Owner | What happened |\n| --- | --- | --- | --- |\n";
  for (const auto& a : plan.actions)
    out += fmt::format("| {}: {} | {} | {} | {} |\n", markdown::cell(a.id), markdown::inline_text(a.action),
                       markdown::cell(a.aspect.label()), markdown::cell(a.owner), outcome_text(a));
  out += "\n";
}

// One row per aspect: the aspect's name, then the review's level in each node, the change on each
// link; a dotted link touches a review that did not look at the aspect. Left to right with no
// subgraphs, so Mermaid ranks the aspects' names in one column and each review in the next: a
// grid one row an aspect (subgraphs in a top-to-bottom chart sit side by side in one long strip).
void levels_picture(std::string& out, const History& h) {
  out += "```mermaid\nflowchart LR\n";
  for (std::size_t i = 0; i < h.aspects.size(); ++i) {
    const auto row = fmt::format("aspect{}", i + 1);
    out += fmt::format("  {}[\"{}\"]:::aspect\n", row, view::mermaid_label(h.aspects[i].label()));
    for (std::size_t k = 0; k < h.reviews.size(); ++k) {
      const auto& e = h.reviews[k].aspects[i];
      out += fmt::format("  {}r{}[\"{}: {}\"]{}\n", row, k + 1, view::mermaid_label(h.reviews[k].slug),
                         view::mermaid_label(cell_text(h.reviews[k], e)), e.reviewed ? "" : ":::notReviewed");
    }
    if (!h.reviews.empty()) out += fmt::format("  {} {} {}r1\n", row, h.reviews[0].aspects[i].reviewed ? "---" : "-.-", row);
    for (std::size_t k = 1; k < h.reviews.size(); ++k) {
      const auto& before = h.reviews[k - 1].aspects[i];
      const auto& e = h.reviews[k].aspects[i];
      std::string label;
      if (e.change && e.change->direction != LevelChange::Direction::first)
        label = e.change->direction == LevelChange::Direction::not_comparable
                    ? "|other framework|"
                    : fmt::format("|{}|", to_string(e.change->direction));
      out += fmt::format("  {}r{} {}{} {}r{}\n", row, k, before.reviewed && e.reviewed ? "-->" : "-.->", label, row, k + 1);
    }
  }
  out += "  classDef aspect fill:none,stroke:none,font-weight:bold\n";
  out += "  classDef notReviewed stroke-dasharray: 5 5\n```\n\n";
}

void levels_grid(std::string& out, const History& h) {
  out += "| Aspect |";
  for (const auto& r : h.reviews) out += fmt::format(" {} |", r.slug);
  out += "\n| --- |";
  for (std::size_t k = 0; k < h.reviews.size(); ++k) out += " --- |";
  out += "\n";
  for (std::size_t i = 0; i < h.aspects.size(); ++i) {
    out += fmt::format("| {} |", markdown::cell(h.aspects[i].label()));
    for (const auto& r : h.reviews) {
      const auto& e = r.aspects[i];
      const bool moved = e.change && e.change->direction != LevelChange::Direction::first;
      out += fmt::format(" {}{} |", markdown::cell(cell_text(r, e)),
                         moved ? fmt::format(" ({})", to_string(e.change->direction)) : "");
    }
    out += "\n";
  }
  out += "\n";
}

void review_with_levels(std::string& out, const History& h, std::size_t k) {
  const auto& r = h.reviews[k];
  const std::string previous = k > 0 ? h.reviews[k - 1].slug : "";
  out += "| Aspect | Peers' level | Since the previous review | School's own level |\n| --- | --- | --- | --- |\n";
  for (std::size_t i = 0; i < h.aspects.size(); ++i) {
    const auto& e = r.aspects[i];
    const auto change = e.change && e.level ? change_text(*e.change, *e.level, previous) : std::string();
    if (!e.reviewed)
      out += fmt::format("| {} | not reviewed | — | — |\n", markdown::cell(h.aspects[i].label()));
    else
      out += fmt::format("| {} | {} | {} | {} |\n", markdown::cell(h.aspects[i].label()), markdown::cell(cell_text(r, e)),
                         markdown::cell(change), markdown::cell(self_text(e)));
  }
  out += "\n";
}

void review_with_findings(std::string& out, const History& h, std::size_t k) {
  const auto& r = h.reviews[k];
  for (std::size_t i = 0; i < h.aspects.size(); ++i) {
    const auto& e = r.aspects[i];
    out += fmt::format("### {}\n\n", markdown::inline_text(h.aspects[i].label()));
    if (!e.reviewed) {
      out += "Not reviewed.\n\n";
      continue;
    }
    if (e.commentary)
      out += "The peers' finding:\n\n" + view::block_quote(*e.commentary) + "\n";
    else
      out += e.judged            ? "The peers recorded no commentary.\n\n"
             : r.benchmark_read ? "Not judged yet.\n\n"
                                : "The review's benchmark.yaml could not be read.\n\n";
    if (e.self_note) out += "The school's own view:\n\n" + view::block_quote(*e.self_note) + "\n";
  }
}

}  // namespace

std::string history_markdown(const History& h) {
  std::string out = fmt::format("# History of {}\n\n", markdown::inline_text(h.school_name));
  if (h.reviews.empty()) {
    out += "No reviews of this school yet.\n";
    return out;
  }
  out += fmt::format("{}{} {}, in date order. ", h.partnership.empty() ? "" : markdown::inline_text(h.partnership) + ": ", h.reviews.size(),
                     h.reviews.size() == 1 ? "review" : "reviews");
  out += h.has_levels ? "Each level is the peers' judgement of one aspect at one review; there is no overall grade.\n\n"
                      : "The framework has no levels: the peers share findings, shown review by review.\n\n";

  out += h.has_levels ? "## Levels across reviews\n\n" : "## Aspects across reviews\n\n";
  if (h.aspects.empty()) {
    out += "No review has a focus this framework knows.\n\n";
  } else {
    levels_grid(out, h);
    if (h.has_levels) levels_picture(out, h);
  }

  for (std::size_t k = 0; k < h.reviews.size(); ++k) {
    const auto& r = h.reviews[k];
    out += fmt::format("## Review {}\n\n", r.slug);
    std::vector<std::string> themes;
    for (const auto& t : r.themes) themes.push_back(markdown::inline_text(t.name));
    out += fmt::format("Review days: {}. Focus: {}.\n\n", render::long_dates(r.dates), themes.empty() ? "none" : join(themes));
    if (r.question) out += fmt::format("Enquiry question: {}\n\n", markdown::inline_text(*r.question));
    if (r.has_levels)
      review_with_levels(out, h, k);
    else
      review_with_findings(out, h, k);
    if (r.previous_plan) {
      out += fmt::format("### What happened to the plan from {}\n\n", r.previous_plan->review);
      plan_table(out, *r.previous_plan);
    }
  }
  if (h.current_plan) {
    out += fmt::format("## The plan from the latest review ({}), so far\n\n", h.current_plan->review);
    plan_table(out, *h.current_plan);
  }
  while (out.size() > 1 && out[out.size() - 1] == '\n' && out[out.size() - 2] == '\n') out.pop_back();
  return out;
}

// ---------------------------------------------------------------------------------------------
// JSON

namespace {

ordered_json plan_json(const std::optional<PlanRecord>& plan) {
  if (!plan) return nullptr;
  auto actions = ordered_json::array();
  for (const auto& a : plan->actions)
    actions.push_back({{"id", a.id},
                       {"aspect", a.aspect.ref},
                       {"action", a.action},
                       {"owner", a.owner},
                       {"status", to_string(a.status)},
                       {"outcome", to_string(a.outcome)},
                       {"due", view::date_json(a.due)},
                       {"done", view::date_json(a.done)}});
  return {{"review", plan->review}, {"recorded", plan->recorded}, {"actions", actions}};
}

ordered_json aspect_in_review_json(const std::string& ref, const AspectInReview& e) {
  ordered_json j{{"aspect", ref}, {"reviewed", e.reviewed}, {"judged", e.judged}, {"level", view::level_json(e.level)}};
  j["commentary"] = view::text_json(e.commentary);
  if (e.change)
    j["change"] = {{"direction", to_string(e.change->direction)},
                   {"since", view::text_json(e.change->since)},
                   {"from", view::level_json(e.change->from)}};
  else
    j["change"] = nullptr;
  if (e.self_level || e.self_note)
    j["self"] = {{"level", view::level_json(e.self_level)},
                 {"note", view::text_json(e.self_note)},
                 {"compared_with_peers", e.self_comparison ? ordered_json(to_string(*e.self_comparison)) : ordered_json(nullptr)}};
  else
    j["self"] = nullptr;
  return j;
}

}  // namespace

std::string history_json(const History& h) {
  ordered_json j;
  j["partnership"] = h.partnership;
  j["school"] = h.school;
  j["name"] = h.school_name;
  j["has_levels"] = h.has_levels;
  j["aspects"] = ordered_json::array();
  for (const auto& a : h.aspects) j["aspects"].push_back(view::aspect_json(a, ordered_json::object()));
  j["reviews"] = ordered_json::array();
  for (const auto& r : h.reviews) {
    ordered_json jr;
    jr["review"] = r.slug;
    jr["dates"] = view::dates_json(r.dates);
    jr["framework"] = r.framework;
    jr["has_levels"] = r.has_levels;
    jr["benchmark_read"] = r.benchmark_read;
    jr["themes"] = ordered_json::array();
    for (const auto& t : r.themes) jr["themes"].push_back({{"id", t.id}, {"name", t.name}});
    jr["question"] = view::text_json(r.question);
    jr["aspects"] = ordered_json::array();
    for (std::size_t i = 0; i < h.aspects.size(); ++i) jr["aspects"].push_back(aspect_in_review_json(h.aspects[i].ref, r.aspects[i]));
    jr["previous_plan"] = plan_json(r.previous_plan);
    j["reviews"].push_back(std::move(jr));
  }
  j["current_plan"] = plan_json(h.current_plan);
  return render::dump(j);
}

}  // namespace lateral
