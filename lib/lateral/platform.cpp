// POSIX implementation of the platform layer.
#include "lateral/platform.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <charconv>
#include <cstdlib>
#include <cctype>
#include <cstring>
#include <ctime>
#include <new>
#include <random>

namespace lateral::platform {

bool is_terminal(int fd) { return ::isatty(fd) == 1; }

namespace {

// Memory kept back for when it runs out. The error unwinds the stack, and some destructors allocate
// as they run (nlohmann::json's frees nested values through a vector of its own): without room for
// them, the process would end with an abort instead of the one plain error. The first allocation
// that fails gives the reserve back and fails as it would have; the unwinding then has room.
constexpr std::size_t kReserve = 1 << 20;
std::atomic<void*> reserve{nullptr};

void release_reserve() {
  if (void* r = reserve.exchange(nullptr)) std::free(r);
  throw std::bad_alloc();
}

}  // namespace

void prepare_process() {
  ::signal(SIGXFSZ, SIG_IGN);
  if (void* r = std::malloc(kReserve)) {
    std::memset(r, 0, kReserve);  // the pages are the process's, not a promise
    reserve = r;
  }
  std::set_new_handler(release_reserve);
}

long long now_ns() {
  timespec ts;
  ::clock_gettime(CLOCK_REALTIME, &ts);
  return static_cast<long long>(ts.tv_sec) * 1000000000LL + ts.tv_nsec;
}

std::optional<std::string> read_unlinked_regular_file(const std::filesystem::path& path, std::size_t max_bytes) {
  struct stat st;
  if (::lstat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return std::nullopt;
  const int fd = ::open(path.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
  if (fd < 0) return std::nullopt;
  std::string data;
  // Checked again on what was opened: the name may have been replaced in between.
  bool ok = ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && static_cast<std::size_t>(st.st_size) <= max_bytes;
  if (ok) {
    data.resize(static_cast<std::size_t>(st.st_size));
    std::size_t got = 0;
    while (got < data.size()) {
      const auto n = ::read(fd, data.data() + got, data.size() - got);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) break;
      got += static_cast<std::size_t>(n);
    }
    ok = got == data.size();
  }
  ::close(fd);
  if (!ok) return std::nullopt;
  return data;
}

std::optional<FileStamp> file_stamp(const std::filesystem::path& path) {
  struct stat st;
  if (::stat(path.c_str(), &st) != 0) return std::nullopt;
  return FileStamp{static_cast<unsigned long long>(st.st_size), static_cast<unsigned long long>(st.st_ino),
                   static_cast<long long>(st.st_mtim.tv_sec) * 1000000000LL + st.st_mtim.tv_nsec,
                   static_cast<long long>(st.st_ctim.tv_sec) * 1000000000LL + st.st_ctim.tv_nsec};
}

namespace {
FileKind kind_of(const struct stat& st, bool link) {
  if (S_ISREG(st.st_mode)) return link ? FileKind::link_to_file : FileKind::file;
  if (S_ISDIR(st.st_mode)) return link ? FileKind::link_to_directory : FileKind::directory;
  if (S_ISFIFO(st.st_mode)) return FileKind::fifo;
  if (S_ISSOCK(st.st_mode)) return FileKind::socket;
  return FileKind::device;
}
}  // namespace

FileKind file_kind(const std::filesystem::path& path) {
  struct stat st;
  if (::lstat(path.c_str(), &st) != 0)
    return errno == ENOENT || errno == ENOTDIR ? FileKind::missing : FileKind::unreadable;
  if (!S_ISLNK(st.st_mode)) return kind_of(st, false);
  if (::stat(path.c_str(), &st) != 0)
    return errno == ENOENT || errno == ENOTDIR || errno == ELOOP ? FileKind::dangling_link : FileKind::unreadable;
  return kind_of(st, true);
}

Listing list_directory(const std::filesystem::path& dir) {
  Listing listing;
  DIR* d = ::opendir(dir.c_str());
  if (!d) {
    listing.error = errno;
    return listing;
  }
  struct Closer {
    DIR* d;
    ~Closer() { ::closedir(d); }
  } closer{d};
  for (;;) {
    errno = 0;
    const dirent* e = ::readdir(d);
    if (!e) {
      listing.error = errno;
      break;
    }
    const std::string_view name = e->d_name;
    if (name == "." || name == "..") continue;
    listing.names.emplace_back(name);  // may throw std::bad_alloc, to the caller
    listing.kinds.push_back(e->d_type == DT_REG   ? FileKind::file
                            : e->d_type == DT_DIR ? FileKind::directory
                                                  : FileKind::missing);
  }
  return listing;
}

std::string_view describe(FileKind kind) {
  switch (kind) {
    case FileKind::missing: return "missing";
    case FileKind::file: return "a file";
    case FileKind::directory: return "a directory";
    case FileKind::link_to_file: return "a symbolic link to a file";
    case FileKind::link_to_directory: return "a symbolic link to a directory";
    case FileKind::dangling_link: return "a symbolic link to nothing";
    case FileKind::fifo: return "a FIFO (named pipe)";
    case FileKind::socket: return "a socket";
    case FileKind::device: return "a device";
    case FileKind::unreadable: return "not readable";
  }
  return "not a file";
}

ReadResult read_regular_file(const std::filesystem::path& path, std::size_t limit) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
  if (fd < 0) {
    if (errno == ELOOP || errno == ENOENT) {
      if (file_kind(path) == FileKind::dangling_link) return {std::nullopt, std::string(describe(FileKind::dangling_link))};
    }
    return {std::nullopt, std::strerror(errno)};
  }
  struct stat st;
  if (::fstat(fd, &st) != 0) {
    const int saved = errno;
    ::close(fd);
    return {std::nullopt, std::strerror(saved)};
  }
  if (!S_ISREG(st.st_mode)) {
    ::close(fd);
    return {std::nullopt, std::string(describe(kind_of(st, false)))};
  }
  std::string data;
  char buf[65536];
  for (;;) {
    const auto n = ::read(fd, buf, std::min(sizeof buf, limit + 1 - data.size()));
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      const int saved = errno;
      ::close(fd);
      return {std::nullopt, std::strerror(saved)};
    }
    if (n == 0) break;
    data.append(buf, static_cast<std::size_t>(n));
    if (data.size() > limit) break;  // past the limit: the size alone is the answer
  }
  ::close(fd);
  return {std::move(data), {}};
}

