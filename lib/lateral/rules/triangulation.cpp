// triangulation: a judgement cites evidence of at least two different types.
#include "common.hpp"

#include <set>

namespace lateral::rules {

void check_triangulation(const RuleContext& ctx, RuleSink& sink) {
  for_each_review(ctx.repo, [&](const School&, const Review& r) {
    if (!r.framework) return;
    const int needed = r.framework->settings.triangulation;
    for (const auto& j : r.judgements) {
      if (!j.evidence) continue;
      std::set<std::string> types;
      bool any = false, broken = false;
      for (const auto& id : *j.evidence) {
        const auto* e = r.find_evidence(id.value);
        // A missing or broken record is reported already, and its type is unknown: do not guess.
        if (!e || !e->loaded || !e->type) {
          broken = true;
          continue;
        }
        any = true;
        types.insert(e->type->value);
      }
      if (!any || broken || static_cast<int>(types.size()) >= needed) continue;
      std::vector<std::string> list(types.begin(), types.end());
      sink.report(about(r, j.aspect.value), r.benchmark_file, j.evidence_key, 8,
                  fmt::format("the judgement of {} rests on {} ({}); triangulate with at least {}", j.aspect.value,
                              plural(types.size(), "type of evidence", "types of evidence"), join(list), needed),
                  fmt::format("cite evidence of another kind, e.g. a discussion or work scrutiny (lateral evidence --aspect {})",
                              j.aspect.value));
    }
  });
}

}  // namespace lateral::rules
