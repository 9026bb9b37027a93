// The parse cache in .lateral/cache/: what each file's YAML reading found (its tree, diagnostics
// and ignore comments), keyed as git's index keys files (size, modification and change times,
// inode) and by lateral's version, so an unchanged file is not parsed again and a changed one
// always is. One cache file per school, so schools load and save in parallel.
#pragma once
#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <string>

#include "lateral/loader.hpp"

namespace lateral {

struct FileKey {
  std::uint64_t size = 0;
  std::int64_t mtime_ns = 0;
  std::int64_t ctime_ns = 0;
  std::uint64_t inode = 0;
  bool operator==(const FileKey&) const = default;
};

class ParseCache {
 public:
  // Reads `cache_file` if it is there and was written by this version; otherwise starts empty.
  explicit ParseCache(std::filesystem::path cache_file);

  std::optional<LoadedFile> find(const std::string& file, const FileKey& key);
  void store(const std::string& file, const FileKey& key, const LoadedFile& loaded);
  // Writes the cache back (atomically) when anything changed; entries not used since it was read
  // (files that are gone) are dropped. Failure to write is not an error: the cache is a speed-up.
  void save();

 private:
  struct Entry {
    FileKey key;
    std::string blob;
  };
  std::filesystem::path path_;
  std::map<std::string, Entry> entries_;
  std::set<std::string> used_;
  bool dirty_ = false;
};

// The serialized form of one file's reading, exposed for tests.
std::string serialize(const LoadedFile& loaded);
std::optional<LoadedFile> deserialize(std::string_view blob);

}  // namespace lateral