std::string_view injected_failure() {
  const char* v = std::getenv("LATERAL_FAIL_WRITE");
  return v ? std::string_view(v) : std::string_view();
}

namespace {

std::string error_text(const char* what, const std::filesystem::path& p) {
  return std::string(what) + " " + p.string() + ": " + std::strerror(errno);
}

// Temporary files are named `.NAME.lateral-PID-RANDOM.tmp` beside their target: the process id
// says whose it is (so a stale one can be told from a live writer's), and the fixed part lets a
// .gitignore line (`.*.lateral-*.tmp`) and the clean-up below recognise lateral's own.
constexpr std::string_view kTemporaryMark = ".lateral-";

std::filesystem::path temporary_name(const std::filesystem::path& target) {
  static thread_local std::mt19937_64 rng{std::random_device{}()};
  char suffix[48];
  std::snprintf(suffix, sizeof suffix, "%s%ld-%016llx.tmp", kTemporaryMark.data(), static_cast<long>(::getpid()),
                static_cast<unsigned long long>(rng()));
  std::string name = ".";
  name += target.filename().native();
  name += suffix;
  return target.parent_path() / name;
}

// The process id in a temporary file's name when it is one of lateral's (see temporary_name).
std::optional<long> temporary_owner(std::string_view name) {
  if (!name.starts_with(".") || !name.ends_with(".tmp")) return std::nullopt;
  name.remove_suffix(4);
  const auto mark = name.rfind(kTemporaryMark);
  if (mark == std::string_view::npos || mark == 0) return std::nullopt;
  name.remove_prefix(mark + kTemporaryMark.size());
  const auto dash = name.find('-');
  if (dash == std::string_view::npos || name.size() - dash - 1 != 16) return std::nullopt;
  long pid = 0;
  const auto [end, ec] = std::from_chars(name.data(), name.data() + dash, pid);
  if (ec != std::errc() || end != name.data() + dash || pid <= 0) return std::nullopt;
  for (const char c : name.substr(dash + 1))
    if (!std::isxdigit(static_cast<unsigned char>(c))) return std::nullopt;
  return pid;
}

bool write_all(int fd, std::string_view data) {
  while (!data.empty()) {
    const auto n = ::write(fd, data.data(), data.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    data.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

// The permission bits a replacement of `target` gets: the replaced file's own (a file kept at 600
// stays 600); nullopt for a new file, which open() creates as the umask allows.
std::optional<mode_t> kept_mode(const std::filesystem::path& target) {
  struct stat st;
  if (::stat(target.c_str(), &st) == 0 && S_ISREG(st.st_mode)) return st.st_mode & 07777;
  return std::nullopt;
}

// Writes a temporary file beside `target` and returns its name, or an error.
std::optional<std::string> write_temporary(const std::filesystem::path& target, std::string_view data,
                                           std::filesystem::path& tmp, bool private_if_new, bool flush = true) {
  tmp = temporary_name(target);
  const auto kept = kept_mode(target);
  // A new private document is 600 from its creation; a new file otherwise as the umask allows.
  const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, private_if_new ? 0600 : 0666);
  if (fd < 0) return error_text("cannot create", tmp);
  const auto fail = injected_failure();
  // A replaced file's mode is set on the descriptor: open() would let the umask take bits away.
  bool ok = (!kept || ::fchmod(fd, *kept) == 0) && fail != "write" && write_all(fd, data);
  if (ok && flush && (fail == "flush" || ::fsync(fd) != 0)) ok = false;
  const int saved = errno;
  if (::close(fd) != 0) ok = false;
  if (!ok) {
    ::unlink(tmp.c_str());
    errno = saved ? saved : EIO;
    return error_text("cannot write", target);
  }
  return std::nullopt;
}

void sync_directory(const std::filesystem::path& dir) {
  const int fd = ::open(dir.empty() ? "." : dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd >= 0) {
    ::fsync(fd);
    ::close(fd);
  }
}

}  // namespace

void remove_stale_temporaries(const std::filesystem::path& dir) {
  DIR* d = ::opendir(dir.empty() ? "." : dir.c_str());
  if (!d) return;
  const long long now = now_ns();
  constexpr long long kMinute = 60LL * 1000000000LL;
  while (const dirent* e = ::readdir(d)) {
    const auto pid = temporary_owner(e->d_name);
    if (!pid) continue;
    struct stat st;
    if (::fstatat(::dirfd(d), e->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0 || !S_ISREG(st.st_mode)) continue;
    const long long age = now - (static_cast<long long>(st.st_mtim.tv_sec) * 1000000000LL + st.st_mtim.tv_nsec);
    const bool gone = ::kill(static_cast<pid_t>(*pid), 0) != 0 && errno == ESRCH;
    if ((age > kMinute && gone && st.st_uid == ::geteuid()) || age > 60 * kMinute)
      ::unlinkat(::dirfd(d), e->d_name, 0);
  }
  ::closedir(d);
}

std::optional<std::string> atomic_write(const std::filesystem::path& path, std::string_view data,
                                        bool private_if_new) {
  remove_stale_temporaries(path.parent_path());
  std::filesystem::path tmp;
  if (auto err = write_temporary(path, data, tmp, private_if_new)) return err;
  if (injected_failure() == "rename" || ::rename(tmp.c_str(), path.c_str()) != 0) {
    if (injected_failure() == "rename") errno = EIO;
    auto err = error_text("cannot replace", path);
    ::unlink(tmp.c_str());
    return err;
  }
  sync_directory(path.parent_path());
  return std::nullopt;
}

std::optional<std::string> write_document(const std::filesystem::path& path, std::string_view data,
                                          bool private_if_new) {
  struct stat st;
  if (::stat(path.c_str(), &st) != 0) return atomic_write(path, data, private_if_new);
  if (S_ISDIR(st.st_mode)) {
    errno = EISDIR;
    return error_text("cannot write", path);
  }
  if (S_ISREG(st.st_mode)) {
    // Through a symbolic link, the file it leads to is replaced and the link kept.
    std::error_code ec;
    const auto target = std::filesystem::canonical(path, ec);
    return atomic_write(ec ? path : target, data, private_if_new);
  }
  // A device, a FIFO, a terminal or a pipe (/dev/stdout, >(cmd)): written in place, as a stream;
  // replacing the node would destroy it.
  const int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC | O_NOCTTY);
  if (fd < 0) return error_text("cannot open", path);
  bool ok = write_all(fd, data);
  const int saved = errno;
  if (::close(fd) != 0 && ok) ok = errno == EINTR;
  if (!ok) {
    errno = saved ? saved : errno;
    return error_text("cannot write", path);
  }
  return std::nullopt;
}

std::optional<std::string> replace_file_quickly(const std::filesystem::path& path, std::string_view data) {
  std::filesystem::path tmp;
  if (auto err = write_temporary(path, data, tmp, false, false)) return err;
  if (::rename(tmp.c_str(), path.c_str()) != 0) {
    auto err = error_text("cannot write", path);
    ::unlink(tmp.c_str());
    return err;
  }
  return std::nullopt;
}

std::optional<std::string> create_exclusive(const std::filesystem::path& path, std::string_view data) {
  remove_stale_temporaries(path.parent_path());
  std::filesystem::path tmp;
  if (auto err = write_temporary(path, data, tmp, false)) return err;
  // link() fails with EEXIST when the name is taken: creation and content arrive together.
  if (injected_failure() == "rename" || ::link(tmp.c_str(), path.c_str()) != 0) {
    const int saved = injected_failure() == "rename" ? EIO : errno;
    ::unlink(tmp.c_str());
    if (saved == EEXIST) return std::string("exists");
    errno = saved;
    return error_text("cannot create", path);
  }
  ::unlink(tmp.c_str());
  sync_directory(path.parent_path());
  return std::nullopt;
}

namespace {

int wait_for(pid_t pid) {
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0)
    if (errno != EINTR) return -1;
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

bool on_path(const std::string& program) {
  if (program.find('/') != std::string::npos) return ::access(program.c_str(), X_OK) == 0;
  const char* path = std::getenv("PATH");
  if (!path) return false;
  for (std::string_view rest = path; !rest.empty();) {
    const auto colon = rest.find(':');
    auto dir = rest.substr(0, colon);
    const auto candidate = std::string(dir.empty() ? "." : dir) + "/" + program;
    if (::access(candidate.c_str(), X_OK) == 0) return true;
    if (colon == std::string_view::npos) break;
    rest.remove_prefix(colon + 1);
  }
  return false;
}

}  // namespace

int run_editor(const std::string& command, const std::filesystem::path& file) {
  const std::string script = command + " \"$@\"";
  const pid_t pid = ::fork();
  if (pid < 0) return -1;
  if (pid == 0) {
    ::execl("/bin/sh", "sh", "-c", script.c_str(), command.c_str(), file.c_str(), static_cast<char*>(nullptr));
    ::_exit(127);
  }
  return wait_for(pid);
}

std::optional<std::string> run_and_capture(const std::vector<std::string>& argv) {
  if (argv.empty() || !on_path(argv[0])) return std::nullopt;
  int fds[2];
  if (::pipe(fds) != 0) return std::nullopt;
  const pid_t pid = ::fork();
  if (pid < 0) {
    ::close(fds[0]);
    ::close(fds[1]);
    return std::nullopt;
  }
  if (pid == 0) {
    ::dup2(fds[1], 1);
    const int null = ::open("/dev/null", O_WRONLY);
    if (null >= 0) ::dup2(null, 2);
    ::close(fds[0]);
    ::close(fds[1]);
    std::vector<char*> args;
    for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    ::execvp(args[0], args.data());
    ::_exit(127);
  }
  ::close(fds[1]);
  std::string out;
  char buf[4096];
  for (;;) {
    const auto n = ::read(fds[0], buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    out.append(buf, static_cast<std::size_t>(n));
  }
  ::close(fds[0]);
  if (wait_for(pid) != 0) return std::nullopt;
  return out;
}

FileLock::FileLock(const std::filesystem::path& path) {
  fd_ = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd_ < 0 && errno == EISDIR) fd_ = ::open(path.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd_ < 0) return;
  while (::flock(fd_, LOCK_EX) != 0) {
    if (errno == EINTR) continue;
    ::close(fd_);
    fd_ = -1;
    return;
  }
}

FileLock::~FileLock() {
  if (fd_ >= 0) {
    ::flock(fd_, LOCK_UN);
    ::close(fd_);
  }
}

}  // namespace lateral::platform
