// The platform layer: atomic writes leave the old file intact and no temporary file behind when
// any step fails; exclusive creation never overwrites; locks exclude.
#include <doctest/doctest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>
#include <vector>

#include "lateral/platform.hpp"

namespace fs = std::filesystem;
using namespace lateral;

namespace {

struct TempDir {
  fs::path path;
  TempDir() {
    path = fs::temp_directory_path() / ("lateral-platform-" + std::to_string(::getpid()) + "-" + std::to_string(counter()++));
    fs::create_directories(path);
  }
  ~TempDir() { fs::remove_all(path); }
  static int& counter() {
    static int c = 0;
    return c;
  }
};

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

std::size_t entries(const fs::path& dir) {
  return static_cast<std::size_t>(std::distance(fs::directory_iterator(dir), fs::directory_iterator()));
}

struct InjectedFailure {
  explicit InjectedFailure(const char* step) { ::setenv("LATERAL_FAIL_WRITE", step, 1); }
  ~InjectedFailure() { ::unsetenv("LATERAL_FAIL_WRITE"); }
};

}  // namespace

TEST_CASE("atomic_write replaces a file") {
  TempDir dir;
  const auto file = dir.path / "benchmark.yaml";
  std::ofstream(file) << "old\n";
  CHECK_FALSE(platform::atomic_write(file, "new\n"));
  CHECK(slurp(file) == "new\n");
  CHECK(entries(dir.path) == 1);
}

TEST_CASE("a write that fails at any step leaves the old file and no temporary file") {
  for (const char* step : {"write", "flush", "rename"}) {
    CAPTURE(step);
    TempDir dir;
    const auto file = dir.path / "actions.yaml";
    std::ofstream(file) << "- id: a1\n";
    InjectedFailure fail(step);
    const auto err = platform::atomic_write(file, "- id: a2\n");
    REQUIRE(err);
    CHECK(slurp(file) == "- id: a1\n");
    CHECK(entries(dir.path) == 1);
  }
}

TEST_CASE("create_exclusive never overwrites, and fails cleanly") {
  TempDir dir;
  const auto file = dir.path / "am-1.yaml";
  CHECK_FALSE(platform::create_exclusive(file, "first\n"));
  const auto again = platform::create_exclusive(file, "second\n");
  REQUIRE(again);
  CHECK(*again == "exists");
  CHECK(slurp(file) == "first\n");
  CHECK(entries(dir.path) == 1);
  {
    InjectedFailure fail("flush");
    CHECK(platform::create_exclusive(dir.path / "am-2.yaml", "x"));
  }
  CHECK(entries(dir.path) == 1);
}

TEST_CASE("create_exclusive from many threads at once: exactly one wins each name") {
  TempDir dir;
  std::atomic<int> wins{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 8; ++t)
    threads.emplace_back([&, t] {
      for (int i = 0; i < 20; ++i)
        if (!platform::create_exclusive(dir.path / ("r-" + std::to_string(i) + ".yaml"), std::to_string(t))) ++wins;
    });
  for (auto& th : threads) th.join();
  CHECK(wins == 20);
  CHECK(entries(dir.path) == 20);
}

TEST_CASE("FileLock serialises writers") {
  TempDir dir;
  const auto lock_file = dir.path / ".lock";
  int counter = 0;
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&] {
      for (int i = 0; i < 200; ++i) {
        platform::FileLock lock(lock_file);
        REQUIRE(lock.locked());
        const int seen = counter;
        std::this_thread::yield();
        counter = seen + 1;
      }
    });
  for (auto& th : threads) th.join();
  CHECK(counter == 800);
}

// A file, a directory, a link to each, a link to nothing and a FIFO, in `p`.
void make_every_kind(const fs::path& p) {
  { std::ofstream(p / "f.yaml") << "a: 1\n"; }
  fs::create_directory(p / "d");
  fs::create_symlink("f.yaml", p / "to-file");
  fs::create_symlink("d", p / "to-dir");
  fs::create_symlink("nowhere", p / "dangling");
  REQUIRE(::mkfifo((p / "fifo").c_str(), 0644) == 0);
}

