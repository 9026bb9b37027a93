// The proposed round of reviews for the partnership meeting: Markdown and JSON (HTML: round_html.cpp).
#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "lateral/render/document.hpp"
#include "lateral/render/markdown.hpp"
#include "lateral/render/views.hpp"
#include "lateral/round.hpp"

namespace lateral {

using ordered_json = nlohmann::ordered_json;

namespace {

std::string people(int n) { return fmt::format("{} {}", n, n == 1 ? "person" : "people"); }

}  // namespace

std::string round_method(const RoundPlan& p, std::string_view lead_key) {
  return fmt::format(
      "Every team meets the limits: its size, a lead who is a reviewer marked {}, nobody from the host school, an "
      "Outstanding school's lead from another Outstanding school, and nobody in more than {} reviews. Among the plans "
      "that do, this one has the lowest cost, where each place a school gives more or fewer than it receives costs {}, a "
      "reviewer from a school on the host's last team costs {} (and {} more for the lead from the school that led it), "
      "and a reviewer from a school whose latest review judged at the top level an aspect the host must develop saves "
      "{}. This plan's cost is {}: reciprocity {}, repeated schools {}, expertise {}. No other plan costs less.",
      lead_key, p.options.max_per_person, p.weights.imbalance, p.weights.repeat_school, p.weights.repeat_lead,
      p.weights.expertise, p.objective.total, p.objective.imbalance, p.objective.repeat, p.objective.expertise);
}

std::string round_markdown(const RoundPlan& p) {
  std::string out = fmt::format("# The round of reviews for {}{}\n\n", p.options.cycle.label(),
                                p.partnership.empty() ? "" : ": " + markdown::inline_text(p.partnership));
  out += fmt::format("From {} to {}. Teams of {}, the lead included; nobody is in more than {} {}.\n\n",
                     render::long_date(p.options.cycle.from()), render::long_date(p.options.cycle.to()),
                     people(p.team_size), p.options.max_per_person, p.options.max_per_person == 1 ? "review" : "reviews");
  if (p.impossible) {
    out += fmt::format("No plan meets the limits: {}.\n\nWhat would make one possible: {}.\n", markdown::inline_text(*p.impossible),
                       markdown::inline_text(*p.remedy));
    return out;
  }
  if (p.reviews.empty()) out += "No school is due for a review in this cycle.\n\n";
  for (const auto& r : p.reviews) {
    out += fmt::format("## {}\n\n", markdown::inline_text(r.name));
    if (r.last_review)
      out += fmt::format("Last review: {}; due by {}{}.\n\n", r.last_review->substr(0, 7), render::long_date(*r.due),
                         r.outstanding ? "; Outstanding" : "");
    else
      out += fmt::format("Not reviewed yet{}.\n\n", r.outstanding ? "; Outstanding" : "");
    out += "| Reviewer | Role | School |\n| --- | --- | --- |\n";
    for (const auto& m : r.team)
      out += fmt::format("| {}{} | {} | {} |\n", markdown::cell(m.name), m.lead ? " (lead)" : "", markdown::cell(m.role),
                         markdown::cell(m.school_name));
    out += "\n";
    for (const auto& w : r.why) out += fmt::format("- {}\n", markdown::inline_text(w));
    out += "\n";
  }
  if (!p.not_due.empty()) {
    out += "## Not due in this cycle\n\n";
    for (const auto& n : p.not_due)
      out += fmt::format("- {}: next due by {}\n", markdown::inline_text(n.name), render::long_date(n.due));
    out += "\n";
  }
  out += "## Places given and received\n\n";
  out += "Peer review is reciprocated: each school gives about as many places on other schools' teams as its own "
         "review has.\n\n| School | Gives | Receives |\n| --- | --- | --- |\n";
  for (const auto& g : p.places)
    out += fmt::format("| {} | {} | {} |\n", markdown::cell(g.name), g.gives, g.receives);
  out += "\n## How the plan was chosen\n\n";
  out += round_method(p, "`lead: true`") + "\n";
  return out;
}

std::string round_json(const RoundPlan& p) {
  ordered_json j;
  j["partnership"] = p.partnership;
  j["cycle"] = p.options.cycle.label();
  j["from"] = p.options.cycle.from().str();
  j["to"] = p.options.cycle.to().str();
  j["team_size"] = p.team_size;
  j["max_per_person"] = p.options.max_per_person;
  j["possible"] = !p.impossible.has_value();
  j["impossible"] = view::text_json(p.impossible);
  j["remedy"] = view::text_json(p.remedy);
  j["reviews"] = ordered_json::array();
  for (const auto& r : p.reviews) {
    ordered_json e{{"school", r.school}, {"name", r.name}, {"outstanding", r.outstanding},
                   {"last_review", view::text_json(r.last_review)}, {"due", view::date_json(r.due)}};
    e["team"] = ordered_json::array();
    for (const auto& m : r.team)
      e["team"].push_back({{"name", m.name}, {"role", m.role}, {"school", m.school}, {"school_name", m.school_name}, {"lead", m.lead}});
    e["why"] = r.why;
    j["reviews"].push_back(std::move(e));
  }
  j["not_due"] = ordered_json::array();
  for (const auto& n : p.not_due) j["not_due"].push_back({{"school", n.school}, {"name", n.name}, {"due", n.due.str()}});
  j["places"] = ordered_json::array();
  for (const auto& g : p.places)
    j["places"].push_back({{"school", g.school}, {"name", g.name}, {"gives", g.gives}, {"receives", g.receives}});
  j["weights"] = {{"imbalance", p.weights.imbalance},
                  {"repeat_school", p.weights.repeat_school},
                  {"repeat_lead", p.weights.repeat_lead},
                  {"expertise", p.weights.expertise}};
  j["objective"] = {{"total", p.objective.total},
                    {"imbalance", p.objective.imbalance},
                    {"repeat", p.objective.repeat},
                    {"expertise", p.objective.expertise}};
  return render::dump(j);
}

}  // namespace lateral
