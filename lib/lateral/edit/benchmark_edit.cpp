// Recording and replacing judgements in benchmark.yaml, a top-level map of `theme/aspect:` entries.
#include <fmt/format.h>

#include <algorithm>

#include "lateral/edit/editor.hpp"
#include "lateral/edit/scalar.hpp"
#include "lateral/edit/source.hpp"

namespace lateral::edit {
namespace {

Edited refuse(Diagnostic d) { return Edited{{}, std::move(d)}; }

// The lines of a whole new judgement, its key at `column`, its keys one `step` deeper.
std::string judgement_lines(const JudgementChange& c, int column, int step, const std::string& eol) {
  const auto inner = spaces(column + step);
  const auto block = spaces(column + 2 * step);
  std::vector<std::string> lines{field_line(spaces(column), c.aspect, "")};
  if (c.level) lines.push_back(field_line(inner, "level", scalar_text(*c.level, block, eol)));
  if (c.commentary) lines.push_back(field_line(inner, "commentary", scalar_text(*c.commentary, block, eol)));
  if (c.evidence) lines.push_back(field_line(inner, "evidence", flow_list(*c.evidence)));
  if (c.share) lines.push_back(field_line(inner, "share", *c.share ? "true" : "false"));
  std::string out;
  for (const auto& l : lines) out += (out.empty() ? "" : eol) + l;
  return out;
}

// How deep a judgement's keys sit below its `theme/aspect:` key in this file (2 when nothing shows).
int detect_step(const Source& src, const yaml::Node& root) {
  for (const auto& e : root.entries) {
    const auto& v = e.second;
    if (!v.is_map() || v.style == yaml::Style::flow || v.entries.empty()) continue;
    const int step = src.column_of(v.entries.front().first.mark.offset) - src.column_of(e.first.mark.offset);
    if (step > 0) return step;
  }
  return 2;
}

// The line after which a new judgement goes: after the closest judgement before it in framework
// order, else just above the closest one after it (below that one's comments, which usually head
// a theme), else after the last judgement. -1: at the very start.
int insertion_line(const Source& src, const yaml::Node& root, std::string_view aspect, std::span<const std::string> order) {
  auto rank = [&](std::string_view ref) -> std::ptrdiff_t {
    const auto it = std::find(order.begin(), order.end(), ref);
    return it == order.end() ? -1 : it - order.begin();
  };
  const auto end_of = [&](const yaml::Entry& e) {
    const int line = src.line_of(e.first.mark.offset);
    const int column = src.column_of(e.first.mark.offset);
    return src.with_trailing_comments(src.value_last_line(line, column, e.second.is_sequence()), column);
  };
  const auto target = rank(aspect);
  const yaml::Entry* before = nullptr;
  const yaml::Entry* after = nullptr;
  if (target >= 0) {
    for (const auto& e : root.entries) {
      const auto r = rank(e.first.value);
      if (r < 0) continue;
      if (r < target && (!before || r > rank(before->first.value))) before = &e;
      if (r > target && (!after || r < rank(after->first.value))) after = &e;
    }
  }
  if (before) return end_of(*before);
  if (after) return src.line_of(after->first.mark.offset) - 1;
  return end_of(root.entries.back());
}

// Edits one existing judgement's keys in place.
Edited update(Source& src, const yaml::Entry& entry, const JudgementChange& c, int step) {
  const auto& key = entry.first;
  const auto& value = entry.second;
  if (value.is_map() && value.style == yaml::Style::flow)
    return refuse(src.refusal(value.mark,
                              fmt::format("the judgement of `{}` is written as a flow map {{...}}; lateral changes "
                                          "judgements written in block style only",
                                          c.aspect),
                              "rewrite it in block style, one key a line (level:, commentary:, evidence:), then run "
                              "the command again"));
  if (!value.is_map() && !value.is_null())
    return refuse(src.refusal(value.mark, fmt::format("the judgement of `{}` is not a map of keys", c.aspect),
                              "write it as `level:`, `commentary:` and `evidence:` lines below the aspect"));
  const int key_line = src.line_of(key.mark.offset);
  const int key_column = src.column_of(key.mark.offset);
  const int column = value.is_map() && !value.entries.empty() ? src.column_of(value.entries.front().first.mark.offset)
                                                              : key_column + step;
  const auto inner = spaces(column);
  const auto block = spaces(column + step);
  const auto& eol = src.eol();
  if (value.is_null()) {
    // `aspect:` with nothing (or `~`) below it: drop the null and write the keys.
    if (auto span = src.value_span(key, value); span && span->end > span->begin)
      src.replace(*src.after_colon(key), span->end, "");
    auto lines = judgement_lines(c, key_column, column - key_column, eol);
    // The key line is there already.
    if (const auto nl = lines.find(eol); nl != std::string::npos) src.insert_lines_after(key_line, lines.substr(nl + eol.size()));
    return {src.result(), std::nullopt};
  }
  std::vector<std::string> added;  // keys the judgement lacks, written after its last line
  auto set = [&](std::string_view name, const std::string& text, bool first) {
    if (const auto* e = value.find_entry(name)) {
      src.replace_value(e->first, e->second, text);
    } else if (first) {
      src.insert_lines_after(key_line, field_line(inner, name, text));
    } else {
      added.push_back(field_line(inner, name, text));
    }
  };
  if (c.level) set("level", scalar_text(*c.level, block, eol), true);
  if (c.commentary) {
    // A commentary written as a block keeps that form, whatever its new length.
    const auto* old = value.find("commentary");
    const bool block_style = old && (old->style == yaml::Style::literal || old->style == yaml::Style::folded);
    set("commentary", scalar_text(*c.commentary, block, eol, block_style), false);
  }
  if (c.evidence) {
    const auto* e = value.find_entry("evidence");
    if (e && e->second.is_sequence() && e->second.style != yaml::Style::flow && !e->second.items.empty()) {
      // A block list stays a block list, its dashes where they were.
      const auto& list = e->second;
      const int first = src.line_of(list.mark.offset);
      const int dash = src.column_of(list.mark.offset);
      const int last = src.value_last_line(key_line, key_column, false);
      const int list_last = std::min(last, src.value_last_line(src.line_of(e->first.mark.offset),
                                                               src.column_of(e->first.mark.offset), true));
      std::string lines;
      for (const auto& id : *c.evidence)
        lines += (lines.empty() ? "" : eol) + spaces(dash) + "- " + (plain_safe(id) ? id : double_quoted(id));
      if (c.evidence->empty())
        src.replace(*src.after_colon(e->first), src.line_end(list_last), " []");
      else
        src.replace(src.line_begin(first), src.line_end(list_last), lines);
    } else {
      set("evidence", flow_list(*c.evidence), false);
    }
  }
  if (c.share) set("share", *c.share ? "true" : "false", false);
  if (!added.empty()) {
    std::string lines;
    for (const auto& l : added) lines += (lines.empty() ? "" : eol) + l;
    src.insert_lines_after(src.value_last_line(key_line, key_column, false), lines);
  }
  return {src.result(), std::nullopt};
}

}  // namespace

Edited set_judgement(std::string_view text, const std::string& file, const JudgementChange& c,
                     std::span<const std::string> order) {
  Source src(text, file);
  if (src.unreadable()) return refuse(*src.unreadable());
  const auto& root = src.document().root;
  if (!root || root->is_null()) {
    // Nothing but comments (a new file's schema line, say): the judgement goes at the end.
    src.insert_lines_after(src.line_count() - 1, judgement_lines(c, 0, 2, src.eol()));
    return {src.result(), std::nullopt};
  }
  if (!root->is_map())
    return refuse(src.refusal(root->mark,
                              fmt::format("benchmark.yaml must be a map of judgements, not {}", yaml::describe(*root)),
                              "write one `theme/aspect:` key a line, each with level, commentary and evidence"));
  if (root->style == yaml::Style::flow) {
    if (root->entries.empty() && src.replace_empty_flow(*root, judgement_lines(c, src.column_of(root->mark.offset), 2, src.eol())))
      return {src.result(), std::nullopt};
    return refuse(src.refusal(root->mark,
                              "benchmark.yaml is written as a flow map {...}; lateral changes judgements written in "
                              "block style only",
                              "rewrite it in block style, one `theme/aspect:` key a line, then run the command again"));
  }
  const int step = detect_step(src, *root);
  if (const auto* entry = root->find_entry(c.aspect)) return update(src, *entry, c, step);
  const int column = src.column_of(root->entries.front().first.mark.offset);
  src.insert_lines_after(insertion_line(src, *root, c.aspect, order), judgement_lines(c, column, step, src.eol()));
  return {src.result(), std::nullopt};
}

}  // namespace lateral::edit
