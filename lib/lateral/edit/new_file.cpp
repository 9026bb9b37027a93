// New files in lateral's own layout, opened by their schema line.
#include "lateral/edit/new_file.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "lateral/edit/scalar.hpp"
#include "lateral/edit/source.hpp"

namespace lateral::edit {

std::string schema_line(std::string_view file, std::string_view kind) {
  std::string up;
  for (auto n = std::count(file.begin(), file.end(), '/'); n > 0; --n) up += "../";
  return fmt::format("# yaml-language-server: $schema={}.lateral/schemas/{}.json", up, kind);
}

NewFile::NewFile(std::string_view file, std::string_view kind) : text_(schema_line(file, kind) + "\n") {}

NewFile& NewFile::field(int depth, std::string_view key, std::string_view value) {
  text_ += field_line(spaces(2 * depth), key, scalar_text(value, spaces(2 * depth + 2), "\n")) + "\n";
  return *this;
}

NewFile& NewFile::boolean(int depth, std::string_view key, bool value) {
  text_ += field_line(spaces(2 * depth), key, value ? "true" : "false") + "\n";
  return *this;
}

NewFile& NewFile::list(int depth, std::string_view key, std::span<const std::string> items) {
  text_ += field_line(spaces(2 * depth), key, flow_list(items)) + "\n";
  return *this;
}

NewFile& NewFile::open(int depth, std::string_view key) {
  text_ += field_line(spaces(2 * depth), key, "") + "\n";
  return *this;
}

NewFile& NewFile::item(int depth, std::string_view key, std::string_view value) {
  text_ += field_line(spaces(2 * depth) + "- ", key, scalar_text(value, spaces(2 * depth + 4), "\n")) + "\n";
  return *this;
}

NewFile& NewFile::comment(int depth, std::string_view text) {
  text_ += fmt::format("{}# {}\n", spaces(2 * depth), text);
  return *this;
}

}  // namespace lateral::edit
