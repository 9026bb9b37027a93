// evidence-range: once benchmarked, the review draws on at least four evidence types.
#include "common.hpp"

#include <set>

namespace lateral::rules {

void check_evidence_range(const RuleContext& ctx, RuleSink& sink) {
  for_each_review(ctx.repo, [&](const School&, const Review& r) {
    if (!r.framework || !all_focus_aspects_judged(r)) return;
    std::set<std::string> types;
    for (const auto& e : r.evidence) {
      // A record that did not load, or of an unknown type, is reported already: do not guess its type.
      if (!e.loaded || !e.type || !r.framework->evidence_type(e.type->value)) return;
      types.insert(e.type->value);
    }
    const int needed = r.framework->settings.evidence_range;
    if (static_cast<int>(types.size()) >= needed) return;
    std::vector<std::string> list(types.begin(), types.end());
    sink.report(about(r, "evidence"), r.plan.file, r.plan.first_key, 1,
                fmt::format("the review draws on {}{}; a rounded picture needs at least {}",
                            plural(types.size(), "type of evidence", "types of evidence"),
                            list.empty() ? std::string() : " (" + join(list) + ")", needed),
                "add evidence of other kinds: observations, discussions with pupils, staff, governors or parents, work scrutiny, the school's data");
  });
}

}  // namespace lateral::rules
