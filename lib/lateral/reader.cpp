// The typed reader over YAML trees.
#include "lateral/reader.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "lateral/text.hpp"

namespace lateral {

namespace {
std::string quoted_hint(const yaml::Node& n) { return fmt::format("quote it if it is text: \"{}\"", n.value); }

bool is_yaml11_bool(std::string_view v) {
  const auto l = to_lower(v);
  return l == "yes" || l == "no" || l == "on" || l == "off" || l == "y" || l == "n";
}
}  // namespace

bool is_grade_key(std::string_view key) {
  static constexpr std::array<std::string_view, 7> kWords = {"overall", "grade", "score", "average",
                                                             "rating",  "total", "rank"};
  const auto l = to_lower(key);
  return std::find(kWords.begin(), kWords.end(), l) != kWords.end();
}

Diagnostic& Reader::report(const char* rule, const yaml::Mark& at, int length, std::string message, std::string hint) {
  return out_.emplace_back(Diagnostic{file_, at.line, at.column, std::max(length, 1), Severity::error, rule,
                            std::move(message), std::move(hint)});
}

bool Reader::expect_map(const yaml::Node& node, std::string_view what) {
  if (node.is_map()) return true;
  report("schema", node, fmt::format("{} must be a map of keys and values, not {}", what, yaml::describe(node)));
  return false;
}

bool Reader::expect_map(const yaml::Node& node, std::initializer_list<Key> keys, std::string_view what,
                        const yaml::Node* owner) {
  if (!expect_map(node, what)) return false;
  std::vector<std::string> known;
  known.reserve(keys.size());
  for (const auto& k : keys) known.emplace_back(k.name);
  auto& suggested = misspelt_;  // known keys an unknown key is probably a misspelling of
  suggested.clear();
  for (const auto& [key, value] : node.entries) {
    if (std::find(known.begin(), known.end(), key.value) != known.end()) continue;
    if (is_grade_key(key.value)) {
      report("no-overall-grade", key,
             fmt::format("`{}` is not allowed: a peer review gives no overall grade, score or ranking", key.value),
             "remove it; the profile describes each aspect in words");
      continue;
    }
    std::string hint;
    auto near = nearest(key.value, known);
    if (near) {
      hint = fmt::format("did you mean `{}`?", *near);
      suggested.push_back(*near);
    } else
      hint = fmt::format("the keys here are: {}", join(known));
    auto& d = report("schema", key, fmt::format("unknown key `{}` in {}", key.value, what), std::move(hint));
    // Renaming the key is sure only when one known key is nearest and it is not there already.
    if (auto sure = sure_nearest(key.value, known); sure && key.style == yaml::Style::plain && !node.find(*sure))
      d.fix = replacement(file_, key.mark.line, key.mark.column, key.length, *sure,
                          fmt::format("rename `{}` to `{}`", key.value, *sure));
  }
  // Missing keys are reported together, one diagnostic per rule, at the key that owns the map, or
  // where the map begins.
  const auto& at = owner ? owner->mark : node.entries.empty() ? node.mark : node.entries.front().first.mark;
  const int length = owner ? owner->length : node.entries.empty() ? 1 : node.entries.front().first.length;
  struct Missing {
    std::string rule;
    std::vector<std::string> names;
    const char* hint = nullptr;
  };
  std::vector<Missing> missing;
  for (const auto& k : keys) {
    // A misspelt key is one problem, reported at the misspelling: not also as a missing key.
    if (!k.required || node.find(k.name) || std::find(suggested.begin(), suggested.end(), k.name) != suggested.end())
      continue;
    auto it = std::find_if(missing.begin(), missing.end(), [&](const Missing& m) { return m.rule == k.missing_rule; });
    if (it == missing.end()) it = missing.insert(missing.end(), Missing{k.missing_rule, {}, k.hint});
    it->names.push_back(fmt::format("`{}`", k.name));
  }
  for (const auto& m : missing) {
    // The key's own hint when it alone is missing; else how to add them.
    std::vector<std::string> lines;
    for (const auto& n : m.names) lines.push_back(n.substr(0, n.size() - 1) + ": ...`");
    const std::string hint = m.names.size() == 1 && m.hint ? std::string(m.hint)
                                                           : fmt::format("add {} to {}", join(lines, " and "), what);
    report(m.rule.c_str(), at, length,
           fmt::format("{} is missing the {} {}", what, m.names.size() == 1 ? "key" : "keys", join(m.names)), hint);
  }
  return true;
}

std::optional<Located<std::string>> Reader::text(const yaml::Node* n, std::string_view key) {
  if (!n) return std::nullopt;
  if (n->is_null()) {
    report("schema", *n, fmt::format("`{}` has no value", key), "write the text after the colon, or remove the key");
    return std::nullopt;
  }
  if (!n->is_scalar()) {
    report("schema", *n, fmt::format("`{}` must be text, not {}", key, yaml::describe(*n)),
           n->is_sequence() ? fmt::format("write one text; several lines go in a block: `{}: |` and the lines indented below", key)
                            : fmt::format("write one text; quote it if it holds `: `, e.g. {}: \"Note: ...\"", key));
    return std::nullopt;
  }
  if (n->resolved() != yaml::Resolved::string) {
    report("schema", *n, fmt::format("`{}` must be text, not {}", key, yaml::describe(*n)), quoted_hint(*n));
    return std::nullopt;
  }
  if (n->value.find_first_not_of(" \t\r\n") == std::string::npos) {
    report("schema", *n, fmt::format("`{}` is empty", key), "write the text, or remove the key if it is optional");
    return std::nullopt;
  }
  return Located<std::string>{n->value, n->mark, n->length};
}

std::optional<Located<std::string>> Reader::text_or_number(const yaml::Node* n, std::string_view key) {
  if (n && n->is_scalar() &&
      (n->resolved() == yaml::Resolved::integer || n->resolved() == yaml::Resolved::floating))
    return Located<std::string>{n->value, n->mark, n->length};
  return text(n, key);
}

std::optional<Located<Date>> Reader::date(const yaml::Node* n, std::string_view key) {
  if (!n) return std::nullopt;
  if (!n->is_scalar()) {
    report("date", *n, fmt::format("`{}` must be a date (YYYY-MM-DD), not {}", key, yaml::describe(*n)));
    return std::nullopt;
  }
  auto d = Date::parse(n->value);
  if (!d) {
    const bool shaped = n->value.size() == 10 && n->value[4] == '-' && n->value[7] == '-';
    report("date", *n,
           shaped ? fmt::format("`{}` is not a date that exists: {}", key, n->value)
                  : fmt::format("`{}` must be a date written YYYY-MM-DD, not `{}`", key, n->value),
           shaped ? "check the day and the month" : "for example 2025-06-10");
    return std::nullopt;
  }
  return Located<Date>{*d, n->mark, n->length};
}

std::optional<Located<bool>> Reader::boolean(const yaml::Node* n, std::string_view key) {
  if (!n) return std::nullopt;
  if (n->is_scalar() && n->resolved() == yaml::Resolved::boolean)
    return Located<bool>{to_lower(n->value) == "true", n->mark, n->length};
  if (n->is_scalar() && n->style == yaml::Style::plain && is_yaml11_bool(n->value)) {
    const auto l = to_lower(n->value);
    const std::string meant = (l == "yes" || l == "on" || l == "y") ? "true" : "false";
    auto& d = report("yaml11-bool", *n,
                     fmt::format("`{}` is text in YAML 1.2, not a boolean: editors and other tools read it as text", n->value),
                     fmt::format("write `{}: {}`", key, meant));
    d.fix = replacement(file_, n->mark.line, n->mark.column, n->length, meant,
                        fmt::format("write `{}` for `{}`", meant, n->value));
    return std::nullopt;
  }
  report("schema", *n, fmt::format("`{}` must be true or false, not {}", key, yaml::describe(*n)));
  return std::nullopt;
}

std::optional<Located<int>> Reader::whole_number(const yaml::Node* n, std::string_view key, int min, int max) {
  if (!n) return std::nullopt;
  if (!n->is_scalar() || n->resolved() != yaml::Resolved::integer || n->value.size() > 9 ||
      n->value.starts_with("0x") || n->value.starts_with("0o")) {
    report("schema", *n, fmt::format("`{}` must be a whole number, not {}", key, yaml::describe(*n)));
    return std::nullopt;
  }
  const int v = std::stoi(n->value);
  if (v < min || v > max) {
    report("schema", *n, fmt::format("`{}` must be between {} and {}, not {}", key, min, max, v));
    return std::nullopt;
  }
  return Located<int>{v, n->mark, n->length};
}

const yaml::Node* Reader::list(const yaml::Node* n, std::string_view key, bool allow_empty) {
  if (!n) return nullptr;
  if (!n->is_sequence()) {
    std::string hint;
    if (n->is_scalar()) hint = fmt::format("write a list: `{}: [{}]`", key, n->value);
    report("schema", *n, fmt::format("`{}` must be a list, not {}", key, yaml::describe(*n)), std::move(hint));
    return nullptr;
  }
  if (!allow_empty && n->items.empty()) {
    report("schema", *n, fmt::format("`{}` must not be empty", key));
    return nullptr;
  }
  return n;
}

std::optional<std::vector<Located<std::string>>> Reader::text_list(const yaml::Node* n, std::string_view key,
                                                                    bool allow_empty) {
  const auto* l = list(n, key, allow_empty);
  if (!l) return std::nullopt;
  std::vector<Located<std::string>> out;
  out.reserve(l->items.size());
  bool complete = true;
  for (const auto& item : l->items)
    if (auto t = text(&item, key)) out.push_back(std::move(*t));
    else complete = false;
  // A list with an item missing would tell the rules a wrong story (a focus without a theme, a
  // judgement without a record): the value failed to load, and only the item's diagnostic says so.
  if (!complete) return std::nullopt;
  return out;
}

std::optional<std::vector<Located<Date>>> Reader::date_list(const yaml::Node* n, std::string_view key) {
  const auto* l = list(n, key, false);
  if (!l) return std::nullopt;
  std::vector<Located<Date>> out;
  bool whole = true;
  for (const auto& item : l->items) {
    if (auto d = date(&item, key))
      out.push_back(*d);
    else
      whole = false;
  }
  // A list with an unreadable date is reported at that date and not used: the first and last day
  // drawn from what is left would be wrong, and the rules comparing dates with them would cascade.
  if (!whole) return std::nullopt;
  return out;
}

}  // namespace lateral
