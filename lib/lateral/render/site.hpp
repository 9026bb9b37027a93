// The partnership as a static site: an index (each review's stage and what it needs, schools due a
// review, overdue actions), a page per school (its history), per review (its profile and action
// plan) and the partnership view, all the same HTML as `--format html`, with relative links only
// so it opens from disk, from a CI artifact or behind any web server. Confidential evidence never
// appears: profiles are built without it. lib/ writes no file: each page goes to a callback.
#pragma once
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "lateral/date.hpp"
#include "lateral/model.hpp"

namespace lateral::site {

// The file that marks a directory as a site lateral wrote: its first line is kMarkerHeader, the
// rest the pages it holds, one a line, so a rewrite can remove pages that are gone.
inline constexpr std::string_view kMarker = ".lateral-site";
inline constexpr std::string_view kMarkerHeader = "# a site written by `lateral site`: it rewrites this directory";

struct Page {
  std::string path;  // relative to the site's directory, with '/'
  std::string html;
};

struct Summary {
  std::size_t pages = 0;
  std::vector<std::string> not_published;  // "school/review: why", for reviews with errors
};

// Builds every page and hands each to `write`, index.html last.
Summary build(const Repository& repo, Date today, const std::function<void(const Page&)>& write);

// The marker file's text for a site of these pages.
std::string marker_text(const std::vector<std::string>& pages);

}  // namespace lateral::site
