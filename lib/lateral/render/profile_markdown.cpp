// The profile as GitHub-flavoured Markdown: what a headteacher reads, forwards, or turns into a
// Word document with pandoc. The judged statement is bold and marked ▶ so it stands out both
// rendered and in the raw text; every heading's anchor is computed so links within it resolve.
#include <fmt/format.h>

#include <map>

#include "lateral/render/document.hpp"
#include "lateral/render/markdown.hpp"
#include "lateral/render/profile.hpp"

namespace lateral {
namespace {

using markdown::inline_text;

constexpr std::string_view kJudged = "▶";
constexpr std::string_view kSelf = "◇";

std::string records(int n) { return n == 1 ? "1 confidential evidence record" : fmt::format("{} confidential evidence records", n); }

std::string label(const ProfileAspectRef& a) { return a.theme_name + ": " + a.aspect_name; }

class Writer {
 public:
  Writer(const Profile& p, std::map<std::string, std::string> anchors) : p_(p), previous_(std::move(anchors)) {}

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
    // One trailing newline, none doubled: markdownlint's MD012 and MD047.
    while (out_.ends_with("\n\n")) out_.pop_back();
    return out_;
  }

  // Where each aspect's heading landed, for the links of a second pass.
  const std::map<std::string, std::string>& anchors() const { return found_; }

 private:
  void line(std::string_view s = {}) {
    out_ += s;
    out_ += '\n';
  }
  void block(std::string_view s) {
    line(s);
    line();
  }
  void heading(int level, std::string_view text, std::string_view aspect_ref = {}) {
    const auto anchor = anchors_.add(text);
    if (!aspect_ref.empty()) found_[std::string(aspect_ref)] = anchor;
    block(fmt::format("{} {}", std::string(static_cast<std::size_t>(level), '#'), inline_text(text)));
  }
  // A link to an aspect's section; plain text until the first pass has found the anchor.
  std::string link_to(const std::string& aspect_ref, std::string_view text) const {
    auto it = previous_.find(aspect_ref);
    if (it == previous_.end()) return inline_text(text);
    return fmt::format("[{}](#{})", inline_text(text), it->second);
  }
  void paragraphs(std::string_view text, std::string_view lead = {}) {
    bool first = true;
    for (const auto& para : markdown::paragraphs(text)) {
      block(first && !lead.empty() ? fmt::format("{} {}", lead, para) : para);
      first = false;
    }
  }
  void list(const std::vector<std::string>& items) {
    for (const auto& item : items) line("- " + item);
    line();
  }

  void title() {
    heading(1, fmt::format("{}{}: peer review profile", p_.draft ? "DRAFT: " : "", p_.school_name));
  }

  void draft_notice() {
    block(fmt::format("**DRAFT.** The benchmark is not complete: {} of the themes in focus {} not judged yet. "
                      "This profile will change before it is final.",
                      p_.missing.size() == 1 ? "one aspect" : fmt::format("{} aspects", p_.missing.size()),
                      p_.missing.size() == 1 ? "is" : "are"));
    std::vector<std::string> items;
    for (const auto& a : p_.missing) items.push_back(fmt::format("{} (`{}`)", inline_text(label(a)), a.ref));
    list(items);
  }

  void confidential_notice() {
    block(fmt::format("**CONFIDENTIAL.** This copy includes {}, marked (confidential) below. It is for the review "
                      "team only: do not share it with the school or anyone else.",
                      records(p_.confidential)));
  }

  void overview() {
    std::string intro = fmt::format("The profile of a peer review of {}", inline_text(p_.school_name));
    if (!p_.partnership.empty()) intro += fmt::format(" by schools of the {}", inline_text(p_.partnership));
    block(intro + (p_.has_levels ? ". It describes the school at the time of the review, aspect by aspect, against "
                                   "the partnership's benchmark statements; it has no overall grade."
                                 : ". It gives the review team's findings at the time of the review, aspect by "
                                   "aspect: findings, not judgements, and no overall grade."));
    std::vector<std::string> themes;
    for (const auto& t : p_.themes) themes.push_back(inline_text(t.name));
    std::vector<std::string> items{
        fmt::format("**Review days:** {}", render::long_dates(p_.dates)),
        fmt::format("**Themes in focus:** {}", fmt::join(themes, ", ")),
        fmt::format("**Framework:** {}, version {}", inline_text(p_.framework_name), inline_text(p_.framework_version)),
    };
    list(items);
    if (p_.has_levels)
      block(fmt::format("In each aspect, the benchmark statement the review team judged to fit is in bold and marked "
                        "{}; {} marks the school's own view from its self-evaluation.",
                        kJudged, kSelf));
    if (p_.withheld > 0)
      block(fmt::format("{} {} withheld from this profile.", records(p_.withheld), p_.withheld == 1 ? "is" : "are"));
  }

  void team() {
    heading(2, "Review team");
    std::vector<std::string> items;
    for (const auto& m : p_.team) {
      std::string item = inline_text(m.name);
      if (!m.role.empty()) item += ", " + inline_text(m.role);
      if (!m.school.empty()) item += ", " + inline_text(m.school);
      if (m.lead) item = fmt::format("**{}** (lead reviewer)", item);
      items.push_back(std::move(item));
    }
    list(items);
  }

  void question() {
    if (p_.question.empty()) return;
    heading(2, "Enquiry question");
    for (const auto& para : markdown::paragraphs(p_.question)) block("> " + para);
  }

  void findings() {
    if (p_.findings.empty()) return;
    heading(2, "Findings");
    paragraphs(p_.findings);
  }

