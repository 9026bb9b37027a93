// `lateral status`: each review's stage and what the next stage needs, and the partnership lead's
// list: schools due a review and open actions past their due date.
#include <fmt/format.h>

#include <algorithm>

#include "lateral/workflow.hpp"

namespace lateral::workflow {
namespace {

std::string review_path(const ReviewStatus& r) { return r.school->slug + "/" + r.review->slug; }

}  // namespace

Status repository_status(const Repository& repo, Date today, const Review* only) {
  Status status;
  status.whole_repository = only == nullptr;
  for (const auto& school : repo.schools) {
    for (const auto& review : school.reviews) {
      if (only && &review != only) continue;
      status.reviews.push_back({&school, &review, review_stage(review, today)});
      for (const auto& a : review.actions)
        if (a.open() && a.due && a.due->value < today) status.overdue.push_back({&school, &review, &a});
    }
    if (only || !school.loaded) continue;
    // As the annual-review rule counts: the latest review's first day, and its framework's interval.
    std::optional<Date> latest;
    const Framework* fw = repo.framework;
    for (const auto& r : school.reviews)
      if (auto d = r.first_day(); d && (!latest || *d > *latest)) {
        latest = d;
        if (r.framework) fw = r.framework;
      }
    const int months = fw ? fw->settings.review_months : 12;
    if (!latest || latest->plus_months(months) <= today) status.due.push_back({&school, latest, months});
  }
  if (!only) {
    const auto now = Cycle::of(today);
    status.places = review_places(repo, Cycle{now.start_year - 1}, now);
  }
  std::stable_sort(status.overdue.begin(), status.overdue.end(), [](const OverdueAction& a, const OverdueAction& b) {
    return a.action->due->value < b.action->due->value;
  });
  return status;
}

std::string status_text(const Status& status) {
  std::string out;
  if (status.reviews.empty()) out += "No reviews yet: plan one with `lateral init-review`.\n";
  for (const auto& r : status.reviews) {
    out += fmt::format("{} ({}): {}\n", review_path(r), r.school->display_name(), describe(r.stage.stage));
    if (r.stage.needs.empty()) out += "  needs nothing more: the cycle is complete\n";
    for (const auto& need : r.stage.needs) out += fmt::format("  needs {}\n", need);
  }
  if (status.whole_repository) {
    out += "\nSchools due a review:\n";
    if (status.due.empty()) out += "  none\n";
    for (const auto& d : status.due)
      out += d.latest ? fmt::format("  {} ({}): latest review began {}, more than {} months ago\n", d.school->slug,
                                    d.school->display_name(), d.latest->str(), d.months)
                      : fmt::format("  {} ({}): no review yet\n", d.school->slug, d.school->display_name());
  }
  if (status.whole_repository || !status.overdue.empty()) {
    out += "\nOpen actions past their due date:\n";
    if (status.overdue.empty()) out += "  none\n";
    std::vector<std::vector<std::string>> rows;
    for (const auto& o : status.overdue)
      rows.push_back({o.school->slug + "/" + o.review->slug, o.action->id ? o.action->id->value : "?",
                      "due " + o.action->due->value.str(), std::string(to_string(o.action->status.value)),
                      o.action->aspect ? o.action->aspect->value : ""});
    out += aligned(rows, "  ");
  }
  if (status.whole_repository) {
    // As the rule reciprocity counts them: the cycle of today and the one before.
    out += "\nReview places received and given, this cycle and the last:\n";
    std::vector<std::vector<std::string>> rows;
    for (const auto& c : status.places)
      for (const auto& s : c.schools)
        if (s.gave > 0 || s.received > 0)
          rows.push_back({c.cycle.label(), s.school, fmt::format("received {}", s.received), fmt::format("gave {}", s.gave)});
    if (rows.empty()) out += "  none\n";
    out += aligned(rows, "  ");
  }
  return out;
}

nlohmann::ordered_json status_json(const Status& status) {
  nlohmann::ordered_json reviews = nlohmann::ordered_json::array();
  for (const auto& r : status.reviews)
    reviews.push_back({{"school", r.school->slug},
                       {"review", r.review->slug},
                       {"path", r.review->dir},
                       {"stage", to_string(r.stage.stage)},
                       {"needs", r.stage.needs}});
  nlohmann::ordered_json due = nlohmann::ordered_json::array();
  for (const auto& d : status.due)
    due.push_back({{"school", d.school->slug},
                   {"name", d.school->display_name()},
                   {"latest_review", d.latest ? nlohmann::ordered_json(d.latest->str()) : nlohmann::ordered_json(nullptr)},
                   {"review_months", d.months}});
  nlohmann::ordered_json overdue = nlohmann::ordered_json::array();
  for (const auto& o : status.overdue)
    overdue.push_back({{"school", o.school->slug},
                       {"review", o.review->slug},
                       {"id", o.action->id ? nlohmann::ordered_json(o.action->id->value) : nlohmann::ordered_json(nullptr)},
                       {"aspect", o.action->aspect ? nlohmann::ordered_json(o.action->aspect->value) : nlohmann::ordered_json(nullptr)},
                       {"due", o.action->due->value.str()},
                       {"status", to_string(o.action->status.value)}});
  return {{"reviews", reviews}, {"due_for_review", due}, {"overdue_actions", overdue}, {"review_places", review_places_json(status.places)}};
}

}  // namespace lateral::workflow
