// schema (the part that needs the framework): a judgement or self-evaluation has a level exactly
// when the review's framework has levels.
#include "common.hpp"

namespace lateral::rules {

void check_framework_fit(const RuleContext& ctx, RuleSink& sink) {
  for_each_review(ctx.repo, [&](const School&, const Review& r) {
    if (!r.framework || !r.framework->has_levels()) return;
    const auto levels = join(r.framework->level_ids());
    for (const auto& j : r.judgements)
      if (!j.level && !j.level_unreadable)
        sink.report(about(r, j.aspect.value + ".level"), r.benchmark_file, j.aspect, fmt::format("the judgement of {} has no `level`", j.aspect.value),
                    fmt::format("add `level:` one of {}", levels));
    for (const auto& s : r.self_evaluation)
      if (!s.level && !s.level_unreadable)
        sink.report(about(r.self_evaluation_file, s.aspect.value + ".level"), r.self_evaluation_file, s.aspect, fmt::format("the self-evaluation of {} has no `level`", s.aspect.value),
                    fmt::format("add `level:` one of {}", levels));
  });
}

}  // namespace lateral::rules
