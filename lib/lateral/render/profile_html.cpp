// The profile as one HTML file: the same sections in the same order as the Markdown, with the
// benchmark at a glance drawn as a picture (one row per aspect, the levels as columns, the review
// team's judgement and the school's own view marked) above the table that says the same in words.
#include <fmt/format.h>

#include <map>

#include "lateral/render/document.hpp"
#include "lateral/render/html.hpp"
#include "lateral/render/markdown.hpp"
#include "lateral/render/profile.hpp"
#include "lateral/render/svg.hpp"

namespace lateral {
namespace {

using html::escape;
using html::text;

constexpr std::string_view kJudged = "▶";
constexpr std::string_view kSelf = "◇";

std::string records(int n) {
  return n == 1 ? "1 confidential evidence record" : fmt::format("{} confidential evidence records", n);
}

std::string label(const ProfileAspectRef& a) { return a.theme_name + ": " + a.aspect_name; }

// The levels of the framework, lowest first, as the aspects' statements list them.
std::vector<ProfileLevel> levels_of(const Profile& p) {
  for (const auto& t : p.themes)
    for (const auto& a : t.aspects)
      if (!a.statements.empty()) {
        std::vector<ProfileLevel> out;
        for (const auto& s : a.statements) out.push_back(s.level);
        return out;
      }
  return {};
}

std::string glance_description(const Profile& p) {
  std::string d = "For each aspect, the level the review team judged and the school's own view.";
  for (const auto& t : p.themes)
    for (const auto& a : t.aspects) {
      d += fmt::format(" {}: ", a.name);
      if (!a.judged)
        d += "not judged yet";
      else
        d += fmt::format("review team {}", a.level ? a.level->name : "no level");
      if (a.self_level) d += fmt::format(", school {}{}", a.self_level->name, a.differs ? " (differs)" : "");
      d += ".";
    }
  return d;
}

// One row per aspect under its theme, the levels as columns from lowest to highest; a filled
// circle for the team, a hollow diamond for the school, a dashed line and "differs" between them.
std::string glance_picture(const Profile& p) {
  const auto levels = levels_of(p);
  if (levels.empty()) return {};
  constexpr double W = 640, label_w = 210, right = 70, header = 40, leading = 16;
  const double col = (W - label_w - right) / static_cast<double>(levels.size());
  auto cx = [&](std::string_view level_id) {
    for (std::size_t i = 0; i < levels.size(); ++i)
      if (levels[i].id == level_id) return label_w + col * (static_cast<double>(i) + 0.5);
    return -1.0;
  };
  svg::Picture pic("glance", W, "At a glance: the review team's judgement and the school's own view, aspect by aspect",
                   glance_description(p));
  std::string body;
  for (std::size_t i = 0; i < levels.size(); ++i) {
    const auto ls = svg::wrap(levels[i].name, col - 6, 12);
    body += svg::lines(label_w + col * (static_cast<double>(i) + 0.5), header - 8 - 14.0 * static_cast<double>(ls.size() - 1), ls,
                       12, 14, "text-anchor=\"middle\" font-weight=\"700\"");
  }
  double y = header;
  bool shade = false;
  for (const auto& t : p.themes) {
    body += svg::text(4, y + 17, t.name, 13, "font-weight=\"700\"");
    y += 24;
    for (const auto& a : t.aspects) {
      const auto ls = svg::wrap(a.name, label_w - 22, 13);
      const double h = std::max(30.0, static_cast<double>(ls.size()) * leading + 12);
      if (shade) body += svg::rect(0, y, W, h, "fill=\"#ececec\"");
      shade = !shade;
      body += svg::lines(14, y + h / 2 + 4.5 - leading * static_cast<double>(ls.size() - 1) / 2, ls, 13, leading);
      const double my = y + h / 2;
      const double team = a.level ? cx(a.level->id) : -1, self = a.self_level ? cx(a.self_level->id) : -1;
      if (!a.judged) {
        body += svg::text(label_w + 8, my + 4.5, "not judged yet", 12, "font-style=\"italic\"");
      } else {
        if (team >= 0 && self >= 0 && a.differs)
          body += svg::line(std::min(team, self) + 11, my, std::max(team, self) - 11, my,
                            "stroke=\"#111\" stroke-width=\"2\" stroke-dasharray=\"4 3\"");
        if (team >= 0) body += svg::team_mark(team, my);
      }
      if (self >= 0) body += svg::self_mark(self, my);
      if (a.differs) body += svg::text(W - right + 6, my + 4.5, "differs", 12, "font-weight=\"700\"");
      y += h;
    }
  }
  // Column rules, drawn over the shading so the levels stay apart in grey print.
  for (std::size_t i = 0; i <= levels.size(); ++i) {
    const double x = label_w + col * static_cast<double>(i);
    body += svg::line(x, header - 4, x, y, "stroke=\"#999\" stroke-width=\"1\"");
  }
  y += 14;
  double x = 8;
  body += svg::legend_item(x, y, svg::team_mark(x, y), "review team's judgement");
  body += svg::legend_item(x, y, svg::self_mark(x, y), "school's own view");
  pic.set_height(y + 16);
  pic << body;
  return pic.str();
}

class Writer {
 public:
  Writer(const Profile& p, std::map<std::string, std::string> anchors) : p_(p), anchors_of_(std::move(anchors)) {}

