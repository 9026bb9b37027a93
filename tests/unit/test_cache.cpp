// The parse cache's serialized form gives back what reading the file found: the tree with its
// positions, the diagnostics, and the ignore comments with where their rule names are written.
#include <doctest/doctest.h>

#include "lateral/cache.hpp"
#include "lateral/loader.hpp"
#include "lateral/rules.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

namespace fs = std::filesystem;
using namespace lateral;

TEST_CASE("a file's reading survives the cache's serialized form") {
  const std::string text =
      "# lateral: ignore[team]\n"
      "name: Brook Lane  # lateral: ignore[triangulaton, all]\n"
      "phase: [primary, 7]\n"
      "urn: 1\n"
      "urn: 2\n";
  const auto lf = parse_file(text, "schools/x/school.yaml");
  REQUIRE(lf.document.root);
  REQUIRE(lf.document.suppressions.size() == 3);
  REQUIRE_FALSE(lf.diagnostics.empty());  // the second `urn` is a duplicate key

  const auto back = deserialize(serialize(lf));
  REQUIRE(back);
  REQUIRE(back->document.root);
  const auto* phase = back->document.root->find("phase");
  REQUIRE(phase);
  REQUIRE(phase->items.size() == 2);
  CHECK(phase->items[1].value == "7");
  CHECK(phase->items[1].mark.line == 3);
  CHECK(phase->items[1].mark.column == 18);

  REQUIRE(back->document.suppressions.size() == 3);
  for (std::size_t i = 0; i < 3; ++i) {
    const auto& a = lf.document.suppressions[i];
    const auto& b = back->document.suppressions[i];
    CHECK(a.rule == b.rule);
    CHECK(a.line == b.line);
    CHECK(a.at.line == b.at.line);
    CHECK(a.at.column == b.at.column);
  }
  // The comment alone on line 1 silences line 2; its rule name is written on line 1, column 19.
  CHECK(back->document.suppressions[0].line == 2);
  CHECK(back->document.suppressions[0].at.line == 1);
  CHECK(back->document.suppressions[0].at.column == 19);
  CHECK(back->document.suppressions[1].rule == "triangulaton");
  CHECK(back->document.suppressions[1].at.column == 37);
  CHECK(back->document.suppressions[2].rule == "all");

  REQUIRE(back->diagnostics.size() == lf.diagnostics.size());
  for (std::size_t i = 0; i < lf.diagnostics.size(); ++i) {
    CHECK(back->diagnostics[i].rule == lf.diagnostics[i].rule);
    CHECK(back->diagnostics[i].line == lf.diagnostics[i].line);
    CHECK(back->diagnostics[i].message == lf.diagnostics[i].message);
  }
  // A damaged blob is refused, not half-read.
  auto blob = serialize(lf);
  blob.resize(blob.size() / 2);
  CHECK_FALSE(deserialize(blob));
}

namespace {

LoadedFile sample_reading() {
  return parse_file("name: Brook Lane  # lateral: ignore[team]\nurn: 1\nurn: 2\nphase: [primary, 7]\n",
                    "schools/x/school.yaml");
}

constexpr FileKey kOldKey{64, 1'700'000'000'000'000'000LL, 1'700'000'000'000'000'000LL, 7};
constexpr std::int64_t kLater = 1'700'000'000'000'000'000LL + 10 * kRacyWindowNs;

std::string one_entry_cache() {
  auto cache = ParseCache::from_bytes({});
  cache.store("schools/x/school.yaml", kOldKey, sample_reading(), kLater);
  return cache.bytes();
}

// What a damaged cache file gives back for the entry: nothing, or exactly what was stored.
void check_never_wrong(const std::string& bytes) {
  auto cache = ParseCache::from_bytes(bytes);
  if (auto back = cache.find("schools/x/school.yaml", kOldKey)) CHECK(serialize(*back) == serialize(sample_reading()));
}

}  // namespace

