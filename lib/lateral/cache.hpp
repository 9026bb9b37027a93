// The parse cache in .lateral/cache/: what each file's YAML reading found (its tree, diagnostics
// and ignore comments), keyed as git's index keys files (size, modification and change times,
// inode) and by lateral's version, so an unchanged file is not parsed again and a changed one
// always is. One cache file per school, so schools load and save in parallel.
//
// The cache is never trusted: a cache file is read only when it is a regular file of bounded size
// whose checksum (over every byte) and version match, every length in it is checked against what
// is left, and anything unexpected means "no cache" (the YAML is read). An entry is kept only when
// its file was safely older than the moment it was examined (git's "racily clean" entries), so an
// edit within the file system's timestamp granularity can never hide behind an unchanged key.
#pragma once
#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "lateral/loader.hpp"

namespace lateral {

struct FileKey {
  std::uint64_t size = 0;
  std::int64_t mtime_ns = 0;
  std::int64_t ctime_ns = 0;
  std::uint64_t inode = 0;
  bool operator==(const FileKey&) const = default;
};

// A file changed less than this before it was examined may change again without its key changing
// (timestamps are coarse: 4 ms on ext4, 1 s or 2 s elsewhere): its reading is not cached.
inline constexpr std::int64_t kRacyWindowNs = 2'000'000'000;
// A school's cache file larger than this is neither read nor written.
inline constexpr std::size_t kMaxCacheFileBytes = 64u * 1024 * 1024;

class ParseCache {
 public:
  // Reads `cache_file` when it is there, intact and written by this version; otherwise starts empty.
  explicit ParseCache(std::filesystem::path cache_file);
  // The same from a cache file's bytes (for tests and the fuzzer); nothing is written on save().
  static ParseCache from_bytes(std::string_view bytes);

  std::optional<LoadedFile> find(const std::string& file, const FileKey& key);
  // Keeps `loaded` for `file`, unless the file was changed within kRacyWindowNs of `examined_ns`
  // (the real time just before its key was taken): then any entry for it is dropped.
  void store(const std::string& file, const FileKey& key, const LoadedFile& loaded, std::int64_t examined_ns);
  // Writes the cache back (atomically) when anything changed; entries not used since it was read
  // (files that are gone) are dropped. Failure to write is not an error: the cache is a speed-up.
  void save();

  // The files it holds an entry for, and under which key (for tests and the fuzzer).
  std::vector<std::pair<std::string, FileKey>> keys() const;
  // The bytes save() would write.
  std::string bytes() const;

 private:
  ParseCache() = default;
  void read(std::string_view data);
  struct Entry {
    FileKey key;
    std::string blob;
  };
  std::filesystem::path path_;
  std::map<std::string, Entry> entries_;
  std::set<std::string> used_;
  bool dirty_ = false;
};

// What each file's YAML reading found, kept in memory by a process that loads the same part of a
// repository again and again (the language server loads a school on every keystroke), so that only
// what changed is parsed again. Never stale: a text given in full (an unsaved buffer, an overlay)
// is matched by the whole text; a file on disk by its key, and only when it was not racily clean
// (changed within kRacyWindowNs of being examined), as in the parse cache. Safe to share between
// the loader's threads. Handed to the loader through LoadOptions::parsed.
class ParsedFiles {
 public:
  using Parsed = std::shared_ptr<const LoadedFile>;
  // The reading of `file` when its text is `text`: kept from before, or parsed now and kept.
  Parsed text(const std::string& file, std::string_view text);
  // The reading of `file` on disk when its key is still `key`; null when there is none.
  Parsed find(const std::string& file, const FileKey& key);
  // Keeps `loaded`, read from the file on disk with `key` when it was examined at `examined_ns`
  // (the real time just before its key was taken); a racily clean file's reading is not kept.
  void store(const std::string& file, const FileKey& key, Parsed loaded, std::int64_t examined_ns);
  // Drops what no lookup asked for since the last call (files gone, or out of the loaded part),
  // so memory follows what is loaded.
  void forget_unused();
  std::size_t size() const;
  // How many readings were parsed, rather than kept from before (for tests).
  std::size_t parsed() const { return parsed_; }

 private:
  struct Entry {
    std::optional<std::string> text;  // the whole text, for an overlay's file; else `key`
    FileKey key;
    Parsed loaded;
    bool used = true;
  };
  mutable std::mutex mutex_;
  std::map<std::string, Entry> entries_;
  std::size_t parsed_ = 0;
};

// Why the cache directories under `root` cannot be used, or nullopt: `.lateral`, `.lateral/cache`
// or `.lateral/cache/schools` is a symbolic link (it could lead out of the repository, and the
// cache is never written through one) or something other than a directory.
std::optional<std::string> cache_directory_refusal(const std::filesystem::path& root);

// `body` followed by the checksum a cache file ends with (for tests and the fuzzer).
std::string seal_cache_bytes(std::string_view body);

// The serialized form of one file's reading, exposed for tests. deserialize() accepts only what
// serialize() writes: serialize(*deserialize(b)) == b whenever deserialize(b) succeeds.
std::string serialize(const LoadedFile& loaded);
std::optional<LoadedFile> deserialize(std::string_view blob);

}  // namespace lateral
