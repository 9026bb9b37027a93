// Writes the frameworks into the compiled-in JSON Schemas. A value a framework allows becomes one
// `anyOf` alternative `{const, description}`: standard JSON Schema (draft-07), which
// yaml-language-server completes with the description beside each value and reports as "Value is
// not accepted. Valid values: ...". A file of any review may use any of the frameworks (each review
// pins one in review.yaml, which another file cannot see), so each list is their union.
#include "lateral/schemas.hpp"

#include "lateral/edit/new_file.hpp"
#include "lateral/loader.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "lateral/embedded.hpp"
#include "lateral/text.hpp"

namespace lateral {
namespace {

using Json = nlohmann::ordered_json;

// What each framework says of one value, to describe it once.
struct Sayings {
  std::string value;
  std::vector<std::pair<const Framework*, std::string>> by;
};

// The union of values, in the order first seen, with what each framework says of each.
class Union {
 public:
  void add(const Framework* fw, const std::string& value, std::string text) {
    auto it = std::find_if(items_.begin(), items_.end(), [&](const Sayings& s) { return s.value == value; });
    if (it == items_.end()) {
      items_.push_back({value, {}});
      it = items_.end() - 1;
    }
    it->by.emplace_back(fw, std::move(text));
  }

  // One framework, or all saying the same: the text. Else each framework's text, named.
  std::vector<SchemaChoice> choices(std::size_t frameworks) const {
    std::vector<SchemaChoice> out;
    for (const auto& s : items_) {
      const bool same = s.by.size() == frameworks && std::all_of(s.by.begin(), s.by.end(), [&](const auto& b) {
                          return b.second == s.by.front().second;
                        });
      std::string text;
      if (same) {
        text = s.by.front().second;
      } else {
        for (const auto& [fw, said] : s.by)
          text += fmt::format("{}{} (framework `{}`)", text.empty() ? "" : "\n", said, fw->id);
      }
      out.push_back({s.value, std::move(text)});
    }
    return out;
  }

