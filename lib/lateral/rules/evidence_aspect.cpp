// evidence-aspect: every record a judgement cites is tagged to that judgement's aspect, so the
// evidence listed for an aspect (`lateral evidence --aspect`, the grid, the profile) is the
// evidence its judgement rests on.
#include "common.hpp"

#include <set>

namespace lateral::rules {

void check_evidence_aspect(const RuleContext& ctx, RuleSink& sink) {
  for_each_review(ctx.repo, [&](const School&, const Review& r) {
    // A judgement of an aspect the framework does not have is unknown-reference's to report.
    if (!r.framework) return;
    for (const auto& j : r.judgements) {
      // A judgement outside the framework or the focus is unknown-reference's to report.
      const auto* theme = r.framework->theme_of(j.aspect.value);
      if (!j.evidence || !r.framework->aspect(j.aspect.value) || !theme || !in_focus(r, theme->id)) continue;
      std::set<std::string> seen;  // a repeated id is repeated-value's, not a second warning here
      for (const auto& id : *j.evidence) {
        if (!seen.insert(id.value).second) continue;
        const auto* e = r.find_evidence(id.value);
        // A missing record is unknown-reference's; one whose aspects did not load is the loader's.
        // A record naming an aspect the framework does not have is in doubt (unknown-reference
        // reports the name): a misspelt tag is one fault, not also a warning here.
        if (!e || !e->loaded || !e->aspects ||
            std::any_of(e->aspects->begin(), e->aspects->end(), [&](const Text& a) { return !r.framework->aspect(a.value); }))
          continue;
        const bool tagged = std::any_of(e->aspects->begin(), e->aspects->end(),
                                        [&](const Text& a) { return a.value == j.aspect.value; });
        if (tagged) continue;
        std::vector<std::string> aspects;
        for (const auto& a : *e->aspects) aspects.push_back(a.value);
        // About the citation itself: citing another record instead is a different problem.
        sink.report(about(r, fmt::format("{}.evidence {}", j.aspect.value, id.value)), r.benchmark_file, id,
                    fmt::format("`{}` is cited for {} but tagged only to {}", id.value, j.aspect.value,
                                aspects.empty() ? std::string("no aspect") : join(aspects)),
                    fmt::format("add {} to the `aspects` of {}, or cite a record tagged to it (lateral evidence --aspect {})",
                                j.aspect.value, "evidence/" + e->id + ".yaml", j.aspect.value));
      }
    }
  });
}

}  // namespace lateral::rules
