// The action plan of one review as a document: the school's actions grouped by the aspect they
// improve, each group with the judgement it answers, overdue actions marked. Built from the model
// as data; the formatters turn it into Markdown or JSON.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lateral/date.hpp"
#include "lateral/model.hpp"
#include "lateral/render/html.hpp"
#include "lateral/render/profile.hpp"

namespace lateral {

struct PlannedAction {
  std::string id;
  std::string action;
  std::string owner;
  std::string success;
  std::string support;  // empty when none
  std::optional<Date> due, review, done;
  ActionStatus status = ActionStatus::planned;
  bool overdue = false;  // open and due before today
  bool open() const { return status == ActionStatus::planned || status == ActionStatus::in_progress; }
};

// The actions on one aspect, and the judgement they answer.
struct ActionGroup {
  ProfileAspectRef aspect;  // level set when the aspect was judged at one
  bool judged = false;
  std::string commentary;  // the judgement's commentary (or finding)
  bool area_for_development = false;
  std::vector<PlannedAction> actions;  // in the order of actions.yaml
};

struct ActionPlanDocument : render::ReviewHeading {
  std::optional<Date> workshop;
  Date today;
  std::vector<ActionGroup> groups;            // framework order of their aspects
  std::vector<std::string> overdue;           // ids of overdue actions, in plan order
  std::vector<ProfileAspectRef> unanswered;   // areas for development no action answers yet
};

// Builds the plan of a review whose plan and framework were read (see render::errors_in_review).
ActionPlanDocument build_action_plan(const Repository& repo, const School& school, const Review& review, Date today);

std::string action_plan_markdown(const ActionPlanDocument& plan);
std::string action_plan_json(const ActionPlanDocument& plan);
std::string action_plan_html(const ActionPlanDocument& plan);
// The HTML document's parts, for a page of the site (render/site.hpp) to add its navigation to.
html::Page action_plan_page(const ActionPlanDocument& document);
// By format name (render::document_formats()).
std::string render_action_plan(const ActionPlanDocument& plan, std::string_view format);

// "planned", "in-progress", ... as the files write it, and "in progress" as people read it.
std::string_view status_words(ActionStatus s);

}  // namespace lateral