 private:
  std::vector<Sayings> items_;
};

Json parse_embedded(const std::string& kind) {
  return Json::parse(*embedded::find("schema/" + kind));
}

// The value must be one of `choices`; the property keeps its own description and type.
void restrict_to(Json& property, const std::vector<SchemaChoice>& choices) {
  property.erase("pattern");
  Json any = Json::array();
  for (const auto& c : choices) any.push_back(Json{{"const", c.value}, {"description", c.description}});
  if (any.empty()) {
    property["not"] = Json::object();  // nothing is allowed: the frameworks have none
  } else {
    property["anyOf"] = std::move(any);
  }
}

std::string framework_list(const std::vector<const Framework*>& frameworks) {
  std::vector<std::string> names;
  for (const auto* fw : frameworks) names.push_back(fmt::format("`{}` {} ({})", fw->id, fw->version, fw->name));
  return join(names, ", ");
}

// benchmark.yaml and self-evaluation.yaml: a map from aspect to an entry. Each aspect becomes a
// property of its own (so an editor completes the aspects as keys, with their names), whose level
// is one of that aspect's levels described by its benchmark statement; any other key is refused.
void aspect_map(Json& schema, const std::vector<const Framework*>& frameworks, const std::string& entry) {
  Json definition = schema["additionalProperties"];
  definition["properties"]["level"].erase("pattern");
  // Each aspect's own description, not the entry's, is what an editor's hover on the key shows.
  definition.erase("description");
  Json properties = Json::object();
  for (const auto& a : aspect_choices(frameworks)) {
    Json level = {{"description", "The level of this aspect: one of the framework's levels, by id."}};
    const auto levels = level_choices(frameworks, a.value);
    restrict_to(level, levels);
    if (levels.empty()) level["description"] = "This aspect's framework has no levels: leave `level` out.";
    properties[a.value] = Json{{"description", a.description},
                               {"allOf", Json::array({Json{{"$ref", "#/definitions/" + entry}}})},
                               {"properties", Json{{"level", std::move(level)}}}};
  }
  schema.erase("propertyNames");
  schema.erase("additionalProperties");
  schema["properties"] = std::move(properties);
  schema["additionalProperties"] = false;
  schema["definitions"] = Json{{entry, std::move(definition)}};
}

Json with_frameworks(const std::string& kind, const std::vector<const Framework*>& frameworks) {
  Json schema = parse_embedded(kind);
  if (kind == "evidence") {
    restrict_to(schema["properties"]["type"], evidence_type_choices(frameworks));
    restrict_to(schema["properties"]["aspects"]["items"], aspect_choices(frameworks));
  } else if (kind == "benchmark") {
    aspect_map(schema, frameworks, "judgement");
  } else if (kind == "self-evaluation") {
    aspect_map(schema, frameworks, "view");
  } else if (kind == "actions") {
    restrict_to(schema["items"]["properties"]["aspect"], aspect_choices(frameworks));
  } else if (kind == "review") {
    restrict_to(schema["properties"]["focus"]["properties"]["themes"]["items"], theme_choices(frameworks));
    std::vector<SchemaChoice> ids;
    for (const auto* fw : frameworks) ids.push_back({fw->id, fw->name});
    restrict_to(schema["properties"]["framework"]["properties"]["id"], ids);
  } else {
    return schema;
  }
  // Said once, where a reader of the file looks first: after the schema's identity.
  Json out;
  for (auto& [key, value] : schema.items()) {
    out[key] = std::move(value);
    if (key == "$id")
      out["$comment"] = fmt::format(
          "Written by `lateral init` for this repository's frameworks: {}. `lateral init --update-schemas` "
          "rewrites it when a framework changes.",
          framework_list(frameworks));
  }
  return out;
}

}  // namespace

std::optional<std::vector<const Framework*>> schema_frameworks(const Repository& repo) {
  if (!repo.framework || repo.frameworks.empty()) return std::nullopt;
  // A framework file that did not load would be missing from the lists: no answer is better than a wrong one.
  const auto& partnership_ref = repo.partnership.framework;
  for (const auto& d : repo.diagnostics)
    if (d.severity == Severity::error &&
        (d.file.starts_with("frameworks/") || (partnership_ref && d.file == partnership_ref->value)))
      return std::nullopt;
  // Not the reviews' pins: a load scoped to one school must say what a whole load says.
  std::vector<const Framework*> out{repo.framework};
  for (std::size_t i = 1; i < repo.frameworks.size(); ++i)
    if (repo.frameworks[i].get() != repo.framework) out.push_back(repo.frameworks[i].get());
  return out;
}

std::map<std::string, std::string> repository_schemas(const std::vector<const Framework*>& frameworks) {
  std::map<std::string, std::string> out;
  constexpr std::string_view kPrefix = "schema/";
  for (const auto& resource : embedded::all()) {
    if (!resource.name.starts_with(kPrefix)) continue;
    const auto kind = std::string(resource.name.substr(kPrefix.size()));
    const auto file = fmt::format("{}/{}.json", kSchemaDirectory, kind);
    if (frameworks.empty()) {
      out[file] = std::string(resource.content);
      continue;
    }
    auto schema = with_frameworks(kind, frameworks);
    out[file] = kind == "evidence" || kind == "benchmark" || kind == "self-evaluation" || kind == "actions" ||
                        kind == "review"
                    ? schema.dump(2, ' ', false) + "\n"
                    : std::string(resource.content);
  }
  return out;
}

std::vector<SchemaChoice> evidence_type_choices(const std::vector<const Framework*>& frameworks) {
  Union u;
  for (const auto* fw : frameworks)
    for (const auto& t : fw->evidence_types) u.add(fw, t.id, t.name);
  return u.choices(frameworks.size());
}

std::vector<SchemaChoice> theme_choices(const std::vector<const Framework*>& frameworks) {
  Union u;
  for (const auto* fw : frameworks)
    for (const auto& t : fw->themes)
      u.add(fw, t.id, fmt::format("{}{}: {}", t.name, t.required ? " (every review covers it)" : "", t.summary));
  return u.choices(frameworks.size());
}

std::vector<SchemaChoice> aspect_choices(const std::vector<const Framework*>& frameworks) {
  Union u;
  for (const auto* fw : frameworks)
    for (const auto& t : fw->themes)
      for (const auto& a : t.aspects) u.add(fw, a.ref, fmt::format("{} ({}). {}", a.name, t.name, a.prompt));
  return u.choices(frameworks.size());
}

std::vector<SchemaChoice> level_choices(const std::vector<const Framework*>& frameworks, std::string_view aspect) {
  Union u;
  std::size_t having = 0;  // the frameworks with this aspect: the others say nothing of its levels
  for (const auto* fw : frameworks) {
    const auto* a = fw->aspect(aspect);
    if (!a) continue;
    ++having;
    for (const auto& l : fw->levels) {
      const auto it = a->statements.find(l.id);
      u.add(fw, l.id, it == a->statements.end() ? l.name : fmt::format("{}: {}", l.name, it->second));
    }
  }
  return u.choices(having);
}

std::string_view schema_kind_of(std::string_view file) {
  if (file == kRepositoryFile) return "lateral";
  if (file.starts_with("plans/")) return "plan";
  if (!file.starts_with("schools/")) return "framework";
  const auto slash = file.rfind('/');
  const auto name = file.substr(slash + 1);
  if (name == "school.yaml") return "school";
  if (file.substr(0, slash).ends_with("/evidence")) return "evidence";
  for (std::string_view kind : {"review", "self-evaluation", "benchmark", "actions", "process-feedback"})
    if (name.size() == kind.size() + 5 && name.starts_with(kind) && name.ends_with(".yaml")) return kind;
  return "framework";
}

std::string expected_schema_line(std::string_view file) { return edit::schema_line(file, schema_kind_of(file)); }

}  // namespace lateral
