// overdue-action: no open action is past its due date.
#include "common.hpp"

namespace lateral::rules {

void check_overdue_action(const RuleContext& ctx, RuleSink& sink) {
  for_each_review(ctx.repo, [&](const School&, const Review& r) {
    for (const auto& a : r.actions) {
      if (!a.open() || !a.due || a.due->value >= ctx.today) continue;
      sink.report(about(r.actions_file, action_name(a)), r.actions_file, *a.due,
                  fmt::format("action {} was due on {} and is still {}", a.id ? a.id->value : std::string("?"),
                              a.due->value.str(), to_string(a.status.value)),
                  fmt::format("record progress: lateral action-plan set-status {} done (or in-progress, dropped), or agree a new due date",
                              a.id ? a.id->value : std::string("ID")));
    }
  });
}

}  // namespace lateral::rules
