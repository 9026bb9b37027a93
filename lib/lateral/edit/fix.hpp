// Applies fixes (diagnostic.hpp) to a file's text: each edit replaces a range given in lines and
// code-point columns, as diagnostics give them, and every byte outside the edits stays as it was.
#pragma once
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "lateral/diagnostic.hpp"

namespace lateral::edit {

// The byte offset of a 1-based line and code-point column in `text` (a byte-order mark, which the
// parser does not count, is skipped); nullopt when the position is not in the text.
std::optional<std::size_t> byte_offset(std::string_view text, int line, int column);

// The fixes of one file, applied together. A fix whose edits overlap an earlier fix's (or fall
// outside the text) is left out: it is in `skipped`, to be tried again on the result.
struct FixedText {
  std::string text;
  std::vector<const Fix*> applied;
  std::vector<const Fix*> skipped;
};
FixedText apply_fixes(std::string_view text, const std::string& file, std::span<const Fix* const> fixes);

}  // namespace lateral::edit
