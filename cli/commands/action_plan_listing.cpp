// PLACEHOLDER: replaced by the action plan listing (work in progress).
#include "../app.hpp"

namespace lateral::cli {

void run_action_plan_listing(Session&, const ActionPlanListing&) { throw UsageError("not built yet"); }

}  // namespace lateral::cli
