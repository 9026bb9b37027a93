// Fuzz target over the parse cache's reader (lib/lateral/cache.cpp), which reads files anyone can
// damage: it must never crash, hang or grow without bound, and never give back a reading that is
// not the one stored. The first byte picks what the rest is:
//   0: a whole cache file, as found on disk (almost always refused by its checksum);
//   1: a cache file's contents behind a valid header and checksum, so the entry parser is reached;
//   2: one entry's serialized reading: whatever deserialize() accepts must serialize back to the
//      same bytes (it accepts nothing serialize() would not write);
//   3: four bytes (where and what to damage) and a YAML file: its reading is cached, the cache file
//      damaged, and the damaged file must give back either nothing or exactly what was stored.
// Built with libFuzzer (LATERAL_FUZZ=ON, clang) and, for the regression inputs, as a plain program.
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "lateral/cache.hpp"
#include "lateral/loader.hpp"

namespace {

constexpr const char* kFile = "schools/ashfield/school.yaml";

// Reads every entry of `cache` back, as the loader would.
void read_all(lateral::ParseCache& cache) {
  for (const auto& [file, key] : cache.keys()) {
    if (auto lf = cache.find(file, key))
      if (lateral::serialize(*lf).empty()) __builtin_trap();
  }
}

// A cache file holding one entry, as save() writes it.
std::string one_entry_file(const lateral::LoadedFile& loaded, const lateral::FileKey& key) {
  auto cache = lateral::ParseCache::from_bytes({});
  cache.store(kFile, key, loaded, key.mtime_ns + 10 * lateral::kRacyWindowNs);
  return cache.bytes();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::string_view rest(reinterpret_cast<const char*>(data) + 1, size - 1);
  switch (data[0] % 4) {
    case 0: {
      auto cache = lateral::ParseCache::from_bytes(rest);
      read_all(cache);
      break;
    }
    case 1: {
      // The same layout save() writes, with the fuzzer's bytes as the part after the header.
      auto sealed = lateral::ParseCache::from_bytes({}).bytes();
      sealed.resize(sealed.size() - 16);  // an empty cache: header, count 0, checksum
      auto cache = lateral::ParseCache::from_bytes(lateral::seal_cache_bytes(sealed + std::string(rest)));
      read_all(cache);
      break;
    }
    case 2: {
      if (auto lf = lateral::deserialize(rest))
        if (lateral::serialize(*lf) != rest) __builtin_trap();
      break;
    }
    case 3: {
      if (rest.size() < 4) return 0;
      std::uint32_t where;
      std::memcpy(&where, rest.data(), 3);
      where &= 0xFFFFFF;
      const auto what = static_cast<unsigned char>(rest[3]);
      const auto loaded = lateral::parse_file(rest.substr(4), kFile);
      const lateral::FileKey key{rest.size(), 1'000'000'000'000'000'000LL, 1'000'000'000'000'000'000LL, 42};
      auto bytes = one_entry_file(loaded, key);
      if (!bytes.empty()) bytes[where % bytes.size()] = static_cast<char>(bytes[where % bytes.size()] ^ what);
      auto cache = lateral::ParseCache::from_bytes(bytes);
      const auto back = cache.find(kFile, key);
      if (what == 0 && !back) __builtin_trap();  // undamaged: it must be found
      if (back && lateral::serialize(*back) != lateral::serialize(loaded)) __builtin_trap();
      break;
    }
  }
  return 0;
}
