// Text helpers: UTF-8, positions, slugs, nearest names.
#include "lateral/text.hpp"

#include <algorithm>
#include <cctype>

namespace lateral {

std::optional<std::size_t> find_invalid_utf8(std::string_view text) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  std::size_t i = 0;
  while (i < n) {
    unsigned char c = s[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    std::size_t len;
    std::uint32_t cp;
    if ((c & 0xE0) == 0xC0) {
      len = 2;
      cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
      len = 3;
      cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
      len = 4;
      cp = c & 0x07;
    } else {
      return i;
    }
    if (i + len > n) return i;
    for (std::size_t k = 1; k < len; ++k) {
      if ((s[i + k] & 0xC0) != 0x80) return i;
      cp = (cp << 6) | (s[i + k] & 0x3F);
    }
    // Overlong forms, surrogates and values past U+10FFFF are not UTF-8.
    if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
        (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
      return i;
    i += len;
  }
  return std::nullopt;
}

std::size_t code_points(std::string_view text) {
  std::size_t n = 0;
  for (unsigned char c : text)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

LineIndex::LineIndex(std::string_view text) : text_(text) {
  starts_.push_back(0);
  for (std::size_t i = 0; i < text.size(); ++i)
    if (text[i] == '\n') starts_.push_back(i + 1);
}

LineIndex::Position LineIndex::position(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
  const auto line0 = static_cast<std::size_t>(it - starts_.begin() - 1);
  const auto start = starts_[line0];
  return {static_cast<int>(line0) + 1,
          static_cast<int>(code_points(text_.substr(start, offset - start))) + 1};
}

int LineIndex::column(int line0, int byte_column0) const {
  if (line0 < 0 || static_cast<std::size_t>(line0) >= starts_.size()) return byte_column0 + 1;
  const auto start = starts_[static_cast<std::size_t>(line0)];
  const auto len = std::min<std::size_t>(static_cast<std::size_t>(std::max(byte_column0, 0)),
                                         text_.size() - start);
  return static_cast<int>(code_points(text_.substr(start, len))) + 1;
}

std::string_view LineIndex::line_text(int line) const {
  if (line < 1 || static_cast<std::size_t>(line) > starts_.size()) return {};
  const auto start = starts_[static_cast<std::size_t>(line - 1)];
  auto end = static_cast<std::size_t>(line) < starts_.size() ? starts_[static_cast<std::size_t>(line)] : text_.size();
  auto view = text_.substr(start, end - start);
  while (!view.empty() && (view.back() == '\n' || view.back() == '\r')) view.remove_suffix(1);
  return view;
}

std::optional<char32_t> bidi_control_at(std::string_view s) {
  if (s.size() < 3 || s[0] != '\xE2') return std::nullopt;
  const auto b = static_cast<unsigned char>(s[1]), c = static_cast<unsigned char>(s[2]);
  if ((b == 0x80 && c >= 0xAA && c <= 0xAE) || (b == 0x81 && c >= 0xA6 && c <= 0xA9))
    return static_cast<char32_t>(0x2000 | ((b & 0x3F) << 6) | (c & 0x3F));
  return std::nullopt;
}

bool is_slug(std::string_view s) {
  if (s.empty() || s.size() > 64) return false;
  if (s.front() == '-') return false;
  return std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  });
}

namespace {
// Edits between two names, ignoring case; two neighbouring letters swapped ("nmae" for "name") is
// one slip of the fingers, so one edit (optimal string alignment).
std::size_t edit_distance(std::string_view a, std::string_view b) {
  const auto same = [](char x, char y) {
    return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
  };
  std::vector<std::size_t> before(b.size() + 1), prev(b.size() + 1), cur(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t sub = prev[j - 1] + (same(a[i - 1], b[j - 1]) ? 0 : 1);
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, sub});
      if (i > 1 && j > 1 && same(a[i - 1], b[j - 2]) && same(a[i - 2], b[j - 1]))
        cur[j] = std::min(cur[j], before[j - 2] + 1);
    }
    std::swap(before, prev);
    std::swap(prev, cur);
  }
  return prev[b.size()];
}
}  // namespace

std::optional<std::string> nearest(std::string_view word, std::span<const std::string> candidates) {
  std::optional<std::string> best;
  std::size_t best_distance = 0;
  for (const auto& c : candidates) {
    const auto d = edit_distance(word, c);
    if (!best || d < best_distance) {
      best = c;
      best_distance = d;
    }
  }
  // A hint is only useful when the names are close: at most a third of the word changed, or the
  // word is a prefix of the candidate ("teach" for "teaching").
  if (!best) return std::nullopt;
  const std::size_t limit = std::max<std::size_t>(1, std::max(word.size(), best->size()) / 3);
  if (best_distance <= limit && best_distance < word.size()) return best;
  if (word.size() >= 3 && best->starts_with(word)) return best;
  for (const auto& c : candidates)
    if (word.size() >= 3 && c.starts_with(word)) return c;
  return std::nullopt;
}

std::optional<std::string> sure_nearest(std::string_view word, std::span<const std::string> candidates) {
  auto near = nearest(word, candidates);
  if (!near || *near == word) return std::nullopt;
  const auto d = edit_distance(word, *near);
  for (const auto& c : candidates)
    if (c != *near && (edit_distance(word, c) <= d || (word.size() >= 3 && c.starts_with(word))))
      return std::nullopt;
  return near;
}

std::string to_lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool natural_less(std::string_view a, std::string_view b) {
  const auto digit = [](char c) { return c >= '0' && c <= '9'; };
  std::size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (digit(a[i]) && digit(b[j])) {
      // Compare the numbers without their leading zeros: the longer is larger, else digit by digit.
      std::size_t ai = i, bj = j;
      while (ai < a.size() && a[ai] == '0') ++ai;
      while (bj < b.size() && b[bj] == '0') ++bj;
      std::size_t ae = ai, be = bj;
      while (ae < a.size() && digit(a[ae])) ++ae;
      while (be < b.size() && digit(b[be])) ++be;
      if (ae - ai != be - bj) return ae - ai < be - bj;
      if (auto c = a.substr(ai, ae - ai).compare(b.substr(bj, be - bj)); c != 0) return c < 0;
      // The same number: fewer leading zeros first, so the order stays strict (7 before 07).
      if (ai - i != bj - j) return ai - i < bj - j;
      i = ae;
      j = be;
      continue;
    }
    if (a[i] != b[j]) return static_cast<unsigned char>(a[i]) < static_cast<unsigned char>(b[j]);
    ++i;
    ++j;
  }
  return a.size() - i < b.size() - j;
}

std::string join(std::span<const std::string> items, std::string_view sep) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i) out += sep;
    out += items[i];
  }
  return out;
}

}  // namespace lateral
