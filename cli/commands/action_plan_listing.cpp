// `lateral action-plan` with no subcommand: the review's action plan as Markdown or JSON. The
// action-plan command (action_plan.cpp) parses the options and calls this.
#include <fmt/format.h>

#include <algorithm>

#include "../app.hpp"
#include "review_documents.hpp"
#include "lateral/loader.hpp"
#include "lateral/render/action_plan.hpp"
#include "lateral/render/document.hpp"

namespace lateral::cli {

void run_action_plan_listing(Session& session, const ActionPlanListing& options) {
  const auto& formats = render::document_formats();
  if (std::find(formats.begin(), formats.end(), options.format) == formats.end())
    throw UsageError(fmt::format("--format {}: not a format of the action plan; use markdown, json or html", options.format));
  const auto repo = session.load_for_review(session.review_root(options.review), options.review);
  // No file is refused here: refuse_on_errors reports every error of the review, a file that
  // cannot be read among them.
  const auto ref = session.find_review(repo, options.review, {});
  const auto today = session.today();
  if (refuse_on_errors(session, repo, ref, today, "action plan")) return;
  const auto plan = build_action_plan(repo, *ref.school, *ref.review, today);
  write_output(options.output, render_action_plan(plan, options.format));
}

}  // namespace lateral::cli
