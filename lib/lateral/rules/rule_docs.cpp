// Each rule's own words from docs/rules.md (compiled in): what it checks and how to fix what it
// reports, so that SARIF and editors describe a rule as the docs do, from one source.
#include <fmt/format.h>

#include <string>

#include "common.hpp"
#include "lateral/embedded.hpp"

namespace lateral {
namespace {

// The paragraph of `section` that opens with `**Label.**`, its lines joined, without the label.
std::string paragraph(std::string_view section, std::string_view label) {
  const auto opening = fmt::format("**{}.**", label);
  std::size_t at = section.find("\n" + opening);
  if (at == std::string_view::npos) return {};
  at += 1 + opening.size();
  std::string out;
  while (at < section.size()) {
    auto end = section.find('\n', at);
    if (end == std::string_view::npos) end = section.size();
    const auto line = section.substr(at, end - at);
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) break;  // a blank line ends it
    if (!out.empty()) out += ' ';
    out += line;
    at = end + 1;
  }
  const auto first = out.find_first_not_of(' ');
  return first == std::string::npos ? std::string() : out.substr(first);
}

}  // namespace

std::optional<RuleDoc> rule_doc(std::string_view name) {
  const auto docs = embedded::find("docs/rules");
  if (!docs) return std::nullopt;
  const auto heading = fmt::format("\n## {}\n", name);
  const auto start = docs->find(heading);
  if (start == std::string_view::npos) return std::nullopt;
  const auto body = docs->substr(start + heading.size() - 1);
  const auto next = body.find("\n## ");
  const auto section = body.substr(0, next);
  RuleDoc doc{paragraph(section, "What it checks"), paragraph(section, "How to fix it")};
  if (doc.checks.empty() || doc.fix.empty()) return std::nullopt;
  return doc;
}

std::string plain_text(std::string_view markdown) {
  std::string out;
  for (std::size_t i = 0; i < markdown.size(); ++i) {
    const char c = markdown[i];
    if (c == '`') continue;
    if (c == '*' && i + 1 < markdown.size() && markdown[i + 1] == '*') {
      ++i;
      continue;
    }
    // [text](target) reads as text; other brackets (ignore[RULE]) stay.
    if (c == '[') {
      const auto close = markdown.find(']', i);
      if (close != std::string_view::npos && close + 1 < markdown.size() && markdown[close + 1] == '(') {
        const auto end = markdown.find(')', close);
        if (end != std::string_view::npos) {
          out += plain_text(markdown.substr(i + 1, close - i - 1));
          i = end;
          continue;
        }
      }
    }
    out += c;
  }
  return out;
}

}  // namespace lateral
