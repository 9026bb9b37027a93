// Completion, hover, definition, references and the outline, from the model and the text.
#include "lateral/assist.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "lateral/embedded.hpp"
#include "lateral/loader.hpp"
#include "lateral/rules.hpp"
#include "lateral/text.hpp"

namespace lateral::assist {
namespace {

using nlohmann::json;

std::string_view schema_name(FileKind k) {
  switch (k) {
    case FileKind::partnership: return "lateral";
    case FileKind::framework: return "framework";
    case FileKind::school: return "school";
    case FileKind::review: return "review";
    case FileKind::self_evaluation: return "self-evaluation";
    case FileKind::evidence: return "evidence";
    case FileKind::benchmark: return "benchmark";
    case FileKind::actions: return "actions";
    case FileKind::process_feedback: return "process-feedback";
    case FileKind::plan: return "plan";
    case FileKind::other: return "";
  }
  return "";
}

// The JSON Schema of a file kind, parsed once.
const json* schema_of(FileKind k) {
  static std::map<FileKind, json> cache;
  if (auto it = cache.find(k); it != cache.end()) return it->second.is_null() ? nullptr : &it->second;
  json j;
  if (auto text = embedded::find("schema/" + std::string(schema_name(k)))) j = json::parse(*text, nullptr, false);
  if (j.is_discarded()) j = nullptr;
  auto& stored = cache[k] = std::move(j);
  return stored.is_null() ? nullptr : &stored;
}

const json* resolve(const json& root, const json* s) {
  for (int i = 0; s && s->is_object() && s->contains("$ref") && i < 8; ++i) {
    const auto ref = (*s)["$ref"].get<std::string>();
    if (!ref.starts_with("#/")) return nullptr;
    const json* at = &root;
    std::size_t start = 2;
    while (at && start <= ref.size()) {
      const auto slash = ref.find('/', start);
      const auto part = ref.substr(start, slash == std::string::npos ? std::string::npos : slash - start);
      at = at->is_object() && at->contains(part) ? &(*at)[part] : nullptr;
      if (slash == std::string::npos) break;
      start = slash + 1;
    }
    s = at;
  }
  return s;
}

// The schema of the value at `path` ("-" for a list item).
const json* schema_at(FileKind k, const std::vector<std::string>& path) {
  const json* root = schema_of(k);
  if (!root) return nullptr;
  const json* s = resolve(*root, root);
  for (const auto& part : path) {
    if (!s || !s->is_object()) return nullptr;
    if (part == "-") {
      s = s->contains("items") ? resolve(*root, &(*s)["items"]) : nullptr;
      continue;
    }
    if (s->contains("properties") && (*s)["properties"].contains(part))
      s = resolve(*root, &(*s)["properties"][part]);
    else if (s->contains("additionalProperties") && (*s)["additionalProperties"].is_object())
      s = resolve(*root, &(*s)["additionalProperties"]);
    else if (s->contains("patternProperties") && !(*s)["patternProperties"].empty())
      s = resolve(*root, &(*s)["patternProperties"].begin().value());
    else
      return nullptr;
  }
  return s;
}

std::string description(const json* s) {
  return s && s->is_object() && s->contains("description") && (*s)["description"].is_string()
             ? (*s)["description"].get<std::string>()
             : std::string();
}

const Review* review_of(const Repository& repo, const std::string& file) {
  // schools/<school>/reviews/<review>/...
  const auto parts = [&] {
    std::vector<std::string> out;
    std::size_t start = 0;
    for (;;) {
      const auto slash = file.find('/', start);
      out.push_back(file.substr(start, slash == std::string::npos ? std::string::npos : slash - start));
      if (slash == std::string::npos) break;
      start = slash + 1;
    }
    return out;
  }();
  if (parts.size() < 5 || parts[0] != "schools" || parts[2] != "reviews") return nullptr;
  const auto* school = repo.school(parts[1]);
  if (!school) return nullptr;
  for (const auto& r : school->reviews)
    if (r.slug == parts[3]) return &r;
  return nullptr;
}

const Framework* framework_of(const Repository& repo, const Review* review) {
  if (review && review->framework) return review->framework;
  return repo.framework ? repo.framework : &builtin_framework();
}

std::string sort_key(int group, std::size_t index) { return fmt::format("{}{:04}", group, index); }

Completion item(std::string label, std::string detail, std::string doc, CompletionKind kind, int group, std::size_t index) {
  return Completion{std::move(label), std::move(detail), std::move(doc), kind, sort_key(group, index)};
}

void keys_of(FileKind kind, const std::vector<std::string>& path, std::vector<Completion>& out) {
  const auto* s = schema_at(kind, path);
  if (!s || !s->contains("properties")) return;
  std::size_t i = 0;
  for (const auto& [name, prop] : (*s)["properties"].items()) {
    const bool required = s->contains("required") && std::find((*s)["required"].begin(), (*s)["required"].end(), name) != (*s)["required"].end();
    out.push_back(item(name, required ? "required" : "optional", description(&prop), CompletionKind::key, required ? 0 : 1, i++));
  }
}

void aspects(const Framework& fw, const Review* review, bool judged_last, std::vector<Completion>& out) {
  std::size_t i = 0;
  for (const auto& t : fw.themes) {
    const bool focus = review && review->plan.themes &&
                       std::any_of(review->plan.themes->begin(), review->plan.themes->end(),
                                   [&](const Text& x) { return x.value == t.id; });
    for (const auto& a : t.aspects) {
      const bool judged = judged_last && review && review->judgement(a.ref);
      // The focus aspects not yet judged first, then the judged ones, then the others.
      const int group = !focus ? 2 : judged ? 1 : 0;
      out.push_back(item(a.ref, fmt::format("{} — {}", t.name, a.name) + (judged ? " (judged)" : ""),
                         a.prompt, CompletionKind::reference, group, i++));
    }
  }
}

std::string statements_table(const Framework& fw, const Aspect& a, const Review* review) {
  std::string out;
  const auto* judged = review ? review->judgement(a.ref) : nullptr;
  const auto* own = review ? review->self_assessment(a.ref) : nullptr;
  for (const auto& l : fw.levels) {
    std::vector<std::string> marks;
    if (judged && judged->level && judged->level->value == l.id) marks.push_back("judged");
    if (own && own->level && own->level->value == l.id) marks.push_back("the school's view");
    const auto it = a.statements.find(l.id);
    out += fmt::format("- **{}**{}: {}\n", l.name, marks.empty() ? "" : " (" + join(marks) + ")",
                       it == a.statements.end() ? "" : it->second);
  }
  return out;
}

std::string aspect_markdown(const Framework& fw, const Aspect& a, const Review* review) {
  const auto* t = fw.theme_of(a.ref);
  return fmt::format("**{} — {}** (`{}`)\n\n{}\n\n{}", t ? t->name : "", a.name, a.ref, a.prompt,
                     statements_table(fw, a, review));
}

std::string evidence_markdown(const Evidence& e, const Framework& fw) {
  std::string type = e.type ? e.type->value : "?";
  if (e.type)
    if (const auto* et = fw.evidence_type(e.type->value)) type = et->name;
  std::vector<std::string> aspects;
  if (e.aspects)
    for (const auto& a : *e.aspects) aspects.push_back("`" + a.value + "`");
  return fmt::format("**{}** — {}, {}{}\n\n{}{}{}", e.id, type, e.date ? e.date->value.str() : "no date",
                     e.by ? ", by " + e.by->value : "", aspects.empty() ? "" : "Aspects: " + join(aspects) + "\n\n",
                     e.context ? "*" + e.context->value + "*\n\n" : "", e.summary ? e.summary->value : "");
}

// The aspect a place in a file is about: the judgement's or self-assessment's key, or an
// action's `aspect`.
std::string aspect_at(FileKind kind, const Place& p) {
  if ((kind == FileKind::benchmark || kind == FileKind::self_evaluation) && !p.path.empty()) return p.path.front();
  return {};
}

Location location(const std::string& file, int line, int column, int end_line, int end_column) {
  return Location{file, line, column, end_line, end_column};
}

Location word_range(const std::string& file, const Place& p, Cursor at) {
  return location(file, at.line, p.word_column, at.line, p.word_end_column);
}

std::vector<std::string> school_slugs(const Repository& repo) {
  std::vector<std::string> out;
  for (const auto& s : repo.schools) out.push_back(s.slug);
  return out;
}

}  // namespace

Completions complete(const Repository& repo, const std::string& file, std::string_view text, Cursor at) {
  Completions c;
  auto p = place_at(text, at);
  c.replace = location(file, at.line, p.word_column, at.line, p.word_end_column);
  auto& out = c.items;
  const auto kind = file_kind(file);
  const auto* review = review_of(repo, file);
  const auto& fw = *framework_of(repo, review);

  if (p.in_ignore) {
    std::size_t i = 0;
    for (const auto& r : all_rules())
      if (!r.loading) out.push_back(item(std::string(r.name), std::string(to_string(r.severity)), std::string(r.summary), CompletionKind::rule, 0, i++));
    out.push_back(item("all", "every rule", "Silences every rule on the line.", CompletionKind::rule, 1, 0));
    return c;
  }
  // A `- ` item: a value of the list above, or the first key of an item that is a map.
  std::string key = p.key;
  auto path = p.path;
  if (p.dash) {
    auto item_path = path;
    item_path.push_back("-");
    const auto* s = schema_at(kind, item_path);
    if (s && s->contains("properties")) {
      p.at_key = true;
      path = item_path;
    } else if (!path.empty()) {
      key = path.back();
      path.pop_back();
    }
  }
  if (p.at_key) {
    if ((kind == FileKind::benchmark || kind == FileKind::self_evaluation) && path.empty()) {
      aspects(fw, review, kind == FileKind::benchmark, out);
      return c;
    }
    if (kind == FileKind::partnership && path == std::vector<std::string>{"rules"}) {
      std::size_t i = 0;
      for (const auto& r : all_rules())
        if (!r.loading)
          out.push_back(item(std::string(r.name), fmt::format("{} by default", to_string(r.severity)), std::string(r.summary),
                             CompletionKind::rule, 0, i++));
      return c;
    }
    keys_of(kind, path, out);
    return c;
  }

  std::size_t i = 0;
  auto values = [&](const std::vector<std::string>& names, int group = 0) {
    for (const auto& n : names)
      if (std::find(p.listed.begin(), p.listed.end(), n) == p.listed.end())
        out.push_back(item(n, "", "", CompletionKind::value, group, i++));
  };
  if (key == "level") {
    const auto* a = fw.aspect(aspect_at(kind, p));
    for (const auto& l : fw.levels) {
      std::string doc;
      if (a)
        if (auto it = a->statements.find(l.id); it != a->statements.end()) doc = it->second;
      out.push_back(item(l.id, l.name + (fw.is_development(l.id) ? " (an area for development)" : ""), doc,
                         CompletionKind::value, 0, i++));
    }
  } else if (key == "type" && kind == FileKind::evidence) {
    for (const auto& t : fw.evidence_types) out.push_back(item(t.id, t.name, "", CompletionKind::value, 0, i++));
  } else if (key == "aspects" || key == "aspect") {
    aspects(fw, review, false, out);
    std::erase_if(out, [&](const Completion& x) { return std::find(p.listed.begin(), p.listed.end(), x.label) != p.listed.end(); });
  } else if (key == "themes") {
    for (const auto& t : fw.themes)
      if (std::find(p.listed.begin(), p.listed.end(), t.id) == p.listed.end())
        out.push_back(item(t.id, t.name + (t.required ? " (required)" : ""), t.summary, CompletionKind::value, 0, i++));
  } else if (key == "evidence" && kind == FileKind::benchmark && review) {
    const auto aspect = aspect_at(kind, p);
    for (const auto& e : review->evidence) {
      if (std::find(p.listed.begin(), p.listed.end(), e.id) != p.listed.end()) continue;
      const bool tagged = e.aspects && std::any_of(e.aspects->begin(), e.aspects->end(),
                                                   [&](const Text& a) { return a.value == aspect; });
      out.push_back(item(e.id,
                         fmt::format("{}, {}{}", e.type ? e.type->value : "?", e.date ? e.date->value.str() : "",
                                     e.by ? ", " + e.by->value : ""),
                         evidence_markdown(e, fw), CompletionKind::reference, tagged ? 0 : 1, i++));
    }
  } else if (key == "by" && review && review->plan.team) {
    for (const auto& m : *review->plan.team)
      out.push_back(item(m.name.value, m.role ? m.role->value : "", "", CompletionKind::value, 0, i++));
  } else if ((key == "school" && kind == FileKind::review) || key == "support") {
    for (const auto& s : repo.schools) {
      const auto* school = repo.school(s.slug);
      out.push_back(item(s.slug, school && school->name ? school->name->value : "", "", CompletionKind::reference, 0, i++));
    }
  } else if (key == "status" && kind == FileKind::actions) {
    values({"planned", "in-progress", "done", "dropped"});
  } else if (kind == FileKind::partnership && path == std::vector<std::string>{"rules"}) {
    values({"error", "warning", "off"});
  } else if (kind == FileKind::partnership && key == "framework") {
    values({"default"});
    for (const auto& f : repo.frameworks)
      if (!f->file.empty()) out.push_back(item(f->file, f->name, "", CompletionKind::value, 1, i++));
  } else if (key == "id" && path == std::vector<std::string>{"framework"}) {
    for (const auto& f : repo.frameworks) out.push_back(item(f->id, f->name, "", CompletionKind::value, 0, i++));
  } else if (const auto* s = schema_at(kind, [&] { auto x = path; x.push_back(key); return x; }());
             s && s->is_object() && s->value("type", json()) == "boolean") {
    values({"true", "false"});
  }
  return c;
}

std::optional<Hover> hover(const Repository& repo, const std::string& file, std::string_view text, Cursor at) {
  const auto p = place_at(text, at);
  if (p.word.empty()) return std::nullopt;
  const auto kind = file_kind(file);
  const auto* review = review_of(repo, file);
  const auto& fw = *framework_of(repo, review);
  const auto range = word_range(file, p, at);
  const auto& w = p.word;

  if (const auto* rule = find_rule(w); rule && (p.in_ignore || (kind == FileKind::partnership && !p.path.empty() && p.path.front() == "rules")))
    return Hover{fmt::format("**{}** ({} by default{})\n\nHolds when {}.\n\n[{}]({})", rule->name, to_string(rule->severity),
                             rule->loading ? ", found while loading" : "", rule->summary, "rules.md", rule_docs_url(rule->name)),
                 range};
  if (const auto* a = fw.aspect(w)) return Hover{aspect_markdown(fw, *a, review), range};
  if (p.key == "level" && !p.at_key) {
    const auto* a = fw.aspect(aspect_at(kind, p));
    if (const auto* l = fw.level(w)) {
      std::string statement;
      if (a)
        if (auto it = a->statements.find(l->id); it != a->statements.end()) statement = it->second;
      return Hover{fmt::format("**{}**{}{}", l->name, fw.is_development(l->id) ? " (an area for development)" : "",
                               statement.empty() ? "" : "\n\n" + (a ? a->name + ": " : "") + statement),
                   range};
    }
  }
  if (review)
    if (const auto* e = review->find_evidence(w); e && !p.at_key) return Hover{evidence_markdown(*e, fw), range};
  if (!p.at_key) {
    if (const auto* t = fw.theme(w)) {
      std::vector<std::string> names;
      for (const auto& a : t->aspects) names.push_back(a.name);
      return Hover{fmt::format("**{}** (`{}`){}\n\n{}\n\nAspects: {}", t->name, t->id, t->required ? ", required" : "",
                               t->summary, join(names)),
                   range};
    }
    if (const auto* et = fw.evidence_type(w)) return Hover{fmt::format("**{}** (`{}`): an evidence type", et->name, et->id), range};
    if ((p.key == "school" || p.key == "support"))
      if (const auto* s = repo.school(w))
        return Hover{fmt::format("**{}** (`{}`){}", s->display_name(), s->slug,
                                 s->inspection ? ", last inspection: " + s->inspection->value : ""),
                     range};
  }
  if (p.at_key) {
    auto path = p.path;
    path.push_back(w);
    if (auto d = description(schema_at(kind, path)); !d.empty()) return Hover{fmt::format("**{}**: {}", w, d), range};
  }
  return std::nullopt;
}

namespace {

// The line of `id: <name>` in a framework file, after the line of `after` (0 for the top).
int framework_line(std::string_view text, std::string_view name, int after) {
  int line = 1;
  std::size_t begin = 0;
  while (begin <= text.size()) {
    const auto nl = text.find('\n', begin);
    auto l = text.substr(begin, nl == std::string_view::npos ? std::string_view::npos : nl - begin);
    if (line > after) {
      const auto at = l.find("id: ");
      if (at != std::string_view::npos) {
        auto v = l.substr(at + 4);
        while (!v.empty() && (v.back() == '\r' || v.back() == ' ')) v.remove_suffix(1);
        if (v == name || v == "\"" + std::string(name) + "\"") return line;
      }
    }
    if (nl == std::string_view::npos) break;
    begin = nl + 1;
    ++line;
  }
  return 0;
}

}  // namespace

std::vector<Location> definition(const Repository& repo, const std::string& file, std::string_view text, Cursor at) {
  const auto p = place_at(text, at);
  std::vector<Location> out;
  if (p.word.empty() || (p.at_key && file_kind(file) != FileKind::benchmark && file_kind(file) != FileKind::self_evaluation))
    return out;
  const auto* review = review_of(repo, file);
  const auto& fw = *framework_of(repo, review);
  if (review && !p.at_key)
    if (const auto* e = review->find_evidence(p.word)) {
      out.push_back(location(e->file, 1, 1, 1, 1));
      return out;
    }
  if ((p.key == "school" || p.key == "support") && !p.at_key)
    if (const auto* s = repo.school(p.word)) {
      out.push_back(location(s->file, 1, 1, 1, 1));
      return out;
    }
  if (fw.file.empty()) return out;  // the built-in framework has no file in the repository
  const auto source = read_file_bytes(repo.root / fw.file);
  if (!source) return out;
  int line = 0;
  if (const auto* a = fw.aspect(p.word)) {
    const auto* t = fw.theme_of(a->ref);
    line = framework_line(*source, a->id, t ? framework_line(*source, t->id, 0) : 0);
  } else if (fw.theme(p.word)) {
    line = framework_line(*source, p.word, 0);
  } else if (fw.level(p.word) || fw.evidence_type(p.word)) {
    line = framework_line(*source, p.word, 0);
  }
  if (line > 0) out.push_back(location(fw.file, line, 1, line, 1));
  return out;
}

std::vector<Location> references(const Repository& repo, const std::string& file, std::string_view text, Cursor at,
                                 bool declaration) {
  std::vector<Location> out;
  const auto* review = review_of(repo, file);
  if (!review) return out;
  std::string id;
  if (file_kind(file) == FileKind::evidence) {
    const auto name = file.substr(file.rfind('/') + 1);
    id = name.substr(0, name.size() - 5);  // without .yaml
  } else {
    id = place_at(text, at).word;
  }
  const auto* e = review->find_evidence(id);
  if (!e) return out;
  if (declaration) out.push_back(location(e->file, 1, 1, 1, 1));
  for (const auto& j : review->judgements)
    if (j.evidence)
      for (const auto& cited : *j.evidence)
        if (cited.value == id)
          out.push_back(location(review->benchmark_file, cited.mark.line, cited.mark.column, cited.mark.line,
                                 cited.mark.column + cited.length));
  return out;
}

std::vector<Symbol> symbols(const Repository& repo, const std::string& file, std::string_view text) {
  std::vector<Symbol> out;
  std::vector<Diagnostic> ignored;
  const auto doc = yaml::parse(text, file, ignored);
  if (!doc.root) return out;
  const auto kind = file_kind(file);
  const auto* review = review_of(repo, file);
  const auto& fw = *framework_of(repo, review);
  const int last_line = [&] {
    int n = 1;
    for (char ch : text) n += ch == '\n';
    return n;
  }();
  auto entry_symbol = [&](const yaml::Node& key, int end_line, SymbolKind k, std::string detail) {
    Symbol s;
    s.name = key.value;
    s.detail = std::move(detail);
    s.kind = k;
    s.selection = location(file, key.mark.line, key.mark.column, key.mark.line, key.mark.column + key.length);
    // To the end of its last line (the column is clamped to the line), so its children fit in it.
    s.range = location(file, key.mark.line, 1, std::max(end_line, key.mark.line), 100000);
    return s;
  };
  const auto& root = *doc.root;
  if (root.is_map()) {
    for (std::size_t i = 0; i < root.entries.size(); ++i) {
      const auto& [key, value] = root.entries[i];
      const int end = i + 1 < root.entries.size() ? root.entries[i + 1].first.mark.line - 1 : last_line;
      std::string detail;
      auto k = SymbolKind::section;
      if (kind == FileKind::benchmark || kind == FileKind::self_evaluation) {
        k = SymbolKind::judgement;
        if (const auto* a = fw.aspect(key.value)) detail = a->name;
        if (const auto* level = value.is_map() ? value.find("level") : nullptr; level && level->is_scalar())
          detail += (detail.empty() ? "" : ": ") + level->value;
      }
      auto symbol = entry_symbol(key, end, k, detail);
      // Under each judgement, the evidence it cites, by id.
      if (k == SymbolKind::judgement && value.is_map())
        if (const auto* cited = value.find("evidence"); cited && cited->is_sequence())
          for (const auto& id : cited->items) {
            if (!id.is_scalar()) continue;
            Symbol e;
            e.name = id.value;
            if (review)
              if (const auto* record = review->find_evidence(id.value); record && record->type) e.detail = record->type->value;
            e.kind = SymbolKind::evidence;
            e.range = e.selection = location(file, id.mark.line, id.mark.column, id.mark.line, id.mark.column + id.length);
            symbol.children.push_back(std::move(e));
          }
      out.push_back(std::move(symbol));
    }
  } else if (root.is_sequence() && kind == FileKind::actions) {
    for (std::size_t i = 0; i < root.items.size(); ++i) {
      const auto& item = root.items[i];
      const auto* id = item.is_map() ? item.find("id") : nullptr;
      if (!id || !id->is_scalar()) continue;
      const auto* aspect = item.find("aspect");
      const int end = i + 1 < root.items.size() ? root.items[i + 1].mark.line - 1 : last_line;
      Symbol s;
      s.name = id->value;
      s.detail = aspect && aspect->is_scalar() ? aspect->value : "";
      s.kind = SymbolKind::action;
      s.selection = location(file, id->mark.line, id->mark.column, id->mark.line, id->mark.column + id->length);
      s.range = location(file, item.mark.line, 1, std::max(end, id->mark.line), 100000);
      out.push_back(std::move(s));
    }
  }
  return out;
}

}  // namespace lateral::assist
