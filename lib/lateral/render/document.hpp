// What the review's documents (the profile and the action plan) share: when a review is sound
// enough to render, how dates read in a document, and the table of output formats.
#pragma once
#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "lateral/date.hpp"
#include "lateral/diagnostic.hpp"
#include "lateral/model.hpp"

namespace lateral::render {

// The errors that stop a review's documents from being written: every error the rules find in the
// review's own files or its school.yaml, except an incomplete benchmark, which makes a DRAFT
// instead. When the review's plan or framework could not be read at all, errors in lateral.yaml
// and the framework file count too, since nothing can be rendered without them.
std::vector<Diagnostic> errors_in_review(const Repository& repo, const School& school, const Review& review,
                                         Date today);
// The same from the diagnostics of check_repository(repo) run once (the site renders every review).
std::vector<Diagnostic> errors_in_review(const Repository& repo, const School& school, const Review& review,
                                         const std::vector<Diagnostic>& all);

// "6 October 2026"; a review's days as "6 and 7 October 2026" or "30 June and 1 July 2026".
std::string long_date(Date d);
std::string long_dates(std::vector<Date> dates);
std::vector<Date> review_dates(const Review& review);

// A team member's school as people read it: a school of this repository by its name, else the
// text as written.
std::string school_name(const Repository& repo, std::string_view school);

// JSON text as the documents print it: two-space indent, keys in the order written, a final newline.
std::string dump(const nlohmann::ordered_json& j);

// Which review a document is about, as both documents open.
struct ReviewHeading {
  std::string partnership;
  std::string school;  // slug
  std::string school_name;
  std::string review;  // slug
  std::vector<Date> dates;
};
ReviewHeading review_heading(const Repository& repo, const School& school, const Review& review);

// The formats both documents come in; `--format` accepts these names.
inline const std::vector<std::string>& document_formats() {
  static const std::vector<std::string> names{"markdown", "json", "html"};
  return names;
}

// One formatter of a document: a new format is one function and one row in its table.
template <class Document>
struct DocumentFormat {
  std::string_view name;
  std::string (*render)(const Document&);
};

// Renders with the formatter of that name; the first row (Markdown) when there is none.
template <class Document, std::size_t N>
std::string render_as(const Document& document, std::string_view format, const DocumentFormat<Document> (&table)[N]) {
  for (const auto& f : table)
    if (f.name == format) return f.render(document);
  return table[0].render(document);
}

}  // namespace lateral::render
