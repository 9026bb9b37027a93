// Applying fixes to a text.
#include "lateral/edit/fix.hpp"

#include <algorithm>

namespace lateral::edit {

std::optional<std::size_t> byte_offset(std::string_view text, int line, int column) {
  std::size_t i = text.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  for (int l = 1; l < line; ++l) {
    const auto nl = text.find('\n', i);
    if (nl == std::string_view::npos) return std::nullopt;
    i = nl + 1;
  }
  for (int c = 1; c < column; ++c) {
    if (i >= text.size() || text[i] == '\n' || text[i] == '\r') return std::nullopt;
    ++i;
    while (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) ++i;  // continuation bytes
  }
  return i;
}

FixedText apply_fixes(std::string_view text, const std::string& file, std::span<const Fix* const> fixes) {
  struct Range {
    std::size_t begin, end;
    const std::string* text;
  };
  FixedText out;
  std::vector<Range> taken;
  auto overlaps = [&](std::size_t b, std::size_t e) {
    return std::any_of(taken.begin(), taken.end(), [&](const Range& r) {
      return (b < r.end && r.begin < e) || (b == e && b == r.begin) || (r.begin == r.end && r.begin == b);
    });
  };
  for (const Fix* fix : fixes) {
    std::vector<Range> mine;
    bool ok = true;
    for (const auto& e : fix->edits) {
      if (e.file != file) continue;
      const auto b = byte_offset(text, e.line, e.column);
      const auto en = byte_offset(text, e.end_line, e.end_column);
      if (!b || !en || *en < *b || overlaps(*b, *en)) {
        ok = false;
        break;
      }
      mine.push_back({*b, *en, &e.text});
    }
    if (!ok) {
      out.skipped.push_back(fix);
      continue;
    }
    taken.insert(taken.end(), mine.begin(), mine.end());
    out.applied.push_back(fix);
  }
  std::sort(taken.begin(), taken.end(), [](const Range& a, const Range& b) { return a.begin < b.begin; });
  std::size_t at = 0;
  for (const auto& r : taken) {
    out.text.append(text.substr(at, r.begin - at));
    out.text += *r.text;
    at = r.end;
  }
  out.text.append(text.substr(at));
  return out;
}

}  // namespace lateral::edit
