// How lateral writes one YAML value into a file: plain when that reads back as the same text,
// otherwise double-quoted or a `|` block, so that what a person typed is what the file says.
#pragma once
#include <span>
#include <string>
#include <string_view>

namespace lateral::edit {

// True when `value` can be written without quotes and reads back as the same text (not a number,
// boolean or null, no `: ` or ` #`, no leading indicator). `in_flow`: inside `[...]`, where `,[]{}`
// also need quotes.
bool plain_safe(std::string_view value, bool in_flow = false);

// `value` in double quotes, with `"`, `\`, line breaks and control characters escaped.
std::string double_quoted(std::string_view value);

// A key: plain when safe, double-quoted otherwise.
std::string key_text(std::string_view key);

// The text that follows `key: ` for a value. Text with line breaks becomes a literal block (`|`),
// whose lines follow on new lines at `indent`, joined by `eol` (no line end after the last).
// `prefer_block` writes a one-line value as a block too (to keep a file's own style).
std::string scalar_text(std::string_view value, std::string_view indent, std::string_view eol,
                        bool prefer_block = false);

// `[a, b, c]`, each item plain or quoted as needed inside a flow list.
std::string flow_list(std::span<const std::string> items);

}  // namespace lateral::edit
