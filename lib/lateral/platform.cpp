// POSIX implementation of the platform layer.
#include "lateral/platform.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <random>

namespace lateral::platform {

bool is_terminal(int fd) { return ::isatty(fd) == 1; }

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

std::filesystem::path temporary_name(const std::filesystem::path& target) {
  static thread_local std::mt19937_64 rng{std::random_device{}()};
  char suffix[17];
  std::snprintf(suffix, sizeof suffix, "%016llx", static_cast<unsigned long long>(rng()));
  return target.parent_path() / ("." + target.filename().string() + "." + suffix + ".tmp");
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

// Writes a temporary file beside `target` and returns its name, or an error.
std::optional<std::string> write_temporary(const std::filesystem::path& target, std::string_view data,
                                           std::filesystem::path& tmp) {
  tmp = temporary_name(target);
  const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd < 0) return error_text("cannot create", tmp);
  const auto fail = injected_failure();
  bool ok = fail != "write" && write_all(fd, data);
  if (ok && (fail == "flush" || ::fsync(fd) != 0)) ok = false;
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

std::optional<std::string> atomic_write(const std::filesystem::path& path, std::string_view data) {
  std::filesystem::path tmp;
  if (auto err = write_temporary(path, data, tmp)) return err;
  if (injected_failure() == "rename" || ::rename(tmp.c_str(), path.c_str()) != 0) {
    if (injected_failure() == "rename") errno = EIO;
    auto err = error_text("cannot replace", path);
    ::unlink(tmp.c_str());
    return err;
  }
  sync_directory(path.parent_path());
  return std::nullopt;
}

std::optional<std::string> replace_file_quickly(const std::filesystem::path& path, std::string_view data) {
  const auto tmp = temporary_name(path);
  const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd < 0) return error_text("cannot create", tmp);
  const bool ok = write_all(fd, data);
  if (::close(fd) != 0 || !ok || ::rename(tmp.c_str(), path.c_str()) != 0) {
    auto err = error_text("cannot write", path);
    ::unlink(tmp.c_str());
    return err;
  }
  return std::nullopt;
}

std::optional<std::string> create_exclusive(const std::filesystem::path& path, std::string_view data) {
  std::filesystem::path tmp;
  if (auto err = write_temporary(path, data, tmp)) return err;
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
