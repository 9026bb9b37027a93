// Data files compiled into the binary: the built-in framework, the JSON Schemas and docs/rules.md.
#pragma once
#include <optional>
#include <span>
#include <string_view>

namespace lateral::embedded {

struct Resource {
  std::string_view name;     // "framework/default", "schema/evidence", "docs/rules", ...
  std::string_view content;  // the file's bytes
};

std::span<const Resource> all();
std::optional<std::string_view> find(std::string_view name);

}  // namespace lateral::embedded
