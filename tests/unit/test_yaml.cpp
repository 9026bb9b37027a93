// The YAML reader: positions in code points, styles, and everything it refuses (duplicate keys,
// anchors, aliases, tags, second documents, deep nesting, bad bytes), and what it accepts (a
// byte-order mark, CRLF, tabs in values).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "lateral/yaml.hpp"

using namespace lateral;

namespace {

struct Parsed {
  yaml::Document doc;
  std::vector<Diagnostic> diagnostics;
};

Parsed parse(std::string_view text) {
  Parsed p;
  p.doc = yaml::parse(text, "f.yaml", p.diagnostics);
  return p;
}

// The single diagnostic of a parse, checked to be the only one.
const Diagnostic& only(const Parsed& p) {
  REQUIRE(p.diagnostics.size() == 1);
  return p.diagnostics.front();
}

}  // namespace

TEST_CASE("positions are 1-based lines and code-point columns") {
  const auto p = parse("name: \xc3\xa9\xc3\xa9 caf\xc3\xa9\nlist: [\xe2\x82\xac, b]\n");
  REQUIRE(p.diagnostics.empty());
  REQUIRE(p.doc.root);
  const auto& root = *p.doc.root;
  const auto* name = root.find("name");
  REQUIRE(name);
  CHECK(name->mark.line == 1);
  CHECK(name->mark.column == 7);
  CHECK(name->length == 7);  // code points, not bytes
  const auto* list = root.find("list");
  REQUIRE(list);
  REQUIRE(list->items.size() == 2);
  CHECK(list->items[1].mark.line == 2);
  CHECK(list->items[1].mark.column == 11);  // after "€, ": the euro sign is one column
  CHECK(root.entries[1].first.mark.column == 1);
}

TEST_CASE("scalar styles and what YAML 1.2 makes of plain scalars") {
  const auto p = parse("a: plain\nb: 'single'\nc: \"double\"\nd: |\n  literal\ne: >\n  folded\nf: [x]\ng: {x: 1}\n"
                       "n1: 42\nn2: -3.5e2\nt: true\ny: yes\nz: ~\nq: '42'\n");
  REQUIRE(p.diagnostics.empty());
  const auto& r = *p.doc.root;
  CHECK(r.find("a")->style == yaml::Style::plain);
  CHECK(r.find("b")->style == yaml::Style::single_quoted);
  CHECK(r.find("c")->style == yaml::Style::double_quoted);
  CHECK(r.find("d")->style == yaml::Style::literal);
  CHECK(r.find("d")->value == "literal\n");
  CHECK(r.find("e")->style == yaml::Style::folded);
  CHECK(r.find("f")->style == yaml::Style::flow);
  CHECK(r.find("g")->is_map());
  CHECK(r.find("n1")->resolved() == yaml::Resolved::integer);
  CHECK(r.find("n2")->resolved() == yaml::Resolved::floating);
  CHECK(r.find("t")->resolved() == yaml::Resolved::boolean);
  CHECK(r.find("y")->resolved() == yaml::Resolved::string);  // YAML 1.2: yes is text
  CHECK(r.find("z")->resolved() == yaml::Resolved::null);
  CHECK(r.find("q")->resolved() == yaml::Resolved::string);  // quoted: text
  CHECK(yaml::describe(*r.find("n1")) == "a number (42)");
  CHECK(yaml::describe(*r.find("f")) == "a list");
}

TEST_CASE("a duplicate key is reported at the repeat; the first one counts") {
  const auto p = parse("name: A\nphase: x\nname: B\n");
  const auto& d = only(p);
  CHECK(d.rule == "duplicate-key");
  CHECK(d.line == 3);
  CHECK(d.column == 1);
  CHECK(d.message == "duplicate key `name` (first at line 1)");
  REQUIRE(p.doc.root);
  CHECK(p.doc.root->entries.size() == 2);
  CHECK(p.doc.root->find("name")->value == "A");
}

