// A review framework: themes, aspects, levels, benchmark statements, evidence types and the numbers
// the rules use. Frameworks are data; the built-in `default` one is a YAML file compiled in.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lateral/diagnostic.hpp"
#include "lateral/yaml.hpp"

namespace lateral {

struct Level {
  std::string id;
  std::string name;
};

struct Aspect {
  std::string id;
  std::string name;
  std::string prompt;
  std::string ref;  // "theme/aspect"
  std::map<std::string, std::string> statements;  // level id -> benchmark statement
};

struct Theme {
  std::string id;
  std::string name;
  std::string summary;
  bool required = false;
  std::vector<Aspect> aspects;
};

struct EvidenceType {
  std::string id;
  std::string name;
};

struct FrameworkSettings {
  int min_themes = 2;
  int team_min = 2;
  int team_max = 4;
  std::string lead_role = "headteacher";
  int triangulation = 2;
  int evidence_range = 4;
  int workshop_days = 7;
  int review_months = 12;
};

struct Framework {
  std::string id;
  std::string version;
  std::string name;
  std::vector<Level> levels;  // lowest first
  std::vector<std::string> development;
  std::vector<Theme> themes;
  std::vector<EvidenceType> evidence_types;
  FrameworkSettings settings;
  std::string file;  // repository-relative path; empty for the built-in one

  bool has_levels() const { return !levels.empty(); }
  const Theme* theme(std::string_view id) const;
  const Aspect* aspect(std::string_view ref) const;
  const Theme* theme_of(std::string_view ref) const;
  const Level* level(std::string_view id) const;
  int level_index(std::string_view id) const;  // -1 when unknown
  bool is_development(std::string_view level) const;
  bool is_top(std::string_view level) const;
  const EvidenceType* evidence_type(std::string_view id) const;

  std::vector<std::string> theme_ids() const;
  std::vector<std::string> aspect_refs() const;
  std::vector<std::string> level_ids() const;
  std::vector<std::string> evidence_type_ids() const;
};

// Loads a framework from its YAML text; problems go to `out`. nullopt when it cannot be used.
std::optional<Framework> load_framework(std::string_view text, const std::string& file, std::vector<Diagnostic>& out);
// Loads from an already parsed document.
std::optional<Framework> load_framework(const yaml::Node& root, const std::string& file, std::vector<Diagnostic>& out);

// The built-in framework, and its YAML text (what `lateral framework show` prints for it).
const Framework& builtin_framework();
std::string_view builtin_framework_text();

}  // namespace lateral
