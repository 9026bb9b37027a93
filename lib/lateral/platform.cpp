// POSIX implementation of the platform layer.
#include "lateral/platform.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <random>

namespace lateral::platform {

bool is_terminal(int fd) { return ::isatty(fd) == 1; }

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

FileLock::FileLock(const std::filesystem::path& path) {
  fd_ = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
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
