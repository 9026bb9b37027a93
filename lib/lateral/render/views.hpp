// What the partnership-wide views (history, partnership) share: how schools are ordered, how an
// aspect and a level are named for people, and the pieces of Markdown, Mermaid and JSON they both
// write. Escaping and dates come from markdown.hpp and document.hpp, as in the profile.
#pragma once
#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lateral/date.hpp"
#include "lateral/model.hpp"

namespace lateral::view {

// A level with the name people read; the id alone when the framework does not know it.
struct LevelRef {
  std::string id;
  std::string name;
};
LevelRef level_ref(const Framework* framework, std::string_view id);

// An aspect as `theme/aspect` and as people name it.
struct AspectRef {
  std::string ref;
  std::string theme;  // the theme's name
  std::string name;   // the aspect's name
  std::string label() const { return theme.empty() ? name : theme + ": " + name; }
};
AspectRef aspect_ref(const Framework* framework, std::string_view ref);

// Schools are always listed alphabetically by name (the slug breaks ties), never by their levels.
std::vector<const School*> schools_by_name(const Repository& repo);

// A free text as a Markdown block quote, paragraph by paragraph, escaped.
std::string block_quote(std::string_view text);
// "A", "A and B", "A, B and C".
std::string name_list(const std::vector<std::string>& names);
// Mermaid: a label inside double quotes, and a node id made from a slug.
std::string mermaid_label(std::string_view text);
std::string mermaid_id(std::string_view prefix, std::string_view slug);

// JSON pieces: a level as {id, name} or null; an optional text or date as itself or null; an
// aspect's ref and names added to an object.
nlohmann::ordered_json level_json(const std::optional<LevelRef>& level);
nlohmann::ordered_json text_json(const std::optional<std::string>& text);
nlohmann::ordered_json date_json(const std::optional<Date>& date);
nlohmann::ordered_json dates_json(const std::vector<Date>& dates);
nlohmann::ordered_json aspect_json(const AspectRef& aspect, nlohmann::ordered_json into);

// A line for stderr when the repository did not load cleanly: the views leave out what could not
// be read, and say so rather than pretend the picture is complete.
std::optional<std::string> load_problems_note(const Repository& repo);

}  // namespace lateral::view
