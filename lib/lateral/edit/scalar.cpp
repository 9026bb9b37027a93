// Quoting and escaping of the values lateral writes: the rules of YAML 1.2 plain, double-quoted and
// literal block scalars, erring on the side of quotes.
#include "lateral/edit/scalar.hpp"

#include <fmt/format.h>

#include <vector>

#include "lateral/text.hpp"
#include "lateral/yaml.hpp"

namespace lateral::edit {
namespace {

bool is_control(unsigned char c) { return (c < 0x20 && c != '\t') || c == 0x7F; }

// Characters YAML (or the loader's byte checks) treat as line breaks or refuse inside a file:
// C0 and C1 controls, NEL, the line and paragraph separators, a byte-order mark.
bool needs_escape(std::string_view v) {
  for (std::size_t i = 0; i < v.size(); ++i) {
    const auto c = static_cast<unsigned char>(v[i]);
    if (is_control(c) && c != '\n') return true;
    if (c == 0xC2 && i + 1 < v.size() && static_cast<unsigned char>(v[i + 1]) <= 0x9F) return true;
    if (c == 0xE2 && v.substr(i, 3) == "\xE2\x80\xA8") return true;
    if (c == 0xE2 && v.substr(i, 3) == "\xE2\x80\xA9") return true;
    if (c == 0xEF && v.substr(i, 3) == "\xEF\xBB\xBF") return true;
  }
  return false;
}

// Words YAML 1.1 readers take as booleans; quoted so that no editor shows them as true or false.
bool yaml11_word(std::string_view v) {
  const auto w = to_lower(v);
  return w == "yes" || w == "no" || w == "on" || w == "off" || w == "y" || w == "n";
}

std::vector<std::string_view> split_lines(std::string_view text) {
  std::vector<std::string_view> lines;
  for (;;) {
    const auto nl = text.find('\n');
    lines.push_back(text.substr(0, nl));
    if (nl == std::string_view::npos) break;
    text.remove_prefix(nl + 1);
  }
  return lines;
}

// Whether a literal block can hold `value` exactly: no escapes needed, no line starting with
// whitespace (the block's indentation would swallow it, and a leading tab reads as tab indentation).
bool block_safe(std::string_view value) {
  if (needs_escape(value) || value.find('\r') != std::string_view::npos) return false;
  std::string_view core = value;
  while (!core.empty() && core.back() == '\n') core.remove_suffix(1);
  if (core.empty()) return false;
  for (auto line : split_lines(core)) {
    if (!line.empty() && (line.front() == ' ' || line.front() == '\t')) return false;
    // A line of only whitespace at the end would read back as indentation, not content.
    if (!line.empty() && line.find_first_not_of(" \t") == std::string_view::npos) return false;
  }
  return true;
}

std::string literal_block(std::string_view value, std::string_view indent, std::string_view eol) {
  std::size_t trailing = 0;
  while (trailing < value.size() && value[value.size() - 1 - trailing] == '\n') ++trailing;
  const auto core = value.substr(0, value.size() - trailing);
  std::string out = trailing == 0 ? "|-" : trailing == 1 ? "|" : "|+";
  for (auto line : split_lines(core)) {
    out += eol;
    if (!line.empty()) out += fmt::format("{}{}", indent, line);
  }
  for (std::size_t i = 1; i < trailing; ++i) out += eol;
  return out;
}

}  // namespace

bool plain_safe(std::string_view v, bool in_flow) {
  if (v.empty()) return false;
  if (needs_escape(v) || v.find_first_of("\r\n") != std::string_view::npos) return false;
  if (v.front() == ' ' || v.front() == '\t' || v.back() == ' ' || v.back() == '\t') return false;
  static constexpr std::string_view kIndicators = "-?:,[]{}#&*!|>'\"%@`";
  if (kIndicators.find(v.front()) != std::string_view::npos) return false;
  if (v.find(": ") != std::string_view::npos || v.find(":\t") != std::string_view::npos || v.back() == ':')
    return false;
  if (v.find(" #") != std::string_view::npos || v.find("\t#") != std::string_view::npos) return false;
  if (in_flow && v.find_first_of(",[]{}") != std::string_view::npos) return false;
  if (yaml11_word(v)) return false;
  yaml::Node probe;
  probe.kind = yaml::Kind::scalar;
  probe.style = yaml::Style::plain;
  probe.value = std::string(v);
  return probe.resolved() == yaml::Resolved::string;
}

std::string double_quoted(std::string_view v) {
  std::string out = "\"";
  for (std::size_t i = 0; i < v.size(); ++i) {
    const auto c = static_cast<unsigned char>(v[i]);
    switch (c) {
      case '"': out += "\\\""; continue;
      case '\\': out += "\\\\"; continue;
      case '\n': out += "\\n"; continue;
      case '\t': out += "\\t"; continue;
      case '\r': out += "\\r"; continue;
      default: break;
    }
    if (is_control(c)) {
      out += fmt::format("\\x{:02X}", c);
    } else if (c == 0xC2 && i + 1 < v.size() && static_cast<unsigned char>(v[i + 1]) <= 0x9F) {
      out += fmt::format("\\x{:02X}", static_cast<unsigned char>(v[i + 1]));
      ++i;
    } else if (v.substr(i, 3) == "\xE2\x80\xA8") {
      out += "\\L";
      i += 2;
    } else if (v.substr(i, 3) == "\xE2\x80\xA9") {
      out += "\\P";
      i += 2;
    } else if (v.substr(i, 3) == "\xEF\xBB\xBF") {
      out += "\\uFEFF";
      i += 2;
    } else {
      out += static_cast<char>(c);
    }
  }
  out += '"';
  return out;
}

std::string key_text(std::string_view key) { return plain_safe(key) ? std::string(key) : double_quoted(key); }

std::string scalar_text(std::string_view value, std::string_view indent, std::string_view eol, bool prefer_block) {
  const bool multiline = value.find('\n') != std::string_view::npos;
  if ((multiline || prefer_block) && block_safe(value)) {
    if (!multiline) return literal_block(std::string(value) + "\n", indent, eol);
    return literal_block(value, indent, eol);
  }
  if (!multiline && plain_safe(value)) return std::string(value);
  return double_quoted(value);
}

std::string flow_list(std::span<const std::string> items) {
  std::string out = "[";
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i) out += ", ";
    out += plain_safe(items[i], true) ? items[i] : double_quoted(items[i]);
  }
  return out + "]";
}

}  // namespace lateral::edit
