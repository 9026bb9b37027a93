// cited-evidence: every judgement cites at least one evidence record that exists.
#include "common.hpp"

namespace lateral::rules {

void check_cited_evidence(const RuleContext& ctx, RuleSink& sink) {
  for_each_review(ctx.repo, [&](const School&, const Review& r) {
    for (const auto& j : r.judgements) {
      if (!j.evidence) continue;  // a missing key is a schema problem, reported already
      const bool any = std::any_of(j.evidence->begin(), j.evidence->end(),
                                   [&](const Text& id) { return r.find_evidence(id.value) != nullptr; });
      if (any) continue;
      sink.report(about(r, j.aspect.value), r.benchmark_file, j.evidence_key, 8,
                  j.evidence->empty() ? fmt::format("the judgement of {} cites no evidence", j.aspect.value)
                                      : fmt::format("the judgement of {} cites no evidence record that exists", j.aspect.value),
                  fmt::format("list the ids of its evidence (lateral evidence --aspect {})", j.aspect.value));
    }
  });
}

}  // namespace lateral::rules
