// Text helpers: the "did you mean" hint, slugs, code-point columns and UTF-8 checks.
#include <doctest/doctest.h>

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "lateral/text.hpp"

using namespace lateral;

TEST_CASE("nearest suggests a close name and stays quiet for a far one") {
  const std::array<std::string, 4> keys = {"level", "commentary", "evidence", "share"};
  CHECK(nearest("comentary", keys) == "commentary");
  CHECK(nearest("evidance", keys) == "evidence");
  CHECK(nearest("Level", keys) == "level");  // case is not a change
  CHECK(nearest("levle", keys) == "level");  // two letters swapped: one slip, as "nmae" for "name"
  CHECK(nearest("evid", keys) == "evidence");  // a prefix of three letters or more
  CHECK_FALSE(nearest("banana", keys));
  CHECK_FALSE(nearest("x", keys));
  CHECK_FALSE(nearest("comentary", std::span<const std::string>{}));
}

TEST_CASE("is_slug: lower-case letters, digits and '-', not starting with '-'") {
  CHECK(is_slug("brook-lane-primary"));
  CHECK(is_slug("2026-10"));
  CHECK(is_slug("a"));
  CHECK_FALSE(is_slug(""));
  CHECK_FALSE(is_slug("-lead"));
  CHECK_FALSE(is_slug("Brook-Lane"));
  CHECK_FALSE(is_slug("brook lane"));
  CHECK_FALSE(is_slug("brook_lane"));
  CHECK_FALSE(is_slug(".."));
  CHECK_FALSE(is_slug("a/b"));
  CHECK_FALSE(is_slug("caf\xc3\xa9"));
  CHECK_FALSE(is_slug(std::string(65, 'a')));
}

TEST_CASE("LineIndex counts lines from 1 and columns in code points") {
  // "é" is two bytes, "€" three, "😀" four: each is one column.
  const std::string text = "ab\n\xc3\xa9x\n\xe2\x82\xac\xf0\x9f\x98\x80y\r\nlast";
  const LineIndex lines(text);
  CHECK(lines.line_count() == 4);
  auto p = lines.position(0);
  CHECK(p.line == 1);
  CHECK(p.column == 1);
  p = lines.position(text.find('x'));
  CHECK(p.line == 2);
  CHECK(p.column == 2);
  p = lines.position(text.find('y'));
  CHECK(p.line == 3);
  CHECK(p.column == 3);
  CHECK(lines.column(2, 7) == 3);  // byte column 7 on the third line is 'y'
  CHECK(lines.line_text(3) == "\xe2\x82\xac\xf0\x9f\x98\x80y");  // without its CR LF
  CHECK(lines.line_text(4) == "last");
  CHECK(lines.line_text(5).empty());
  p = lines.position(text.size() + 10);  // past the end: the end
  CHECK(p.line == 4);
  CHECK(p.column == 5);
}

TEST_CASE("find_invalid_utf8 finds the first bad byte") {
  CHECK_FALSE(find_invalid_utf8("plain"));
  CHECK_FALSE(find_invalid_utf8("caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80"));
  CHECK(find_invalid_utf8("caf\xe9!") == 3u);         // Latin-1
  CHECK(find_invalid_utf8("ab\xc3") == 2u);           // cut short
  CHECK(find_invalid_utf8("\xc0\xaf") == 0u);         // overlong
  CHECK(find_invalid_utf8("x\xed\xa0\x80") == 1u);    // a surrogate
  CHECK(find_invalid_utf8("\xf4\x90\x80\x80") == 0u); // past U+10FFFF
  CHECK(find_invalid_utf8("\x80") == 0u);             // a lone continuation byte
}

TEST_CASE("code_points and join") {
  CHECK(code_points("") == 0);
  CHECK(code_points("caf\xc3\xa9") == 4);
  const std::array<std::string, 3> items = {"a", "b", "c"};
  CHECK(join(items) == "a, b, c");
  CHECK(join(items, "/") == "a/b/c");
  CHECK(to_lower("Our-IMPACT") == "our-impact");
}

TEST_CASE("natural_less counts digit runs as numbers") {
  std::vector<std::string> ids{"dr-10", "dr-2", "dr-1", "ab-1", "dr-11", "dr-02", "dr", "dr-1a", "dr-1b"};
  std::sort(ids.begin(), ids.end(), lateral::NaturalLess{});
  CHECK(ids == std::vector<std::string>{"ab-1", "dr", "dr-1", "dr-1a", "dr-1b", "dr-2", "dr-02", "dr-10", "dr-11"});
  CHECK_FALSE(lateral::natural_less("dr-3", "dr-3"));
  CHECK(lateral::natural_less("2025-06", "2026-05"));
  CHECK(lateral::natural_less("x9.yaml", "x10.yaml"));
  CHECK_FALSE(lateral::natural_less("x10.yaml", "x9.yaml"));
}
