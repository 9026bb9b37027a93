// annual-review: every school's latest review is less than twelve months old.
#include "common.hpp"

namespace lateral::rules {

void check_annual_review(const RuleContext& ctx, RuleSink& sink) {
  for (const auto& school : ctx.repo.schools) {
    if (!school.loaded) continue;
    std::optional<Date> latest;
    const Framework* fw = ctx.repo.framework;
    for (const auto& r : school.reviews)
      if (auto d = r.first_day(); d && (!latest || *d > *latest)) {
        latest = d;
        if (r.framework) fw = r.framework;
      }
    const int months = fw ? fw->settings.review_months : 12;
    if (!latest) {
      // Reviews whose dates could not be read were reported while loading; "no review yet" would be wrong.
      if (!school.reviews.empty()) continue;
      sink.report(about(school.dir, "reviews"), school.file, school.first_key, 1, fmt::format("{} has no review yet", school.display_name()),
                  fmt::format("plan one: lateral init-review {} --date YYYY-MM-DD ...", school.slug));
      continue;
    }
    if (latest->plus_months(months) > ctx.today) continue;
    sink.report(about(school.dir, "reviews"), school.file, school.first_key, 1,
                fmt::format("{}'s latest review began on {}, more than {} months ago", school.display_name(),
                            latest->str(), months),
                fmt::format("plan the next one: lateral init-review {} --date YYYY-MM-DD ...", school.slug));
  }
}

}  // namespace lateral::rules
