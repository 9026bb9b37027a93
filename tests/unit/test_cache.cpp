// The parse cache's serialized form gives back what reading the file found: the tree with its
// positions, the diagnostics, and the ignore comments with where their rule names are written.
#include <doctest/doctest.h>

#include "lateral/cache.hpp"
#include "lateral/loader.hpp"

using namespace lateral;

TEST_CASE("a file's reading survives the cache's serialized form") {
  const std::string text =
      "# lateral: ignore[team]\n"
      "name: Brook Lane  # lateral: ignore[triangulaton, all]\n"
      "phase: [primary, 7]\n"
      "urn: 1\n"
      "urn: 2\n";
  const auto lf = parse_file(text, "schools/x/school.yaml");
  REQUIRE(lf.document.root);
  REQUIRE(lf.document.suppressions.size() == 3);
  REQUIRE_FALSE(lf.diagnostics.empty());  // the second `urn` is a duplicate key

  const auto back = deserialize(serialize(lf));
  REQUIRE(back);
  REQUIRE(back->document.root);
  const auto* phase = back->document.root->find("phase");
  REQUIRE(phase);
  REQUIRE(phase->items.size() == 2);
  CHECK(phase->items[1].value == "7");
  CHECK(phase->items[1].mark.line == 3);
  CHECK(phase->items[1].mark.column == 18);

  REQUIRE(back->document.suppressions.size() == 3);
  for (std::size_t i = 0; i < 3; ++i) {
    const auto& a = lf.document.suppressions[i];
    const auto& b = back->document.suppressions[i];
    CHECK(a.rule == b.rule);
    CHECK(a.line == b.line);
    CHECK(a.at.line == b.at.line);
    CHECK(a.at.column == b.at.column);
  }
  // The comment alone on line 1 silences line 2; its rule name is written on line 1, column 19.
  CHECK(back->document.suppressions[0].line == 2);
  CHECK(back->document.suppressions[0].at.line == 1);
  CHECK(back->document.suppressions[0].at.column == 19);
  CHECK(back->document.suppressions[1].rule == "triangulaton");
  CHECK(back->document.suppressions[1].at.column == 37);
  CHECK(back->document.suppressions[2].rule == "all");

  REQUIRE(back->diagnostics.size() == lf.diagnostics.size());
  for (std::size_t i = 0; i < lf.diagnostics.size(); ++i) {
    CHECK(back->diagnostics[i].rule == lf.diagnostics[i].rule);
    CHECK(back->diagnostics[i].line == lf.diagnostics[i].line);
    CHECK(back->diagnostics[i].message == lf.diagnostics[i].message);
  }
  // A damaged blob is refused, not half-read.
  auto blob = serialize(lf);
  blob.resize(blob.size() / 2);
  CHECK_FALSE(deserialize(blob));
}
