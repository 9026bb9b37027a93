// Loading and querying frameworks.
#include "lateral/framework.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>
#include <stdexcept>

#include "lateral/embedded.hpp"
#include "lateral/reader.hpp"
#include "lateral/text.hpp"

namespace lateral {

const Theme* Framework::theme(std::string_view id) const {
  for (const auto& t : themes)
    if (t.id == id) return &t;
  return nullptr;
}

const Aspect* Framework::aspect(std::string_view ref) const {
  const auto slash = ref.find('/');
  if (slash == std::string_view::npos) return nullptr;
  const auto* t = theme(ref.substr(0, slash));
  if (!t) return nullptr;
  for (const auto& a : t->aspects)
    if (a.id == ref.substr(slash + 1)) return &a;
  return nullptr;
}

const Theme* Framework::theme_of(std::string_view ref) const { return theme(ref.substr(0, ref.find('/'))); }

const Level* Framework::level(std::string_view id) const {
  for (const auto& l : levels)
    if (l.id == id) return &l;
  return nullptr;
}

int Framework::level_index(std::string_view id) const {
  for (std::size_t i = 0; i < levels.size(); ++i)
    if (levels[i].id == id) return static_cast<int>(i);
  return -1;
}

bool Framework::is_development(std::string_view level) const {
  return std::find(development.begin(), development.end(), level) != development.end();
}

bool Framework::is_top(std::string_view level) const { return !levels.empty() && levels.back().id == level; }

const EvidenceType* Framework::evidence_type(std::string_view id) const {
  for (const auto& e : evidence_types)
    if (e.id == id) return &e;
  return nullptr;
}

std::vector<std::string> Framework::theme_ids() const {
  std::vector<std::string> out;
  for (const auto& t : themes) out.push_back(t.id);
  return out;
}

std::vector<std::string> Framework::aspect_refs() const {
  std::vector<std::string> out;
  for (const auto& t : themes)
    for (const auto& a : t.aspects) out.push_back(a.ref);
  return out;
}

std::vector<std::string> Framework::level_ids() const {
  std::vector<std::string> out;
  for (const auto& l : levels) out.push_back(l.id);
  return out;
}

std::vector<std::string> Framework::evidence_type_ids() const {
  std::vector<std::string> out;
  for (const auto& e : evidence_types) out.push_back(e.id);
  return out;
}

namespace {

bool slug_id(Reader& r, const std::optional<Located<std::string>>& id, std::string_view what) {
  if (!id) return false;
  if (is_slug(id->value)) return true;
  r.report("schema", id->mark, id->length,
           fmt::format("{} id `{}` must be a slug: lower-case letters, digits and '-'", what, id->value));
  return false;
}

// Reports the second of two equal ids in one list.
void unique_ids(Reader& r, std::set<std::string>& seen, const Located<std::string>& id, std::string_view what) {
  if (!seen.insert(id.value).second)
    r.report("schema", id.mark, id.length, fmt::format("{} `{}` is defined twice", what, id.value));
}

}  // namespace

std::optional<Framework> load_framework(const yaml::Node& root, const std::string& file, std::vector<Diagnostic>& out) {
  Reader r(file, out);
  const auto errors_before = out.size();
  if (!r.expect_map(root,
                    {{"id"}, {"version"}, {"name"}, {"levels"}, {"development", false}, {"themes"},
                     {"evidence-types"}, {"settings"}},
                    "a framework"))
    return std::nullopt;
  Framework f;
  f.file = file;
  if (auto id = r.text(root.find("id"), "id"); slug_id(r, id, "the framework")) f.id = id->value;
  if (auto v = r.text_or_number(root.find("version"), "version")) f.version = v->value;
  if (auto n = r.text(root.find("name"), "name")) f.name = n->value;

  std::set<std::string> level_ids;
  if (const auto* levels = r.list(root.find("levels"), "levels")) {
    for (const auto& node : levels->items) {
      if (!r.expect_map(node, {{"id"}, {"name"}}, "a level")) continue;
      auto id = r.text(node.find("id"), "id");
      auto name = r.text(node.find("name"), "name");
      if (!slug_id(r, id, "a level") || !name) continue;
      unique_ids(r, level_ids, *id, "the level");
      f.levels.push_back({id->value, name->value});
    }
  }
  if (auto dev = r.text_list(root.find("development"), "development", true)) {
    for (const auto& d : *dev) {
      if (!f.level(d.value)) {
        auto ids = f.level_ids();
        auto near = nearest(d.value, ids);
        r.report("unknown-reference", d.mark, d.length, fmt::format("`{}` is not a level of this framework", d.value),
                 near ? fmt::format("did you mean `{}`?", *near) : fmt::format("the levels are: {}", join(ids)));
        continue;
      }
      f.development.push_back(d.value);
    }
  }

  std::set<std::string> theme_ids;
  if (const auto* themes = r.list(root.find("themes"), "themes", false)) {
    for (const auto& tn : themes->items) {
      if (!r.expect_map(tn, {{"id"}, {"name"}, {"summary"}, {"required", false}, {"aspects"}}, "a theme")) continue;
      Theme t;
      auto id = r.text(tn.find("id"), "id");
      if (!slug_id(r, id, "a theme")) continue;
      unique_ids(r, theme_ids, *id, "the theme");
      t.id = id->value;
      if (auto n = r.text(tn.find("name"), "name")) t.name = n->value;
      if (auto s = r.text(tn.find("summary"), "summary")) t.summary = s->value;
      if (auto req = r.boolean(tn.find("required"), "required")) t.required = req->value;
      std::set<std::string> aspect_ids;
      if (const auto* aspects = r.list(tn.find("aspects"), "aspects", false)) {
        for (const auto& an : aspects->items) {
          if (!r.expect_map(an, {{"id"}, {"name"}, {"prompt"}, {"statements", !f.levels.empty()}}, "an aspect"))
            continue;
          Aspect a;
          auto aid = r.text(an.find("id"), "id");
          if (!slug_id(r, aid, "an aspect")) continue;
          unique_ids(r, aspect_ids, *aid, "the aspect");
          a.id = aid->value;
          a.ref = t.id + "/" + a.id;
          if (auto n = r.text(an.find("name"), "name")) a.name = n->value;
          if (auto p = r.text(an.find("prompt"), "prompt")) a.prompt = p->value;
          if (const auto* st = an.find("statements")) {
            if (f.levels.empty()) {
              r.report("schema", *st, "`statements` are only for frameworks with levels; this one has none",
                       "remove `statements`, or add `levels`");
            } else if (r.expect_map(*st, "`statements`")) {
              for (const auto& [key, value] : st->entries) {
                if (!f.level(key.value)) {
                  auto ids = f.level_ids();
                  auto near = nearest(key.value, ids);
                  r.report("unknown-reference", key, fmt::format("`{}` is not a level of this framework", key.value),
                           near ? fmt::format("did you mean `{}`?", *near) : fmt::format("the levels are: {}", join(ids)));
                  continue;
                }
                if (auto s = r.text(&value, key.value)) a.statements[key.value] = s->value;
              }
              for (const auto& l : f.levels)
                if (!st->find(l.id))
                  r.report("schema", *st, fmt::format("aspect `{}` has no statement for level `{}`", a.ref, l.id),
                           "write one benchmark statement per level");
            }
          }
          t.aspects.push_back(std::move(a));
        }
      }
      f.themes.push_back(std::move(t));
    }
  }

  std::set<std::string> type_ids;
  if (const auto* types = r.list(root.find("evidence-types"), "evidence-types", false)) {
    for (const auto& en : types->items) {
      if (!r.expect_map(en, {{"id"}, {"name"}}, "an evidence type")) continue;
      auto id = r.text(en.find("id"), "id");
      auto name = r.text(en.find("name"), "name");
      if (!slug_id(r, id, "an evidence type") || !name) continue;
      unique_ids(r, type_ids, *id, "the evidence type");
      f.evidence_types.push_back({id->value, name->value});
    }
  }

  if (const auto* s = root.find("settings")) {
    if (r.expect_map(*s,
                     {{"min-themes"}, {"team-min"}, {"team-max"}, {"lead-role"}, {"triangulation"},
                      {"evidence-range"}, {"workshop-days"}, {"review-months"}},
                     "`settings`")) {
      auto& st = f.settings;
      if (auto v = r.whole_number(s->find("min-themes"), "min-themes", 1, 100)) st.min_themes = v->value;
      if (auto v = r.whole_number(s->find("team-min"), "team-min", 1, 100)) st.team_min = v->value;
      if (auto v = r.whole_number(s->find("team-max"), "team-max", 1, 100)) st.team_max = v->value;
      if (auto v = r.text(s->find("lead-role"), "lead-role")) st.lead_role = v->value;
      if (auto v = r.whole_number(s->find("triangulation"), "triangulation", 1, 100)) st.triangulation = v->value;
      if (auto v = r.whole_number(s->find("evidence-range"), "evidence-range", 1, 100)) st.evidence_range = v->value;
      if (auto v = r.whole_number(s->find("workshop-days"), "workshop-days", 0, 366)) st.workshop_days = v->value;
      if (auto v = r.whole_number(s->find("review-months"), "review-months", 1, 120)) st.review_months = v->value;
      // Each inconsistency is reported at the first of its numbers (the map when it is missing).
      auto at = [&](std::string_view key) -> const yaml::Node& {
        const auto* n = s->find(key);
        return n ? *n : *s;
      };
      if (st.team_min > st.team_max)
        r.report("schema", at("team-min"),
                 fmt::format("`team-min` ({}) is larger than `team-max` ({})", st.team_min, st.team_max));
      if (!f.themes.empty() && st.min_themes > static_cast<int>(f.themes.size()))
        r.report("schema", at("min-themes"),
                 fmt::format("`min-themes` ({}) is more than the framework's {} themes", st.min_themes, f.themes.size()));
    }
  }
  // Only errors make a framework unusable; the caller decides what to do with a broken one.
  for (auto i = errors_before; i < out.size(); ++i)
    if (out[i].severity == Severity::error && out[i].rule != "no-overall-grade") return std::nullopt;
  return f;
}

std::optional<Framework> load_framework(std::string_view text, const std::string& file, std::vector<Diagnostic>& out) {
  auto doc = yaml::parse(text, file, out);
  if (!doc.root) {
    if (doc.empty) out.push_back({file, 1, 1, 1, Severity::error, "schema", "the file is empty", "a framework needs id, version, name, levels, themes, evidence-types and settings"});
    return std::nullopt;
  }
  return load_framework(*doc.root, file, out);
}

std::string_view builtin_framework_text() {
  auto text = embedded::find("framework/default");
  if (!text) throw std::logic_error("the built-in framework is not compiled in");
  return *text;
}

const Framework& builtin_framework() {
  static const Framework f = [] {
    std::vector<Diagnostic> problems;
    auto fw = load_framework(builtin_framework_text(), "<built-in framework>", problems);
    if (!fw || !problems.empty())
      throw std::logic_error("the built-in framework does not load: " +
                             (problems.empty() ? std::string("unknown error") : problems.front().message));
    fw->file.clear();  // the built-in framework has no file in the repository
    return *fw;
  }();
  return f;
}

}  // namespace lateral
