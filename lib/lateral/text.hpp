// Text helpers the loader and the rules share: UTF-8 checks, code-point columns, slugs, and the
// "did you mean" hint.
#pragma once
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace lateral {

// The byte offset of the first invalid UTF-8 sequence, if any.
std::optional<std::size_t> find_invalid_utf8(std::string_view text);

// Number of code points in a valid UTF-8 string.
std::size_t code_points(std::string_view text);

// Maps byte offsets of a text to 1-based lines and code-point columns.
class LineIndex {
 public:
  explicit LineIndex(std::string_view text);
  struct Position {
    int line;
    int column;
  };
  Position position(std::size_t offset) const;
  // The column (1-based, in code points) of a 0-based byte column on a 0-based line.
  int column(int line0, int byte_column0) const;
  std::string_view line_text(int line) const;  // 1-based; without its line end
  int line_count() const { return static_cast<int>(starts_.size()); }

 private:
  std::string_view text_;
  std::vector<std::size_t> starts_;
};

// The bidirectional control (U+202A to U+202E, U+2066 to U+2069) that `s` starts with, if any:
// such a character reorders how a terminal or an editor shows the text around it.
std::optional<char32_t> bidi_control_at(std::string_view s);

bool is_slug(std::string_view s);

// The candidate closest to `word` by edit distance, when it is close enough to be a useful hint.
std::optional<std::string> nearest(std::string_view word, std::span<const std::string> candidates);

// `nearest`, only when no other candidate is as near: the one name a fix may put in its place.
std::optional<std::string> sure_nearest(std::string_view word, std::span<const std::string> candidates);

std::string to_lower(std::string_view s);

// The order people count in: runs of digits compare by their number, so dr-2 comes before dr-10.
// Everything that lists ids or file names in order (evidence, diagnostics) sorts with it.
bool natural_less(std::string_view a, std::string_view b);
struct NaturalLess {
  using is_transparent = void;
  bool operator()(std::string_view a, std::string_view b) const { return natural_less(a, b); }
};

// Joins with ", ".
std::string join(std::span<const std::string> items, std::string_view sep = ", ");

}  // namespace lateral
