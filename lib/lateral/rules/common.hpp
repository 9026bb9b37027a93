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

// Subjects (Diagnostic::subject): a thing of a review, named within the review's directory, so
// that it stays the same problem whichever of the review's files shows it; or a thing of one file.
inline std::string about(const Review& r, std::string_view thing) { return fmt::format("{}#{}", r.dir, thing); }
inline std::string about(const std::string& file, std::string_view thing) { return fmt::format("{}#{}", file, thing); }

// An action by its id (the line it starts on when it has none).
inline std::string action_name(const Action& a) {
  return a.id ? "action " + a.id->value : fmt::format("action on line {}", a.mark.line);
}

inline bool in_focus(const Review& r, std::string_view theme) {
  return r.plan.themes &&
         std::any_of(r.plan.themes->begin(), r.plan.themes->end(), [&](const Text& t) { return t.value == theme; });
}

// Whether the focus is known: its themes were read and each is a theme of the review's framework.
// A theme that is not (reported by unknown-reference, with the nearest name) may be the one an
// aspect belongs to, or the one coverage misses: rules that ask what is out of focus stay quiet.
inline bool focus_known(const Review& r) {
  return r.framework && r.plan.themes &&
         std::all_of(r.plan.themes->begin(), r.plan.themes->end(),
                     [&](const Text& t) { return r.framework->theme(t.value) != nullptr; });
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