  std::string render() {
    title();
    if (p_.draft) draft_notice();
    if (p_.include_confidential && p_.confidential > 0) confidential_notice();
    overview();
    team();
    question();
    findings();
    if (p_.has_levels) at_a_glance();
    shared_and_development();
    for (const auto& t : p_.themes) theme(t);
    uncited();
    return out_;
  }

  // Where each aspect's heading landed, for the links of a second pass.
  const std::map<std::string, std::string>& anchors() const { return found_; }

 private:
  std::string heading(int level, std::string_view t, std::string_view aspect_ref = {}) {
    const auto id = anchors_.add(t);
    if (!aspect_ref.empty()) found_[std::string(aspect_ref)] = id;
    out_ += fmt::format("<h{0} id=\"{1}\">{2}</h{0}>\n", level, escape(id), text(t));
    return id;
  }
  std::string link_to(const std::string& aspect_ref, std::string_view t) const {
    auto it = anchors_of_.find(aspect_ref);
    if (it == anchors_of_.end()) return text(t);
    return fmt::format("<a href=\"#{}\">{}</a>", escape(it->second), text(t));
  }

  void title() { heading(1, fmt::format("{}{}: peer review profile", p_.draft ? "DRAFT: " : "", p_.school_name)); }

  void draft_notice() {
    out_ += fmt::format(
        "<div class=\"notice\" role=\"note\">\n<p><strong>DRAFT.</strong> The benchmark is not complete: {} of the "
        "themes in focus {} not judged yet. This profile will change before it is final.</p>\n",
        p_.missing.size() == 1 ? "one aspect" : fmt::format("{} aspects", p_.missing.size()),
        p_.missing.size() == 1 ? "is" : "are");
    std::vector<std::string> items;
    for (const auto& a : p_.missing) items.push_back(fmt::format("{} (<code>{}</code>)", text(label(a)), escape(a.ref)));
    out_ += html::list(items) + "</div>\n";
  }

  void confidential_notice() {
    out_ += fmt::format(
        "<div class=\"notice\" role=\"note\"><p><strong>CONFIDENTIAL.</strong> This copy includes {}, marked "
        "(confidential) below. It is for the review team only: do not share it with the school or anyone else.</p>"
        "</div>\n",
        records(p_.confidential));
  }

  void overview() {
    std::string intro = fmt::format("The profile of a peer review of {}", text(p_.school_name));
    if (!p_.partnership.empty()) intro += fmt::format(" by schools of the {}", text(p_.partnership));
    out_ += "<p>" + intro +
            (p_.has_levels ? ". It describes the school at the time of the review, aspect by aspect, against the "
                             "partnership's benchmark statements; it has no overall grade."
                           : ". It gives the review team's findings at the time of the review, aspect by aspect: "
                             "findings, not judgements, and no overall grade.") +
            "</p>\n";
    std::vector<std::string> themes;
    for (const auto& t : p_.themes) themes.push_back(text(t.name));
    out_ += html::list({
        fmt::format("<strong>Review days:</strong> {}", text(render::long_dates(p_.dates))),
        fmt::format("<strong>Themes in focus:</strong> {}", fmt::join(themes, ", ")),
        fmt::format("<strong>Framework:</strong> {}, version {}", text(p_.framework_name), text(p_.framework_version)),
    });
    if (p_.has_levels)
      out_ += fmt::format(
          "<p>In each aspect, the benchmark statement the review team judged to fit is in bold, boxed and marked {}; "
          "{} marks the school's own view from its self-evaluation.</p>\n",
          kJudged, kSelf);
    if (p_.withheld > 0)
      out_ += fmt::format("<p>{} {} withheld from this profile.</p>\n", records(p_.withheld), p_.withheld == 1 ? "is" : "are");
  }

