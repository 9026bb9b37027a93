// What the writing commands share: a change is checked against the repository as it is before
// anything is written (lib/lateral/edit/change.hpp), refused with the diagnostics `check` would
// give when it introduces errors, and written atomically otherwise.
#pragma once
#include <optional>
#include <string>

#include "app.hpp"
#include "lateral/edit/change.hpp"
#include "lateral/platform.hpp"

namespace lateral::cli {

// Commands that read a file, change it and write it back (benchmark.yaml, actions.yaml) hold this
// lock on the repository's directory from before they load it until they have written, so two of
// them in one clone take turns instead of one undoing the other's change.
struct EditLock {
  explicit EditLock(const std::filesystem::path& root) : lock(root) {}
  platform::FileLock lock;
};

// Checks `change` against `repo` (the repository as loaded now). Errors the change introduces are
// printed on stderr in the compiler style (excerpts from the changed text), the exit code is set
// to 1 and false returned. Warnings it introduces are printed and never block; errors already in
// the repository are mentioned in a note.
bool check_change(Session& session, const Repository& repo, const edit::Change& change);

// Writes a checked change. False when a fresh file's name was taken meanwhile (nothing is written
// then); throws on an input/output failure.
bool write_change(const Repository& repo, const edit::Change& change);

// check_change, then write_change; a name taken meanwhile is reported and refused (exit 1).
bool write_checked(Session& session, const Repository& repo, const edit::Change& change);

// Prints a diagnostic that refuses a change (an editor refusal, say) and sets exit code 1.
void refuse(Session& session, const Repository& repo, const Diagnostic& why, const edit::Change* change = nullptr);

// A refusal that is not a diagnostic of a file: "lateral: refused, nothing written: WHY", the hint
// below it, exit code 1.
void refuse(Session& session, std::string_view why, std::string_view hint = {});

// The current text of a repository file; nullopt when it does not exist yet.
std::optional<std::string> current_text(const Repository& repo, const std::string& file);

}  // namespace lateral::cli
