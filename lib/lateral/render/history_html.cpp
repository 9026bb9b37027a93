// A school's history as one HTML file: the same sections and words as the Markdown, with one
// small chart per aspect (the reviews along, the levels up) in place of the Mermaid picture.
#include <fmt/format.h>

#include "lateral/render/document.hpp"
#include "lateral/render/history.hpp"
#include "lateral/render/html.hpp"
#include "lateral/render/markdown.hpp"
#include "lateral/render/svg.hpp"
#include "lateral/text.hpp"

namespace lateral {
namespace {

using html::escape;
using html::text;

int level_index(const History& h, const std::optional<view::LevelRef>& l) {
  if (!l) return -1;
  for (std::size_t i = 0; i < h.levels.size(); ++i)
    if (h.levels[i].id == l->id) return static_cast<int>(i);
  return -1;
}

// One aspect across the reviews: levels from the lowest (bottom) up, a filled circle for the
// peers' level joined review to review, a hollow diamond for the school's own view.
std::string aspect_chart(const History& h, std::size_t i) {
  const auto& aspect = h.aspects[i];
  constexpr double W = 320, left = 96, top = 12, row = 24, bottom = 34;
  const double plot_w = W - left - 12;
  const double col = plot_w / static_cast<double>(h.reviews.size());
  const double n = static_cast<double>(h.levels.size());
  auto x_of = [&](std::size_t k) { return left + col * (static_cast<double>(k) + 0.5); };
  auto y_of = [&](int level) { return top + row * (n - 1 - level) + row / 2; };

  std::string desc = fmt::format("{} across {} reviews:", aspect.label(), h.reviews.size());
  for (const auto& r : h.reviews) desc += fmt::format(" {}: {}{}.", r.slug, cell_text(r, r.aspects[i]),
                                                      r.aspects[i].self_level ? ", school's own view " + r.aspects[i].self_level->name : "");
  svg::Picture pic(fmt::format("aspect{}", i + 1), W, aspect.label(), desc);
  std::string body;
  for (std::size_t l = 0; l < h.levels.size(); ++l) {
    const double y = y_of(static_cast<int>(l));
    if (l % 2 == 0) body += svg::rect(left, y - row / 2, plot_w, row, "fill=\"#ececec\"");
    const auto ls = svg::wrap(h.levels[l].name, left - 8, 11);
    body += svg::text(left - 6, y + 4, ls.size() > 1 ? ls[0] + "…" : h.levels[l].name, 11, "text-anchor=\"end\"");
  }
  const double plot_bottom = top + row * n;
  body += svg::line(left, top, left, plot_bottom, "stroke=\"#555\"");
  body += svg::line(left, plot_bottom, left + plot_w, plot_bottom, "stroke=\"#555\"");
  std::optional<std::pair<double, double>> previous;
  for (std::size_t k = 0; k < h.reviews.size(); ++k) {
    const auto& r = h.reviews[k];
    const auto& e = r.aspects[i];
    const double x = x_of(k);
    body += svg::text(x, plot_bottom + 16, r.slug, 11, "text-anchor=\"middle\"");
    const int team = level_index(h, e.level), self = level_index(h, e.self_level);
    if (team >= 0) {
      if (previous)
        body += svg::line(previous->first, previous->second, x, y_of(team), "stroke=\"#111\" stroke-width=\"2\"");
      previous = {x, y_of(team)};
    } else if (!e.reviewed || !e.judged) {
      body += svg::text(x, top + row * n / 2 + 5, e.reviewed ? "?" : "–", 16, "text-anchor=\"middle\" font-weight=\"700\"");
    }
    if (self >= 0) body += svg::self_mark(x, y_of(self));
  }
  // The marks last, over the lines.
  for (std::size_t k = 0; k < h.reviews.size(); ++k)
    if (const int team = level_index(h, h.reviews[k].aspects[i].level); team >= 0) body += svg::team_mark(x_of(k), y_of(team));
  pic.set_height(plot_bottom + bottom - 10);
  pic << body;
  return fmt::format("<figure>\n<figcaption class=\"chart-title\">{}</figcaption>\n{}</figure>\n", text(aspect.label()),
                     pic.str());
}

std::string charts(const History& h) {
  if (h.levels.empty() || h.reviews.empty()) return {};
  std::string out =
      "<p class=\"legend\">One chart per aspect: the reviews from left to right, the levels from the lowest at the "
      "bottom. ● is the peers' level (a line joins them review to review), ◇ the school's own view, – not reviewed, "
      "? not judged yet.</p>\n<div class=\"charts\">\n";
  for (std::size_t i = 0; i < h.aspects.size(); ++i) out += aspect_chart(h, i);
  return out + "</div>\n";
}

std::string plan_table(const PlanRecord& plan) {
  if (!plan.recorded) return "<p>The review recorded no action plan (no actions.yaml).</p>\n";
  if (plan.actions.empty()) return "<p>The plan has no actions.</p>\n";
  int done = 0, dropped = 0, open = 0;
  for (const auto& a : plan.actions)
    (a.outcome == ActionOutcome::done ? done : a.outcome == ActionOutcome::dropped ? dropped : open)++;
  std::string out = fmt::format("<p>{} done, {} dropped, {} still open.</p>\n", done, dropped, open);
  out += html::table_head({"Action", "Aspect", "Owner", "What happened"});
  for (const auto& a : plan.actions)
    out += fmt::format("<tr><td>{}: {}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n", text(a.id), text(a.action),
                       text(a.aspect.label()), text(a.owner), text(outcome_text(a)));
  return out + "</tbody>\n</table>\n";
}

std::string levels_grid(const History& h) {
  // One column per review: with many reviews, the table scrolls on its own on a phone, not the page.
  std::string out = "<div class=\"wide\" role=\"region\" aria-label=\"Levels across reviews\" tabindex=\"0\">\n"
                    "<table>\n<thead><tr><th scope=\"col\">Aspect</th>";
  for (const auto& r : h.reviews) out += fmt::format("<th scope=\"col\">{}</th>", escape(r.slug));
  out += "</tr></thead>\n<tbody>\n";
  for (std::size_t i = 0; i < h.aspects.size(); ++i) {
    out += fmt::format("<tr><th scope=\"row\">{}</th>", text(h.aspects[i].label()));
    for (const auto& r : h.reviews) {
      const auto& e = r.aspects[i];
      const bool moved = e.change && e.change->direction != LevelChange::Direction::first;
      out += fmt::format("<td>{}{}</td>", text(cell_text(r, e)), moved ? fmt::format(" ({})", to_string(e.change->direction)) : "");
    }
    out += "</tr>\n";
  }
  return out + "</tbody>\n</table>\n</div>\n";
}

std::string review_with_levels(const History& h, std::size_t k) {
  const auto& r = h.reviews[k];
  const std::string previous = k > 0 ? h.reviews[k - 1].slug : "";
  std::string out = html::table_head({"Aspect", "Peers' level", "Since the previous review", "School's own level"});
  for (std::size_t i = 0; i < h.aspects.size(); ++i) {
    const auto& e = r.aspects[i];
    const auto change = e.change && e.level ? change_text(*e.change, *e.level, previous) : std::string();
    if (!e.reviewed)
      out += fmt::format("<tr><td>{}</td><td>not reviewed</td><td>—</td><td>—</td></tr>\n", text(h.aspects[i].label()));
    else
      out += fmt::format("<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n", text(h.aspects[i].label()),
                         text(cell_text(r, e)), change.empty() ? "—" : text(change), text(self_text(e)));
  }
  return out + "</tbody>\n</table>\n";
}

std::string review_with_findings(const History& h, std::size_t k, markdown::Anchors& anchors) {
  const auto& r = h.reviews[k];
  std::string out;
  for (std::size_t i = 0; i < h.aspects.size(); ++i) {
    const auto& e = r.aspects[i];
    out += fmt::format("<h3 id=\"{}\">{}</h3>\n", escape(anchors.add(h.aspects[i].label())), text(h.aspects[i].label()));
    if (!e.reviewed) {
      out += "<p>Not reviewed.</p>\n";
      continue;
    }
    if (e.commentary)
      out += "<p>The peers' finding:</p>\n" + html::quote(*e.commentary);
    else
      out += e.judged            ? "<p>The peers recorded no commentary.</p>\n"
             : r.benchmark_read ? "<p>Not judged yet.</p>\n"
                                : "<p>The review's benchmark.yaml could not be read.</p>\n";
    if (e.self_note) out += "<p>The school's own view:</p>\n" + html::quote(*e.self_note);
  }
  return out;
}

}  // namespace

html::Page history_page(const History& h) {
  markdown::Anchors anchors;
  std::string out;
  auto heading = [&](int level, std::string_view t) {
    out += fmt::format("<h{0} id=\"{1}\">{2}</h{0}>\n", level, escape(anchors.add(t)), text(t));
  };
  const auto title = fmt::format("History of {}", h.school_name);
  heading(1, title);
  if (h.reviews.empty()) {
    out += "<p>No reviews of this school yet.</p>\n";
  } else {
    out += fmt::format("<p>{}{} {}, in date order. {}</p>\n", h.partnership.empty() ? "" : text(h.partnership) + ": ",
                       h.reviews.size(), h.reviews.size() == 1 ? "review" : "reviews",
                       h.has_levels ? "Each level is the peers' judgement of one aspect at one review; there is no overall grade."
                                    : "The framework has no levels: the peers share findings, shown review by review.");
    heading(2, h.has_levels ? "Levels across reviews" : "Aspects across reviews");
    if (h.aspects.empty()) {
      out += "<p>No review has a focus this framework knows.</p>\n";
    } else {
      out += levels_grid(h);
      if (h.has_levels) out += charts(h);
    }
    for (std::size_t k = 0; k < h.reviews.size(); ++k) {
      const auto& r = h.reviews[k];
      out += "<section class=\"review\">\n";
      heading(2, "Review " + r.slug);
      std::vector<std::string> themes;
      for (const auto& t : r.themes) themes.push_back(text(t.name));
      out += fmt::format("<p>Review days: {}. Focus: {}.</p>\n", text(render::long_dates(r.dates)),
                         themes.empty() ? "none" : join(themes));
      if (r.question) out += fmt::format("<p>Enquiry question: {}</p>\n", text(*r.question));
      out += r.has_levels ? review_with_levels(h, k) : review_with_findings(h, k, anchors);
      if (r.previous_plan) {
        heading(3, "What happened to the plan from " + r.previous_plan->review);
        out += plan_table(*r.previous_plan);
      }
      out += "</section>\n";
    }
    if (h.current_plan) {
      heading(2, fmt::format("The plan from the latest review ({}), so far", h.current_plan->review));
      out += plan_table(*h.current_plan);
    }
  }
  html::Page page;
  page.title = title;
  page.running = fmt::format("{} · history of its peer reviews", h.school_name);
  page.body = std::move(out);
  return page;
}

std::string history_html(const History& document) { return html::page(history_page(document)); }

std::string render_history(const History& history, std::string_view format) {
  static constexpr render::DocumentFormat<History> kFormats[] = {
      {"markdown", history_markdown}, {"json", history_json}, {"html", history_html}};
  return render::render_as(history, format, kFormats);
}

}  // namespace lateral
