// lateral site -o DIR: the partnership as a static site (lib/lateral/render/site.hpp), written page
// by page, each atomically. DIR must be empty, new, or a site lateral wrote before (it holds the
// marker file): then pages that are gone are removed and the rest rewritten.
#include <fmt/format.h>

#include <fstream>
#include <iostream>
#include <set>
#include <sstream>

#include "../app.hpp"
#include "../write.hpp"
#include "lateral/loader.hpp"
#include "lateral/platform.hpp"
#include "lateral/render/site.hpp"
#include "lateral/render/views.hpp"

namespace fs = std::filesystem;

namespace lateral::cli {
namespace {

struct SiteOptions {
  std::string output;
};

// The pages of the site already in `dir`; nullopt when `dir` is neither empty nor a site.
std::optional<std::vector<std::string>> previous_site(const fs::path& dir) {
  std::error_code ec;
  if (!fs::exists(dir, ec) || fs::is_empty(dir, ec)) return std::vector<std::string>{};
  std::ifstream in(dir / site::kMarker);
  std::string line;
  if (!in || !std::getline(in, line) || line != site::kMarkerHeader) return std::nullopt;
  std::vector<std::string> pages;
  while (std::getline(in, line))
    if (!line.empty()) pages.push_back(line);
  return pages;
}

// A page path from the marker, kept only when it stays inside the site (the marker is a file on
// disk: never let it lead a removal elsewhere).
bool safe_page(const std::string& p) {
  return !p.empty() && p.front() != '/' && p.find("..") == std::string::npos && p.ends_with(".html");
}

void run(Session& session, const SiteOptions& opt) {
  const fs::path dir(opt.output);
  std::error_code ec;
  if (fs::exists(dir, ec) && !fs::is_directory(dir, ec))
    throw UsageError(fmt::format("-o {}: is a file; name a directory for the site", opt.output));
  const auto previous = previous_site(dir);
  if (!previous) {
    refuse(session, fmt::format("{} is not empty and is not a site lateral wrote", opt.output),
           fmt::format("name a new or empty directory; a site lateral wrote holds {} and is rewritten", site::kMarker));
    return;
  }
  const auto repo = load_repository(session.root());
  if (auto note = view::load_problems_note(repo)) std::cerr << "lateral: warning: " << *note << "\n";
  fs::create_directories(dir, ec);
  if (ec) throw FileError(fmt::format("{}: cannot create the directory: {}", opt.output, ec.message()));
  std::vector<std::string> written;
  const auto summary = site::build(repo, session.today(), [&](const site::Page& page) {
    const auto path = dir / page.path;
    fs::create_directories(path.parent_path(), ec);
    if (ec) throw FileError(fmt::format("{}: cannot create the directory: {}", path.parent_path().string(), ec.message()));
    // Each page atomically, not flushed one by one: the site is rebuilt from the repository at will.
    if (auto err = platform::replace_file_quickly(path, page.html)) throw FileError(*err);
    written.push_back(page.path);
  });
  // Pages of the previous site that this one no longer has, and the directories they leave empty.
  const std::set<std::string> now(written.begin(), written.end());
  for (const auto& p : *previous) {
    if (now.contains(p) || !safe_page(p)) continue;
    fs::remove(dir / p, ec);
    for (auto parent = (dir / p).parent_path(); parent != dir && fs::is_empty(parent, ec); parent = parent.parent_path())
      fs::remove(parent, ec);
  }
  if (auto err = platform::atomic_write(dir / site::kMarker, site::marker_text(written))) throw FileError(*err);
  for (const auto& r : summary.not_published)
    std::cerr << fmt::format("lateral: warning: {} left out of the site: its profile and action plan are not "
                             "written while the review has errors (`lateral check`)\n",
                             r);
  std::cerr << fmt::format("lateral: wrote {} pages to {}; open {}\n", summary.pages, opt.output,
                           (dir / "index.html").string());
}

}  // namespace

void setup_site(CLI::App& app, Session& session) {
  auto opt = std::make_shared<SiteOptions>();
  app.add_option("-o,--output", opt->output, "The directory to write the site to (new, empty, or a previous site)")
      ->type_name("DIR")
      ->required();
  app.footer(
      "Writes the partnership as static HTML pages: index.html (each review's stage and what it needs, schools\n"
      "due a review, overdue actions), a page per school (its history), per review (its profile and action\n"
      "plan) and the partnership view. Links are relative, so the site opens from disk, from a CI artifact or\n"
      "behind any web server. Confidential evidence never appears. The pages hold professional judgements\n"
      "about named schools: share them within the partnership only (see docs/privacy.md).\n\n"
      "Examples:\n"
      "  lateral site -o site\n"
      "  lateral site -o /srv/partnership-site --today 2026-11-23");
  app.callback([&session, opt] { run(session, *opt); });
}

}  // namespace lateral::cli
