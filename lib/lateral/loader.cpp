// The repository loader: discovers the files of a partnership repository, reads each into the
// model, and records every problem with its file, line and column.
#include "lateral/loader.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <array>
#include <cstdio>
#include <fstream>
#include <functional>
#include <memory>
#include <atomic>
#include <cstdlib>
#include <set>
#include <exception>
#include <system_error>
#include <thread>

#include "lateral/cache.hpp"
#include "lateral/personal_data.hpp"
#include "lateral/platform.hpp"
#include "lateral/schemas.hpp"
#include "lateral/text.hpp"

namespace fs = std::filesystem;

namespace lateral {

// ---------------------------------------------------------------------------------------------
// Model helpers

std::string_view to_string(ActionStatus s) {
  switch (s) {
    case ActionStatus::planned: return "planned";
    case ActionStatus::in_progress: return "in-progress";
    case ActionStatus::done: return "done";
    case ActionStatus::dropped: return "dropped";
  }
  return "planned";
}

std::optional<ActionStatus> parse_action_status(std::string_view s) {
  if (s == "planned") return ActionStatus::planned;
  if (s == "in-progress") return ActionStatus::in_progress;
  if (s == "done") return ActionStatus::done;
  if (s == "dropped") return ActionStatus::dropped;
  return std::nullopt;
}

std::optional<Date> Review::first_day() const {
  if (!plan.dates || plan.dates->empty()) return std::nullopt;
  return std::min_element(plan.dates->begin(), plan.dates->end(),
                          [](const auto& a, const auto& b) { return a.value < b.value; })
      ->value;
}

std::optional<Date> Review::last_day() const {
  if (!plan.dates || plan.dates->empty()) return std::nullopt;
  return std::max_element(plan.dates->begin(), plan.dates->end(),
                          [](const auto& a, const auto& b) { return a.value < b.value; })
      ->value;
}

const Evidence* Review::find_evidence(std::string_view id) const {
  auto it = std::lower_bound(evidence.begin(), evidence.end(), id,
                             [](const Evidence& e, std::string_view v) { return natural_less(e.id, v); });
  return it != evidence.end() && it->id == id ? &*it : nullptr;
}

const Judgement* Review::judgement(std::string_view aspect) const {
  for (const auto& j : judgements)
    if (j.aspect.value == aspect) return &j;
  return nullptr;
}

const SelfAssessment* Review::self_assessment(std::string_view aspect) const {
  for (const auto& s : self_evaluation)
    if (s.aspect.value == aspect) return &s;
  return nullptr;
}

std::vector<const Aspect*> Review::focus_aspects() const {
  std::vector<const Aspect*> out;
  if (!framework || !plan.themes) return out;
  for (const auto& t : framework->themes) {
    const bool in_focus = std::any_of(plan.themes->begin(), plan.themes->end(),
                                      [&](const Text& id) { return id.value == t.id; });
    if (!in_focus) continue;
    for (const auto& a : t.aspects) out.push_back(&a);
  }
  return out;
}

std::vector<std::string> Review::unreadable(ReviewParts parts) const {
  std::vector<std::string> out;
  if (parts.plan && !plan.loaded) out.push_back(plan.file);
  if (parts.self_evaluation && !self_evaluation_ok) out.push_back(self_evaluation_file);
  if (parts.evidence)
    for (const auto& e : evidence)
      if (!e.loaded) out.push_back(e.file);
  if (parts.benchmark && !benchmark_ok) out.push_back(benchmark_file);
  if (parts.actions && !actions_ok) out.push_back(actions_file);
  if (parts.process_feedback && !process_feedback_ok) out.push_back(dir + "/process-feedback.yaml");
  return out;
}

bool Review::is_area_for_development(const Judgement& j) const {
  return framework && j.level && framework->is_development(j.level->value);
}

bool Review::is_practice_to_share(const Judgement& j) const {
  if (j.share) return j.share->value;
  return framework && j.level && framework->is_top(j.level->value);
}

bool School::outstanding() const { return inspection && to_lower(inspection->value) == "outstanding"; }

const Framework* Repository::find_framework(std::string_view id) const {
  for (const auto& f : frameworks)
    if (f->id == id) return f.get();
  return nullptr;
}

const School* Repository::school(std::string_view slug) const {
  for (const auto& s : schools)
    if (s.slug == slug) return &s;
  return nullptr;
}

School* Repository::school(std::string_view slug) {
  for (auto& s : schools)
    if (s.slug == slug) return &s;
  return nullptr;
}

// ---------------------------------------------------------------------------------------------
// Files and paths

std::optional<fs::path> find_repository_root(const fs::path& start) {
  std::error_code ec;
  fs::path dir = fs::absolute(start, ec);
  if (ec) return std::nullopt;
  if (fs::is_regular_file(dir, ec)) dir = dir.parent_path();
  for (;;) {
    // A lateral.yaml that is there in any form (a directory, a FIFO, a link to nothing) marks the
    // repository: that it cannot be read is an error to report there, never a reason to look
    // further up and check another repository.
    if (platform::file_kind(dir / kRepositoryFile) != platform::FileKind::missing) return dir;
    if (!dir.has_parent_path() || dir.parent_path() == dir) return std::nullopt;
    dir = dir.parent_path();
  }
}

std::optional<std::string> read_file_bytes(const fs::path& path) {
  return platform::read_regular_file(path, yaml::kMaxFileBytes).bytes;
}

bool inside_repository(const fs::path& root, const fs::path& p) {
  std::error_code ec;
  const auto real_root = fs::weakly_canonical(root, ec);
  if (ec) return false;
  const auto target = fs::weakly_canonical(p, ec);
  if (ec) return false;
  const auto rel = target.lexically_relative(real_root);
  return !rel.empty() && *rel.begin() != "..";
}

std::optional<std::string> read_repository_file(const fs::path& root, const std::string& file) {
  const auto path = root / file;
  if (!inside_repository(root, path)) return std::nullopt;
  return read_file_bytes(path);
}

std::string relative_path(const fs::path& root, const fs::path& p) {
  return p.lexically_relative(root).generic_string();
}

LoadedFile parse_file(std::string_view text, const std::string& file) {
  LoadedFile lf;
  lf.document = yaml::parse(text, file, lf.diagnostics);
  if (lf.document.root) {
    auto body = text.starts_with("\xEF\xBB\xBF") ? text.substr(3) : text;
    scan_personal_data(*lf.document.root, body, file, lf.diagnostics);
  }
  return lf;
}

namespace {

void report(std::vector<Diagnostic>& out, const std::string& file, const yaml::Mark& m, int length, const char* rule,
            std::string message, std::string hint = {}) {
  out.push_back(Diagnostic{file, m.line, m.column, std::max(length, 1), Severity::error, rule, std::move(message),
                           std::move(hint)});
}

yaml::Mark first_key_mark(const yaml::Node& root) {
  return root.is_map() && !root.entries.empty() ? root.entries.front().first.mark : root.mark;
}

// Checks a `theme/aspect` key's form; the framework check is the unknown-reference rule's.
bool aspect_key_form(Reader& r, const yaml::Node& key) {
  const auto slash = key.value.find('/');
  if (slash != std::string::npos && is_slug(key.value.substr(0, slash)) && is_slug(key.value.substr(slash + 1)))
    return true;
  if (is_grade_key(key.value)) {
    r.report("no-overall-grade", key,
             fmt::format("`{}` is not allowed: a peer review gives no overall grade, score or ranking", key.value),
             "remove it; judge each aspect in words");
    return false;
  }
  if (slash == std::string::npos && is_slug(key.value)) {
    r.report("no-overall-grade", key,
             fmt::format("`{}` judges a whole theme: a peer review judges each aspect, never a theme overall", key.value),
             fmt::format("judge the aspects of the theme instead, e.g. `{}/<aspect>`", key.value));
    return false;
  }
  r.report("schema", key, fmt::format("`{}` is not an aspect reference", key.value), "write it as theme/aspect, e.g. our-impact/outcomes");
  return false;
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// File kinds

void read_partnership(const yaml::Node& root, Partnership& p, std::vector<Diagnostic>& out) {
  Reader r(p.file, out);
  if (!r.expect_map(root, {{"partnership"}, {"framework"}, {"rules", false}}, "lateral.yaml")) return;
  p.loaded = true;
  p.first_key = first_key_mark(root);
  p.name = r.text(root.find("partnership"), "partnership");
  p.framework = r.text(root.find("framework"), "framework");
  if (const auto* rules = root.find("rules")) {
    if (!r.expect_map(*rules, "`rules`")) return;
    for (const auto& [key, value] : rules->entries) {
      // `off: false` or `team: no` mean a severity: say which words are.
      if (value.is_scalar() && !value.is_null() && value.resolved() != yaml::Resolved::string) {
        r.report("schema", value, fmt::format("`{}` is not a severity", value.value), "write error, warning or off");
        continue;
      }
      auto sev = r.text(&value, key.value);
      if (!sev) continue;
      Severity s;
      if (sev->value == "error") s = Severity::error;
      else if (sev->value == "warning") s = Severity::warning;
      else if (sev->value == "off") s = Severity::off;
      else {
        r.report("schema", value, fmt::format("`{}` is not a severity", sev->value), "write error, warning or off");
        continue;
      }
      // Whether the name is a rule is for the rules engine to say, which knows them.
      p.rules[key.value] = Located<Severity>{s, key.mark, key.length};
    }
  }
}

void read_school(const yaml::Node& root, School& s, std::vector<Diagnostic>& out) {
  Reader r(s.file, out);
  if (!r.expect_map(root, {{"name"}, {"urn", false}, {"phase", false}, {"inspection", false}, {"context", false},
                     {"reviewers", false}},
                    "school.yaml"))
    return;
  s.loaded = true;
  s.first_key = first_key_mark(root);
  s.name = r.text(root.find("name"), "name");
  s.urn = r.text_or_number(root.find("urn"), "urn");
  s.phase = r.text(root.find("phase"), "phase");
  s.inspection = r.text(root.find("inspection"), "inspection");
  s.context = r.text(root.find("context"), "context");
  if (const auto* e = root.find_entry("reviewers")) {
    s.reviewers_key = e->first.mark;
    if (const auto* list = r.list(&e->second, "reviewers")) {
      for (const auto& m : list->items) {
        if (!r.expect_map(m, {{"name"}, {"role"}, {"lead", false}}, "a reviewer")) continue;
        auto name = r.text(m.find("name"), "name");
        if (!name) continue;
        Reviewer rv{*name, r.text(m.find("role"), "role"), false, m.mark, {}};
        if (auto lead = r.boolean(m.find("lead"), "lead")) {
          rv.lead = lead->value;
          rv.lead_mark = lead->mark;
        }
        s.reviewers.push_back(std::move(rv));
      }
    }
  }
}

namespace {

// A review team, as review.yaml and a plan write it.
std::optional<std::vector<TeamMember>> read_team(Reader& r, const yaml::Node& node) {
  const auto* team = r.list(&node, "team", false);
  if (!team) return std::nullopt;
  std::vector<TeamMember> members;
  bool complete = true;  // a member who failed to load would make the team look smaller than it is
  for (const auto& m : team->items) {
    if (!r.expect_map(m, {{"name"}, {"role"}, {"school", false}, {"lead", false}}, "a team member")) {
      complete = false;
      continue;
    }
    const bool lead_misspelt = r.misspelt("lead");
    auto name = r.text(m.find("name"), "name");
    if (!name) {
      complete = false;
      continue;
    }
    TeamMember tm{*name, r.text(m.find("role"), "role"), r.text(m.find("school"), "school"), false, m.mark, {}};
    if (auto lead = r.boolean(m.find("lead"), "lead")) {
      tm.lead = lead->value;
      tm.lead_mark = lead->mark;
    } else if (m.find("lead") || lead_misspelt) {
      tm.lead_unreadable = true;
    }
    members.push_back(std::move(tm));
  }
  if (!complete) return std::nullopt;
  return members;
}

}  // namespace

void read_round(const yaml::Node& root, RoundFile& plan, std::vector<Diagnostic>& out) {
  Reader r(plan.file, out);
  if (!r.expect_map(root, {{"cycle"}, {"reviews"}}, "a plan")) return;
  plan.loaded = true;
  plan.cycle = r.text(root.find("cycle"), "cycle");
  if (plan.cycle) {
    const auto& t = plan.cycle->value;
    const bool digits = t.size() == 7 && t[4] == '/' &&
                        std::all_of(t.begin(), t.end(), [](char c) { return c == '/' || (c >= '0' && c <= '9'); });
    if (digits && (std::stoi(t.substr(0, 4)) + 1) % 100 == std::stoi(t.substr(5)))
      plan.start_year = std::stoi(t.substr(0, 4));
    else
      r.report("schema", plan.cycle->mark, plan.cycle->length, fmt::format("`{}` is not a cycle", t),
               "write the academic year as YYYY/YY, e.g. 2027/28");
  }
  if (const auto* list = r.list(root.find("reviews"), "reviews")) {
    for (const auto& item : list->items) {
      if (!r.expect_map(item, {{"school"}, {"team"}, {"why"}, {"note", false}}, "a planned review")) continue;
      auto school = r.name(item.find("school"), "school");
      if (!school) continue;
      PlannedTeam p{*school, {}, {}, r.text(item.find("why"), "why"), r.text(item.find("note"), "note"), item.mark};
      if (const auto* e = item.find_entry("team")) {
        p.team_key = e->first.mark;
        p.team = read_team(r, e->second);
      }
      plan.reviews.push_back(std::move(p));
    }
  }
}

void read_review_plan(const yaml::Node& root, ReviewPlan& plan, std::vector<Diagnostic>& out) {
  Reader r(plan.file, out);
  if (!r.expect_map(root,
                    {{"dates"}, {"framework", false}, {"focus"}, {"team"}, {"meetings", false}, {"feedback", false},
                     {"findings", false}},
                    "review.yaml"))
    return;
  plan.loaded = true;
  plan.first_key = first_key_mark(root);
  if (const auto* e = root.find_entry("dates")) {
    plan.dates_key = e->first.mark;
    plan.dates = r.date_list(&e->second, "dates");
    if (plan.dates)
      for (std::size_t i = 1; i < plan.dates->size(); ++i)
        if ((*plan.dates)[i].value <= (*plan.dates)[i - 1].value)
          r.report("date", (*plan.dates)[i].mark, (*plan.dates)[i].length,
                   fmt::format("review days must be in order, each after the one before: {} follows {}",
                               (*plan.dates)[i].value.str(), (*plan.dates)[i - 1].value.str()));
  }
  if (const auto* fw = root.find("framework")) {
    if (r.expect_map(*fw, {{"id"}, {"version"}}, "`framework`")) {
      plan.framework_id = r.text(fw->find("id"), "id");
      plan.framework_version = r.text_or_number(fw->find("version"), "version");
    }
  }
  if (const auto* focus = root.find("focus")) {
    if (r.expect_map(*focus, {{"themes"}, {"question"}}, "`focus`")) {
      if (const auto* e = focus->find_entry("themes")) {
        plan.themes_key = e->first.mark;
        plan.themes_key_length = e->first.length;
        plan.themes = r.text_list(&e->second, "themes", true);
      }
      plan.question = r.text(focus->find("question"), "question");
    }
  }
  if (const auto* e = root.find_entry("team")) {
    plan.team_key = e->first.mark;
    plan.team = read_team(r, e->second);
  }
  if (const auto* meetings = root.find("meetings")) {
    if (r.expect_map(*meetings, {{"focus-agreed", false}, {"team-briefing", false}}, "`meetings`")) {
      plan.focus_agreed = r.date(meetings->find("focus-agreed"), "focus-agreed");
      plan.team_briefing = r.date(meetings->find("team-briefing"), "team-briefing");
    }
  }
  if (const auto* feedback = root.find("feedback")) {
    if (r.expect_map(*feedback, {{"immediate", false}, {"workshop", false}}, "`feedback`")) {
      plan.immediate = r.date(feedback->find("immediate"), "immediate");
      plan.workshop = r.date(feedback->find("workshop"), "workshop");
    }
  }
  plan.findings = r.text(root.find("findings"), "findings");
}

void read_self_evaluation(const yaml::Node& root, Review& review, std::vector<Diagnostic>& out) {
  Reader r(review.self_evaluation_file, out);
  if (!r.expect_map(root, "self-evaluation.yaml")) {
    review.self_evaluation_ok = false;
    return;
  }
  for (const auto& [key, value] : root.entries) {
    if (!aspect_key_form(r, key)) continue;
    if (!r.expect_map(value, {{"level", false}, {"note"}}, fmt::format("the self-evaluation of `{}`", key.value), &key))
      continue;
    SelfAssessment s{Text{key.value, key.mark, key.length}, r.name(value.find("level"), "level"),
                     r.text(value.find("note"), "note")};
    s.level_unreadable = !s.level && (value.find("level") || r.misspelt("level"));
    review.self_evaluation.push_back(std::move(s));
  }
}

void read_evidence(const yaml::Node& root, Evidence& e, std::vector<Diagnostic>& out) {
  Reader r(e.file, out);
  if (!r.expect_map(root,
                    {{"date"}, {"by"}, {"type"}, {"aspects"}, {"summary"}, {"context", false}, {"confidential", false}},
                    "an evidence record"))
    return;
  e.loaded = true;
  e.first_key = first_key_mark(root);
  e.date = r.date(root.find("date"), "date");
  e.by = r.text(root.find("by"), "by");
  e.type = r.name(root.find("type"), "type");
  e.aspects = r.text_list(root.find("aspects"), "aspects", false);
  e.summary = r.text(root.find("summary"), "summary");
  e.context = r.text(root.find("context"), "context");
  if (auto c = r.boolean(root.find("confidential"), "confidential")) e.confidential = c->value;
}

void read_benchmark(const yaml::Node& root, Review& review, std::vector<Diagnostic>& out) {
  Reader r(review.benchmark_file, out);
  if (!r.expect_map(root, "benchmark.yaml")) {
    review.benchmark_ok = false;
    return;
  }
  review.benchmark_first = first_key_mark(root);
  for (const auto& [key, value] : root.entries) {
    if (!aspect_key_form(r, key)) continue;
    if (!r.expect_map(value,
                      {{"level", false},
                       {"commentary"},
                       {"evidence", true, "schema", "list the ids of the evidence it rests on: `evidence: [id, ...]` (lateral evidence lists them)"},
                       {"share", false}},
                      fmt::format("the judgement of `{}`", key.value), &key))
      continue;
    Judgement j{Text{key.value, key.mark, key.length}, r.name(value.find("level"), "level"),
                r.text(value.find("commentary"), "commentary"), std::nullopt, key.mark, std::nullopt};
    if (const auto* e = value.find_entry("evidence")) {
      j.evidence_key = e->first.mark;
      j.evidence = r.text_list(&e->second, "evidence", true);
    }
    j.share = r.boolean(value.find("share"), "share");
    j.level_unreadable = !j.level && (value.find("level") || r.misspelt("level"));
    review.judgements.push_back(std::move(j));
  }
}

void read_actions(const yaml::Node& root, Review& review, std::vector<Diagnostic>& out) {
  Reader r(review.actions_file, out);
  if (!root.is_sequence()) {
    r.report("schema", root, fmt::format("actions.yaml must be a list of actions, not {}", yaml::describe(root)),
             "start each action with `- id: ...`; an empty plan is []");
    review.actions_ok = false;
    return;
  }
  std::set<std::string> ids;
  for (const auto& node : root.items) {
    if (!r.expect_map(node,
                      {{"id"}, {"aspect"}, {"action"}, {"owner", true, "action-owned", "add `owner:` with the role in the school that owns it, e.g. deputy headteacher"}, {"success", true, "action-owned"},
                       {"due", true, "action-owned"}, {"support", false}, {"status", false}, {"review", false},
                       {"done", false}},
                      "an action"))
      continue;
    Action a;
    a.mark = node.mark;
    a.id = r.name(node.find("id"), "id");
    if (a.id) {
      if (!is_slug(a.id->value))
        r.report("schema", a.id->mark, a.id->length, fmt::format("action id `{}` must be a slug: lower-case letters, digits and '-'", a.id->value));
      else if (!ids.insert(a.id->value).second)
        r.report("schema", a.id->mark, a.id->length, fmt::format("action id `{}` is used twice", a.id->value),
                 "give each action its own id");
    }
    a.aspect = r.name(node.find("aspect"), "aspect");
    a.action = r.text(node.find("action"), "action");
    // An empty owner or success is the action-owned rule's to report, not a schema problem.
    for (const auto* key : {"owner", "success"}) {
      const auto* v = node.find(key);
      std::optional<Text>& slot = std::string_view(key) == "owner" ? a.owner : a.success;
      if (v && (v->is_null() || (v->is_scalar() && v->resolved() == yaml::Resolved::string &&
                                 v->value.find_first_not_of(" \t\r\n") == std::string::npos))) {
        r.report("action-owned", *v, fmt::format("the action has an empty `{}`", key),
                 std::string_view(key) == "owner" ? "name the role in the school that owns it, e.g. deputy headteacher"
                                                  : "say how the school will know the action worked");
        continue;
      }
      slot = r.text(v, key);
    }
    a.support = r.text(node.find("support"), "support");
    a.due = r.date(node.find("due"), "due");
    a.review = r.date(node.find("review"), "review");
    a.done = r.date(node.find("done"), "done");
    if (auto st = r.text(node.find("status"), "status")) {
      if (auto s = parse_action_status(st->value))
        a.status = Located<ActionStatus>{*s, st->mark, st->length};
      else {
        std::array<std::string, 4> names = {"planned", "in-progress", "done", "dropped"};
        auto near = nearest(st->value, names);
        auto& d = r.report("schema", st->mark, st->length, fmt::format("`{}` is not an action status", st->value),
                           near ? fmt::format("did you mean `{}`? (planned, in-progress, done or dropped)", *near)
                                : "write planned, in-progress, done or dropped");
        if (auto sure = sure_nearest(st->value, names))
          d.fix = replacement(d.file, d.line, d.column, d.length, *sure,
                              fmt::format("replace `{}` with `{}`", st->value, *sure));
      }
    }
    review.actions.push_back(std::move(a));
  }
}

void read_process_feedback(const yaml::Node& root, ProcessFeedback& pf, std::vector<Diagnostic>& out) {
  Reader r(pf.file, out);
  if (!r.expect_map(root, {{"date"}, {"went-well"}, {"even-better-if"}}, "process-feedback.yaml")) return;
  pf.date = r.date(root.find("date"), "date");
  if (auto l = r.text_list(root.find("went-well"), "went-well", true)) pf.went_well = std::move(*l);
  if (auto l = r.text_list(root.find("even-better-if"), "even-better-if", true)) pf.even_better_if = std::move(*l);
}

// ---------------------------------------------------------------------------------------------
// The repository walk

namespace {

// Keeps that a text is there (rules ask that), not what it says (no rule reads it).
void drop(std::optional<Text>& t) {
  if (t) std::string().swap(t->value);
}

void drop_free_text(School& school) {
  drop(school.context);
  for (auto& r : school.reviews) {
    drop(r.plan.findings);
    for (auto& e : r.evidence) {
      drop(e.summary);
      drop(e.context);
    }
    for (auto& j : r.judgements) drop(j.commentary);
    for (auto& s : r.self_evaluation) drop(s.note);
    for (auto& a : r.actions) {
      drop(a.action);
      drop(a.success);
      drop(a.support);
    }
    if (r.process_feedback) {
      r.process_feedback->went_well.clear();
      r.process_feedback->even_better_if.clear();
    }
  }
}

class RepositoryLoader {
 public:
  RepositoryLoader(Repository& repo, const Overlay* overlay, const LoadOptions& options)
      : repo_(repo), overlay_(overlay), options_(options) {
    std::error_code ec;
    canonical_root_ = fs::weakly_canonical(repo.root, ec);
    if (ec) canonical_root_ = repo.root;
  }

  void run() {
    if (options_.cache && !overlay_) {
      // The cache is lateral's own, inside the repository: never written through a link.
      if (auto why = cache_directory_refusal(repo_.root)) {
        options_.cache = false;
        repo_.notes.push_back("not using the parse cache: " + *why);
      } else {
        platform::remove_stale_temporaries(repo_.root / kCacheDirectory / "schools");
      }
    }
    repo_.frameworks.push_back(std::make_unique<Framework>(builtin_framework()));
    load_partnership();
    load_frameworks();
    resolve_partnership_framework();
    load_schools();
    load_plans();
    for (auto& school : repo_.schools)
      for (auto& review : school.reviews) resolve_review_framework(review);
  }

 private:
  std::vector<Diagnostic>& out() { return repo_.diagnostics; }

  void path_error(const std::string& file, std::string message, std::string hint = {}) {
    out().push_back(Diagnostic{file, 1, 1, 1, Severity::error, "path", std::move(message), std::move(hint)});
  }

  struct Entry {
    fs::path path;
    std::string name;
    bool dir = false;
    bool file = false;
    // There, but refused and reported (a FIFO, a link to nothing or outside): a known file by this
    // name is unreadable, not absent, so nothing that depends on it is reported as missing.
    bool refused = false;
  };

  // The entries of a directory, sorted, hidden ones left out; with the overlay's files (and the
  // directories that lead to them) added. What lateral never reads is reported here, once, before
  // anything is opened: a link leading outside the repository, a link to a directory (it would
  // show the same school or review twice), a link to nothing, a FIFO, a socket or a device.
  std::vector<Entry> entries(const fs::path& dir) {
    std::vector<Entry> list;
    const auto listing = platform::list_directory(dir);
    for (std::size_t i = 0; i < listing.names.size(); ++i) {
      const auto& name = listing.names[i];
      if (name.empty() || name[0] == '.') continue;
      const auto path = dir / name;
      const auto rel = [&] { return relative_path(repo_.root, path); };  // for messages only
      using K = platform::FileKind;
      const auto kind = listing.kinds[i] != K::missing ? listing.kinds[i] : platform::file_kind(path);
      if ((kind == K::link_to_file || kind == K::link_to_directory) && !inside_repository(path)) {
        path_error(rel(), "a symbolic link that leads outside the repository", "replace the link with the file itself");
        list.push_back({path, name, false, false, true});
        continue;
      }
      switch (kind) {
        case K::file:
        case K::link_to_file: list.push_back({path, name, false, true}); break;
        case K::directory: list.push_back({path, name, true, false}); break;
        case K::link_to_directory: {
          std::error_code ec;
          const auto target = relative_path(canonical_root_, fs::weakly_canonical(path, ec));
          path_error(rel(), fmt::format("`{}` is a symbolic link to the directory {}: lateral does not follow it", name, target),
                     "remove the link: each school and review is read once, where its directory is");
          list.push_back({path, name, false, false, true});
          break;
        }
        case K::dangling_link:
          path_error(rel(), fmt::format("`{}` is a symbolic link to nothing", name),
                     "remove it, or restore what it led to");
          list.push_back({path, name, false, false, true});
          break;
        case K::missing: break;  // removed while listed
        default:
          path_error(rel(), fmt::format("`{}` is {}, not a file or a directory", name, platform::describe(kind)),
                     "lateral reads only regular files here: replace it, or move it out of the repository");
          list.push_back({path, name, false, false, true});
          break;
      }
    }
    if (listing.error != 0 && listing.error != ENOENT)
      path_error(relative_path(repo_.root, dir),
                 fmt::format("cannot list the directory: {}", std::generic_category().message(listing.error)),
                 "check its permissions (`ls -ld`)");
    if (overlay_) {
      const auto dir_rel = relative_path(repo_.root, dir);
      const auto prefix = dir_rel == "." || dir_rel.empty() ? std::string() : dir_rel + "/";
      for (const auto& [file, content] : *overlay_) {
        if (!file.starts_with(prefix)) continue;
        const auto rest = file.substr(prefix.size());
        const auto slash = rest.find('/');
        const auto name = rest.substr(0, slash);
        if (std::any_of(list.begin(), list.end(), [&](const Entry& e) { return e.name == name; })) continue;
        list.push_back({dir / name, name, slash != std::string::npos, slash == std::string::npos});
      }
    }
    std::sort(list.begin(), list.end(), [](const Entry& a, const Entry& b) { return a.name < b.name; });
    return list;
  }

  bool overlay_under(const fs::path& dir) const {
    if (!overlay_) return false;
    const auto prefix = relative_path(repo_.root, dir) + "/";
    return std::any_of(overlay_->begin(), overlay_->end(), [&](const auto& f) { return f.first.starts_with(prefix); });
  }

  bool inside_repository(const fs::path& p) {
    std::error_code ec;
    auto target = fs::weakly_canonical(p, ec);
    if (ec) return false;
    auto rel = target.lexically_relative(canonical_root_);
    return !rel.empty() && *rel.begin() != "..";
  }

  // A directory lateral expects (`schools`, `frameworks`, a school's `reviews`): true when it is
  // one to walk; false when absent (nothing to read) or, reported, when it is something else.
  bool expect_directory(const fs::path& dir, std::string_view what) {
    using K = platform::FileKind;
    const auto kind = platform::file_kind(dir);
    if (kind == K::directory || kind == K::link_to_directory) return true;
    if (kind == K::missing) return overlay_under(dir);
    path_error(relative_path(repo_.root, dir),
               fmt::format("`{}` is {}; it must be {}", dir.filename().string(), platform::describe(kind), what));
    return false;
  }

  static bool yaml_name(std::string_view name) { return name.ends_with(".yaml") || name.ends_with(".yml"); }

  // A file where a school's or a review's directory belongs: `schools/x` or `reviews/2026-05` as a
  // file, or a .yaml file lateral would never read there.
  void misplaced_file(const Entry& e, std::string_view what, std::string_view where) {
    const auto file = relative_path(repo_.root, e.path);
    if (yaml_name(e.name))
      path_error(file, fmt::format("lateral does not read `{}`: {} holds one directory per {}", e.name, where, what),
                 fmt::format("a {}'s files go in its own directory, e.g. {}{}/", what, where,
                             suggest_slug(e.name.substr(0, e.name.rfind('.')))));
    else if (is_slug(e.name))
      path_error(file, fmt::format("`{}` is a file; a {} is a directory", e.name, what),
                 fmt::format("replace it with the {}'s directory", what));
  }

  // The .yaml files under a directory lateral does not know (`notes/` in a school, `extra/` in a
  // review, `day1/` in evidence/): reported, as they would otherwise be silently left unread.
  // Links are not followed; the walk and the reports are bounded.
  std::size_t report_unread(const fs::path& dir, const std::function<Diagnostic(const std::string&)>& report) {
    constexpr std::size_t kMaxReported = 5, kMaxVisited = 10000;
    std::size_t total = 0, visited = 0;
    std::vector<std::string> found;
    std::vector<fs::path> pending{dir};
    while (!pending.empty() && visited < kMaxVisited) {
      const auto here = std::move(pending.back());
      pending.pop_back();
      for (const auto& name : platform::list_directory(here).names) {  // unreadable: nothing listed
        if (visited++ >= kMaxVisited) break;
        if (name.starts_with(".")) continue;
        const auto path = here / name;
        const auto kind = platform::file_kind(path);
        if (kind == platform::FileKind::directory) pending.push_back(path);
        if (kind == platform::FileKind::directory || !yaml_name(name)) continue;
        if (++total <= kMaxReported) found.push_back(relative_path(repo_.root, path));
      }
    }
    std::sort(found.begin(), found.end());
    for (const auto& f : found) out().push_back(report(f));
    if (total > found.size())
      path_error(relative_path(repo_.root, dir),
                 fmt::format("{} more .yaml files under this directory are not read either", total - found.size()));
    return total;
  }

  void unknown_directory(const Entry& e, std::string_view where, std::string_view hint) {
    report_unread(e.path, [&](const std::string& f) {
      return Diagnostic{f, 1, 1, 1, Severity::error, "path",
                        fmt::format("lateral does not read this file: `{}/` is not a directory it knows in {}", e.name, where),
                        std::string(hint)};
    });
  }

  // Reads and parses one file, or takes its reading from the parse cache or from the readings kept
  // in memory (LoadOptions::parsed); null when it cannot be read (reported).
  std::shared_ptr<const LoadedFile> read(const fs::path& path, const std::string& file) {
    if (overlay_)
      if (auto it = overlay_->find(file); it != overlay_->end())
        return options_.parsed ? options_.parsed->text(file, it->second)
                               : std::make_shared<const LoadedFile>(parse_file(it->second, file));
    std::optional<FileKey> key;
    std::int64_t examined = 0;
    if (cache_ || options_.parsed) {
      examined = platform::now_ns();  // before the stat: see ParseCache::store
      if (auto st = platform::file_stamp(path)) key = FileKey{st->size, st->mtime_ns, st->ctime_ns, st->inode};
    }
    if (key && options_.parsed)
      if (auto kept = options_.parsed->find(file, *key)) return kept;
    std::shared_ptr<const LoadedFile> loaded;
    if (key && cache_)
      if (auto cached = cache_->find(file, *key)) loaded = std::make_shared<const LoadedFile>(std::move(*cached));
    if (!loaded) {
      auto bytes = platform::read_regular_file(path, yaml::kMaxFileBytes);
      if (!bytes.bytes) {
        if (bytes.error.starts_with("a "))  // what it is: a directory, a FIFO, a link to nothing
          path_error(file, fmt::format("`{}` is {}, not a file", fs::path(file).filename().string(), bytes.error),
                     "replace it with the file");
        else
          path_error(file, fmt::format("cannot read the file: {}", bytes.error), "check its permissions (`ls -l`)");
        return nullptr;
      }
      loaded = std::make_shared<const LoadedFile>(parse_file(*bytes.bytes, file));
      if (key && cache_) cache_->store(file, *key, *loaded, examined);
    }
    if (key && options_.parsed) options_.parsed->store(file, *key, loaded, examined);
    return loaded;
  }

  // Reads one file into the repository's diagnostics and ignore comments; its root node when there
  // is one to read (kept alive by the reading it is part of).
  std::shared_ptr<const yaml::Node> parse(const fs::path& path, const std::string& file, std::string_view expectation) {
    const auto loaded = read(path, file);
    if (!loaded) return nullptr;
    const auto& lf = *loaded;
    out().insert(out().end(), lf.diagnostics.begin(), lf.diagnostics.end());
    if (!lf.document.suppressions.empty()) repo_.suppressions[file] = lf.document.suppressions;
    if (const auto& sl = lf.document.schema_line; sl.line >= 0 && sl.text != expected_schema_line(file))
      repo_.schema_lines[file] = sl;
    if (lf.document.empty || (lf.document.root && lf.document.root->is_null())) {
      out().push_back(Diagnostic{file, 1, 1, 1, Severity::error, "schema", "the file is empty", std::string(expectation)});
      return nullptr;
    }
    if (!lf.document.root) return nullptr;
    return std::shared_ptr<const yaml::Node>(loaded, &*lf.document.root);
  }

  // A top-level file or directory that is a symbolic link leading outside: reported, not read.
  // (Links further down are caught as directories are listed.)
  bool leads_outside(const fs::path& p) {
    std::error_code ec;
    if (!fs::is_symlink(p, ec) || inside_repository(p)) return false;
    path_error(relative_path(repo_.root, p), "a symbolic link that leads outside the repository",
               "replace the link with the file itself");
    return true;
  }

  void load_partnership() {
    const auto path = repo_.root / kRepositoryFile;
    if (leads_outside(path)) return;
    if (auto root = parse(path, repo_.partnership.file, "lateral.yaml needs `partnership` and `framework`"))
      read_partnership(*root, repo_.partnership, out());
  }

  const Framework* load_framework_file(const fs::path& path, const std::string& file) {
    for (const auto& f : repo_.frameworks)
      if (f->file == file) return f.get();
    if (loaded_framework_files_.count(file)) return nullptr;  // tried already, and it did not load
    loaded_framework_files_.insert(file);
    auto root = parse(path, file, "a framework needs id, version, name, levels, themes, evidence-types and settings");
    const auto unloaded = [&] {
      repo_.unloaded_frameworks.insert(path.stem().string());
      if (root && root->is_map())
        if (const auto* id = root->find("id"); id && id->is_scalar()) repo_.unloaded_frameworks.insert(id->value);
      return nullptr;
    };
    if (!root) return unloaded();
    auto fw = load_framework(*root, file, out());
    if (!fw) return unloaded();
    if (fw->id == "default") {
      const auto* id = root->find("id");
      report(out(), file, id ? id->mark : root->mark, id ? id->length : 1, "schema",
             "the id `default` is the built-in framework's", "give your framework an id of its own");
      return nullptr;
    }
    if (const auto* other = repo_.find_framework(fw->id)) {
      const auto* id = root->find("id");
      report(out(), file, id ? id->mark : root->mark, id ? id->length : 1, "schema",
             fmt::format("framework id `{}` is already used by {}", fw->id, other->file));
      return nullptr;
    }
    const auto stem = path.stem().string();
    if (file.starts_with("frameworks/") && stem != fw->id) {
      const auto* id = root->find("id");
      report(out(), file, id ? id->mark : root->mark, id ? id->length : 1, "path",
             fmt::format("frameworks/{}.yaml holds framework `{}`: the file name must be its id", stem, fw->id),
             fmt::format("rename the file to frameworks/{}.yaml", fw->id));
    }
    repo_.frameworks.push_back(std::make_unique<Framework>(std::move(*fw)));
    return repo_.frameworks.back().get();
  }

  // The .yaml files of a top-level directory (frameworks/, plans/), a .yml one reported as such.
  template <class Load>
  void load_yaml_files(std::string_view name, std::string_view what, Load load) {
    const auto dir = repo_.root / name;
    if (leads_outside(dir)) return;
    if (!expect_directory(dir, fmt::format("the directory of the partnership's {}s", what))) return;
    for (const auto& e : entries(dir)) {
      const auto file = relative_path(repo_.root, e.path);
      if (e.dir)
        unknown_directory(e, fmt::format("{}/", name),
                          fmt::format("a {0} is a file {1}/<{2}>.yaml; move the file there", what, name,
                                      what == "plan" ? "yyyy-yy" : "id"));
      if (!e.file) continue;
      const auto ext = e.path.extension().string();
      if (ext == ".yml") {
        path_error(file, fmt::format("{} files end in .yaml", what),
                   fmt::format("rename it to {}/{}.yaml", name, e.path.stem().string()));
        continue;
      }
      if (ext == ".yaml") load(e.path, file);
    }
  }

  void load_frameworks() {
    load_yaml_files("frameworks", "framework", [&](const fs::path& path, const std::string& file) { load_framework_file(path, file); });
  }

  // plans/<yyyy>-<yy>.yaml: the planned rounds, each named after its cycle.
  void load_plans() {
    load_yaml_files("plans", "plan", [&](const fs::path& path, const std::string& file) {
      RoundFile plan;
      plan.file = file;
      if (auto root = parse(path, file, "a plan needs `cycle` and `reviews`")) read_round(*root, plan, out());
      if (plan.start_year) {
        const auto stem = fmt::format("{}-{:02}", plan.start_year, (plan.start_year + 1) % 100);
        if (path.stem().string() != stem)
          report(out(), file, plan.cycle->mark, plan.cycle->length, "path",
                 fmt::format("{} plans the cycle {}: the file name must be its cycle", file, plan.cycle->value),
                 fmt::format("rename the file to plans/{}.yaml", stem));
      }
      repo_.plans.push_back(std::move(plan));
    });
  }

  void resolve_partnership_framework() {
    const auto& ref = repo_.partnership.framework;
    if (!ref) {
      if (!repo_.partnership.loaded) repo_.framework = repo_.frameworks.front().get();
      return;
    }
    if (ref->value == "default") {
      repo_.framework = repo_.frameworks.front().get();
      return;
    }
    const fs::path rel(ref->value);
    const auto normal = rel.lexically_normal();
    if (rel.is_absolute() || normal.empty() || *normal.begin() == "..") {
      report(out(), repo_.partnership.file, ref->mark, ref->length, "path",
             fmt::format("`{}` is outside the repository", ref->value),
             "write `default`, or a path inside the repository such as frameworks/ours.yaml");
      return;
    }
    const auto path = repo_.root / normal;
    std::error_code ec;
    if (!fs::is_regular_file(path, ec)) {
      report(out(), repo_.partnership.file, ref->mark, ref->length, "path",
             fmt::format("no framework file at `{}`", ref->value), "write `default`, or the path of a framework file");
      return;
    }
    if (!inside_repository(path)) {
      report(out(), repo_.partnership.file, ref->mark, ref->length, "path",
             fmt::format("`{}` leads outside the repository", ref->value));
      return;
    }
    repo_.framework = load_framework_file(path, normal.generic_string());
  }

  void resolve_review_framework(Review& review) {
    if (!review.plan.framework_id) {
      review.framework = repo_.framework;
      return;
    }
    const auto& id = *review.plan.framework_id;
    review.framework = repo_.find_framework(id.value);
    if (review.framework || repo_.unloaded_frameworks.count(id.value)) return;
    std::vector<std::string> ids;
    for (const auto& f : repo_.frameworks) ids.push_back(f->id);
    auto near = nearest(id.value, ids);
    report(out(), review.plan.file, id.mark, id.length, "unknown-reference",
           fmt::format("no framework `{}` in this repository", id.value),
           near ? fmt::format("did you mean `{}`?", *near)
                : fmt::format("the frameworks are: {} (frameworks/<id>.yaml)", join(ids)));
  }

  void unknown_file(const std::string& file, std::string_view name, std::span<const std::string> known) {
    auto near = nearest(name, known);
    path_error(file, fmt::format("`{}` is not a file lateral knows here", name),
               near ? fmt::format("did you mean `{}`?", *near) : fmt::format("the files here are: {}", join(known)));
  }

  bool slug_dir(const Entry& e, std::string_view what) {
    const auto& name = e.name;
    if (is_slug(name)) return true;
    path_error(relative_path(repo_.root, e.path),
               fmt::format("`{}` is not a valid {} name: use lower-case letters, digits and '-'", name, what),
               fmt::format("rename it, e.g. `{}`", suggest_slug(name)));
    return false;
  }

  static std::string suggest_slug(std::string_view name) {
    std::string s;
    for (char c : name) {
      const auto u = static_cast<unsigned char>(c);
      if (std::isalnum(u) && u < 0x80) s += static_cast<char>(std::tolower(u));
      else if (!s.empty() && s.back() != '-') s += '-';
    }
    while (!s.empty() && s.back() == '-') s.pop_back();
    return s.empty() ? "school-name" : s;
  }

  // Schools are independent of each other until the rules run, so they load in parallel: each
  // worker loads whole schools into its own repository object (diagnostics, ignore comments),
  // merged afterwards in school order so the result does not depend on the timing.
  void load_schools() {
    const auto dir = repo_.root / "schools";
    if (leads_outside(dir)) return;
    if (!expect_directory(dir, "the directory of the schools")) return;
    std::vector<fs::path> dirs;
    const auto listed = out().size();
    for (const auto& e : entries(dir)) {
      if (e.refused) continue;
      if (!e.dir) {
        misplaced_file(e, "school", "schools/");
        continue;
      }
      if (!slug_dir(e, "school")) continue;
      School s;
      s.slug = e.name;
      s.dir = relative_path(repo_.root, e.path);
      s.file = s.dir + "/school.yaml";
      repo_.schools.push_back(std::move(s));
      dirs.push_back(e.path);
    }
    if (options_.scope) {
      // What the listing found wrong with the other schools' names is `check`'s to report.
      const auto own = "schools/" + *options_.scope;
      out().erase(std::remove_if(out().begin() + static_cast<std::ptrdiff_t>(listed), out().end(),
                                 [&](const Diagnostic& d) { return d.file != own && !d.file.starts_with(own + "/"); }),
                  out().end());
      return load_scope(dirs);
    }
    const std::size_t workers = std::max<std::size_t>(1, std::min(loader_threads(), dirs.size()));
    struct Worker {
      Repository repo;  // the diagnostics and ignore comments of the schools this worker loaded
      std::vector<std::pair<std::size_t, std::size_t>> origin;  // (school, index in repo.diagnostics)
    };
    std::vector<Worker> partial(workers);
    std::atomic<std::size_t> next{0};
    std::vector<std::exception_ptr> failed(workers);
    auto work = [&](Worker& w, std::exception_ptr& failure) {
      // An exception (memory running out) must reach the caller, not end the process from a thread.
      try {
        w.repo.root = repo_.root;
        RepositoryLoader loader(w.repo, overlay_, options_);
        for (std::size_t i; (i = next.fetch_add(1)) < dirs.size();) {
          const auto before = w.repo.diagnostics.size();
          loader.load_whole_school(dirs[i], repo_.schools[i]);
          for (auto k = before; k < w.repo.diagnostics.size(); ++k) w.origin.emplace_back(i, k);
        }
      } catch (...) {
        failure = std::current_exception();
        next = dirs.size();  // the others stop after their current school
      }
    };
    // The last worker runs here; the others in threads, as many as can be started (a thread that
    // cannot start, for want of memory, leaves its share to the others).
    // Room for every thread first: once one runs, nothing may throw past the joins below (a
    // joinable std::thread destroyed by an exception ends the process).
    std::vector<std::thread> threads;
    threads.reserve(workers);
    for (std::size_t k = 0; k + 1 < workers; ++k) {
      try {
        threads.emplace_back(work, std::ref(partial[k]), std::ref(failed[k]));
      } catch (...) {  // std::system_error, or std::bad_alloc for the thread's own state
        break;
      }
    }
    work(partial[workers - 1], failed[workers - 1]);
    for (auto& t : threads) t.join();
    for (const auto& f : failed)
      if (f) std::rethrow_exception(f);
    std::vector<std::pair<std::size_t, Diagnostic*>> merged;
    for (auto& w : partial)
      for (const auto& [school, k] : w.origin) merged.emplace_back(school, &w.repo.diagnostics[k]);
    std::stable_sort(merged.begin(), merged.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (auto& [school, d] : merged) out().push_back(std::move(*d));
    for (auto& w : partial)
      for (auto& [file, list] : w.repo.suppressions) repo_.suppressions[file] = std::move(list);
    for (auto& w : partial) repo_.schema_lines.merge(w.repo.schema_lines);
  }

  // One school with everything in it, through its cache file when caching; then without the free
  // text no rule reads, when the options drop it.
  void load_whole_school(const fs::path& dir, School& school) {
    std::optional<ParseCache> cache;
    if (options_.cache) cache.emplace(repo_.root / kCacheDirectory / "schools" / (school.slug + ".bin"));
    cache_ = cache ? &*cache : nullptr;
    load_school(dir, school);
    if (cache) cache->save();
    cache_ = nullptr;
    if (!options_.keep_evidence)
      for (auto& r : school.reviews) std::vector<Evidence>().swap(r.evidence);
    if (!options_.keep_text) drop_free_text(school);
  }

  // One school in full, and the school.yaml of the schools its review teams come from.
  void load_scope(const std::vector<fs::path>& dirs) {
    repo_.scope = options_.scope;
    auto& schools = repo_.schools;
    const auto it = std::find_if(schools.begin(), schools.end(), [&](const School& s) { return s.slug == *options_.scope; });
    if (it == schools.end()) return;
    const auto i = static_cast<std::size_t>(it - schools.begin());
    load_whole_school(dirs[i], *it);

    std::set<std::string> visiting;
    for (const auto& r : it->reviews)
      if (r.plan.team)
        for (const auto& m : *r.plan.team)
          if (m.school) visiting.insert(m.school->value);
    for (std::size_t k = 0; k < schools.size(); ++k) {
      auto& s = schools[k];
      if (k == i || !visiting.count(s.slug)) continue;
      const auto path = dirs[k] / "school.yaml";
      std::optional<std::string> overlaid;
      if (overlay_)
        if (auto o = overlay_->find(s.file); o != overlay_->end()) overlaid = o->second;
      std::error_code ec;
      if (!overlaid && fs::is_symlink(path, ec) && !inside_repository(path)) continue;  // refused by `check`
      auto bytes = overlaid ? overlaid : read_file_bytes(path);
      if (!bytes) continue;
      const auto lf = options_.parsed ? options_.parsed->text(s.file, *bytes)
                                      : std::make_shared<const LoadedFile>(parse_file(*bytes, s.file));
      std::vector<Diagnostic> ignored;  // that school's problems are `check`'s to report
      if (lf->document.root) read_school(*lf->document.root, s, ignored);
      // Known by name and inspection only: no rule reports on a school whose reviews were not read.
      s.loaded = false;
    }
  }

  static std::size_t loader_threads() {
    if (const char* env = std::getenv("LATERAL_THREADS"))
      if (const int n = std::atoi(env); n > 0) return static_cast<std::size_t>(n);
    return std::max(1u, std::thread::hardware_concurrency());
  }

  void load_school(const fs::path& dir, School& s) {
    static const std::array<std::string, 1> kKnown = {"school.yaml"};
    bool has_file = false;
    std::error_code ec;
    for (const auto& e : entries(dir)) {
      const auto& name = e.name;
      const auto file = relative_path(repo_.root, e.path);
      if (e.refused) {
        if (name == "school.yaml") has_file = true;
        continue;
      }
      if (e.dir) {
        if (name == "reviews") load_reviews(e.path, s);
        else if (name == "school.yaml") path_error(file, "school.yaml is a directory; it must be a file");
        else
          unknown_directory(e, "a school",
                            "a school holds school.yaml and reviews/<review>/; move the file there, or out of schools/");
        continue;
      }
      if (name == "reviews") {
        path_error(file, "`reviews` is a file; it must be the directory of the school's reviews");
        continue;
      }
      if (name == "school.yaml") {
        has_file = true;
        if (auto root = parse(e.path, file, "school.yaml needs at least `name`")) read_school(*root, s, out());
      } else if (name.ends_with(".yaml") || name.ends_with(".yml")) {
        unknown_file(file, name, kKnown);
      }
    }
    if (!has_file)
      out().push_back(Diagnostic{s.dir, 1, 1, 1, Severity::error, "schema", "the school has no school.yaml",
                                 "create it with at least `name: <the school's name>`"});
    std::sort(s.reviews.begin(), s.reviews.end(), [](const Review& a, const Review& b) {
      const auto da = a.first_day(), db = b.first_day();
      if (da != db) return da < db;
      return a.slug < b.slug;
    });
  }

  void load_reviews(const fs::path& dir, School& s) {
    std::error_code ec;
    for (const auto& e : entries(dir)) {
      if (e.refused) continue;
      if (!e.dir) {
        misplaced_file(e, "review", relative_path(repo_.root, dir) + "/");
        continue;
      }
      if (!slug_dir(e, "review")) continue;
      Review r;
      r.slug = e.name;
      r.school = s.slug;
      r.dir = relative_path(repo_.root, e.path);
      load_review(e.path, r);
      s.reviews.push_back(std::move(r));
    }
  }

  void load_review(const fs::path& dir, Review& r) {
    static const std::array<std::string, 5> kKnown = {"review.yaml", "self-evaluation.yaml", "benchmark.yaml",
                                                      "actions.yaml", "process-feedback.yaml"};
    r.plan.file = r.dir + "/review.yaml";
    r.self_evaluation_file = r.dir + "/self-evaluation.yaml";
    r.benchmark_file = r.dir + "/benchmark.yaml";
    r.actions_file = r.dir + "/actions.yaml";
    bool has_plan = false;
    std::error_code ec;
    for (const auto& e : entries(dir)) {
      const auto& name = e.name;
      const auto file = relative_path(repo_.root, e.path);
      if (e.refused) {
        if (name == "review.yaml") has_plan = true;
        if (name == "self-evaluation.yaml") r.self_evaluation_ok = false;
        if (name == "benchmark.yaml") r.benchmark_present = true, r.benchmark_ok = false;
        if (name == "actions.yaml") r.actions_present = true, r.actions_ok = false;
        continue;
      }
      if (e.dir) {
        if (name == "evidence") load_evidence_dir(e.path, r);
        else if (std::find(kKnown.begin(), kKnown.end(), name) != kKnown.end())
          path_error(file, fmt::format("{} is a directory; it must be a file", name));
        else
          unknown_directory(e, "a review",
                            "a review holds review.yaml, self-evaluation.yaml, benchmark.yaml, actions.yaml, "
                            "process-feedback.yaml and evidence/<id>.yaml; move the file there, or out of schools/");
        continue;
      }
      if (name == "evidence") {
        path_error(file, "`evidence` is a file; it must be the directory of the review's evidence records");
        continue;
      }
      if (!name.ends_with(".yaml") && !name.ends_with(".yml")) continue;  // generated profiles and notes
      if (name == "review.yaml") {
        has_plan = true;
        if (auto root = parse(e.path, file, "review.yaml needs dates, focus and team")) read_review_plan(*root, r.plan, out());
      } else if (name == "self-evaluation.yaml") {
        if (auto root = parse(e.path, file, "write `{}` for no entries, or remove the file"))
          read_self_evaluation(*root, r, out());
        else
          r.self_evaluation_ok = false;
      } else if (name == "benchmark.yaml") {
        r.benchmark_present = true;
        if (auto root = parse(e.path, file, "write `{}` for no judgements yet, or remove the file"))
          read_benchmark(*root, r, out());
        else
          r.benchmark_ok = false;
      } else if (name == "actions.yaml") {
        r.actions_present = true;
        if (auto root = parse(e.path, file, "write `[]` for an empty action plan, or remove the file"))
          read_actions(*root, r, out());
        else
          r.actions_ok = false;
      } else if (name == "process-feedback.yaml") {
        ProcessFeedback pf;
        pf.file = file;
        if (auto root = parse(e.path, file, "process-feedback.yaml needs date, went-well and even-better-if")) {
          r.process_feedback_ok = root->is_map();
          read_process_feedback(*root, pf, out());
          r.process_feedback = std::move(pf);
        } else {
          r.process_feedback_ok = false;
        }
      } else {
        unknown_file(file, name, kKnown);
      }
    }
    if (!has_plan)
      out().push_back(Diagnostic{r.dir, 1, 1, 1, Severity::error, "schema", "the review has no review.yaml",
                                 "plan it with `lateral init-review`, or write review.yaml by hand"});
    std::sort(r.evidence.begin(), r.evidence.end(),
              [](const Evidence& a, const Evidence& b) { return natural_less(a.id, b.id); });
  }

  void load_evidence_dir(const fs::path& dir, Review& r) {
    std::error_code ec;
    std::vector<std::string> unread;  // ids of records there but not read: cited, they exist
    for (const auto& e : entries(dir)) {
      const auto file = relative_path(repo_.root, e.path);
      if (e.refused) {
        if (e.name.ends_with(".yaml")) unread.push_back(e.path.stem().string());
        continue;
      }
      if (e.dir) {
        // `evidence/day1/dr-1.yaml` is not read: say so at each record, or at the directory.
        const auto found = report_unread(e.path, [&](const std::string& f) {
          const auto record = fs::path(f).filename().string();
          if (record.ends_with(".yaml")) unread.push_back(fs::path(f).stem().string());
          return Diagnostic{f, 1, 1, 1, Severity::error, "path",
                            fmt::format("evidence records are read from evidence/ itself, not from `{}/`", e.name),
                            fmt::format("move it to {}/{}", relative_path(repo_.root, dir), record)};
        });
        if (found == 0)
          path_error(file, fmt::format("`{}` is a directory where evidence records belong", e.name),
                     "an evidence record is a file evidence/<id>.yaml; move what is in it out of evidence/");
        continue;
      }
      if (!e.file) continue;
      const auto stem = e.path.stem().string();
      const auto ext = e.path.extension().string();
      if (ext == ".yml") {
        path_error(file, "evidence files end in .yaml", fmt::format("rename it to {}.yaml", stem));
        continue;
      }
      if (ext != ".yaml") {
        path_error(file, fmt::format("`{}` is not an evidence record: a record is a file <id>.yaml", e.name),
                   fmt::format("rename it to {}.yaml if it is one, or move it out of evidence/", suggest_slug(stem)));
        continue;
      }
      if (!is_slug(stem)) {
        path_error(file, fmt::format("`{}` is not a valid evidence id: use lower-case letters, digits and '-'", stem),
                   fmt::format("rename it, e.g. `{}.yaml`", suggest_slug(stem)));
        continue;
      }
      Evidence ev;
      ev.id = stem;
      ev.file = file;
      if (auto root = parse(e.path, file, "an evidence record needs date, by, type, aspects and summary"))
        read_evidence(*root, ev, out());
      r.evidence.push_back(std::move(ev));
    }
    // Reported above, at the file: a judgement citing one is not also told the record is missing.
    for (const auto& id : unread) {
      if (!is_slug(id) || std::any_of(r.evidence.begin(), r.evidence.end(), [&](const Evidence& ev) { return ev.id == id; }))
        continue;
      Evidence ev;
      ev.id = id;
      ev.file = relative_path(repo_.root, dir / (id + ".yaml"));
      r.evidence.push_back(std::move(ev));
    }
  }

  Repository& repo_;
  const Overlay* overlay_;
  LoadOptions options_;
  ParseCache* cache_ = nullptr;  // the current school's, when caching
  fs::path canonical_root_;
  std::set<std::string> loaded_framework_files_;
};

}  // namespace

Repository load_repository(const fs::path& root, const Overlay* overlay, const LoadOptions& options) {
  Repository repo;
  repo.root = root;
  RepositoryLoader(repo, overlay, options).run();
  return repo;
}

}  // namespace lateral
