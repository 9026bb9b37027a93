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

// Sets the process up for writing safely: a write past the file-size limit (ulimit -f) fails with
// an error, reported as any failed write, instead of killing the process with SIGXFSZ and leaving
// its temporary file behind; and keeps a little memory back, released when memory runs out, so the
// error unwinds to its one plain message. Called once, first thing in main().
void prepare_process();

// The real time now, in nanoseconds since the epoch, comparable with file times.
long long now_ns();

// Reads a regular file of at most `max_bytes`; nullopt when it is anything else (a symbolic link,
// which is not followed; a directory, FIFO or device, which is not opened, so nothing blocks), is
// larger, or cannot be read.
std::optional<std::string> read_unlinked_regular_file(const std::filesystem::path& path, std::size_t max_bytes);

// Removes, from `dir`, temporary files of lateral's own naming that a writer killed before it could
// clean up left behind: only those owned by this user whose process is gone and that are over a
// minute old (or over an hour old, whoever wrote them), so a concurrent writer is never raced.
// Every write calls it for the directory it writes in.
void remove_stale_temporaries(const std::filesystem::path& dir);

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
// The names in a directory (not "." and ".."), in the order the system gives them, or the error
// (errno) that stopped the listing. Written on opendir/readdir, not std::filesystem's iterator:
// libstdc++ builds each entry's path inside a noexcept function, so memory running out there ends
// the process instead of throwing std::bad_alloc to the caller.
// Each name's kind comes from the listing itself when the system gives it (a plain file or
// directory; `missing` when it does not say): the walk examines only the rest, which matters in a
// directory of a thousand schools.
struct Listing {
  std::vector<std::string> names;
  std::vector<FileKind> kinds;  // one per name
  int error = 0;
};
Listing list_directory(const std::filesystem::path& dir);
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
// error is returned as text. A replaced file keeps its permission bits; a new one gets 600 when
// `private_if_new` (a document with confidential content), else what the umask allows.
std::optional<std::string> atomic_write(const std::filesystem::path& path, std::string_view data,
                                        bool private_if_new = false);

// Writes a document where the user said (-o FILE): a regular file (or a symbolic link to one, which
// is kept) is replaced atomically as above; a device, FIFO, terminal or pipe (`/dev/stdout`,
// `>(cmd)`) is written in place as a stream and never replaced; a directory is an error.
std::optional<std::string> write_document(const std::filesystem::path& path, std::string_view data,
                                          bool private_if_new = false);

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