  void team() {
    heading(2, "Review team");
    std::vector<std::string> items;
    for (const auto& m : p_.team) {
      std::string item = text(m.name);
      if (!m.role.empty()) item += ", " + text(m.role);
      if (!m.school.empty()) item += ", " + text(m.school);
      if (m.lead) item = fmt::format("<strong>{}</strong> (lead reviewer)", item);
      items.push_back(std::move(item));
    }
    out_ += html::list(items);
  }

  void question() {
    if (p_.question.empty()) return;
    heading(2, "Enquiry question");
    out_ += html::quote(p_.question);
  }

  void findings() {
    if (p_.findings.empty()) return;
    heading(2, "Findings");
    out_ += html::paragraphs(p_.findings);
  }

  void at_a_glance() {
    heading(2, "At a glance");
    if (const auto picture = glance_picture(p_); !picture.empty())
      out_ += "<figure class=\"picture\" tabindex=\"0\">\n" + picture +
              "<figcaption>Each row is an aspect, each column a level from the lowest on the left. ● is the review "
              "team's judgement, ◇ the school's own view; a dashed line and “differs” show where they differ. The "
              "table below says the same in words.</figcaption>\n</figure>\n";
    out_ += "<table>\n<thead><tr><th scope=\"col\">Theme</th><th scope=\"col\">Aspect</th><th scope=\"col\">Review "
            "team's judgement</th><th scope=\"col\">School's own view</th></tr></thead>\n<tbody>\n";
    for (const auto& t : p_.themes)
      for (const auto& a : t.aspects) {
        std::string team = a.level ? text(a.level->name) : a.judged ? "—" : "not judged yet";
        std::string self = a.self_level ? text(a.self_level->name) : "—";
        if (a.differs) self += " <strong>(differs)</strong>";
        out_ += fmt::format("<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n", text(t.name), link_to(a.ref, a.name),
                            team, self);
      }
    out_ += "</tbody>\n</table>\n";
  }

  void shared_and_development() {
    aspect_section("Practice to share", p_.practice_to_share,
                   p_.draft ? "None flagged yet." : "The review team flagged no practice to share in this review.");
    if (p_.has_levels)
      aspect_section("Areas for development", p_.areas_for_development,
                     p_.draft ? "None judged yet." : "No aspect was judged at a level for development in this review.");
  }

  void aspect_section(std::string_view title, const std::vector<ProfileAspectRef>& aspects, std::string_view none) {
    heading(2, title);
    if (aspects.empty()) {
      out_ += fmt::format("<p>{}</p>\n", escape(none));
      return;
    }
    std::vector<std::string> items;
    for (const auto& a : aspects) {
      const auto link = link_to(a.ref, label(a));
      items.push_back(a.level ? fmt::format("{}: {}", link, text(a.level->name)) : link);
    }
    out_ += html::list(items);
  }

  void theme(const ProfileTheme& t) {
    out_ += "<section class=\"theme\">\n";
    heading(2, t.name);
    if (!t.summary.empty()) out_ += fmt::format("<p>This theme looks at {}.</p>\n", text(t.summary));
    for (const auto& a : t.aspects) aspect(a);
    out_ += "</section>\n";
  }

  void judgement_line(const ProfileAspect& a) {
    if (!a.judged) {
      out_ += p_.has_levels ? "<p><strong>Not judged yet.</strong></p>\n" : "<p><strong>No finding recorded yet.</strong></p>\n";
      return;
    }
    if (!a.level) return;
    std::string s = fmt::format("<p><strong>Review team's judgement: {}.</strong>", text(a.level->name));
    if (a.self_level && a.differs)
      s += fmt::format(" The school's own view was {}: the two differ.", text(a.self_level->name));
    else if (a.self_level)
      s += " The school's own view was the same.";
    else if (p_.self_evaluation && !a.self_evaluated)
      s += " The school's self-evaluation did not cover this aspect.";
    out_ += s + "</p>\n";
  }

