// Everything that depends on the operating system, in one place: terminals, atomic writes,
// exclusive creation and locks. Linux (POSIX) is supported; another platform replaces this file.
#pragma once
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lateral::platform {

bool is_terminal(int fd);

// What identifies a file's version cheaply, as git's index does: size, modification and change
// times (nanoseconds) and inode. nullopt when the file cannot be examined.
struct FileStamp {
  unsigned long long size, inode;
  long long mtime_ns, ctime_ns;
};
std::optional<FileStamp> file_stamp(const std::filesystem::path& path);

// What a path is, a symbolic link told apart from what it leads to, so that the walk decides what
// to read before anything is opened (a FIFO would block the reader; a device never ends).
enum class FileKind {
  missing,
  file,
  directory,
  link_to_file,
  link_to_directory,
  dangling_link,  // a symbolic link to nothing (or a loop of them)
  fifo,
  socket,
  device,
  unreadable,  // cannot be examined (permissions)
};
FileKind file_kind(const std::filesystem::path& path);
// "a FIFO (named pipe)", "a directory", ... for messages.
std::string_view describe(FileKind kind);

// The bytes of a regular file (or of what a symbolic link to one leads to), at most `limit` + 1 of
// them (enough to tell that the file is over the limit). Never blocks: the file is opened without
// waiting and examined before a byte is read, and anything but a regular file is refused with
// what it is ("a FIFO (named pipe)") as the error.
struct ReadResult {
  std::optional<std::string> bytes;
  std::string error;
};
ReadResult read_regular_file(const std::filesystem::path& path, std::size_t limit);

// Writes `data` to `path` atomically: a temporary file in the same directory, flushed, then
// renamed over the target. On failure the old file is intact, no temporary file is left, and the
// error is returned as text.
std::optional<std::string> atomic_write(const std::filesystem::path& path, std::string_view data);

// As atomic_write, without flushing to the disk: for files worth nothing after a crash (the
// cache), where a flush per file would cost more than the file saves.
std::optional<std::string> replace_file_quickly(const std::filesystem::path& path, std::string_view data);

// Creates `path` with `data` only if it does not exist yet (O_EXCL), atomically as above.
// Returns "exists" when the name is taken, another text on failure, nullopt on success.
std::optional<std::string> create_exclusive(const std::filesystem::path& path, std::string_view data);

// An advisory lock on a file (created if needed), or on a directory that exists (nothing is
// created then), held until the object is destroyed.
class FileLock {
 public:
  explicit FileLock(const std::filesystem::path& path);
  ~FileLock();
  FileLock(const FileLock&) = delete;
  FileLock& operator=(const FileLock&) = delete;
  bool locked() const { return fd_ >= 0; }

 private:
  int fd_ = -1;
};

// Runs `command` (a shell command line, as $EDITOR is: "code --wait" works) with `file` as its
// last argument, the way git runs editors; returns its exit status, -1 when it could not run.
int run_editor(const std::string& command, const std::filesystem::path& file);

// Runs a program found on PATH (argv[0]) and returns what it printed on stdout; nullopt when it is
// not on PATH, cannot run, or fails. Its stderr is discarded.
std::optional<std::string> run_and_capture(const std::vector<std::string>& argv);

// Test hook: when set (LATERAL_FAIL_WRITE=write|flush|rename), atomic writes fail at that step,
// so tests can prove a failed write leaves the old file and no temporary behind.
std::string_view injected_failure();

}  // namespace lateral::platform
