// `lateral evidence`: a review's evidence records, filtered, with the ids reviewers cite.
#include <fmt/format.h>

#include <algorithm>

#include "lateral/edit/records.hpp"
#include "lateral/text.hpp"
#include "lateral/workflow.hpp"

namespace lateral::workflow {
namespace {

bool names_aspect(const Evidence& e, std::string_view filter) {
  if (!e.aspects) return false;
  // A theme id matches every aspect of the theme.
  return std::any_of(e.aspects->begin(), e.aspects->end(), [&](const Text& a) {
    return a.value == filter || (a.value.starts_with(filter) && a.value.size() > filter.size() &&
                                 a.value[filter.size()] == '/' && filter.find('/') == std::string_view::npos);
  });
}

std::string unknown(std::string_view what, std::string_view value, const std::vector<std::string>& names) {
  if (auto near = nearest(value, names)) return fmt::format("no {} `{}` in this review; did you mean `{}`?", what, value, *near);
  return fmt::format("no {} `{}` in this review; the {}s are: {}", what, value, what, join(names));
}

}  // namespace

std::string aligned(const std::vector<std::vector<std::string>>& rows, std::string_view indent) {
  std::vector<std::size_t> widths;
  for (const auto& row : rows)
    for (std::size_t i = 0; i < row.size(); ++i) {
      if (widths.size() <= i) widths.push_back(0);
      widths[i] = std::max(widths[i], code_points(row[i]));
    }
  std::string out;
  for (const auto& row : rows) {
    std::string line(indent);
    for (std::size_t i = 0; i < row.size(); ++i) {
      line += row[i];
      if (i + 1 < row.size()) line += std::string(widths[i] - code_points(row[i]) + 2, ' ');
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out += line + "\n";
  }
  return out;
}

std::optional<std::string> filter_problem(const Review& review, const EvidenceFilter& f) {
  const auto* fw = review.framework;
  if (!f.aspect.empty() && fw && !fw->aspect(f.aspect) && !fw->theme(f.aspect)) {
    auto names = fw->aspect_refs();
    const auto themes = fw->theme_ids();
    names.insert(names.end(), themes.begin(), themes.end());
    if (auto near = nearest(f.aspect, names))
      return fmt::format("--aspect {}: not an aspect or theme of the framework `{}`; did you mean `{}`?", f.aspect, fw->id, *near);
    return fmt::format("--aspect {}: not an aspect or theme of the framework `{}` (theme/aspect, e.g. {})", f.aspect,
                       fw->id, names.empty() ? "our-impact/outcomes" : names.front());
  }
  if (!f.by.empty() && review.plan.team && !edit::find_member(review, f.by)) {
    std::vector<std::string> names;
    for (const auto& m : *review.plan.team) names.push_back(m.name.value);
    return "--by " + f.by + ": " + unknown("team member", f.by, names);
  }
  if (!f.type.empty() && fw && !fw->evidence_type(f.type)) {
    const auto types = fw->evidence_type_ids();
    if (auto near = nearest(f.type, types))
      return fmt::format("--type {}: not an evidence type of the framework `{}`; did you mean `{}`?", f.type, fw->id, *near);
    return fmt::format("--type {}: not an evidence type of the framework `{}`; the types are: {}", f.type, fw->id, join(types));
  }
  return std::nullopt;
}

std::vector<const Evidence*> select_evidence(const Review& review, const EvidenceFilter& f) {
  std::vector<const Evidence*> out;
  const auto wanted_by = to_lower(f.by);
  for (const auto& e : review.evidence) {
    if (!f.aspect.empty() && !names_aspect(e, f.aspect)) continue;
    if (!f.by.empty() && (!e.by || to_lower(e.by->value) != wanted_by)) continue;
    if (!f.type.empty() && (!e.type || e.type->value != f.type)) continue;
    out.push_back(&e);
  }
  return out;
}

std::string first_words(std::string_view text, std::size_t words) {
  std::string out;
  std::size_t count = 0;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
    if (i == text.size()) break;
    if (count == words) return out + " ...";
    const auto start = i;
    while (i < text.size() && !std::isspace(static_cast<unsigned char>(text[i]))) ++i;
    out += (out.empty() ? "" : " ") + std::string(text.substr(start, i - start));
    ++count;
  }
  return out;
}

std::string evidence_text(const std::vector<const Evidence*>& records) {
  std::vector<std::vector<std::string>> rows{{"ID", "DATE", "BY", "TYPE", "ASPECTS", "SUMMARY"}};
  for (const auto* e : records) {
    if (!e->loaded) {
      rows.push_back({e->id, "-", "-", "-", "-", "(the file does not load: run `lateral check`)"});
      continue;
    }
    std::vector<std::string> aspects;
    if (e->aspects)
      for (const auto& a : *e->aspects) aspects.push_back(a.value);
    auto summary = e->summary ? first_words(e->summary->value, 10) : std::string();
    if (e->confidential) summary = "(confidential) " + summary;
    rows.push_back({e->id, e->date ? e->date->value.str() : "-", e->by ? e->by->value : "-",
                    e->type ? e->type->value : "-", join(aspects), summary});
  }
  return aligned(rows);
}

nlohmann::ordered_json evidence_json(const School& school, const Review& review,
                                     const std::vector<const Evidence*>& records) {
  auto text = [](const std::optional<Text>& t) -> nlohmann::ordered_json {
    if (!t) return nullptr;
    return t->value;
  };
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const auto* e : records) {
    nlohmann::ordered_json aspects = nlohmann::ordered_json::array();
    if (e->aspects)
      for (const auto& a : *e->aspects) aspects.push_back(a.value);
    list.push_back({{"id", e->id},
                    {"file", e->file},
                    {"loaded", e->loaded},
                    {"date", e->date ? nlohmann::ordered_json(e->date->value.str()) : nlohmann::ordered_json(nullptr)},
                    {"by", text(e->by)},
                    {"type", text(e->type)},
                    {"aspects", aspects},
                    {"summary", text(e->summary)},
                    {"context", text(e->context)},
                    {"confidential", e->confidential}});
  }
  return {{"school", school.slug}, {"review", review.slug}, {"evidence", list}};
}

}  // namespace lateral::workflow