TEST_CASE("an entry for a file changed just before it was examined is not kept (racily clean)") {
  auto cache = ParseCache::from_bytes({});
  const auto reading = sample_reading();
  // Changed 1 ms before its key was taken: a second change in the same timestamp tick would keep
  // the key, so the reading cannot be trusted later.
  cache.store("schools/x/school.yaml", kOldKey, reading, kOldKey.mtime_ns + 1'000'000);
  CHECK(cache.keys().empty());
  CHECK_FALSE(cache.find("schools/x/school.yaml", kOldKey));
  // The change time counts too (a `touch -r` keeps the modification time).
  FileKey touched = kOldKey;
  touched.ctime_ns = kLater - 1'000;
  cache.store("schools/x/school.yaml", touched, reading, kLater);
  CHECK(cache.keys().empty());
  // Settled long before it was examined: kept, and read back from the bytes.
  cache.store("schools/x/school.yaml", kOldKey, reading, kLater);
  auto back = ParseCache::from_bytes(cache.bytes());
  REQUIRE(back.keys().size() == 1);
  const auto found = back.find("schools/x/school.yaml", kOldKey);
  REQUIRE(found);
  CHECK(serialize(*found) == serialize(reading));
  // And an entry that becomes racy on a later run is dropped, not left stale.
  FileKey edited = kOldKey;
  edited.mtime_ns = edited.ctime_ns = kLater;
  back.store("schools/x/school.yaml", edited, reading, kLater + 1);
  CHECK(back.keys().empty());
}

TEST_CASE("a damaged cache file is no cache: checksum, truncation, zeros, random bytes") {
  const auto good = one_entry_cache();
  REQUIRE(ParseCache::from_bytes(good).find("schools/x/school.yaml", kOldKey));
  // Every single flipped bit is caught by the checksum.
  for (std::size_t i = 0; i < good.size(); ++i)
    for (int bit = 0; bit < 8; bit += 3) {
      auto bad = good;
      bad[i] = static_cast<char>(bad[i] ^ (1 << bit));
      CHECK(ParseCache::from_bytes(bad).keys().empty());
    }
  // Every truncation.
  for (std::size_t n = 0; n < good.size(); ++n) CHECK(ParseCache::from_bytes(good.substr(0, n)).keys().empty());
  CHECK(ParseCache::from_bytes(std::string(good.size(), '\0')).keys().empty());
  CHECK(ParseCache::from_bytes(std::string(1 << 20, '\0')).keys().empty());
  std::uint64_t x = 88172645463325252ull;
  std::string noise(1 << 16, '\0');
  for (auto& c : noise) {
    x ^= x << 13, x ^= x >> 7, x ^= x << 17;
    c = static_cast<char>(x);
  }
  CHECK(ParseCache::from_bytes(noise).keys().empty());
  // Another version of lateral, behind a valid checksum: not read.
  auto other = good;
  const auto at = other.find(LATERAL_VERSION);
  REQUIRE(at != std::string::npos);
  other[at] = 'X';
  other = seal_cache_bytes(std::string_view(other).substr(0, other.size() - 8));
  CHECK(ParseCache::from_bytes(other).keys().empty());
  check_never_wrong(other);
}

TEST_CASE("lengths in a cache file are bounded by the bytes that are there") {
  // Behind a valid checksum (as a crafted file would be), a count of 2^60 entries, and an entry
  // blob whose node claims 2^24 items: refused at once, without allocating for them.
  const auto header = ParseCache::from_bytes({}).bytes();
  const auto head = header.substr(0, header.size() - 16);  // magic and version
  std::string huge = head;
  const std::uint64_t count = 1ull << 60;
  huge.append(reinterpret_cast<const char*>(&count), 8);
  CHECK(ParseCache::from_bytes(seal_cache_bytes(huge)).keys().empty());

  std::string blob;
  auto put = [&blob](std::uint64_t v) { blob.append(reinterpret_cast<const char*>(&v), 8); };
  put(2);                       // a root node
  put(std::uint64_t(2) << 8);   // a sequence
  put((std::uint64_t(1) << 32) | 1);
  put(0);
  put(1);
  put(0);                       // no value
  put(1u << 24);                // 16 million items, in a few bytes
  CHECK_FALSE(deserialize(blob));
  // Fields out of their range: a kind, a severity, a line beyond an int.
  auto reading = serialize(sample_reading());
  CHECK(deserialize(reading));
  auto kind = reading;
  kind[9] = 9;  // the root's kind
  CHECK_FALSE(deserialize(kind));
}

