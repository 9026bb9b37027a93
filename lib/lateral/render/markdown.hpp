// Writing GitHub-flavoured Markdown from text people typed: what a reviewer writes in a YAML file
// must read as the same words on GitHub, in pandoc's output and in the raw file, never as markup.
#pragma once
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace lateral::markdown {

// One line of text safe anywhere inline, also at the start of a line or a list item: every
// character Markdown could read as markup is escaped, line breaks become spaces, and web
// addresses become autolinks (bare ones trip markdownlint's MD034).
std::string inline_text(std::string_view text);

// A free text as its paragraphs (blank lines separate them, as in YAML block text), each one
// escaped onto a single line. Joining lines is what keeps a line that happens to start with "- "
// or "# " from turning into a list or a heading.
std::vector<std::string> paragraphs(std::string_view text);

// The same paragraphs as plain text, each on one line, not escaped: for formats with their own
// escaping (HTML).
std::vector<std::string> plain_paragraphs(std::string_view text);

// One line of plain text: line breaks and runs of white space become single spaces, ends trimmed.
std::string one_line(std::string_view text);

// A table cell: inline text with `|` escaped; "—" for an empty cell, so no column looks broken.
std::string cell(std::string_view text);

// The text of a free-text value as written, without the trailing line break YAML `|` leaves.
std::string trimmed(std::string_view text);

// The anchor GitHub (and pandoc's gfm_auto_identifiers, and markdownlint's MD051) gives a heading
// with this text: lower case, punctuation dropped, spaces to hyphens.
std::string github_slug(std::string_view heading_text);

// Hands out heading anchors in document order, numbering repeats as GitHub does (x, x-1, x-2).
class Anchors {
 public:
  std::string add(std::string_view heading_text);

 private:
  std::map<std::string, int> seen_;
};

}  // namespace lateral::markdown
