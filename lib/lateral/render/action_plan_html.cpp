// The action plan as one HTML file: the same text in the same order as the Markdown, a block per
// action, and above them a timeline of the actions by due date, their status as a shape and in
// words, the overdue ones marked. Today is not drawn: the file changes when an action falls due,
// not every day (as the Markdown).
#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "lateral/render/action_plan.hpp"
#include "lateral/render/document.hpp"
#include "lateral/render/html.hpp"
#include "lateral/render/markdown.hpp"
#include "lateral/render/svg.hpp"

namespace lateral {
namespace {

using html::escape;
using html::text;

std::string label(const ProfileAspectRef& a) {
  return a.theme_name.empty() ? a.aspect_name : a.theme_name + ": " + a.aspect_name;
}

constexpr std::array<std::string_view, 12> kMonths{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                   "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

// A status as a shape: planned a hollow circle, in progress a half-filled one, done a filled one,
// dropped a cross.
std::string status_mark(ActionStatus s, double cx, double cy) {
  const auto x = svg::num(cx), y = svg::num(cy);
  switch (s) {
    case ActionStatus::planned:
      return fmt::format("<circle cx=\"{}\" cy=\"{}\" r=\"6.5\" fill=\"#fff\" stroke=\"#111\" stroke-width=\"2\"/>\n", x, y);
    case ActionStatus::in_progress:
      return fmt::format("<circle cx=\"{0}\" cy=\"{1}\" r=\"6.5\" fill=\"#fff\" stroke=\"#111\" stroke-width=\"2\"/>"
                         "<path d=\"M{0} {2}a6.5 6.5 0 0 1 0 13z\" fill=\"#111\"/>\n",
                         x, y, svg::num(cy - 6.5));
    case ActionStatus::done: return fmt::format("<circle cx=\"{}\" cy=\"{}\" r=\"7\" fill=\"#111\"/>\n", x, y);
    case ActionStatus::dropped:
      return fmt::format("<path d=\"M{} {}l11 11m0 -11l-11 11\" stroke=\"#111\" stroke-width=\"2.5\"/>\n", svg::num(cx - 5.5),
                         svg::num(cy - 5.5));
  }
  return {};
}

std::string timeline_description(const ActionPlanDocument& plan, const std::vector<const PlannedAction*>& actions) {
  std::string d = "The actions by due date.";
  for (const auto* a : actions)
    d += fmt::format(" {}: due {}, {}{}.", a->id, a->due ? render::long_date(*a->due) : "no date", status_words(a->status),
                     a->overdue ? ", overdue" : "");
  return d;
}

// Rows of actions by due date (then plan order), months along the top from the first review day.
std::string timeline(const ActionPlanDocument& plan) {
  std::vector<const PlannedAction*> actions;
  std::vector<std::string> aspects;
  for (const auto& g : plan.groups)
    for (const auto& a : g.actions)
      if (a.due) {
        actions.push_back(&a);
        aspects.push_back(g.aspect.aspect_name);
      }
  if (actions.empty()) return {};
  std::vector<std::size_t> order(actions.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) { return *actions[x]->due < *actions[y]->due; });

  Date from = *actions[order.front()]->due, to = *actions[order.back()]->due;
  if (!plan.dates.empty()) from = std::min(from, plan.dates.front());
  from = Date{from.year, from.month, 1};
  to = Date{to.year, to.month, 1}.plus_months(1);
  const int months = (to.year - from.year) * 12 + to.month - from.month;
  const int step = months <= 8 ? 1 : months <= 16 ? 2 : months <= 30 ? 3 : months <= 60 ? 6 : 12;

  constexpr double W = 640, label_w = 190, right = 86, top = 44, row = 30;
  const double span = static_cast<double>(to.days() - from.days());
  auto x_of = [&](Date d) { return label_w + (W - label_w - right) * static_cast<double>(d.days() - from.days()) / span; };

  std::vector<const PlannedAction*> sorted;
  for (auto i : order) sorted.push_back(actions[i]);
  svg::Picture pic("timeline", W, "Timeline: the actions by due date and status", timeline_description(plan, sorted));
  std::string body;
  int labelled_year = 0;  // each year is written once, at its first label
  for (int m = 0; m < months; m += step) {
    const auto d = from.plus_months(m);
    const double x = x_of(d);
    body += svg::line(x, top - 10, x, top + row * static_cast<double>(actions.size()), "stroke=\"#bbb\" stroke-width=\"1\"");
    body += svg::text(x + 3, top - 14, d.year != labelled_year ? fmt::format("{} {}", kMonths[d.month - 1], d.year)
                                                              : std::string(kMonths[d.month - 1]),
                      11);
    labelled_year = d.year;
  }
  double y = top;
  bool shade = false;
  for (std::size_t k = 0; k < order.size(); ++k) {
    const auto& a = *actions[order[k]];
    if (shade) body += svg::rect(0, y, W, row, "fill=\"#ececec\"");
    shade = !shade;
    const auto row_label = fmt::format("{} · {}", a.id, aspects[order[k]]);
    const auto ls = svg::wrap(row_label, label_w - 10, 12);
    body += svg::text(6, y + row / 2 + 4.5, ls.size() > 1 ? ls[0] + "…" : row_label, 12);
    const double x = x_of(*a.due), my = y + row / 2;
    body += svg::line(label_w, my, x, my, "stroke=\"#777\" stroke-width=\"1\" stroke-dasharray=\"2 3\"");
    body += status_mark(a.status, x, my);
    if (a.overdue) body += svg::text(W - right + 6, my + 4.5, "⚠ overdue", 12, "font-weight=\"700\"");
    y += row;
  }
  y += 22;
  double lx = 8;
  body += svg::legend_item(lx, y, status_mark(ActionStatus::planned, lx, y), "planned");
  body += svg::legend_item(lx, y, status_mark(ActionStatus::in_progress, lx, y), "in progress");
  body += svg::legend_item(lx, y, status_mark(ActionStatus::done, lx, y), "done");
  body += svg::legend_item(lx, y, status_mark(ActionStatus::dropped, lx, y), "dropped");
  pic.set_height(y + 16);
  pic << body;
  return "<figure class=\"picture\" tabindex=\"0\">\n" + pic.str() +
         "<figcaption>Each row is an action, placed at its due date; the shape is its status (named in the legend), "
         "“⚠ overdue” marks an open action past its due date.</figcaption>\n</figure>\n";
}

std::string status_text(const PlannedAction& a) {
  std::string s(status_words(a.status));
  if (a.status == ActionStatus::done && a.done) s += " " + html::time(a.done->str(), a.done->str());
  if (a.review && a.open()) s += fmt::format(" (next looked at {})", html::time(a.review->str(), a.review->str()));
  return s;
}

std::string answers(const ActionGroup& g) {
  if (!g.judged) return "No judgement of this aspect is recorded in the benchmark yet.";
  const auto paras = markdown::plain_paragraphs(g.commentary);
  const std::string commentary = paras.empty() ? std::string() : " " + escape(paras[0]);
  if (g.aspect.level)
    return fmt::format("Answers the review team's judgement: <strong>{}</strong>{}.{}", text(g.aspect.level->name),
                       g.area_for_development ? " (an area for development)" : "", commentary);
  return fmt::format("Answers the review team's finding:{}", commentary);
}

}  // namespace

html::Page action_plan_page(const ActionPlanDocument& plan) {
  std::string out;
  markdown::Anchors anchors;
  auto heading = [&](int level, std::string_view t) {
    out += fmt::format("<h{0} id=\"{1}\">{2}</h{0}>\n", level, escape(anchors.add(t)), text(t));
  };
  const auto title = fmt::format("{}: action plan", plan.school_name);
  heading(1, title);
  const bool agreed = !plan.workshop || *plan.workshop <= plan.today;
  std::string intro = fmt::format("The actions {} {} after its peer review on {}", text(plan.school_name),
                                  agreed ? "agreed" : "is planning", text(render::long_dates(plan.dates)));
  if (!plan.partnership.empty()) intro += fmt::format(" by schools of the {}", text(plan.partnership));
  if (plan.workshop)
    intro += fmt::format(", {} the feedback workshop on {}", agreed ? "at" : "to be agreed at", render::long_date(*plan.workshop));
  out += "<p>" + intro + ". The school owns the plan; each action answers a judgement of the review team.</p>\n";

  if (plan.groups.empty()) {
    out += "<p>The plan has no actions yet.</p>\n";
  } else if (plan.overdue.empty()) {
    out += "<p>No action is overdue.</p>\n";
  } else {
    std::vector<std::string> ids;
    for (const auto& id : plan.overdue) ids.push_back(fmt::format("<strong>{}</strong>", text(id)));
    out += fmt::format("<p class=\"overdue\">Overdue (open and past their due date): {}.</p>\n", fmt::join(ids, ", "));
  }
  out += timeline(plan);

  for (const auto& g : plan.groups) {
    heading(2, label(g.aspect));
    out += "<p>" + answers(g) + "</p>\n";
    for (const auto& a : g.actions) {
      out += "<article class=\"action\">\n";
      heading(3, "Action " + a.id);
      out += html::paragraphs(a.action);
      out += "<dl>\n";
      out += fmt::format("<dt>Owner</dt><dd>{}</dd>\n", a.owner.empty() ? "—" : text(a.owner));
      out += fmt::format("<dt>Success criteria</dt><dd>{}</dd>\n", a.success.empty() ? "—" : text(a.success));
      out += fmt::format("<dt>Due</dt><dd>{}{}</dd>\n", a.due ? html::time(a.due->str(), a.due->str()) : "none",
                         a.overdue ? " <strong>⚠ overdue</strong>" : "");
      out += fmt::format("<dt>Support</dt><dd>{}</dd>\n", a.support.empty() ? "none named" : text(a.support));
      out += fmt::format("<dt>Status</dt><dd>{}</dd>\n", status_text(a));
      out += "</dl>\n</article>\n";
    }
  }

  if (!plan.unanswered.empty()) {
    heading(2, "Areas for development without an action");
    out += "<p>Every area for development should lead to at least one action.</p>\n";
    std::vector<std::string> items;
    for (const auto& a : plan.unanswered) items.push_back(fmt::format("{}: {}", text(label(a)), text(a.level ? a.level->name : "")));
    out += html::list(items);
  }
  html::Page page;
  page.title = title;
  page.running = fmt::format("{} · peer review {} · action plan", plan.school_name, plan.review);
  page.body = std::move(out);
  return page;
}

std::string action_plan_html(const ActionPlanDocument& document) { return html::page(action_plan_page(document)); }

}  // namespace lateral
