// The proposed round of reviews as one HTML file for the partnership meeting: the same sections,
// words and order as the Markdown (render/round.cpp), on the page every document shares (inline
// CSS, print on A4 with a running header, nothing fetched).
#include <fmt/format.h>

#include "lateral/render/document.hpp"
#include "lateral/render/html.hpp"
#include "lateral/render/markdown.hpp"
#include "lateral/round.hpp"

namespace lateral {
namespace {

using html::escape;
using html::text;

std::string people(int n) { return fmt::format("{} {}", n, n == 1 ? "person" : "people"); }

std::string date(const Date& d) { return html::time(d.str(), render::long_date(d)); }

}  // namespace

std::string round_html(const RoundPlan& p) {
  markdown::Anchors anchors;
  std::string out;
  auto heading = [&](int level, std::string_view t) {
    out += fmt::format("<h{0} id=\"{1}\">{2}</h{0}>\n", level, escape(anchors.add(t)), text(t));
  };
  const auto title =
      fmt::format("The round of reviews for {}{}", p.options.cycle.label(), p.partnership.empty() ? "" : ": " + p.partnership);
  heading(1, title);
  out += fmt::format("<p>From {} to {}. Teams of {}, the lead included; nobody is in more than {} {}.</p>\n",
                     date(p.options.cycle.from()), date(p.options.cycle.to()), people(p.team_size), p.options.max_per_person,
                     p.options.max_per_person == 1 ? "review" : "reviews");
  if (p.impossible) {
    out += fmt::format("<p>No plan meets the limits: {}.</p>\n<p>What would make one possible: {}.</p>\n", text(*p.impossible),
                       text(*p.remedy));
  } else {
    if (p.reviews.empty()) out += "<p>No school is due for a review in this cycle.</p>\n";
    for (const auto& r : p.reviews) {
      // A review's team and reasons print on one page (the shared style sheet keeps only rows whole).
      out += "<section style=\"break-inside:avoid\">\n";
      heading(2, r.name);
      if (r.last_review)
        out += fmt::format("<p>Last review: {}; due by {}{}.</p>\n", text(r.last_review->substr(0, 7)), date(*r.due),
                           r.outstanding ? "; Outstanding" : "");
      else
        out += fmt::format("<p>Not reviewed yet{}.</p>\n", r.outstanding ? "; Outstanding" : "");
      // The same columns in every team's table, so the teams read down the page alike.
      out += "<table>\n<colgroup><col style=\"width:27%\"><col style=\"width:29%\"><col></colgroup>\n"
             "<thead><tr><th scope=\"col\">Reviewer</th><th scope=\"col\">Role</th><th scope=\"col\">School</th></tr></thead>\n"
             "<tbody>\n";
      for (const auto& m : r.team)
        out += fmt::format("<tr><td>{}{}</td><td>{}</td><td>{}</td></tr>\n", text(m.name), m.lead ? " <strong>(lead)</strong>" : "",
                           text(m.role), text(m.school_name));
      out += "</tbody>\n</table>\n";
      std::vector<std::string> why;
      for (const auto& w : r.why) why.push_back(text(w));
      out += html::list(why);
      out += "</section>\n";
    }
    if (!p.not_due.empty()) {
      heading(2, "Not due in this cycle");
      std::vector<std::string> items;
      for (const auto& n : p.not_due) items.push_back(fmt::format("{}: next due by {}", text(n.name), date(n.due)));
      out += html::list(items);
    }
    out += "<section style=\"break-inside:avoid\">\n";
    heading(2, "Places given and received");
    out += "<p>Peer review is reciprocated: each school gives about as many places on other schools' teams as its own "
           "review has.</p>\n";
    // The counts' headings never break: on a phone the schools' names wrap instead.
    out += "<table>\n<thead><tr><th scope=\"col\">School</th><th scope=\"col\" class=\"nowrap\">Gives</th>"
           "<th scope=\"col\" class=\"nowrap\">Receives</th></tr></thead>\n<tbody>\n";
    for (const auto& g : p.places) out += fmt::format("<tr><td>{}</td><td>{}</td><td>{}</td></tr>\n", text(g.name), g.gives, g.receives);
    out += "</tbody>\n</table>\n</section>\n";
    heading(2, "How the plan was chosen");
    out += "<p>" + round_method(p, "<code>lead: true</code>") + "</p>\n";
  }
  html::Page page;
  page.title = title;
  page.running = fmt::format("{}{}round of reviews {}", p.partnership, p.partnership.empty() ? "" : " · ", p.options.cycle.label());
  page.body = std::move(out);
  return html::page(page);
}

}  // namespace lateral
