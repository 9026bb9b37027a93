// coverage: the focus covers every required theme and at least the framework's minimum number.
#include "common.hpp"

namespace lateral::rules {

void check_coverage(const RuleContext& ctx, RuleSink& sink) {
  for_each_review(ctx.repo, [&](const School&, const Review& r) {
    if (!focus_known(r)) return;
    const auto& fw = *r.framework;
    const auto& file = r.plan.file;
    for (const auto& t : fw.themes) {
      if (!t.required || in_focus(r, t.id)) continue;
      sink.report(about(r, "focus " + t.id), file, r.plan.themes_key, r.plan.themes_key_length,
                  fmt::format("the focus must include {}", t.name), fmt::format("add {} to focus.themes", t.id));
    }
    std::vector<std::string> covered, others;
    for (const auto& t : fw.themes) {
      if (in_focus(r, t.id))
        covered.push_back(t.id);
      else if (!t.required)
        others.push_back(t.id);
    }
    if (static_cast<int>(covered.size()) < fw.settings.min_themes)
      sink.report(about(r, "focus"), file, r.plan.themes_key, r.plan.themes_key_length,
                  fmt::format("the focus covers {}; a review covers at least {}", plural(covered.size(), "theme", "themes"),
                              fw.settings.min_themes),
                  others.empty() ? std::string("add themes to focus.themes")
                                 : fmt::format("add one of {} to focus.themes", join(others, ", ")));
  });
}

}  // namespace lateral::rules
