// Writing the documents as HTML: one self-contained HTML5 file each (inline CSS and SVG, no
// script, no web font, nothing fetched), readable on a phone and printed on A4. Every text that
// comes from a file is escaped here, so what a reviewer typed reads as the same words, never as
// markup.
#pragma once
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace lateral::html {

// Text safe in element content and in a double- or single-quoted attribute value.
std::string escape(std::string_view text);
// One line of text (line breaks and runs of white space become one space), escaped.
std::string text(std::string_view text);
// A free text as <p> elements, one a paragraph (blank lines separate them); `lead` (HTML) opens
// the first one.
std::string paragraphs(std::string_view text, std::string_view lead = {});
// The same in a <blockquote>.
std::string quote(std::string_view text);
// <ul> of items that are HTML already; nothing when there are none.
std::string list(const std::vector<std::string>& items, std::string_view cls = {});
// A table's opening, its column headings and the start of its body: close it with
// "</tbody>\n</table>\n".
std::string table_head(std::initializer_list<std::string_view> columns);
// A date as a <time> element that never breaks across lines.
std::string time(std::string_view iso, std::string_view shown);

// A whole document.
struct Page {
  std::string title;    // the <title>, and the top heading's text
  std::string running;  // the running header of every printed page (the school and review)
  std::string notice;   // optional HTML shown above the document, on screen and in print
  std::string nav;      // optional HTML navigation (the site's), left out in print
  std::string body;     // the document's HTML, inside <main>
};
std::string page(const Page& page);

}  // namespace lateral::html
