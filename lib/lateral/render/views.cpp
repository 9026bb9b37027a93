// Shared pieces of the history and partnership views.
#include "lateral/render/views.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "lateral/render/markdown.hpp"
#include "lateral/text.hpp"

namespace lateral::view {

LevelRef level_ref(const Framework* framework, std::string_view id) {
  const Level* level = framework ? framework->level(id) : nullptr;
  return {std::string(id), level && !level->name.empty() ? level->name : std::string(id)};
}

AspectRef aspect_ref(const Framework* framework, std::string_view ref) {
  AspectRef out{std::string(ref), {}, std::string(ref)};
  if (!framework) return out;
  if (const auto* t = framework->theme_of(ref)) out.theme = t->name;
  if (const auto* a = framework->aspect(ref)) out.name = a->name;
  return out;
}

std::vector<const School*> schools_by_name(const Repository& repo) {
  std::vector<const School*> out;
  for (const auto& s : repo.schools) out.push_back(&s);
  std::sort(out.begin(), out.end(), [](const School* a, const School* b) {
    const auto na = to_lower(a->display_name()), nb = to_lower(b->display_name());
    return na != nb ? na < nb : a->slug < b->slug;
  });
  return out;
}

std::string block_quote(std::string_view text) {
  std::string out;
  for (const auto& p : markdown::paragraphs(text)) out += (out.empty() ? "> " : ">\n> ") + p + "\n";
  return out;
}

std::string name_list(const std::vector<std::string>& names) {
  if (names.size() <= 1) return names.empty() ? "" : names.front();
  const std::vector<std::string> head(names.begin(), names.end() - 1);
  return fmt::format("{} and {}", join(head), names.back());
}

std::string mermaid_label(std::string_view text) {
  // Inside "..." Mermaid reads anything but a double quote (written as an entity) or a line break.
  std::string out;
  for (char c : text) {
    if (c == '"')
      out += "#quot;";
    else
      out += c == '\n' || c == '\r' ? ' ' : c;
  }
  return out;
}

std::string mermaid_id(std::string_view prefix, std::string_view slug) {
  std::string out(prefix);
  for (char c : slug) out += c == '-' ? '_' : c;
  return out;
}

nlohmann::ordered_json level_json(const std::optional<LevelRef>& level) {
  if (!level) return nullptr;
  return {{"id", level->id}, {"name", level->name}};
}

nlohmann::ordered_json text_json(const std::optional<std::string>& text) {
  if (!text) return nullptr;
  return *text;
}

nlohmann::ordered_json date_json(const std::optional<Date>& date) {
  if (!date) return nullptr;
  return date->str();
}

nlohmann::ordered_json dates_json(const std::vector<Date>& dates) {
  auto out = nlohmann::ordered_json::array();
  for (const auto& d : dates) out.push_back(d.str());
  return out;
}

nlohmann::ordered_json aspect_json(const AspectRef& aspect, nlohmann::ordered_json into) {
  into["aspect"] = aspect.ref;
  into["theme_name"] = aspect.theme;
  into["aspect_name"] = aspect.name;
  return into;
}

std::optional<std::string> load_problems_note(const Repository& repo) {
  const auto errors = std::count_if(repo.diagnostics.begin(), repo.diagnostics.end(),
                                    [](const Diagnostic& d) { return d.severity == Severity::error; });
  if (errors == 0) return std::nullopt;
  return fmt::format("{} {} while loading the repository; what could not be read is left out (run `lateral check`)",
                     errors, errors == 1 ? "problem" : "problems");
}

}  // namespace lateral::view
