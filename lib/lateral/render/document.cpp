// The checks and wording the profile and the action plan share.
#include "lateral/render/document.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "lateral/rules.hpp"

namespace lateral::render {
namespace {

constexpr std::array<std::string_view, 12> kMonths{"January", "February", "March",     "April",   "May",      "June",
                                                   "July",    "August",   "September", "October", "November", "December"};

std::string_view month_name(const Date& d) { return kMonths[static_cast<std::size_t>(d.month - 1)]; }

bool inside(const std::string& file, const std::string& dir) { return file.starts_with(dir + "/"); }

}  // namespace

std::vector<Diagnostic> errors_in_review(const Repository& repo, const School& school, const Review& review,
                                         Date today) {
  const bool renderable = review.plan.loaded && review.framework;
  std::vector<std::string> also;  // files that matter only when the review cannot be rendered
  // ... or when lateral.yaml could not be read: the framework in force is then unknown.
  if (!repo.partnership.loaded) also.push_back(repo.partnership.file);
  if (!renderable) {
    also.push_back(repo.partnership.file);
    for (const auto& f : repo.frameworks)
      if (!f->file.empty()) also.push_back(f->file);
  }
  std::vector<Diagnostic> out;
  for (auto& d : check_repository(repo, {today})) {
    if (d.severity != Severity::error || d.rule == "complete-benchmark") continue;
    const bool ours = inside(d.file, review.dir) || d.file == school.file ||
                      std::find(also.begin(), also.end(), d.file) != also.end();
    if (ours) out.push_back(std::move(d));
  }
  if (out.empty() && !renderable) {
    // Not expected (whatever stops a review loading is reported), but never render from nothing.
    Diagnostic d;
    d.file = review.plan.file;
    d.rule = "schema";
    d.message = "this review's plan or its framework could not be read";
    d.hint = "run `lateral check` for the details";
    out.push_back(std::move(d));
  }
  return out;
}

std::string long_date(Date d) { return fmt::format("{} {} {}", d.day, month_name(d), d.year); }

std::string long_dates(std::vector<Date> dates) {
  std::sort(dates.begin(), dates.end());
  dates.erase(std::unique(dates.begin(), dates.end()), dates.end());
  if (dates.empty()) return "no dates";
  // Consecutive dates of one month share it ("6 and 7 October 2026"); others are written in full,
  // with the year only where it changes.
  std::vector<std::string> parts;
  for (std::size_t i = 0; i < dates.size(); ++i) {
    const auto& d = dates[i];
    const bool next_same_month =
        i + 1 < dates.size() && dates[i + 1].month == d.month && dates[i + 1].year == d.year;
    const bool next_same_year = i + 1 < dates.size() && dates[i + 1].year == d.year;
    if (next_same_month)
      parts.push_back(fmt::format("{}", d.day));
    else if (next_same_year)
      parts.push_back(fmt::format("{} {}", d.day, month_name(d)));
    else
      parts.push_back(long_date(d));
  }
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out += i + 1 == parts.size() ? " and " : ", ";
    out += parts[i];
  }
  return out;
}

std::vector<Date> review_dates(const Review& review) {
  std::vector<Date> out;
  if (review.plan.dates)
    for (const auto& d : *review.plan.dates) out.push_back(d.value);
  std::sort(out.begin(), out.end());
  return out;
}

ReviewHeading review_heading(const Repository& repo, const School& school, const Review& review) {
  return {repo.partnership.name ? repo.partnership.name->value : std::string(), school.slug, school.display_name(),
          review.slug, review_dates(review)};
}

std::string school_name(const Repository& repo, std::string_view school) {
  if (const auto* s = repo.school(school)) return s->display_name();
  return std::string(school);
}

std::string dump(const nlohmann::ordered_json& j) {
  return j.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

}  // namespace lateral::render
