// lateral-bench-floor: the least any YAML checker must do with the files `lateral check` reads, to
// measure lateral against. `read` reads every file's bytes once in one process; `events` also runs
// yaml-cpp's event parser (no node tree, an empty handler) over every file on N threads.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <istream>
#include <streambuf>
#include <string>
#include <thread>
#include <vector>

namespace fs = std::filesystem;

namespace {

class NoEvents : public YAML::EventHandler {
 public:
  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
  void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t, const std::string&) override {}
  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
  void OnMapEnd() override {}
};

// An istream over bytes already read, without copying them (as lateral's own reader does).
struct MemoryBuffer : std::streambuf {
  explicit MemoryBuffer(std::string& bytes) { setg(bytes.data(), bytes.data(), bytes.data() + bytes.size()); }
};

// Every *.yaml file under `root`, as lateral sees a repository: hidden directories (.git, .lateral)
// are not part of it.
std::vector<fs::path> yaml_files(const fs::path& root) {
  std::vector<fs::path> files;
  for (auto it = fs::recursive_directory_iterator(root); it != fs::recursive_directory_iterator(); ++it) {
    const auto name = it->path().filename().string();
    if (it->is_directory() && name.starts_with(".")) {
      it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file() && it->path().extension() == ".yaml") files.push_back(it->path());
  }
  return files;
}

// Reads a whole file into `buf` (reused, so the floor pays for no allocation it need not make).
bool read_into(const fs::path& path, std::string& buf) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  struct stat st {};
  if (::fstat(fd, &st) != 0) {
    ::close(fd);
    return false;
  }
  buf.resize(static_cast<std::size_t>(st.st_size));
  std::size_t got = 0;
  while (got < buf.size()) {
    const auto n = ::read(fd, buf.data() + got, buf.size() - got);
    if (n <= 0) break;
    got += static_cast<std::size_t>(n);
  }
  ::close(fd);
  buf.resize(got);
  return true;
}

struct Totals {
  std::atomic<std::size_t> bytes{0}, unreadable{0}, parse_errors{0};
};

void parse_events(const std::vector<fs::path>& files, std::atomic<std::size_t>& next, Totals& totals) {
  std::string buf;
  NoEvents handler;
  for (std::size_t i = next++; i < files.size(); i = next++) {
    if (!read_into(files[i], buf)) {
      ++totals.unreadable;
      continue;
    }
    totals.bytes += buf.size();
    try {
      MemoryBuffer memory(buf);
      std::istream in(&memory);
      YAML::Parser parser(in);
      while (parser.HandleNextDocument(handler)) {
      }
    } catch (const YAML::Exception&) {
      ++totals.parse_errors;
    }
  }
}

int usage() {
  std::fputs(
      "usage: lateral-bench-floor MODE DIR [--threads N]\n"
      "  read    read every *.yaml file's bytes once, in one thread\n"
      "  events  read and run yaml-cpp's event parser (no node tree) over every file on N threads\n"
      "          (default: the hardware concurrency, as lateral uses)\n"
      "Prints one line: mode, files, bytes, threads, errors and seconds (the walk included).\n\n"
      "Examples:\n"
      "  lateral-bench-floor read /tmp/corpus\n"
      "  lateral-bench-floor events /tmp/corpus --threads 2\n",
      stderr);
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.size() == 1 && (args[0] == "--help" || args[0] == "-h")) return usage(), 0;
  unsigned threads = std::max(1u, std::thread::hardware_concurrency());
  if (args.size() == 4 && args[2] == "--threads") {
    try {
      const int n = std::stoi(args[3]);
      if (n < 1) return usage();
      threads = static_cast<unsigned>(n);
    } catch (const std::exception&) {
      return usage();
    }
    args.resize(2);
  }
  if (args.size() != 2 || (args[0] != "read" && args[0] != "events")) return usage();
  const fs::path root = args[1];
  std::error_code ec;
  if (!fs::is_directory(root, ec)) {
    std::fprintf(stderr, "lateral-bench-floor: %s: no such directory\n", root.c_str());
    return 2;
  }

  const auto start = std::chrono::steady_clock::now();
  const auto files = yaml_files(root);
  Totals totals;
  if (args[0] == "read") {
    threads = 1;
    std::string buf;
    for (const auto& f : files) {
      if (read_into(f, buf))
        totals.bytes += buf.size();
      else
        ++totals.unreadable;
    }
  } else {
    std::atomic<std::size_t> next{0};
    std::vector<std::thread> pool;
    for (unsigned t = 0; t < threads; ++t) pool.emplace_back(parse_events, std::cref(files), std::ref(next), std::ref(totals));
    for (auto& t : pool) t.join();
  }
  const std::chrono::duration<double> seconds = std::chrono::steady_clock::now() - start;
  std::printf("mode=%s files=%zu bytes=%zu threads=%u unreadable=%zu parse_errors=%zu seconds=%.3f\n", args[0].c_str(),
              files.size(), totals.bytes.load(), threads, totals.unreadable.load(), totals.parse_errors.load(),
              seconds.count());
  return totals.unreadable || totals.parse_errors ? 1 : 0;
}
