// The JSON Schemas of a partnership repository's .lateral/schemas/: the compiled-in ones, with the
// repository's framework(s) written in, so an editor with no language server offers and checks
// evidence types, aspects, levels and themes as `lateral check` does.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lateral/framework.hpp"
#include "lateral/model.hpp"

namespace lateral {

inline constexpr std::string_view kSchemaDirectory = ".lateral/schemas";

// The frameworks the schemas carry: the partnership's, then every file under frameworks/. nullopt
// while a framework does not load (the lists would lack its values).
std::optional<std::vector<const Framework*>> schema_frameworks(const Repository& repo);

// Every schema `lateral init` writes, by repository-relative path (".lateral/schemas/<kind>.json"):
// the file kinds' schemas carry the frameworks' values; the others are the compiled-in text.
std::map<std::string, std::string> repository_schemas(const std::vector<const Framework*>& frameworks);

// The kind of schema a file lateral reads is checked against (`lateral.yaml` is "lateral", an
// evidence record "evidence", ...; a file outside schools/, plans/ and lateral.yaml is a framework).
std::string_view schema_kind_of(std::string_view file);
// The first line lateral writes in that file: `# yaml-language-server: $schema=<up>.lateral/schemas/<kind>.json`.
std::string expected_schema_line(std::string_view file);

// One value a framework allows where a file names it, with what it means: the word an editor
// completes and the text it shows beside it. Several frameworks: each value once, in the order
// first seen, its description saying which framework says what when they differ.
struct SchemaChoice {
  std::string value;
  std::string description;
};
std::vector<SchemaChoice> evidence_type_choices(const std::vector<const Framework*>& frameworks);
std::vector<SchemaChoice> theme_choices(const std::vector<const Framework*>& frameworks);
std::vector<SchemaChoice> aspect_choices(const std::vector<const Framework*>& frameworks);
// The levels of one aspect, lowest first, each described by its name and the aspect's statement.
std::vector<SchemaChoice> level_choices(const std::vector<const Framework*>& frameworks, std::string_view aspect);

}  // namespace lateral
