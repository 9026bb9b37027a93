// Positions as the protocol gives them (0-based lines, UTF-16 code units) and as lateral gives them
// (1-based lines, columns in code points), and file URIs.
#pragma once
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace lateral::lsp {

// The text of 0-based line `line` of `text`, without its line end (empty past the end).
std::string_view line_of(std::string_view text, int line);

// UTF-16 code units before 1-based code-point column `column` of `line_text`.
int utf16_of_column(std::string_view line_text, int column);
// The 1-based code-point column at `utf16` code units into `line_text` (clamped to the line).
int column_of_utf16(std::string_view line_text, int utf16);

// file:///a/b%20c -> /a/b c; nullopt for another scheme.
std::optional<std::filesystem::path> path_of_uri(std::string_view uri);
std::string uri_of_path(const std::filesystem::path& path);

}  // namespace lateral::lsp
