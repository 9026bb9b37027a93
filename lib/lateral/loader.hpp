// Loads a partnership repository from disk into the model, reporting every problem of every file.
#pragma once
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lateral/model.hpp"

namespace lateral {

inline constexpr std::string_view kRepositoryFile = "lateral.yaml";

// Walks up from `start` to the directory holding lateral.yaml, as git finds .git.
std::optional<std::filesystem::path> find_repository_root(const std::filesystem::path& start);

// Files that replace or add to what is on disk, by repository-relative path: a writing command
// loads the repository as it would be after its change, to check the change before writing it.
using Overlay = std::map<std::string, std::string>;

class ParsedFiles;  // cache.hpp

struct LoadOptions {
  // Reuse and refresh the parse cache in .lateral/cache/: a file unchanged since the last run is
  // not parsed again (see cache.hpp). Files in the overlay are always read from it.
  bool cache = false;
  // False drops the free text that no rule reads (summaries, commentary, notes, action texts),
  // keeping only that it is there: `check` on a large repository needs far less memory.
  bool keep_text = true;
  // False reads every evidence record (its problems are found and counted as ever) but keeps none:
  // a view of the whole partnership that never shows a record (status, partnership) needs a good
  // deal less memory. No rule can run on such a load.
  bool keep_evidence = true;
  // A school's slug: load only that school (with every review, evidence record and plan), the
  // partnership file and the frameworks. The other schools are there by slug only, except those a
  // team member of this school's reviews comes from, whose school.yaml is read for their name and
  // inspection (without its diagnostics: that school is not being checked). What a review-scoped
  // command needs, at the cost of one school rather than the whole repository.
  std::optional<std::string> scope;
  // Readings kept in memory from the last load by the same process (cache.hpp): a file or overlay
  // text unchanged since then is not parsed again. Not owned; null for none.
  ParsedFiles* parsed = nullptr;
};

Repository load_repository(const std::filesystem::path& root, const Overlay* overlay = nullptr,
                           const LoadOptions& options = {});

inline constexpr std::string_view kCacheDirectory = ".lateral/cache";

// The per-file loaders, for the writing commands that check a changed text before writing it.
// `file` is the repository-relative path used in diagnostics.
struct LoadedFile {
  yaml::Document document;
  std::vector<Diagnostic> diagnostics;
};
LoadedFile parse_file(std::string_view text, const std::string& file);

void read_partnership(const yaml::Node& root, Partnership& p, std::vector<Diagnostic>& out);
void read_school(const yaml::Node& root, School& s, std::vector<Diagnostic>& out);
void read_round(const yaml::Node& root, RoundFile& plan, std::vector<Diagnostic>& out);
void read_review_plan(const yaml::Node& root, ReviewPlan& plan, std::vector<Diagnostic>& out);
void read_self_evaluation(const yaml::Node& root, Review& review, std::vector<Diagnostic>& out);
void read_evidence(const yaml::Node& root, Evidence& e, std::vector<Diagnostic>& out);
void read_benchmark(const yaml::Node& root, Review& review, std::vector<Diagnostic>& out);
void read_actions(const yaml::Node& root, Review& review, std::vector<Diagnostic>& out);
void read_process_feedback(const yaml::Node& root, ProcessFeedback& pf, std::vector<Diagnostic>& out);

// Reads a whole file's bytes (up to just past the size limit); nullopt when it cannot be read or is
// not a regular file (a FIFO, a device, a directory: refused without waiting).
std::optional<std::string> read_file_bytes(const std::filesystem::path& path);

// Whether `p` (after every symbolic link is followed) is inside the repository at `root`.
bool inside_repository(const std::filesystem::path& root, const std::filesystem::path& p);

// A repository file's bytes, to show or to edit: nullopt when it leads outside the repository
// (not one byte of such a file is read), is missing, or is not a regular file.
std::optional<std::string> read_repository_file(const std::filesystem::path& root, const std::string& file);

// A repository-relative path, '/'-separated.
std::string relative_path(const std::filesystem::path& root, const std::filesystem::path& p);

}  // namespace lateral
