// The partnership view as one HTML file: the same sections and words as the Markdown, with two
// pictures: the schools (alphabetical) against the aspects of their latest reviews, practice to
// share and areas for development marked by shape (never a level or a score), and the suggested
// support drawn as one arrow per suggestion, from the school that could help to the one it helps.
#include <fmt/format.h>

#include <algorithm>

#include "lateral/render/document.hpp"
#include "lateral/render/html.hpp"
#include "lateral/render/markdown.hpp"
#include "lateral/render/partnership.hpp"
#include "lateral/render/svg.hpp"
#include "lateral/text.hpp"

namespace lateral {
namespace {

using html::escape;
using html::text;

std::string table_head(std::initializer_list<std::string_view> cols) {
  std::string out = "<table>\n<thead><tr>";
  for (auto c : cols) out += fmt::format("<th scope=\"col\">{}</th>", escape(c));
  return out + "</tr></thead>\n<tbody>\n";
}

bool has(const std::vector<std::string>& v, const std::string& s) { return std::find(v.begin(), v.end(), s) != v.end(); }

std::string matrix(const PartnershipView& v) {
  // Without levels there are no areas for development to mark: the findings say it in words.
  if (!v.has_levels || v.latest.empty() || v.aspects.empty()) return {};
  constexpr double label_w = 210, col = 27, size = 12, leading = 14;
  auto cx = [&](std::size_t k) { return label_w + col * (static_cast<double>(k) + 0.5); };
  // The aspect names stand at 50 degrees: up by sin 50° of their length, right by cos 50°.
  double header = 0, W = label_w + col * static_cast<double>(v.aspects.size()) + 20;
  for (std::size_t k = 0; k < v.aspects.size(); ++k) {
    const double w = svg::text_width(v.aspects[k].name, size);
    header = std::max(header, w * 0.77);
    W = std::max(W, cx(k) + 4 + w * 0.8 + 12);
  }
  header += 16;

  std::string desc = "The schools' latest reviews, school by school, alphabetically.";
  std::string body = svg::defs("matrix");
  for (std::size_t k = 0; k < v.aspects.size(); ++k)
    body += fmt::format("<text transform=\"translate({} {}) rotate(-50)\" font-size=\"12\">{}</text>\n", svg::num(cx(k) + 4),
                        svg::num(header - 6), text(v.aspects[k].name));
  double y = header;
  for (std::size_t s = 0; s < v.latest.size(); ++s) {
    const auto& school = v.latest[s];
    const auto ls = svg::wrap(school.name, label_w - 10, size);
    const double row = std::max(26.0, static_cast<double>(ls.size()) * leading + 10);
    if (s % 2 == 0) body += svg::rect(0, y, W, row, "fill=\"#ececec\"");
    body += svg::lines(6, y + row / 2 + 4.5 - leading * static_cast<double>(ls.size() - 1) / 2, ls, size, leading);
    std::vector<std::string> shared, develop;
    for (std::size_t k = 0; k < v.aspects.size(); ++k) {
      const auto& ref = v.aspects[k].ref;
      const bool share = std::any_of(v.practice.begin(), v.practice.end(), [&](const SharedPractice& p) {
        return p.where.school == school.school && p.aspect.ref == ref;
      });
      const bool dev = std::any_of(v.development.begin(), v.development.end(), [&](const DevelopmentArea& a) {
        return a.where.school == school.school && a.aspect.ref == ref;
      });
      const double x = cx(k), my = y + row / 2;
      if (share && dev) {
        body += svg::share_mark(x - 5, my) + svg::develop_mark(x + 5, my, "matrix");
      } else if (share) {
        body += svg::share_mark(x, my);
      } else if (dev) {
        body += svg::develop_mark(x, my, "matrix");
      } else if (s < v.focus.size() && has(v.focus[s], ref)) {
        body += fmt::format("<circle cx=\"{}\" cy=\"{}\" r=\"2.5\" fill=\"#555\"/>\n", svg::num(x), svg::num(my));
      }
      if (share) shared.push_back(v.aspects[k].label());
      if (dev) develop.push_back(v.aspects[k].label());
    }
    desc += fmt::format(" {} (review {}): practice to share: {}; areas for development: {}.", school.name, school.review,
                        shared.empty() ? "none" : join(shared), develop.empty() ? "none" : join(develop));
    y += row;
  }
  // A rule between themes, so the columns group as the framework does, and each theme's name under
  // its columns (wrapped to their width), so a column is found by its theme as well as its name.
  double names_below = 0;
  for (std::size_t k = 0, first = 0; k <= v.aspects.size(); ++k) {
    const bool boundary = k == 0 || k == v.aspects.size() || v.aspects[k].theme != v.aspects[k - 1].theme;
    if (!boundary) continue;
    const double x = label_w + col * static_cast<double>(k);
    body += svg::line(x, header - 4, x, y + 4, "stroke=\"#555\" stroke-width=\"1.5\"");
    if (k > first && !v.aspects[first].theme.empty()) {
      const auto ls = svg::wrap(v.aspects[first].theme, col * static_cast<double>(k - first) - 12, 12);
      body += svg::lines(label_w + col * static_cast<double>(first) + 4, y + 17, ls, 12, 14,
                         "font-style=\"italic\" fill=\"#222\"");
      names_below = std::max(names_below, static_cast<double>(ls.size()) * 14);
    }
    first = k;
  }
  y += names_below + 24;
  double x = 8;
  body += svg::legend_item(x, y, svg::share_mark(x, y), "practice to share");
  body += svg::legend_item(x, y, svg::develop_mark(x, y, "matrix"), "area for development");
  body += svg::legend_item(x, y, fmt::format("<circle cx=\"{}\" cy=\"{}\" r=\"2.5\" fill=\"#555\"/>\n", svg::num(x), svg::num(y)),
                           "reviewed");
  svg::Picture pic("matrix", W, "Schools and aspects: practice to share and areas for development", desc);
  pic.set_height(y + 16);
  pic << body;
  return "<figure class=\"picture\" tabindex=\"0\">\n" + pic.str() +
         "<figcaption>Each row is a school's latest review (schools in alphabetical order), each column an aspect, "
         "grouped by theme (named under its columns). A star marks practice to share, a hatched triangle an area for development, a dot an "
         "aspect the review looked at; a blank, an aspect it did not. No levels, no scores.</figcaption>\n</figure>\n";
}

// One row per suggestion: the school that could help, an arrow named with the aspect, the school
// to develop. Nothing crosses, so it reads at any size.
std::string support_diagram(const PartnershipView& v) {
  constexpr double W = 640, box = 200, gap = 12, size = 12, leading = 15;
  std::string body =
      "<defs><marker id=\"support-arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" "
      "markerHeight=\"7\" orient=\"auto\"><path d=\"M0 0L10 5L0 10z\" fill=\"#111\"/></marker></defs>\n";
  body += svg::text(box / 2, 16, "could help", size, "text-anchor=\"middle\" font-weight=\"700\"");
  body += svg::text(W - box / 2, 16, "school to develop", size, "text-anchor=\"middle\" font-weight=\"700\"");
  double y = 28;
  std::string desc = "Suggested school-to-school support, one arrow per suggestion.";
  for (const auto& a : v.development)
    for (const auto& s : a.support) {
      const auto from = svg::wrap(s.from.name, box - 30, size), to = svg::wrap(a.where.name, box - 30, size);
      const auto what = svg::wrap(a.aspect.label(), W - 2 * box - 2 * gap - 8, 11);
      const double h = std::max({from.size(), to.size(), what.size() + 1}) * leading + 14;
      body += svg::rect(0, y, box, h, "fill=\"#fff\" stroke=\"#111\" stroke-width=\"1.5\" rx=\"4\"");
      body += svg::rect(W - box, y, box, h, "fill=\"url(#support-hatch)\" stroke=\"#111\" stroke-width=\"1.5\" rx=\"4\"");
      body += svg::rect(W - box + 5, y + 5, box - 10, h - 10, "fill=\"#fff\"");
      body += svg::lines(box / 2, y + h / 2 + 4.5 - leading * static_cast<double>(from.size() - 1) / 2, from, size, leading,
                         "text-anchor=\"middle\"");
      body += svg::lines(W - box / 2, y + h / 2 + 4.5 - leading * static_cast<double>(to.size() - 1) / 2, to, size, leading,
                         "text-anchor=\"middle\"");
      const double my = y + h / 2;
      body += svg::line(box + gap, my + 6, W - box - gap, my + 6, "stroke=\"#111\" stroke-width=\"2\" marker-end=\"url(#support-arrow)\"");
      body += svg::lines(W / 2, my - 2 - leading * static_cast<double>(what.size() - 1), what, 11, 13, "text-anchor=\"middle\"");
      desc += fmt::format(" {} could help {} with {}.", s.from.name, a.where.name, a.aspect.label());
      y += h + 10;
    }
  svg::Picture pic("support", W, "Suggested school-to-school support", desc);
  pic.set_height(y);
  pic << svg::defs("support") << body;
  return "<figure class=\"picture\" tabindex=\"0\">\n" + pic.str() +
         "<figcaption>Each arrow runs from a school whose latest review judged the aspect at the framework's top level "
         "to a school with that aspect as an area for development (the hatched box).</figcaption>\n</figure>\n";
}

}  // namespace

html::Page partnership_page(const PartnershipView& v) {
  markdown::Anchors anchors;
  std::string out;
  auto heading = [&](int level, std::string_view t) {
    out += fmt::format("<h{0} id=\"{1}\">{2}</h{0}>\n", level, escape(anchors.add(t)), text(t));
  };
  const auto title = fmt::format("{}: the partnership view", v.partnership.empty() ? "The partnership" : v.partnership);
  heading(1, title);

  out += fmt::format("<p>Each school's latest review that has begun{}. Schools are listed alphabetically by name: "
                     "lateral never ranks schools or adds their levels up.</p>\n",
                     v.options.since ? fmt::format(", counting reviews from {} on", render::long_date(*v.options.since)) : "");
  if (!v.latest.empty()) {
    out += table_head({"School", "Latest review", "Review days"});
    for (const auto& r : v.latest)
      out += fmt::format("<tr><td>{}</td><td>{}</td><td>{}</td></tr>\n", text(r.name), escape(r.review),
                         text(render::long_dates(r.dates)));
    out += "</tbody>\n</table>\n";
  }
  if (!v.without_review.empty()) {
    std::vector<std::string> names;
    for (const auto& s : v.without_review) names.push_back(text(s.name));
    out += fmt::format("<p>No review in this window: {}.</p>\n", view::name_list(names));
  }
  out += matrix(v);

  heading(2, "Practice to share");
  out += "<p>Judgements the team flagged to share (<code>share: true</code>), or at the framework's top level unless "
         "<code>share: false</code>.</p>\n";
  if (v.practice.empty()) out += "<p>None in these reviews.</p>\n";
  const std::string* school = nullptr;
  for (const auto& p : v.practice) {
    if (!school || *school != p.where.school) {
      heading(3, p.where.name);
      school = &p.where.school;
    }
    out += fmt::format("<p><strong>{}</strong>{} (review {}).</p>\n", text(p.aspect.label()),
                       p.level ? ": " + text(p.level->name) : std::string(), escape(p.where.review));
    if (p.commentary) out += html::quote(*p.commentary);
  }

  heading(2, "Areas for development");
  if (v.development.empty()) {
    out += v.has_levels ? "<p>None in these reviews.</p>\n"
                        : "<p>None by level: the framework has no levels, so the findings and each school's action plan "
                          "say what it will work on.</p>\n";
  } else {
    out += table_head({"School", "Aspect", "Level", "Review", "Actions in the school's plan"});
    for (const auto& a : v.development)
      // A review's name is a month (2026-05): kept on one line, as dates are.
      out += fmt::format("<tr><td>{}</td><td>{}</td><td>{}</td><td class=\"nowrap\">{}</td><td>{}</td></tr>\n",
                         text(a.where.name), text(a.aspect.label()), text(a.level.name), escape(a.where.review),
                         a.actions.empty() ? "none yet" : text(join(a.actions)));
    out += "</tbody>\n</table>\n";
  }

  heading(2, "Suggested school-to-school support");
  if (v.development.empty()) {
    out += "<p>No area for development, so no support to suggest.</p>\n";
  } else {
    out += "<p>" + text(support_intro(v)) + "</p>\n";
    const bool any = std::any_of(v.development.begin(), v.development.end(), [](const DevelopmentArea& a) { return !a.support.empty(); });
    if (any) {
      out += support_diagram(v);
      out += table_head({"School to develop", "Aspect", "Suggested support from", "Why"});
      for (const auto& a : v.development)
        for (const auto& s : a.support)
          out += fmt::format("<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n", text(a.where.name),
                             text(a.aspect.label()), text(s.from.name), text(s.reason));
      out += "</tbody>\n</table>\n";
    }
    const bool unmatched =
        std::any_of(v.development.begin(), v.development.end(), [](const DevelopmentArea& a) { return a.no_support.has_value(); });
    if (unmatched) {
      out += any ? "<p>No suggestion yet:</p>\n" : "<p>No suggestion yet for any area:</p>\n";
      std::vector<std::string> items;
      for (const auto& a : v.development)
        if (a.no_support)
          items.push_back(fmt::format("{}, {}: {}.", text(a.where.name), text(a.aspect.label()), text(*a.no_support)));
      out += html::list(items);
    }
  }

  heading(2, "Review places, cycle by cycle");
  out += "<p>" + text(places_intro()) + "</p>\n";
  if (v.places.empty()) out += "<p>No reviews in this window.</p>\n";
  for (const auto& c : v.places) {
    heading(3, c.cycle.label());
    out += table_head({"School", "Reviews", "Places received", "Places given"});
    for (const auto& s : c.schools)
      if (s.gave > 0 || s.received > 0)
        out += fmt::format("<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n", text(s.name), s.reviews, s.received, s.gave);
    out += "</tbody>\n</table>\n";
  }

  heading(2, "Process feedback, cycle by cycle");
  out += "<p>What each school said about its review (process-feedback.yaml), so the partnership reviews its own peer "
         "review. A cycle is an academic year, September to August, by the review's first day.</p>\n";
  if (v.feedback.empty()) out += "<p>No reviews in this window.</p>\n";
  for (const auto& c : v.feedback) {
    heading(3, c.label);
    const auto reviews = c.with_feedback.size() + c.without_feedback.size();
    out += fmt::format("<p>{} {}, {} with feedback: {} went well, {} even better if.</p>\n", reviews,
                       reviews == 1 ? "review" : "reviews", c.with_feedback.size(), c.went_well.size(), c.even_better_if.size());
    for (const auto& [words, points] : {std::pair{"Went well", &c.went_well}, std::pair{"Even better if", &c.even_better_if}}) {
      if (points->empty()) continue;
      out += fmt::format("<p>{}:</p>\n", words);
      std::vector<std::string> items;
      for (const auto& p : *points)
        items.push_back(fmt::format("{} ({}, {})", text(p.text), text(p.where.name), escape(p.where.review)));
      out += html::list(items);
    }
    if (!c.without_feedback.empty()) {
      std::vector<std::string> names;
      for (const auto& r : c.without_feedback) names.push_back(fmt::format("{} ({})", text(r.name), escape(r.review)));
      out += fmt::format("<p>No feedback recorded yet: {}.</p>\n", view::name_list(names));
    }
  }
  html::Page page;
  page.title = title;
  page.running = title;
  page.body = std::move(out);
  return page;
}

std::string partnership_html(const PartnershipView& document) { return html::page(partnership_page(document)); }

std::string render_partnership(const PartnershipView& view, std::string_view format) {
  static constexpr render::DocumentFormat<PartnershipView> kFormats[] = {
      {"markdown", partnership_markdown}, {"json", partnership_json}, {"html", partnership_html}};
  return render::render_as(view, format, kFormats);
}

}  // namespace lateral