TEST_CASE("file kinds tell a link from what it leads to, and special files from files") {
  TempDir dir;
  const auto p = dir.path;
  make_every_kind(p);
  CHECK(platform::file_kind(p / "f.yaml") == platform::FileKind::file);
  CHECK(platform::file_kind(p / "d") == platform::FileKind::directory);
  CHECK(platform::file_kind(p / "to-file") == platform::FileKind::link_to_file);
  CHECK(platform::file_kind(p / "to-dir") == platform::FileKind::link_to_directory);
  CHECK(platform::file_kind(p / "dangling") == platform::FileKind::dangling_link);
  CHECK(platform::file_kind(p / "fifo") == platform::FileKind::fifo);
  CHECK(platform::file_kind(p / "none") == platform::FileKind::missing);
  CHECK(platform::file_kind("/dev/null") == platform::FileKind::device);
}

TEST_CASE("a directory listing gives every name but . and .., or the error that stopped it") {
  TempDir dir;
  const auto p = dir.path;
  { std::ofstream(p / "b.yaml") << "a: 1\n"; }
  { std::ofstream(p / ".hidden") << ""; }
  fs::create_directory(p / "a");
  fs::create_symlink("nowhere", p / "dangling");
  auto listing = platform::list_directory(p);
  CHECK(listing.error == 0);
  std::sort(listing.names.begin(), listing.names.end());
  CHECK(listing.names == std::vector<std::string>{".hidden", "a", "b.yaml", "dangling"});
  CHECK(platform::list_directory(p / "none").error == ENOENT);
  CHECK(platform::list_directory(p / "b.yaml").error == ENOTDIR);
  CHECK(platform::list_directory(p / "none").names.empty());
}

TEST_CASE("a listing tells a plain file or directory by itself, and never takes a link or a FIFO for one") {
  TempDir dir;
  const auto p = dir.path;
  make_every_kind(p);
  const auto listing = platform::list_directory(p);
  REQUIRE(listing.kinds.size() == listing.names.size());
  for (std::size_t i = 0; i < listing.names.size(); ++i) {
    CAPTURE(listing.names[i]);
    const auto kind = listing.kinds[i];
    // Unknown (missing) is always allowed: some file systems do not say; a kind given is the truth.
    if (kind != platform::FileKind::missing) CHECK(kind == platform::file_kind(p / listing.names[i]));
    if (listing.names[i] != "f.yaml" && listing.names[i] != "d")
      CHECK(kind == platform::FileKind::missing);
  }
}

TEST_CASE("reading a file never waits: a FIFO, a device or a directory is refused with what it is") {
  TempDir dir;
  const auto p = dir.path;
  { std::ofstream(p / "f.yaml") << "a: 1\n"; }
  fs::create_symlink("f.yaml", p / "to-file");
  REQUIRE(::mkfifo((p / "fifo").c_str(), 0644) == 0);
  CHECK(platform::read_regular_file(p / "f.yaml", 100).bytes == "a: 1\n");
  CHECK(platform::read_regular_file(p / "to-file", 100).bytes == "a: 1\n");
  auto r = platform::read_regular_file(p / "fifo", 100);  // would block for ever without O_NONBLOCK
  CHECK_FALSE(r.bytes);
  CHECK(r.error == "a FIFO (named pipe)");
  r = platform::read_regular_file("/dev/zero", 100);  // would never end
  CHECK_FALSE(r.bytes);
  CHECK(r.error == "a device");
  CHECK(platform::read_regular_file(p, 100).error == "a directory");
  // At most limit + 1 bytes: enough to know the file is over the limit.
  { std::ofstream(p / "big") << std::string(1000, 'x'); }
  CHECK(platform::read_regular_file(p / "big", 100).bytes->size() == 101);
}