TEST_CASE("anchors, aliases and tags are refused, and the file with them") {
  // The first is reported and the reading stops there: the file is refused whole either way.
  auto p = parse("a: &x 1\nb: *x\n");
  CHECK(only(p).rule == "anchor");
  CHECK(only(p).line == 1);
  CHECK(only(p).column == 4);
  CHECK_FALSE(p.doc.root);  // not read with the alias resolved to nothing

  p = parse("a: x\nb: *x\n");
  CHECK(only(p).message == "aliases (*name) are not allowed in lateral files");
  CHECK(only(p).line == 2);

  p = parse("a: !!str 1\n");
  CHECK(only(p).rule == "anchor");
  CHECK(only(p).message == "tags (!!str) are not allowed in lateral files");
  CHECK_FALSE(p.doc.root);

  // An alias bomb is refused at its first anchor, never expanded.
  p = parse("a: &a [x, x]\nb: &b [*a, *a]\nc: &c [*b, *b]\nd: [*c, *c, *c, *c]\n");
  CHECK_FALSE(p.diagnostics.empty());
  for (const auto& d : p.diagnostics) CHECK(d.rule == "anchor");
  CHECK_FALSE(p.doc.root);
}

TEST_CASE("a second document is refused at its ---") {
  auto p = parse("a: 1\n---\nb: 2\n");
  CHECK(only(p).rule == "syntax");
  CHECK(only(p).line == 2);
  CHECK(only(p).message == "a second YAML document in one file");

  // A broken second document is still reported as a second document, at its ---.
  p = parse("a: 1\n---\nb: [\n");
  CHECK(only(p).line == 2);

  // A line indented less than the map above is an indentation slip, not a second document.
  p = parse("  a: 1\n  b: 2\n- c\n");
  CHECK(only(p).rule == "syntax");
  CHECK(only(p).line == 3);
  CHECK(only(p).message == "invalid YAML: this line does not fit the structure above it");
}

TEST_CASE("nesting deeper than the limit is refused where it goes too deep") {
  std::string deep = "a:\n";
  for (int i = 1; i <= 40; ++i) deep += std::string(static_cast<std::size_t>(2 * i), ' ') + "k" + std::to_string(i) + ":\n";
  auto p = parse(deep);
  CHECK(only(p).rule == "limit");
  CHECK(only(p).message == "nesting deeper than 32 levels");
  CHECK(only(p).line == 33);
  CHECK_FALSE(p.doc.root);

  p = parse("a: " + std::string(5000, '[') + std::string(5000, ']') + "\n");
  CHECK(only(p).rule == "limit");
  CHECK(only(p).line == 1);
  CHECK(only(p).column == 35);  // the 32nd '[' (the map is the first level)

  std::string ok = "a: " + std::string(30, '[') + std::string(30, ']') + "\n";
  CHECK(parse(ok).diagnostics.empty());
}

TEST_CASE("a file over 1 MiB is refused before parsing") {
  const std::string big = "a: |\n" + std::string(yaml::kMaxFileBytes, 'x') + "\n";
  const auto p = parse(big);
  CHECK(only(p).rule == "limit");
  CHECK(only(p).line == 1);
  CHECK_FALSE(p.doc.root);
}

TEST_CASE("a byte-order mark, CRLF, tabs in values and no final newline are accepted") {
  const auto p = parse("\xef\xbb\xbfname: a\tb\r\nlist: [x, y]\r\nlast: z");
  CHECK(p.diagnostics.empty());
  REQUIRE(p.doc.root);
  CHECK(p.doc.root->find("name")->value == "a\tb");
  CHECK(p.doc.root->find("name")->mark.column == 7);
  CHECK(p.doc.root->find("last")->value == "z");
  CHECK(p.doc.root->find("last")->mark.line == 3);
}

TEST_CASE("control characters are reported at their position") {
  auto p = parse("name: caf\xc3\xa9\x07x\n");
  CHECK(only(p).rule == "encoding");
  CHECK(only(p).message == "control character U+0007 in the file");
  CHECK(only(p).column == 11);
  p = parse("a: b\nc: \xc2\x85\n");  // a C1 control (NEL)
  CHECK(only(p).message == "control character U+0085 in the file");
  CHECK(only(p).line == 2);
  p = parse("a: x\xef\xbb\xbfy\n");  // a byte-order mark inside the text
  CHECK(only(p).rule == "encoding");
  CHECK(only(p).column == 5);
}

