// What the rule files share: the context, the sink, and small helpers for their messages.
#pragma once
#include <fmt/format.h>

#include <algorithm>
#include <string>
#include <vector>

#include "lateral/edit/scalar.hpp"
#include "lateral/rules.hpp"
#include "lateral/stage.hpp"
#include "lateral/text.hpp"

namespace lateral::rules {

// "did you mean `x`?" when a name is close, else the list of valid names (cut short when long).
inline std::string suggest(std::string_view word, const std::vector<std::string>& names, std::string_view what) {
  if (auto near = nearest(word, names)) return fmt::format("did you mean `{}`?", *near);
  if (names.empty()) return fmt::format("this framework has no {}", what);
  if (names.size() <= 8) return fmt::format("the {} are: {}", what, join(names));
  std::vector<std::string> head(names.begin(), names.begin() + 8);
  return fmt::format("the {} include: {}, ...", what, join(head));
}

// Attaches the fix "replace the word with the nearest name" when exactly one name is nearest.
inline Diagnostic& with_nearest_fix(Diagnostic& d, std::string_view word, const std::vector<std::string>& names) {
  if (auto near = sure_nearest(word, names))
    d.fix = replacement(d.file, d.line, d.column, d.length, edit::plain_safe(*near) ? *near : edit::double_quoted(*near),
                        fmt::format("replace `{}` with `{}`", word, *near));
  return d;
}

inline bool in_focus(const Review& r, std::string_view theme) {
  return r.plan.themes &&
         std::any_of(r.plan.themes->begin(), r.plan.themes->end(), [&](const Text& t) { return t.value == theme; });
}

inline std::vector<std::string> team_names(const Review& r) {
  std::vector<std::string> out;
  if (r.plan.team)
    for (const auto& m : *r.plan.team) out.push_back(m.name.value);
  return out;
}

// Aspects of a review, each once: the aspect's own reference without the theme part stripped.
inline std::string plural(std::size_t n, std::string_view one, std::string_view many) {
  return fmt::format("{} {}", n, n == 1 ? one : many);
}

}  // namespace lateral::rules
