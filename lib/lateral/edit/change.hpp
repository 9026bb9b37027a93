// A change to a repository, checked before it is written: the repository is loaded as it would
// be after the change (an Overlay of the changed files) and its problems are compared with those
// it has now. Only errors the change itself introduces refuse it.
#pragma once
#include <filesystem>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "lateral/date.hpp"
#include "lateral/diagnostic.hpp"
#include "lateral/loader.hpp"

namespace lateral::edit {

struct Change {
  Overlay files;                // repository-relative path -> the file's new content
  std::set<std::string> fresh;  // of those, the files that must not exist yet
};

struct ChangeCheck {
  std::vector<Diagnostic> introduced_errors;    // after the change and not before: the change is refused
  std::vector<Diagnostic> introduced_warnings;  // worth telling, never blocking
  std::size_t existing_errors = 0;              // already in the repository; they never block
  std::size_t resolved_errors = 0;              // of those, the ones the change removes
  bool refused() const { return !introduced_errors.empty(); }
};

// Problems are matched by identity (lateral::identity: rule and what the problem is about), not by
// wording or line: a problem that only changes its words or moves is not introduced. `before` is the
// repository as loaded now.
ChangeCheck check_change(const Repository& before, const Change& change, Date today);

// Writes the change: every file atomically, the fresh ones only if their name is still free (and
// their directories created). Returns an error text, or "exists: <path>" when a fresh file's name
// was taken meanwhile; files written before a failure are removed again if they were fresh.
std::optional<std::string> write_change(const std::filesystem::path& root, const Change& change);

}  // namespace lateral::edit