TEST_CASE("invalid UTF-8 is reported at the bad byte, in code points") {
  const auto p = parse("a: \xc3\xa9\nname: \xe2\x82\xac\xe2\x82\xac\xff\n");
  CHECK(only(p).rule == "encoding");
  CHECK(only(p).message == "invalid UTF-8 (byte 0xFF)");
  CHECK(only(p).line == 2);
  CHECK(only(p).column == 9);
  CHECK_FALSE(p.doc.root);
}

TEST_CASE("a tab used for indentation is a syntax error; a tab in a value is not") {
  auto p = parse("a:\n\tb: 1\n");
  CHECK(only(p).rule == "syntax");
  CHECK(only(p).hint == "indent with spaces");
  CHECK(only(p).line == 2);
  CHECK(parse("a: x\ty\n").diagnostics.empty());
}

TEST_CASE("quoted text never closed is refused (yaml-cpp reads it to the end of the file)") {
  auto p = parse("a: \"open\nb: c\n");
  CHECK(only(p).rule == "syntax");
  CHECK(only(p).line == 1);
  CHECK(only(p).column == 4);
  p = parse("a: 'it''s\n");
  CHECK(only(p).rule == "syntax");
  CHECK(parse("a: 'it''s'\nb: \"say \\\"hi\\\"\"\n").diagnostics.empty());
}

TEST_CASE("an empty file, or one with only comments, is empty") {
  auto p = parse("");
  CHECK(p.diagnostics.empty());
  CHECK(p.doc.empty);
  p = parse("# only a comment\n");
  CHECK(p.doc.empty);
}

TEST_CASE("an empty value is placed at its key, not at the next line") {
  const auto p = parse("name:\nphase: x\n");
  REQUIRE(p.doc.root);
  const auto* name = p.doc.root->find("name");
  REQUIRE(name);
  CHECK(name->is_null());
  CHECK(name->mark.line == 1);
  CHECK(name->mark.column == 1);
}

TEST_CASE("ignore comments are collected for their line, or the next when alone") {
  const auto p = parse("a: 1  # lateral: ignore[triangulation, personal-data]\n# lateral: ignore[team]\nb: 2\n"
                       "c: \"lateral: ignore[team]\"\nd: x#lateral: ignore[team]\n");
  REQUIRE(p.doc.suppressions.size() == 3);
  CHECK(p.doc.suppressions[0].line == 1);
  CHECK(p.doc.suppressions[0].rule == "triangulation");
  CHECK(p.doc.suppressions[1].rule == "personal-data");
  CHECK(p.doc.suppressions[2].line == 3);
  CHECK(p.doc.suppressions[2].rule == "team");
}

TEST_CASE("a syntax error is located") {
  const auto p = parse("a: b: c\n");
  CHECK(only(p).rule == "syntax");
  CHECK(only(p).line == 1);
  CHECK(only(p).column == 5);
  CHECK(only(p).message == "invalid YAML: illegal map value");
}

TEST_CASE("only a YAML comment silences: the words inside quoted or block text are text") {
  auto p = parse("a: \"Parents # lateral: ignore[personal-data] wrote\"\n"
                 "b: 'x # lateral: ignore[team]'\n"
                 "c: |\n  Parents # lateral: ignore[personal-data] wrote\n\n  # lateral: ignore[team]\n"
                 "d: >-\n    folded # lateral: ignore[team]\n"
                 "e: [\"x # lateral: ignore[team]\"]\n");
  REQUIRE(p.diagnostics.empty());
  CHECK(p.doc.suppressions.empty());

  // A comment after quoted text, after a block header, and below a block (less indented) is one.
  p = parse("a: \"x # y\"  # lateral: ignore[team]\n"
            "b: |  # lateral: ignore[triangulation]\n  text\n# lateral: ignore[coverage]\nc: 1\n");
  REQUIRE(p.diagnostics.empty());
  REQUIRE(p.doc.suppressions.size() == 3);
  CHECK(p.doc.suppressions[0].rule == "team");
  CHECK(p.doc.suppressions[0].line == 1);
  CHECK(p.doc.suppressions[1].rule == "triangulation");
  CHECK(p.doc.suppressions[1].line == 2);
  CHECK(p.doc.suppressions[2].rule == "coverage");
  CHECK(p.doc.suppressions[2].line == 5);
}

