// reciprocity: a school that received a review in each of the last two cycles (the academic year that
// contains today and the one before it) gave at least one reviewer to another school's review in them.
#include "common.hpp"
#include "lateral/reciprocity.hpp"

namespace lateral::rules {

void check_reciprocity(const RuleContext& ctx, RuleSink& sink) {
  if (ctx.repo.scope) return;  // who gave is in the other schools' reviews, which were not loaded
  const Cycle now = Cycle::of(ctx.today), before{now.start_year - 1};
  const auto cycles = review_places(ctx.repo, before, now);
  if (cycles.size() != 2) return;  // a cycle without any review: nobody received in both
  for (std::size_t i = 0; i < cycles[0].schools.size(); ++i) {
    const auto& earlier = cycles[0].schools[i];
    const auto& later = cycles[1].schools[i];
    if (earlier.reviews == 0 || later.reviews == 0 || earlier.gave + later.gave > 0) continue;
    const auto* school = ctx.repo.school(earlier.school);
    if (!school || !school->loaded) continue;
    // On the school's name, where its people are offered (`reviewers`) and the partnership looks.
    const auto message =
        fmt::format("{} received {} team {} in {} and {} but gave no reviewer to another school's review in them",
                    school->display_name(), earlier.received + later.received,
                    earlier.received + later.received == 1 ? "place" : "places", before.label(), now.label());
    const auto hint = fmt::format("peer review is reciprocated: put one of {}'s staff on another school's team "
                                  "(`school: {}` in its review.yaml), or offer reviewers in school.yaml for `lateral plan`",
                                  school->display_name(), school->slug);
    if (school->name)
      sink.report(about(school->file, "reciprocity"), school->file, *school->name, message, hint);
    else
      sink.report(about(school->file, "reciprocity"), school->file, school->first_key, 1, message, hint);
  }
}

}  // namespace lateral::rules
