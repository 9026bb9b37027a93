// Checking a change against the repository as it is, and writing it.
#include "lateral/edit/change.hpp"

#include <algorithm>
#include <map>

#include "lateral/platform.hpp"
#include "lateral/rules.hpp"

namespace fs = std::filesystem;

namespace lateral::edit {
namespace {

// A problem's identity, not its wording nor its line: the list of aspects still to judge gets
// shorter with every judgement, and a change moves lines.
using Key = std::string;

Key key_of(const Diagnostic& d) { return identity(d); }

}  // namespace

ChangeCheck check_change(const Repository& before, const Change& change, Date today) {
  const auto now = check_repository(before, {today});
  LoadOptions options;
  options.scope = before.scope;  // the same files as before, so that the two are compared like for like
  const auto after_repo = load_repository(before.root, &change.files, options);
  const auto after = check_repository(after_repo, {today});

  ChangeCheck result;
  // A problem counts as introduced when it shows more often after the change than before.
  std::map<Key, int> seen;
  std::size_t matched_errors = 0;
  for (const auto& d : now) {
    ++seen[key_of(d)];
    if (d.severity == Severity::error) ++result.existing_errors;
  }
  for (const auto& d : after) {
    auto& count = seen[key_of(d)];
    if (count > 0) {
      --count;
      if (d.severity == Severity::error) ++matched_errors;
      continue;
    }
    if (d.severity == Severity::error)
      result.introduced_errors.push_back(d);
    else if (d.severity == Severity::warning)
      result.introduced_warnings.push_back(d);
  }
  result.resolved_errors = result.existing_errors - std::min(matched_errors, result.existing_errors);
  return result;
}

std::optional<std::string> write_change(const fs::path& root, const Change& change) {
  std::vector<fs::path> created;  // files, then the directories made for them, deepest first
  auto undo = [&] {
    std::error_code ec;
    // fs::remove leaves a directory alone when something else has appeared in it meanwhile.
    for (const auto& p : created) fs::remove(p, ec);
  };
  auto make_directories = [&](const fs::path& dir) {
    std::vector<fs::path> missing;
    std::error_code ec;
    for (auto d = dir; !d.empty() && !fs::exists(d, ec) && d != d.parent_path(); d = d.parent_path())
      missing.push_back(d);
    fs::create_directories(dir, ec);
    return missing;
  };
  std::vector<fs::path> directories;
  // Fresh files first: when a name is taken, nothing else has been touched yet.
  for (int pass = 0; pass < 2; ++pass) {
    for (const auto& [file, content] : change.files) {
      const bool fresh = change.fresh.count(file) > 0;
      if (fresh != (pass == 0)) continue;
      const auto path = root / file;
      std::optional<std::string> err;
      for (auto& d : make_directories(path.parent_path())) directories.push_back(std::move(d));
      if (fresh) {
        err = platform::create_exclusive(path, content);
        if (err && *err == "exists") err = "exists: " + file;
      } else {
        err = platform::atomic_write(path, content);
      }
      if (err) {
        std::sort(directories.begin(), directories.end(),
                  [](const fs::path& a, const fs::path& b) { return a.native().size() > b.native().size(); });
        created.insert(created.end(), directories.begin(), directories.end());
        undo();
        return err;
      }
      if (fresh) created.push_back(path);
    }
  }
  return std::nullopt;
}

}  // namespace lateral::edit
