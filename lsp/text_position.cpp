// Converting positions and URIs.
#include "lsp/text_position.hpp"

#include <cctype>
#include <cstdint>

namespace lateral::lsp {
namespace {

// The length in bytes of the UTF-8 sequence that starts with `c` (1 for a stray byte).
std::size_t sequence_length(unsigned char c) {
  if (c >= 0xF0) return 4;
  if (c >= 0xE0) return 3;
  if (c >= 0xC0) return 2;
  return 1;
}

int hex(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

std::string_view line_of(std::string_view text, int line) {
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  std::size_t begin = 0;
  for (int l = 0; l < line; ++l) {
    const auto nl = text.find('\n', begin);
    if (nl == std::string_view::npos) return {};
    begin = nl + 1;
  }
  auto end = text.find('\n', begin);
  if (end == std::string_view::npos) end = text.size();
  auto out = text.substr(begin, end - begin);
  if (out.ends_with('\r')) out.remove_suffix(1);
  return out;
}

int utf16_of_column(std::string_view line_text, int column) {
  int units = 0;
  std::size_t i = 0;
  for (int c = 1; c < column && i < line_text.size(); ++c) {
    const auto n = sequence_length(static_cast<unsigned char>(line_text[i]));
    units += n == 4 ? 2 : 1;
    i += n;
  }
  return units;
}

int column_of_utf16(std::string_view line_text, int utf16) {
  int column = 1, units = 0;
  for (std::size_t i = 0; i < line_text.size() && units < utf16;) {
    const auto n = sequence_length(static_cast<unsigned char>(line_text[i]));
    units += n == 4 ? 2 : 1;
    i += n;
    ++column;
  }
  return column;
}

std::optional<std::filesystem::path> path_of_uri(std::string_view uri) {
  constexpr std::string_view kScheme = "file://";
  if (!uri.starts_with(kScheme)) return std::nullopt;
  uri.remove_prefix(kScheme.size());
  std::string out;
  for (std::size_t i = 0; i < uri.size(); ++i) {
    if (uri[i] == '%' && i + 2 < uri.size() && hex(uri[i + 1]) >= 0 && hex(uri[i + 2]) >= 0) {
      out += static_cast<char>(hex(uri[i + 1]) * 16 + hex(uri[i + 2]));
      i += 2;
    } else {
      out += uri[i];
    }
  }
  if (out.empty() || out.front() != '/') return std::nullopt;  // file://host/... is not a local path
  return std::filesystem::path(out);
}

std::string uri_of_path(const std::filesystem::path& path) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out = "file://";
  for (unsigned char c : path.generic_string()) {
    if (std::isalnum(c) || c == '/' || c == '-' || c == '_' || c == '.' || c == '~')
      out += static_cast<char>(c);
    else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

}  // namespace lateral::lsp
