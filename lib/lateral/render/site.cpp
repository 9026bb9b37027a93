// Builds the static site (see site.hpp): the documents' HTML pages with the site's navigation and
// notice added, and the index from the same status `lateral status` shows.
#include "lateral/render/site.hpp"

#include <fmt/format.h>

#include "lateral/render/action_plan.hpp"
#include "lateral/render/document.hpp"
#include "lateral/render/history.hpp"
#include "lateral/render/html.hpp"
#include "lateral/render/views.hpp"
#include "lateral/render/partnership.hpp"
#include "lateral/render/profile.hpp"
#include "lateral/rules.hpp"
#include "lateral/stage.hpp"
#include "lateral/workflow.hpp"

namespace lateral::site {
namespace {

using html::escape;
using html::text;

// Where each page lives; `up` leads from a page back to the site's root.
std::string school_page(const School& s) { return "schools/" + s.slug + "/index.html"; }
std::string profile_path(const School& s, const Review& r) { return "schools/" + s.slug + "/" + r.slug + "/index.html"; }
std::string plan_path(const School& s, const Review& r) { return "schools/" + s.slug + "/" + r.slug + "/action-plan.html"; }
std::string up(std::string_view path) {
  std::string out;
  for (char c : path)
    if (c == '/') out += "../";
  return out;
}

std::string link(std::string_view from, std::string_view to, std::string_view words) {
  return fmt::format("<a href=\"{}{}\">{}</a>", escape(up(from)), escape(to), text(words));
}

std::string notice(const Repository& repo) {
  return fmt::format(
      "<div class=\"notice site-notice\" role=\"note\"><p><strong>For the {} only.</strong> These pages hold the "
      "professional judgements of peer reviews about named schools. Share them within the partnership; do not publish "
      "them on the open web (lateral's docs/privacy.md says where they may go). Confidential evidence is never "
      "included.</p></div>\n",
      text(repo.partnership.name ? repo.partnership.name->value : "partnership"));
}

// The site's navigation on every page: home and the partnership view, and where the page is.
std::string nav(std::string_view from, const std::vector<std::pair<std::string, std::string>>& trail) {
  std::string out = "<nav class=\"site\" aria-label=\"Site\">" + link(from, "index.html", "All reviews") +
                    link(from, "partnership.html", "The partnership view");
  for (const auto& [to, words] : trail) out += link(from, to, words);
  return out + "</nav>\n";
}

std::string review_links(std::string_view from, const School& s, const Review& r, bool published) {
  if (!published) return "not published (errors: run <code>lateral check</code>)";
  return link(from, profile_path(s, r), "profile") + ", " + link(from, plan_path(s, r), "action plan");
}

std::string index(const Repository& repo, Date today, const std::vector<std::string>& published) {
  const auto status = workflow::repository_status(repo, today);
  std::string out;
  const auto title = fmt::format("{}: peer reviews", repo.partnership.name ? repo.partnership.name->value : "The partnership");
  out += fmt::format("<h1 id=\"top\">{}</h1>\n", text(title));
  out += fmt::format("<p>As on {}: each review's stage and what it still needs, the schools due a review, and open "
                     "actions past their due date. {}.</p>\n",
                     render::long_date(today), link("index.html", "partnership.html", "The partnership view"));
  out += "<h2 id=\"reviews\">Reviews</h2>\n";
  if (status.reviews.empty()) out += "<p>No reviews yet.</p>\n";
  const School* current = nullptr;
  for (const auto& r : status.reviews) {
    if (current != r.school) {
      if (current) out += "</tbody>\n</table>\n";
      current = r.school;
      out += fmt::format("<h3>{}</h3>\n", link("index.html", school_page(*r.school), r.school->display_name()));
      out += "<table>\n<thead><tr><th scope=\"col\">Review</th><th scope=\"col\">Stage</th><th scope=\"col\">Still "
             "needs</th><th scope=\"col\">Documents</th></tr></thead>\n<tbody>\n";
    }
    const auto path = r.school->slug + "/" + r.review->slug;
    const bool ok = std::find(published.begin(), published.end(), path) != published.end();
    std::vector<std::string> needs;
    for (const auto& n : r.stage.needs) needs.push_back(text(n));
    out += fmt::format("<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n", escape(r.review->slug),
                       escape(describe(r.stage.stage)), needs.empty() ? "nothing: the cycle is complete" : html::list(needs),
                       review_links("index.html", *r.school, *r.review, ok));
  }
  if (current) out += "</tbody>\n</table>\n";
  out += "<h2 id=\"due\">Schools due a review</h2>\n";
  std::vector<std::string> due;
  for (const auto& d : status.due)
    due.push_back(link("index.html", school_page(*d.school), d.school->display_name()) +
                  (d.latest ? fmt::format(": latest review began {}, more than {} months ago", d.latest->str(), d.months)
                            : ": no review yet"));
  out += due.empty() ? "<p>None.</p>\n" : html::list(due);
  out += "<h2 id=\"overdue\">Overdue actions</h2>\n";
  std::vector<std::string> overdue;
  for (const auto& o : status.overdue) {
    const auto path = o.school->slug + "/" + o.review->slug;
    const bool ok = std::find(published.begin(), published.end(), path) != published.end();
    const auto where = o.school->display_name() + ", review " + o.review->slug;
    overdue.push_back(fmt::format("<strong>{}</strong> {} ({}), due {}", text(o.action->id ? o.action->id->value : ""),
                                  text(o.action->action ? o.action->action->value : ""),
                                  ok ? link("index.html", plan_path(*o.school, *o.review), where) : text(where),
                                  html::time(o.action->due->value.str(), o.action->due->value.str())));
  }
  out += overdue.empty() ? "<p>None.</p>\n" : html::list(overdue);
  html::Page page;
  page.title = title;
  page.running = title;
  page.nav = nav("index.html", {});
  page.notice = notice(repo);
  page.body = std::move(out);
  return html::page(page);
}

}  // namespace

Summary build(const Repository& repo, Date today, const std::function<void(const Page&)>& write) {
  Summary summary;
  auto emit = [&](std::string path, html::Page page, const std::vector<std::pair<std::string, std::string>>& trail) {
    page.nav = nav(path, trail);
    page.notice = notice(repo);
    write({path, html::page(page)});
    ++summary.pages;
  };
  const auto diagnostics = check_repository(repo, {today});
  std::vector<std::string> published;
  for (const auto* s : view::schools_by_name(repo)) {
    const auto home = school_page(*s);
    emit(home, history_page(build_history(repo, *s)), {{home, s->display_name()}});
    for (const auto& r : s->reviews) {
      const auto errors = render::errors_in_review(repo, *s, r, diagnostics);
      if (!errors.empty()) {
        summary.not_published.push_back(fmt::format("{}/{}: {} {}", s->slug, r.slug, errors.size(),
                                                    errors.size() == 1 ? "error" : "errors"));
        continue;
      }
      published.push_back(s->slug + "/" + r.slug);
      const std::vector<std::pair<std::string, std::string>> trail{
          {home, s->display_name()}, {profile_path(*s, r), "Profile " + r.slug}, {plan_path(*s, r), "Action plan " + r.slug}};
      emit(profile_path(*s, r), profile_page(build_profile(repo, *s, r, {false})), trail);
      emit(plan_path(*s, r), action_plan_page(build_action_plan(repo, *s, r, today)), trail);
    }
  }
  PartnershipOptions options;
  options.today = today;
  emit("partnership.html", partnership_page(build_partnership(repo, options)), {});
  write({"index.html", index(repo, today, published)});
  ++summary.pages;
  return summary;
}

std::string marker_text(const std::vector<std::string>& pages) {
  std::string out(kMarkerHeader);
  out += '\n';
  for (const auto& p : pages) out += p + "\n";
  return out;
}

}  // namespace lateral::site