  void statements(const ProfileAspect& a) {
    if (a.statements.empty()) return;
    out_ += "<ul class=\"statements\">\n";
    for (const auto& st : a.statements) {
      const auto name = text(st.level.name);
      const auto words = text(st.text);
      if (st.judged && st.self_assessed)
        out_ += fmt::format("<li class=\"judged\"><span class=\"mark\" aria-hidden=\"true\">{}</span> {} (review team's "
                            "judgement; also the school's own view <span class=\"mark\" aria-hidden=\"true\">{}</span>): {}</li>\n",
                            kJudged, name, kSelf, words);
      else if (st.judged)
        out_ += fmt::format("<li class=\"judged\"><span class=\"mark\" aria-hidden=\"true\">{}</span> {} (review team's "
                            "judgement): {}</li>\n",
                            kJudged, name, words);
      else if (st.self_assessed)
        out_ += fmt::format("<li class=\"self\"><span class=\"mark\" aria-hidden=\"true\">{}</span> {} (the school's own "
                            "view): {}</li>\n",
                            kSelf, name, words);
      else
        out_ += fmt::format("<li>{}: {}</li>\n", name, words);
    }
    out_ += "</ul>\n";
  }

  std::string evidence_item(const ProfileEvidence& e, bool with_aspects) {
    std::string item = fmt::format("<strong>{}</strong>", text(e.id));
    if (e.confidential) item += " (confidential)";
    item += " " + text(e.type_name);
    if (!e.context.empty()) item += " (" + text(e.context) + ")";
    if (with_aspects && !e.aspect_names.empty()) {
      std::vector<std::string> names;
      for (const auto& n : e.aspect_names) names.push_back(text(n));
      item += fmt::format(", about {}", fmt::join(names, ", "));
    }
    const auto paras = markdown::plain_paragraphs(e.summary);
    item += ": " + (paras.empty() ? std::string() : escape(paras[0]));
    for (std::size_t i = 1; i < paras.size(); ++i) item += "<br><br>" + escape(paras[i]);
    return item;
  }

  void aspect(const ProfileAspect& a) {
    out_ += "<section class=\"aspect\">\n";
    heading(3, a.name, a.ref);
    if (!a.prompt.empty()) out_ += html::quote(a.prompt);
    judgement_line(a);
    statements(a);
    if (a.self_note) {
      const auto lead = a.self_level
                            ? fmt::format("<strong>The school's self-evaluation ({}):</strong>", text(a.self_level->name))
                            : std::string("<strong>The school's self-evaluation:</strong>");
      out_ += html::paragraphs(*a.self_note, lead);
    }
    if (!a.commentary.empty())
      out_ += html::paragraphs(a.commentary, p_.has_levels ? "<strong>Commentary:</strong>" : "<strong>Findings:</strong>");
    if (!a.evidence.empty()) {
      out_ += "<p>Evidence cited:</p>\n";
      std::vector<std::string> items;
      for (const auto& e : a.evidence) items.push_back(evidence_item(e, false));
      out_ += html::list(items);
    }
    if (a.withheld > 0)
      out_ += fmt::format("<p>{} cited here {} withheld.</p>\n", records(a.withheld), a.withheld == 1 ? "is" : "are");
    out_ += "</section>\n";
  }

  void uncited() {
    if (p_.uncited.empty()) return;
    heading(2, "Evidence not cited in a judgement");
    out_ += "<p>Evidence the review team recorded that no judgement cites.</p>\n";
    std::vector<std::string> items;
    for (const auto& e : p_.uncited) items.push_back(evidence_item(e, true));
    out_ += html::list(items);
  }

  const Profile& p_;
  std::map<std::string, std::string> anchors_of_;
  std::map<std::string, std::string> found_;
  markdown::Anchors anchors_;
  std::string out_;
};

}  // namespace

html::Page profile_page(const Profile& profile) {
  html::Page page;
  page.title = fmt::format("{}{}: peer review profile", profile.draft ? "DRAFT: " : "", profile.school_name);
  page.running = fmt::format("{} · peer review {} · profile{}", profile.school_name, profile.review,
                             profile.draft ? " · DRAFT" : profile.include_confidential && profile.confidential > 0
                                                              ? " · CONFIDENTIAL: review team only"
                                                              : "");
  // The summary near the top links to aspect headings further down: a first pass finds their ids.
  Writer first(profile, {});
  first.render();
  page.body = Writer(profile, first.anchors()).render();
  return page;
}

std::string profile_html(const Profile& document) { return html::page(profile_page(document)); }

}  // namespace lateral
