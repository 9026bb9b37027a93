// lateral action-plan: adds an action to actions.yaml, changes one action's status (both edited as
// text, keeping the school's comments and layout), or shows the plan (action_plan_listing.cpp).
#include <fmt/format.h>

#include <iostream>

#include "../app.hpp"
#include "lateral/render/document.hpp"
#include "../write.hpp"
#include "lateral/edit/editor.hpp"
#include "lateral/edit/new_file.hpp"
#include "lateral/edit/records.hpp"
#include "lateral/loader.hpp"
#include "lateral/text.hpp"

namespace lateral::cli {
namespace {

struct AddOptions {
  std::string review;
  std::string aspect, action, owner, success, due, support, review_date;
};

struct StatusOptions {
  std::string review;
  std::string id;
  std::string status;
};

std::string date_option(const char* option, const std::string& value) {
  if (value.empty()) return value;
  if (!Date::parse(value)) throw UsageError(fmt::format("{} {}: not a date; write YYYY-MM-DD", option, value));
  return value;
}

// Writes actions.yaml's new text after checking it; a refusal of the editor is printed as such.
bool write_actions(Session& session, const Repository& repo, const Review& review, const edit::Edited& edited,
                   bool fresh) {
  if (!edited) {
    refuse(session, repo, *edited.refused);
    return false;
  }
  edit::Change change;
  change.files[review.actions_file] = edited.text;
  if (fresh) change.fresh.insert(review.actions_file);
  return write_checked(session, repo, change);
}

void add(Session& session, const AddOptions& opt) {
  const auto root = session.review_root(opt.review);
  const EditLock lock(root);
  const auto repo = session.load_for_review(root, opt.review);
  const auto [school, review] = session.find_review(repo, opt.review, {.plan = true, .benchmark = true, .actions = true});
  // Owner, success criteria and due date are written as given (or left out): the action-owned rule
  // then refuses them with the diagnostic `check` gives.
  std::vector<edit::Field> fields = {{"id", edit::next_action_id(*review)}, {"aspect", opt.aspect}, {"action", opt.action}};
  if (!opt.owner.empty()) fields.push_back({"owner", opt.owner});
  if (!opt.success.empty()) fields.push_back({"success", opt.success});
  if (!opt.due.empty()) fields.push_back({"due", date_option("--due", opt.due)});
  if (!opt.support.empty()) fields.push_back({"support", opt.support});
  fields.push_back({"status", "planned"});
  if (!opt.review_date.empty()) fields.push_back({"review", date_option("--review-date", opt.review_date)});

  const auto& file = review->actions_file;
  const auto current = current_text(repo, file);
  const auto text = current ? *current : edit::schema_line(file, "actions") + "\n";
  if (!write_actions(session, repo, *review, edit::append_item(text, file, fields), !current)) return;
  std::cout << fields.front().value << "\n";
}

void set_status(Session& session, const StatusOptions& opt) {
  const auto root = session.review_root(opt.review);
  const EditLock lock(root);
  const auto repo = session.load_for_review(root, opt.review);
  const auto [school, review] = session.find_review(repo, opt.review, {.actions = true});
  const Action* action = nullptr;
  std::vector<std::string> ids;
  for (const auto& a : review->actions)
    if (a.id) {
      ids.push_back(a.id->value);
      if (a.id->value == opt.id) action = &a;
    }
  if (!action) {
    if (ids.empty()) throw UsageError(fmt::format("no action `{}`: the review has no actions yet", opt.id));
    auto near = nearest(opt.id, ids);
    throw UsageError(fmt::format("no action `{}` in {}; {}", opt.id, session.display(repo.root, review->actions_file),
                                 near ? fmt::format("did you mean `{}`?", *near) : "the actions are: " + join(ids)));
  }
  const auto status = *parse_action_status(opt.status);
  const auto today = session.today();
  if (action->status.value == status && (status != ActionStatus::done || action->done)) {
    std::cout << fmt::format("{} is {} already; nothing changed.\n", opt.id, opt.status);
    return;
  }
  const auto& file = review->actions_file;
  const auto text = *current_text(repo, file);
  auto edited = edit::set_item_field(text, file, opt.id, {"status", opt.status});
  // `done` records the day the action was done; it goes when the action is reopened.
  if (edited && status == ActionStatus::done)
    edited = edit::set_item_field(edited.text, file, opt.id, {"done", today.str()});
  else if (edited && action->done)
    edited = edit::remove_item_field(edited.text, file, opt.id, "done");
  if (!write_actions(session, repo, *review, edited, false)) return;
  std::cout << fmt::format("{} is now {} (was {}){}.\n", opt.id, opt.status, to_string(action->status.value),
                           status == ActionStatus::done ? ", done " + today.str() : "");
}

}  // namespace

void setup_action_plan(CLI::App& app, Session& session) {
  auto listing = std::make_shared<ActionPlanListing>();
  app.add_option("--review", listing->review, "The review (a directory, or SCHOOL/REVIEW; default: the one you are in)")
      ->type_name("PATH");
  app.add_option("--format", listing->format, "Output format of the plan")
      ->check(CLI::IsMember(render::document_formats()))
      ->default_str("markdown");
  app.add_option("-o,--output", listing->output, "Write the plan to FILE instead of standard output")->type_name("FILE");
  app.footer(
      "With no subcommand, shows the plan. `add` appends an action (id: the next free aN); `set-status`\n"
      "changes one action's status, recording the day when it is done.\n\n"
      "Examples:\n"
      "  lateral action-plan --format html -o action-plan.html\n"
      "  lateral action-plan\n"
      "  lateral action-plan -o action-plan.md\n"
      "  lateral action-plan add --aspect our-impact/inclusion --action 'Teach pupils with SEND in class' \\\n"
      "      --owner SENCo --success 'Learning walks find them in class' --due 2027-03-26\n"
      "  lateral action-plan set-status a1 done");

  auto added = std::make_shared<AddOptions>();
  auto* add_cmd = app.add_subcommand("add", "Add an action to the plan");
  add_cmd->add_option("--review", added->review, "The review (default: the one you are in)")->type_name("PATH");
  add_cmd->add_option("--aspect", added->aspect, "The aspect the action answers, theme/aspect")->type_name("A")->required();
  add_cmd->add_option("--action", added->action, "What the school will do")->type_name("TEXT")->required();
  add_cmd->add_option("--owner", added->owner, "Who in the school owns it (a role)")->type_name("ROLE");
  add_cmd->add_option("--success", added->success, "How the school will know it worked")->type_name("TEXT");
  add_cmd->add_option("--due", added->due, "When it is done by (after the last review day)")->type_name("D");
  add_cmd->add_option("--support", added->support, "Who helps, e.g. another school")->type_name("TEXT");
  add_cmd->add_option("--review-date", added->review_date, "When progress is next looked at")->type_name("D");
  add_cmd->footer(
      "Prints the new action's id. Refused, with nothing written, for an action with no owner, no success\n"
      "criteria, or a due date on or before the last review day.\n\n"
      "Examples:\n"
      "  lateral action-plan add --aspect our-impact/inclusion --action 'Teach pupils with SEND in class' \\\n"
      "      --owner SENCo --success 'Learning walks find them in class' --due 2027-03-26 \\\n"
      "      --support 'Hill Top Primary School' --review-date 2027-01-20");
  add_cmd->callback([&session, added, listing] {
    if (added->review.empty()) added->review = listing->review;
    add(session, *added);
  });

  auto changed = std::make_shared<StatusOptions>();
  auto* status_cmd = app.add_subcommand("set-status", "Change one action's status");
  status_cmd->add_option("ID", changed->id, "The action's id, e.g. a1")->required();
  status_cmd->add_option("STATUS", changed->status, "The new status")
      ->check(CLI::IsMember({"planned", "in-progress", "done", "dropped"}))
      ->required();
  status_cmd->add_option("--review", changed->review, "The review (default: the one you are in)")->type_name("PATH");
  status_cmd->footer(
      "STATUS is planned, in-progress, done or dropped; done also records `done: <today>`, and a reopened\n"
      "action loses its done date.\n\n"
      "Examples:\n"
      "  lateral action-plan set-status a1 in-progress\n"
      "  lateral action-plan set-status a2 done --review thornbeck-primary/2026-10");
  status_cmd->callback([&session, changed, listing] {
    if (changed->review.empty()) changed->review = listing->review;
    set_status(session, *changed);
  });

  app.callback([&session, &app, listing] {
    if (!app.get_subcommands().empty()) return;
    run_action_plan_listing(session, *listing);
  });
}

}  // namespace lateral::cli
