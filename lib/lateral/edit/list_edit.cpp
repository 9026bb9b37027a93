// Appending to and changing the items of a top-level block list of maps (actions.yaml), each
// item found by its `id`.
#include <fmt/format.h>

#include "lateral/edit/editor.hpp"
#include "lateral/edit/scalar.hpp"
#include "lateral/edit/source.hpp"

namespace lateral::edit {
namespace {

Edited refuse(Diagnostic d) { return Edited{{}, std::move(d)}; }

// Where this file puts its dashes and its keys: `- id:` is dash 0, key 2; `    -   id:` is 4 and 4.
struct ListLayout {
  int dash = 0;
  int key = 2;  // from the dash to the item's keys
};

std::string item_lines(std::span<const Field> fields, const ListLayout& layout, const std::string& eol) {
  const auto block = spaces(layout.dash + 2 * layout.key);
  std::string out;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    const auto prefix = i == 0 ? spaces(layout.dash) + "-" + spaces(layout.key - 1) : spaces(layout.dash + layout.key);
    out += (i ? eol : "") + field_line(prefix, fields[i].key, scalar_text(fields[i].value, block, eol));
  }
  return out;
}

Diagnostic not_a_list(const Source& src, const yaml::Node& root) {
  if (root.is_sequence())
    return src.refusal(root.mark,
                       fmt::format("{} is written as a flow list [...]; lateral changes lists written in block "
                                   "style only",
                                   src.file()),
                       "rewrite it in block style, each item starting `- id: ...` on its own line, then run the "
                       "command again");
  return src.refusal(root.mark, fmt::format("{} must be a list, not {}", src.file(), yaml::describe(root)),
                     "start each item with `- id: ...`; an empty list is []");
}

// The item whose `id` is `id` in a block list, or a refusal.
struct Found {
  const yaml::Node* item = nullptr;
  std::optional<Diagnostic> refused;
};

Found find_item(const Source& src, std::string_view id) {
  const auto& root = src.document().root;
  if (!root || !root->is_sequence() || root->style == yaml::Style::flow)
    return {nullptr, root ? not_a_list(src, *root)
                          : src.refusal({}, fmt::format("{} has no items", src.file()), "add one first")};
  for (const auto& item : root->items) {
    const auto* key = item.is_map() ? item.find("id") : nullptr;
    if (!key || key->value != id) continue;
    if (item.style == yaml::Style::flow)
      return {nullptr, src.refusal(item.mark,
                                   fmt::format("item `{}` is written as a flow map {{...}}; lateral changes items "
                                               "written in block style only",
                                               id),
                                   "rewrite it in block style, one key a line, then run the command again")};
    return {&item, std::nullopt};
  }
  return {nullptr, src.refusal(root->mark, fmt::format("no item with id `{}` in {}", id, src.file()), "")};
}

// The column of an item's dash: on the item's first line, before its first key.
int dash_column(const Source& src, const yaml::Node& list) { return src.column_of(list.mark.offset); }

ListLayout detect_layout(const Source& src, const yaml::Node& list) {
  ListLayout layout{dash_column(src, list), 2};
  for (const auto& item : list.items) {
    if (!item.is_map() || item.style == yaml::Style::flow || item.entries.empty()) continue;
    const int key = src.column_of(item.entries.front().first.mark.offset) - layout.dash;
    if (key > 0) layout.key = key;
    break;
  }
  return layout;
}

int item_last_line(const Source& src, const yaml::Node& list, const yaml::Node& item) {
  return src.value_last_line(src.line_of(item.mark.offset), dash_column(src, list), false);
}

}  // namespace

Edited append_item(std::string_view text, const std::string& file, std::span<const Field> fields) {
  Source src(text, file);
  if (src.unreadable()) return refuse(*src.unreadable());
  const auto& root = src.document().root;
  if (!root || root->is_null()) {
    src.insert_lines_after(src.line_count() - 1, item_lines(fields, {}, src.eol()));
    return {src.result(), std::nullopt};
  }
  if (!root->is_sequence() || root->style == yaml::Style::flow) {
    if (root->is_sequence() && root->items.empty() &&
        src.replace_empty_flow(*root, item_lines(fields, {src.column_of(root->mark.offset), 2}, src.eol())))
      return {src.result(), std::nullopt};
    return refuse(not_a_list(src, *root));
  }
  const auto layout = detect_layout(src, *root);
  const int last = src.with_trailing_comments(item_last_line(src, *root, root->items.back()), layout.dash);
  // Items the file keeps apart with a blank line get one before the new item too.
  bool spaced = false;
  if (root->items.size() > 1) {
    const int before = item_last_line(src, *root, root->items[root->items.size() - 2]);
    for (int i = before + 1; i < src.line_of(root->items.back().mark.offset); ++i) spaced = spaced || src.blank(i);
  }
  src.insert_lines_after(last, (spaced ? src.eol() : std::string()) + item_lines(fields, layout, src.eol()));
  return {src.result(), std::nullopt};
}

Edited set_item_field(std::string_view text, const std::string& file, std::string_view id, const Field& field) {
  Source src(text, file);
  if (src.unreadable()) return refuse(*src.unreadable());
  auto found = find_item(src, id);
  if (!found.item) return refuse(*found.refused);
  const auto& item = *found.item;
  const auto& list = *src.document().root;
  const int column = src.column_of(item.entries.front().first.mark.offset);
  const auto block = spaces(column + detect_layout(src, list).key);
  const auto value = scalar_text(field.value, block, src.eol());
  if (const auto* e = item.find_entry(field.key)) {
    if (!src.replace_value(e->first, e->second, value))
      return refuse(src.refusal(e->first.mark, fmt::format("lateral cannot find the value of `{}` here", field.key),
                                "write it as `key: value` on one line"));
  } else {
    src.insert_lines_after(item_last_line(src, list, item), field_line(spaces(column), field.key, value));
  }
  return {src.result(), std::nullopt};
}

Edited remove_item_field(std::string_view text, const std::string& file, std::string_view id, std::string_view key) {
  Source src(text, file);
  if (src.unreadable()) return refuse(*src.unreadable());
  auto found = find_item(src, id);
  if (!found.item) return refuse(*found.refused);
  const auto* e = found.item->find_entry(key);
  if (!e) return {std::string(text), std::nullopt};
  const int line = src.line_of(e->first.mark.offset);
  if (line == src.line_of(found.item->mark.offset) && &found.item->entries.front() == e)
    return refuse(src.refusal(e->first.mark,
                              fmt::format("`{}` is the first key of item `{}`, on its dash line; lateral will not "
                                          "remove it",
                                          key, id),
                              "move another key to the first line of the item, or remove this one by hand"));
  const int column = src.column_of(e->first.mark.offset);
  src.remove_lines(line, src.value_last_line(line, column, e->second.is_sequence()));
  return {src.result(), std::nullopt};
}

}  // namespace lateral::edit