TEST_CASE("a directory, FIFO or link where a cache file belongs is no cache, and nothing blocks") {
  namespace fs = std::filesystem;
  const auto dir = fs::temp_directory_path() / ("lateral-cache-test-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir / "a-directory.bin");
  REQUIRE(::mkfifo((dir / "a-fifo.bin").c_str(), 0600) == 0);
  {
    std::ofstream(dir / "real.bin", std::ios::binary) << one_entry_cache();
  }
  fs::create_symlink(dir / "real.bin", dir / "a-link.bin");
  CHECK(ParseCache(dir / "real.bin").keys().size() == 1);
  CHECK(ParseCache(dir / "a-directory.bin").keys().empty());
  CHECK(ParseCache(dir / "a-fifo.bin").keys().empty());
  CHECK(ParseCache(dir / "a-link.bin").keys().empty());
  CHECK(ParseCache(dir / "missing.bin").keys().empty());

  // The cache directories themselves: a link is refused, with a reason; a file is refused.
  const auto repo = dir / "repo";
  fs::create_directories(repo / ".lateral");
  CHECK_FALSE(cache_directory_refusal(repo));
  fs::create_directory_symlink(dir, repo / ".lateral" / "cache");
  const auto why = cache_directory_refusal(repo);
  REQUIRE(why);
  CHECK(why->find(".lateral/cache is a symbolic link") != std::string::npos);
  fs::remove(repo / ".lateral" / "cache");
  fs::create_directories(repo / ".lateral" / "cache");
  fs::create_directory_symlink(dir, repo / ".lateral" / "cache" / "schools");
  CHECK(cache_directory_refusal(repo));
  fs::remove(repo / ".lateral" / "cache" / "schools");
  std::ofstream(repo / ".lateral" / "cache" / "schools") << "x";
  CHECK(cache_directory_refusal(repo));
  fs::remove_all(dir);
}

TEST_CASE("a diagnostic's fix survives the cache, exactly") {
  LoadedFile lf = sample_reading();
  Diagnostic d{"schools/x/school.yaml", 2, 6, 3, Severity::error, "yaml11-bool", "`yes` is text", "write true"};
  d.fix = Fix{"replace `yes` with `true`", {TextEdit{"schools/x/school.yaml", 2, 6, 2, 9, "true"}}};
  lf.diagnostics.push_back(d);
  const auto blob = serialize(lf);
  const auto back = deserialize(blob);
  REQUIRE(back);
  REQUIRE(back->diagnostics.back().fix);
  CHECK(back->diagnostics.back().fix->description == "replace `yes` with `true`");
  REQUIRE(back->diagnostics.back().fix->edits.size() == 1);
  CHECK(back->diagnostics.back().fix->edits[0].end_column == 9);
  CHECK(back->diagnostics.back().fix->edits[0].text == "true");
  CHECK(serialize(*back) == blob);
  // A fix that would edit another file is not this file's reading: the entry is not used.
  lf.diagnostics.back().fix->edits[0].file = "lateral.yaml";
  auto cache = ParseCache::from_bytes({});
  cache.store("schools/x/school.yaml", kOldKey, lf, kLater);
  auto reread = ParseCache::from_bytes(cache.bytes());
  CHECK_FALSE(reread.find("schools/x/school.yaml", kOldKey));
}

TEST_CASE("readings kept in memory: a text is matched whole, a file by its key, never a racily clean one") {
  ParsedFiles kept;
  const std::string file = "schools/x/school.yaml";
  const auto first = kept.text(file, "name: Brook Lane\n");
  CHECK(kept.text(file, "name: Brook Lane\n") == first);  // the same text: the same reading
  CHECK(kept.parsed() == 1);
  const auto second = kept.text(file, "name: Brook Lanes\n");  // one byte more: parsed again
  CHECK(second != first);
  CHECK(kept.parsed() == 2);
  REQUIRE(second->document.root);
  CHECK(second->document.root->find("name")->value == "Brook Lanes");
  // A text's reading is not a file's: the file on disk is looked up by its key.
  CHECK_FALSE(kept.find(file, kOldKey));

  const auto reading = std::make_shared<const LoadedFile>(sample_reading());
  kept.store(file, kOldKey, reading, kOldKey.mtime_ns + 1'000'000);  // racily clean: not kept
  CHECK_FALSE(kept.find(file, kOldKey));
  FileKey touched = kOldKey;  // the change time counts too
  touched.ctime_ns = kLater - 1'000;
  kept.store(file, touched, reading, kLater);
  CHECK_FALSE(kept.find(file, touched));
  kept.store(file, kOldKey, reading, kLater);
  CHECK(kept.find(file, kOldKey) == reading);
  for (auto changed : {&FileKey::size, &FileKey::inode}) {
    FileKey other = kOldKey;
    ++(other.*changed);
    CHECK_FALSE(kept.find(file, other));
  }
  FileKey edited = kOldKey;
  edited.mtime_ns += 1;
  CHECK_FALSE(kept.find(file, edited));
  // An overlay's text for the same file is never taken from the file's reading.
  CHECK(kept.text(file, "name: Brook Lane  # lateral: ignore[team]\nurn: 1\nurn: 2\nphase: [primary, 7]\n") != reading);

  // What no lookup asked for since the last sweep goes.
  kept.forget_unused();
  CHECK(kept.size() == 1);
  kept.forget_unused();
  CHECK(kept.size() == 0);
}

TEST_CASE("loading again with the readings kept parses only what changed, and says what a fresh load says") {
  const fs::path minimal = fs::path(LATERAL_SOURCE_DIR) / "tests" / "fixtures" / "minimal";
  const Date today{2026, 11, 23};
  const std::string evidence = "schools/brook-lane-primary/reviews/2026-10/evidence/op-1.yaml";
  Overlay overlay = {{evidence, "date: 2026-02-30\n"}};
  ParsedFiles kept;
  LoadOptions options;
  options.parsed = &kept;
  options.scope = "brook-lane-primary";
  auto same = [&](const Overlay& o) {
    LoadOptions fresh;
    fresh.scope = options.scope;
    const auto a = check_repository(load_repository(minimal, &o, options), {today});
    const auto b = check_repository(load_repository(minimal, &o, fresh), {today});
    REQUIRE(a.size() == b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
      CHECK(a[i].file == b[i].file);
      CHECK(a[i].line == b[i].line);
      CHECK(a[i].message == b[i].message);
    }
    kept.forget_unused();
    return a;
  };
  const auto before = same(overlay);
  const auto parsed = kept.parsed();
  CHECK(parsed > 1);
  same(overlay);
  // The checkout's files settled long ago: nothing is parsed again (a file racily clean would be).
  CHECK(kept.parsed() == parsed);
  overlay[evidence] = "date: 2026-02-28\n";
  const auto after = same(overlay);
  CHECK(kept.parsed() == parsed + 1);
  auto dates = [&](const std::vector<Diagnostic>& found) {
    return std::count_if(found.begin(), found.end(), [&](const Diagnostic& d) { return d.file == evidence && d.rule == "date"; });
  };
  CHECK(dates(before) == 1);  // 2026-02-30 is not a date; 2026-02-28 is
  CHECK(dates(after) == 0);
}
