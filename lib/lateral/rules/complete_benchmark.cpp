// complete-benchmark: from the day feedback is given, every aspect of every focus theme is judged.
#include "common.hpp"

namespace lateral::rules {

void check_complete_benchmark(const RuleContext& ctx, RuleSink& sink) {
  for_each_review(ctx.repo, [&](const School&, const Review& r) {
    if (!r.framework || !r.plan.themes || !r.benchmark_ok || !feedback_reached(r, ctx.today)) return;
    for (const auto& t : r.framework->themes) {
      if (!in_focus(r, t.id)) continue;
      std::vector<std::string> missing;
      for (const auto& a : t.aspects)
        if (!r.judgement(a.ref)) missing.push_back(a.ref);
      if (missing.empty()) continue;
      const auto message = fmt::format("{} of {} not judged, and feedback was given on {}: {}",
                                       plural(missing.size(), "aspect", "aspects"), t.name,
                                       r.plan.immediate->value.str(), join(missing));
      const auto hint = fmt::format("judge it: lateral benchmark {} LEVEL --evidence ID --commentary TEXT", missing[0]);
      // The theme of the review, wherever it is shown: the list of aspects shrinks as the team
      // judges, and the first judgement moves the problem from review.yaml to benchmark.yaml.
      if (r.benchmark_present)
        sink.report(about(r, t.id), r.benchmark_file, r.benchmark_first, 1, message, hint);
      else
        sink.report(about(r, t.id), r.plan.file, r.plan.themes_key, r.plan.themes_key_length, message, hint);
    }
  });
}

}  // namespace lateral::rules