  void at_a_glance() {
    heading(2, "At a glance");
    line("| Theme | Aspect | Review team's judgement | School's own view |");
    line("| --- | --- | --- | --- |");
    for (const auto& t : p_.themes)
      for (const auto& a : t.aspects) {
        const auto aspect = link_to(a.ref, a.name);
        std::string team = a.level ? markdown::cell(a.level->name) : a.judged ? "—" : "not judged yet";
        std::string self = a.self_level ? markdown::cell(a.self_level->name) : "—";
        if (a.differs) self += " (differs)";
        line(fmt::format("| {} | {} | {} | {} |", markdown::cell(t.name), aspect, team, self));
      }
    line();
  }

  void shared_and_development() {
    aspect_section("Practice to share", p_.practice_to_share,
                   p_.draft ? "None flagged yet." : "The review team flagged no practice to share in this review.");
    if (p_.has_levels)
      aspect_section("Areas for development", p_.areas_for_development,
                     p_.draft ? "None judged yet." : "No aspect was judged at a level for development in this review.");
  }

  // A list of aspects, each a link to its section, with the team's level where there is one.
  void aspect_section(std::string_view title, const std::vector<ProfileAspectRef>& aspects, std::string_view none) {
    heading(2, title);
    if (aspects.empty()) return block(none);
    std::vector<std::string> items;
    for (const auto& a : aspects) {
      const auto link = link_to(a.ref, label(a));
      items.push_back(a.level ? fmt::format("{}: {}", link, inline_text(a.level->name)) : link);
    }
    list(items);
  }

  void theme(const ProfileTheme& t) {
    heading(2, t.name);
    if (!t.summary.empty()) block(fmt::format("This theme looks at {}.", inline_text(t.summary)));
    for (const auto& a : t.aspects) aspect(a);
  }

  void judgement_line(const ProfileAspect& a) {
    if (!a.judged) {
      block(p_.has_levels ? "**Not judged yet.**" : "**No finding recorded yet.**");
      return;
    }
    if (!a.level) return;  // a finding: its commentary says it all
    std::string s = fmt::format("**Review team's judgement: {}.**", inline_text(a.level->name));
    if (a.self_level && a.differs)
      s += fmt::format(" The school's own view was {}: the two differ.", inline_text(a.self_level->name));
    else if (a.self_level)
      s += " The school's own view was the same.";
    else if (p_.self_evaluation && !a.self_evaluated)
      s += " The school's self-evaluation did not cover this aspect.";
    block(s);
  }

  void statements(const ProfileAspect& a) {
    std::vector<std::string> items;
    for (const auto& st : a.statements) {
      const auto name = inline_text(st.level.name);
      const auto text = inline_text(st.text);
      if (st.judged && st.self_assessed)
        items.push_back(fmt::format("**{} {} (review team's judgement; also the school's own view {}): {}**", kJudged,
                                    name, kSelf, text));
      else if (st.judged)
        items.push_back(fmt::format("**{} {} (review team's judgement): {}**", kJudged, name, text));
      else if (st.self_assessed)
        items.push_back(fmt::format("{} {} (the school's own view): {}", kSelf, name, text));
      else
        items.push_back(fmt::format("{}: {}", name, text));
    }
    if (!items.empty()) list(items);
  }

  void evidence_item(const ProfileEvidence& e, bool with_aspects) {
    std::string item = fmt::format("**{}**", inline_text(e.id));
    if (e.confidential) item += " (confidential)";
    item += " " + inline_text(e.type_name);
    if (!e.context.empty()) item += " (" + inline_text(e.context) + ")";
    if (with_aspects && !e.aspect_names.empty()) {
      std::vector<std::string> names;
      for (const auto& n : e.aspect_names) names.push_back(inline_text(n));
      item += fmt::format(", about {}", fmt::join(names, ", "));
    }
    // A summary of several paragraphs continues inside the list item, indented.
    const auto paras = markdown::paragraphs(e.summary);
    item += ": " + (paras.empty() ? std::string() : paras[0]);
    line("- " + item);
    for (std::size_t i = 1; i < paras.size(); ++i) {
      line();
      line("  " + paras[i]);
    }
  }

  void aspect(const ProfileAspect& a) {
    heading(3, a.name, a.ref);
    if (!a.prompt.empty())
      for (const auto& para : markdown::paragraphs(a.prompt)) block("> " + para);
    judgement_line(a);
    statements(a);
    if (a.self_note) {
      const auto lead = a.self_level
                            ? fmt::format("**The school's self-evaluation ({}):**", inline_text(a.self_level->name))
                            : std::string("**The school's self-evaluation:**");
      paragraphs(*a.self_note, lead);
    }
    if (!a.commentary.empty()) paragraphs(a.commentary, p_.has_levels ? "**Commentary:**" : "**Findings:**");
    if (!a.evidence.empty()) {
      block("Evidence cited:");
      for (const auto& e : a.evidence) evidence_item(e, false);
      line();
    }
    if (a.withheld > 0)
      block(fmt::format("{} cited here {} withheld.", records(a.withheld), a.withheld == 1 ? "is" : "are"));
  }

  void uncited() {
    if (p_.uncited.empty()) return;
    heading(2, "Evidence not cited in a judgement");
    block("Evidence the review team recorded that no judgement cites.");
    for (const auto& e : p_.uncited) evidence_item(e, true);
    line();
  }

  const Profile& p_;
  std::map<std::string, std::string> previous_;
  std::map<std::string, std::string> found_;
  markdown::Anchors anchors_;
  std::string out_;
};

}  // namespace

std::string profile_markdown(const Profile& profile) {
  // The summary sections near the top link to aspect headings further down; a first pass finds
  // the anchors those headings get, numbering and all, and the second writes the links.
  Writer first(profile, {});
  first.render();
  Writer second(profile, first.anchors());
  return second.render();
}

}  // namespace lateral