TEST_CASE("an unresolved merge conflict is one syntax diagnostic at its first marker") {
  auto p = parse("name: A\n<<<<<<< HEAD\nphase: primary\n=======\nphase: infant\n>>>>>>> theirs\n");
  CHECK(only(p).rule == "syntax");
  CHECK(only(p).line == 2);
  CHECK(only(p).column == 1);
  CHECK(only(p).message == "an unresolved merge conflict (lines 2 to 6)");
  CHECK(only(p).hint.find("git mergetool") != std::string::npos);
  CHECK_FALSE(p.doc.root);

  // Two conflicts, two diagnostics; diff3's base section and CRLF line ends change nothing.
  p = parse("<<<<<<< a\r\nx: 1\r\n||||||| base\r\nx: 0\r\n=======\r\nx: 2\r\n>>>>>>> b\r\ny: 1\r\n"
            "<<<<<<< a\r\nz: 1\r\n=======\r\n>>>>>>> b\r\n");
  REQUIRE(p.diagnostics.size() == 2);
  CHECK(p.diagnostics[0].line == 1);
  CHECK(p.diagnostics[1].line == 9);

  // A marker left behind alone.
  p = parse("x: 1\n=======\ny: 2\n");
  CHECK(only(p).message == "a merge-conflict marker left in the file");
  CHECK(only(p).line == 2);

  // Not markers: indented, inside text, longer or shorter runs.
  p = parse("a: |\n  <<<<<<< HEAD\n  =======\nb: \"=======\"\nc: <<<<<<<<\n");
  CHECK(p.diagnostics.empty());
}

TEST_CASE("control characters written as escapes are refused at the string, as raw ones are") {
  for (const auto* text : {"name: \"a\\x07b\"\n", "name: \"\\e]0;title\\a\"\n", "name: \"\\x00\"\n",
                           "name: \"a\\u0085b\"\n", "\"k\\x1b\": 1\n", "name: \"a\\u202Eb\"\n",
                           "name: \"a\\u2066b\"\n"}) {
    CAPTURE(text);
    const auto p = parse(text);
    CHECK(only(p).rule == "encoding");
    CHECK(only(p).line == 1);
    CHECK_FALSE(p.doc.root);
  }
  auto p = parse("name: \"a\\x07b\"\n");
  CHECK(only(p).column == 7);
  CHECK(only(p).length == 8);  // the string as written, quotes and escape included
  CHECK(only(p).message == "the text holds the control character U+0007, written as an escape");
  p = parse("name: \"Hill \\u202ETop\"\n");
  CHECK(only(p).message == "the text holds the bidirectional control U+202E, which reorders how it is shown");

  // A raw bidirectional override is refused where it is written.
  p = parse("name: Hill \xE2\x80\xAETop\n");
  CHECK(only(p).rule == "encoding");
  CHECK(only(p).column == 12);

  // Tabs and line breaks are text.
  p = parse("name: \"a\\tb\\nc\"\nnote: \"caf\\u00e9 \\u2014 \\u200F\"\n");
  CHECK(p.diagnostics.empty());
  REQUIRE(p.doc.root);
}

TEST_CASE("a flood of aliases costs one diagnostic and stops the reading") {
  std::string text = "a: &a x\n";
  for (int i = 0; i < 20000; ++i) text += "k" + std::to_string(i) + ": *a\n";
  auto p = parse(text);
  CHECK(only(p).rule == "anchor");
  CHECK(only(p).line == 1);
  text = "a: [";
  for (int i = 0; i < 20000; ++i) text += "*a, ";
  text += "]\n";
  p = parse(text);
  CHECK(only(p).message == "aliases (*name) are not allowed in lateral files");
}
