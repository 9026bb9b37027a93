// The action plan as GitHub-flavoured Markdown: the actions grouped by aspect, under the judgement
// they answer, so the school's senior team sees why each action is there. Each action is a block
// of its own (a heading, its wording, then one short line per field), not a row of a wide table:
// converted to Word, a seven-column table broke words and dates across lines.
#include <fmt/format.h>

#include "lateral/render/action_plan.hpp"
#include "lateral/render/document.hpp"
#include "lateral/render/markdown.hpp"

namespace lateral {
namespace {

using markdown::cell;
using markdown::inline_text;

std::string label(const ProfileAspectRef& a) {
  return a.theme_name.empty() ? a.aspect_name : a.theme_name + ": " + a.aspect_name;
}

std::string status_text(const PlannedAction& a) {
  std::string s(status_words(a.status));
  if (a.status == ActionStatus::done && a.done) s += " " + a.done->str();
  if (a.review && a.open()) s += fmt::format(" (next looked at {})", a.review->str());
  return s;
}

std::string due_text(const PlannedAction& a) {
  std::string s = a.due ? a.due->str() : "none";
  if (a.overdue) s += " **⚠ overdue**";
  return s;
}

// Which judgement a group of actions answers, in one paragraph.
std::string answers(const ActionGroup& g) {
  if (!g.judged) return "No judgement of this aspect is recorded in the benchmark yet.";
  const auto paras = markdown::paragraphs(g.commentary);
  const std::string commentary = paras.empty() ? std::string() : " " + paras[0];
  if (g.aspect.level)
    return fmt::format("Answers the review team's judgement: **{}**{}.{}", inline_text(g.aspect.level->name),
                       g.area_for_development ? " (an area for development)" : "", commentary);
  return fmt::format("Answers the review team's finding:{}", commentary);
}

}  // namespace

std::string action_plan_markdown(const ActionPlanDocument& plan) {
  std::string out;
  auto line = [&](std::string_view s = {}) {
    out += s;
    out += '\n';
  };
  auto block = [&](std::string_view s) {
    line(s);
    line();
  };
  block(fmt::format("# {}: action plan", inline_text(plan.school_name)));
  // Before the workshop the plan is still a proposal; say so rather than call it agreed.
  const bool agreed = !plan.workshop || *plan.workshop <= plan.today;
  std::string intro = fmt::format("The actions {} {} after its peer review on {}", inline_text(plan.school_name),
                                  agreed ? "agreed" : "is planning", render::long_dates(plan.dates));
  if (!plan.partnership.empty()) intro += fmt::format(" by schools of the {}", inline_text(plan.partnership));
  if (plan.workshop)
    intro += fmt::format(", {} the feedback workshop on {}", agreed ? "at" : "to be agreed at",
                         render::long_date(*plan.workshop));
  block(intro + ". The school owns the plan; each action answers a judgement of the review team.");

  if (plan.groups.empty()) {
    block("The plan has no actions yet.");
  } else if (plan.overdue.empty()) {
    // Today's date is left out where it changes nothing said, so a committed plan changes only
    // when an action falls due, not every day (the due dates are in the plan).
    block("No action is overdue.");
  } else {
    std::vector<std::string> ids;
    for (const auto& id : plan.overdue) ids.push_back(fmt::format("**{}**", inline_text(id)));
    block(fmt::format("Overdue (open and past their due date): {}.", fmt::join(ids, ", ")));
  }

  for (const auto& g : plan.groups) {
    block(fmt::format("## {}", inline_text(label(g.aspect))));
    block(answers(g));
    for (const auto& a : g.actions) {
      block(fmt::format("### Action {}", inline_text(a.id)));
      for (const auto& para : markdown::paragraphs(a.action)) block(para);
      line(fmt::format("- **Owner:** {}", cell(a.owner)));
      line(fmt::format("- **Success criteria:** {}", cell(a.success)));
      line(fmt::format("- **Due:** {}", due_text(a)));
      line(fmt::format("- **Support:** {}", a.support.empty() ? "none named" : inline_text(a.support)));
      line(fmt::format("- **Status:** {}", status_text(a)));
      line();
    }
  }

  if (!plan.unanswered.empty()) {
    block("## Areas for development without an action");
    block("Every area for development should lead to at least one action.");
    for (const auto& a : plan.unanswered)
      line(fmt::format("- {}: {}", inline_text(label(a)), inline_text(a.level ? a.level->name : "")));
    line();
  }
  while (out.ends_with("\n\n")) out.pop_back();
  return out;
}

}  // namespace lateral
