// The text-level editor: every byte outside the change stays (comments, blank lines, indentation,
// CRLF, byte-order mark, no final newline), new text copies the file's layout, values read back
// as written, and forms it cannot change safely are refused with a located diagnostic.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "lateral/edit/editor.hpp"
#include "lateral/edit/new_file.hpp"
#include "lateral/edit/scalar.hpp"
#include "lateral/yaml.hpp"

using namespace lateral;
using namespace lateral::edit;

namespace {

const std::vector<std::string> kOrder = {"our-impact/outcomes", "our-impact/behaviour", "our-impact/inclusion",
                                         "looking-inward/teaching", "looking-inward/curriculum"};

JudgementChange judgement(std::string aspect, std::string level, std::string commentary,
                          std::vector<std::string> evidence) {
  return {std::move(aspect), std::move(level), std::move(commentary), std::move(evidence), std::nullopt};
}

yaml::Node parsed(const std::string& text) {
  std::vector<Diagnostic> out;
  auto doc = yaml::parse(text, "f.yaml", out);
  INFO((out.empty() ? std::string() : out[0].message + " at line " + std::to_string(out[0].line)));
  INFO(text);
  REQUIRE(out.empty());
  REQUIRE(doc.root);
  return *doc.root;
}

std::string replace_all(std::string s, std::string_view from, std::string_view to) {
  for (auto pos = s.find(from); pos != std::string::npos; pos = s.find(from, pos + to.size()))
    s.replace(pos, from.size(), to);
  return s;
}

std::string set(const std::string& text, const JudgementChange& c) {
  auto r = set_judgement(text, "benchmark.yaml", c, kOrder);
  REQUIRE_MESSAGE(r, (r.refused ? r.refused->message : ""));
  return r.text;
}

}  // namespace

TEST_CASE("scalars are plain only when they read back as the same text") {
  CHECK(plain_safe("Pupils explain their methods."));
  CHECK(plain_safe("our-impact/outcomes"));
  CHECK(plain_safe("2026-11-23"));
  CHECK_FALSE(plain_safe(""));
  CHECK_FALSE(plain_safe("Note: pupils"));
  CHECK_FALSE(plain_safe("Year 5 # maths"));
  CHECK_FALSE(plain_safe("- a list?"));
  CHECK_FALSE(plain_safe("#hashtag"));
  CHECK_FALSE(plain_safe("'quoted'"));
  CHECK_FALSE(plain_safe("true"));
  CHECK_FALSE(plain_safe("yes"));
  CHECK_FALSE(plain_safe("No"));
  CHECK_FALSE(plain_safe("1.0"));
  CHECK_FALSE(plain_safe("~"));
  CHECK_FALSE(plain_safe(" leading space"));
  CHECK_FALSE(plain_safe("ends with colon:"));
  CHECK_FALSE(plain_safe("a, b", true));
  CHECK(plain_safe("a, b", false));
  CHECK(double_quoted("say \"hi\"\\") == R"("say \"hi\"\\")");
  CHECK(double_quoted("a\tb\x01") == R"("a\tb\x01")");
}

TEST_CASE("a control character is written as an escape, which the reader refuses as it refuses the raw byte") {
  const auto text = "key: " + scalar_text("control \x07 char", "  ", "\n", false) + "\n";
  CHECK(text == "key: \"control \\x07 char\"\n");
  std::vector<Diagnostic> out;
  const auto doc = yaml::parse(text, "f.yaml", out);
  REQUIRE(out.size() == 1);
  CHECK(out[0].rule == "encoding");
  CHECK_FALSE(doc.root);
}

TEST_CASE("every written scalar reads back as the same text") {
  const std::vector<std::string> values = {
      "plain words", "Note: a colon", "a # hash", "#start", "- dash", "[bracket", "{brace", "'single'",
      "\"double\"", "yes", "true", "null", "~", "12", "1.5", "  indented", "trailing ", "two\nlines",
      "ends with newline\n", "two newlines\n\n", "\n leading newline then space", "  spaces\nthen more",
      "tab\tinside", "\ttab first", "line\n\ttab line", "é accents — and dashes",
      "%percent", "@at", "`tick", "a: b\n# not a comment\nc", "*star", "&amp", "!bang", "|pipe", ">gt", "?q"};
  for (const auto& v : values) {
    CAPTURE(v);
    for (bool block : {false, true}) {
      const auto text = "key: " + scalar_text(v, "  ", "\n", block) + "\nnext: 1\n";
      CAPTURE(text);
      const auto root = parsed(text);
      const auto* node = root.find("key");
      REQUIRE(node);
      // A one-line value written as a block gains the block's line end; nothing else changes.
      const bool gained = block && v.find('\n') == std::string::npos && node->style == yaml::Style::literal;
      CHECK(node->value == (gained ? v + "\n" : v));
      CHECK(root.find("next"));
    }
  }
}

TEST_CASE("a new judgement is written in framework order, the rest of the file untouched") {
  const std::string text =
      "# yaml-language-server: $schema=../../../../.lateral/schemas/benchmark.json\n"
      "\n"
      "# Our Impact\n"
      "our-impact/outcomes:\n"
      "  level: established   # agreed on day 2\n"
      "  commentary: Pupils explain their methods.\n"
      "  evidence: [rc-1, op-1]\n"
      "  # more evidence to come\n"
      "\n"
      "# Looking Inward\n"
      "looking-inward/teaching:\n"
      "  level: leading\n"
      "  commentary: |\n"
      "    Teaching is consistent.\n"
      "\n"
      "    # not a comment: inside the block\n"
      "  evidence: [rc-2]\n";
  const auto out = set(text, judgement("our-impact/inclusion", "developing", "Taught apart.", {"rc-1"}));
  CHECK(out ==
        "# yaml-language-server: $schema=../../../../.lateral/schemas/benchmark.json\n"
        "\n"
        "# Our Impact\n"
        "our-impact/outcomes:\n"
        "  level: established   # agreed on day 2\n"
        "  commentary: Pupils explain their methods.\n"
        "  evidence: [rc-1, op-1]\n"
        "  # more evidence to come\n"
        "our-impact/inclusion:\n"
        "  level: developing\n"
        "  commentary: Taught apart.\n"
        "  evidence: [rc-1]\n"
        "\n"
        "# Looking Inward\n"
        "looking-inward/teaching:\n"
        "  level: leading\n"
        "  commentary: |\n"
        "    Teaching is consistent.\n"
        "\n"
        "    # not a comment: inside the block\n"
        "  evidence: [rc-2]\n");

  SUBCASE("after the block scalar of the last judgement") {
    const auto last = set(text, judgement("looking-inward/curriculum", "leading", "Coherent.", {"rc-2"}));
    CHECK(last == text + "looking-inward/curriculum:\n  level: leading\n  commentary: Coherent.\n  evidence: [rc-2]\n");
  }
  SUBCASE("before the first, below its heading comment") {
    auto t = replace_all(text, "our-impact/outcomes", "our-impact/behaviour");
    const auto first = set(t, judgement("our-impact/outcomes", "leading", "High.", {"op-1"}));
    CHECK(first.find("# Our Impact\nour-impact/outcomes:\n  level: leading\n  commentary: High.\n  evidence: "
                     "[op-1]\nour-impact/behaviour:\n") != std::string::npos);
  }
  SUBCASE("an aspect the framework does not know goes at the end") {
    const auto odd = set(text, judgement("our-impact/unknown", "leading", "x", {"op-1"}));
    CHECK(odd.starts_with(text));
  }
}

TEST_CASE("replacing a judgement edits its values in place and keeps its other keys and comments") {
  const std::string text =
      "our-impact/outcomes:\n"
      "  # the team's view\n"
      "  level: developing  # was emerging\n"
      "  commentary: |\n"
      "    Old words.\n"
      "    More old words.\n"
      "  # cited after the meeting\n"
      "  evidence:\n"
      "    - rc-1\n"
      "    - op-1\n"
      "  share: false  # not yet\n"
      "our-impact/behaviour:\n"
      "  level: leading\n"
      "  commentary: Calm.\n"
      "  evidence: [rc-1]\n";
  JudgementChange c{"our-impact/outcomes", "established", "New words.", std::vector<std::string>{"rc-1", "rc-2"},
                    std::nullopt};
  const auto out = set(text, c);
  CHECK(out ==
        "our-impact/outcomes:\n"
        "  # the team's view\n"
        "  level: established  # was emerging\n"
        "  commentary: |\n"
        "    New words.\n"
        "  # cited after the meeting\n"
        "  evidence:\n"
        "    - rc-1\n"
        "    - rc-2\n"
        "  share: false  # not yet\n"
        "our-impact/behaviour:\n"
        "  level: leading\n"
        "  commentary: Calm.\n"
        "  evidence: [rc-1]\n");

  SUBCASE("share left out keeps the value; given, it is replaced or added") {
    c.share = true;
    CHECK(set(text, c).find("  share: true  # not yet\n") != std::string::npos);
    JudgementChange b{"our-impact/behaviour", std::nullopt, std::nullopt, std::nullopt, false};
    CHECK(set(text, b).ends_with("  evidence: [rc-1]\n  share: false\n"));
  }
  SUBCASE("a flow list stays a flow list; a missing level goes first") {
    JudgementChange b{"our-impact/behaviour", std::nullopt, std::nullopt, std::vector<std::string>{"a-1", "b-2"},
                      std::nullopt};
    CHECK(set(text, b).ends_with("  evidence: [a-1, b-2]\n"));
    const std::string no_level = "a/b:\n  commentary: x\n  evidence: [e-1]\n";
    JudgementChange l{"a/b", "leading", std::nullopt, std::nullopt, std::nullopt};
    CHECK(set(no_level, l) == "a/b:\n  level: leading\n  commentary: x\n  evidence: [e-1]\n");
  }
  SUBCASE("a block list at its key's own indentation") {
    const std::string flat = "a/b:\n  evidence:\n  - e-1\n  # cited\n  - e-2\n  share: true\n";
    JudgementChange e{"a/b", std::nullopt, std::nullopt, std::vector<std::string>{"e-3"}, std::nullopt};
    CHECK(set(flat, e) == "a/b:\n  evidence:\n  - e-3\n  share: true\n");
    e.evidence = std::vector<std::string>{};
    CHECK(set(flat, e) == "a/b:\n  evidence: []\n  share: true\n");
  }
  SUBCASE("a judgement with nothing under it is filled") {
    CHECK(set("a/b:\nc/d:\n  level: x\n", judgement("a/b", "leading", "fine", {"e-1"})) ==
          "a/b:\n  level: leading\n  commentary: fine\n  evidence: [e-1]\nc/d:\n  level: x\n");
  }
  SUBCASE("quoted values and quoted keys") {
    const std::string quoted = "\"our-impact/outcomes\":\n  level: 'developing'\n  commentary: \"multi\n    line\"\n  evidence: [rc-1]\n";
    const auto q = set(quoted, judgement("our-impact/outcomes", "leading", "A: b", {"rc-1"}));
    CHECK(q == "\"our-impact/outcomes\":\n  level: leading\n  commentary: \"A: b\"\n  evidence: [rc-1]\n");
  }
}

TEST_CASE("line ends, byte-order mark, final newline and indentation are kept as found") {
  const std::string text =
      "\xEF\xBB\xBF# comment\r\n"
      "our-impact/outcomes:\r\n"
      "    level: developing\r\n"
      "    commentary: |\r\n"
      "        Old.\r\n"
      "    evidence: [rc-1]";
  SUBCASE("replace") {
    const auto out = set(text, judgement("our-impact/outcomes", "leading", "One\ntwo", {"rc-1"}));
    CHECK(out ==
          "\xEF\xBB\xBF# comment\r\n"
          "our-impact/outcomes:\r\n"
          "    level: leading\r\n"
          "    commentary: |-\r\n"
          "        One\r\n"
          "        two\r\n"
          "    evidence: [rc-1]");
  }
  SUBCASE("add after the last line, still without a final newline") {
    const auto out = set(text, judgement("our-impact/behaviour", "leading", "Calm.", {"rc-1"}));
    CHECK(out == text +
                     "\r\nour-impact/behaviour:\r\n    level: leading\r\n    commentary: Calm.\r\n    evidence: [rc-1]");
  }
  SUBCASE("add a key to the last judgement") {
    JudgementChange c{"our-impact/outcomes", std::nullopt, std::nullopt, std::nullopt, true};
    CHECK(set(text, c) == text + "\r\n    share: true");
  }
}

TEST_CASE("empty files, comment-only files and {} take a first judgement") {
  const auto c = judgement("our-impact/outcomes", "leading", "x", {"e-1"});
  const std::string entry = "our-impact/outcomes:\n  level: leading\n  commentary: x\n  evidence: [e-1]";
  CHECK(set("", c) == entry + "\n");
  CHECK(set("# schema\n", c) == "# schema\n" + entry + "\n");
  CHECK(set("# schema", c) == "# schema\n" + entry);
  CHECK(set("{}\n", c) == entry + "\n");
  CHECK(set("# schema\n{}  # none yet\n", c) == "# schema\n# none yet\n" + entry + "\n");
}

TEST_CASE("forms the editor cannot change safely are refused with their location") {
  auto refused = [](const std::string& text, const JudgementChange& c) {
    auto r = set_judgement(text, "b.yaml", c, kOrder);
    REQUIRE_FALSE(r);
    CHECK(r.refused->file == "b.yaml");
    CHECK(r.refused->rule == "edit");
    return *r.refused;
  };
  const auto c = judgement("our-impact/outcomes", "leading", "x", {"e-1"});
  auto d = refused("a/b:\n  level: x\nour-impact/outcomes: {level: developing, commentary: y, evidence: [e-1]}\n", c);
  CHECK(d.line == 3);
  CHECK(d.column == 22);
  CHECK(d.message.find("flow map") != std::string::npos);
  d = refused("{a/b: {level: x}}\n", c);
  CHECK(d.line == 1);
  d = refused("a/b: &x\n  level: x\nour-impact/outcomes: *x\n", c);
  CHECK(d.message.find("anchor") != std::string::npos);
  d = refused("a/b: [unclosed\n", c);
  CHECK(d.message.find("cannot change this file safely") != std::string::npos);
  d = refused("- a\n- b\n", c);
  CHECK(d.message.find("must be a map") != std::string::npos);
  refused("our-impact/outcomes: some text\n", c);
}

TEST_CASE("actions: appended with the list's own layout") {
  const std::vector<Field> fields = {{"id", "a3"}, {"aspect", "our-impact/inclusion"},
                                     {"action", "Review plans: termly"}, {"due", "2027-03-26"}};
  SUBCASE("two-space list") {
    const std::string text = "# plan\n- id: a1\n  aspect: x\n\n# dropped idea:\n# - id: a2\n";
    auto r = append_item(text, "actions.yaml", fields);
    REQUIRE(r);
    CHECK(r.text ==
          "# plan\n- id: a1\n  aspect: x\n"
          "- id: a3\n  aspect: our-impact/inclusion\n  action: \"Review plans: termly\"\n  due: 2027-03-26\n"
          "\n# dropped idea:\n# - id: a2\n");
  }
  SUBCASE("indented list, four spaces after the dash, CRLF, no final newline") {
    const std::string text = "  -   id: a1\r\n      aspect: x\r\n      note: |\r\n        a\r\n        b";
    auto r = append_item(text, "actions.yaml", fields);
    REQUIRE(r);
    CHECK(r.text == text +
                        "\r\n  -   id: a3\r\n      aspect: our-impact/inclusion\r\n      action: \"Review plans: "
                        "termly\"\r\n      due: 2027-03-26");
  }
  SUBCASE("items kept apart by blank lines") {
    const std::string text = "- id: a1\n\n- id: a2\n";
    auto r = append_item(text, "actions.yaml", std::span(fields).first(1));
    REQUIRE(r);
    CHECK(r.text == text + "\n- id: a3\n");
  }
  SUBCASE("[] and empty files") {
    auto r = append_item("[]\n", "actions.yaml", fields);
    REQUIRE(r);
    CHECK(r.text == "- id: a3\n  aspect: our-impact/inclusion\n  action: \"Review plans: termly\"\n  due: 2027-03-26\n");
    r = append_item("# schema\n[]   # nothing yet\n", "actions.yaml", std::span(fields).first(1));
    REQUIRE(r);
    CHECK(r.text == "# schema\n# nothing yet\n- id: a3\n");
    r = append_item("# schema\n", "actions.yaml", std::span(fields).first(1));
    REQUIRE(r);
    CHECK(r.text == "# schema\n- id: a3\n");
  }
  SUBCASE("refused: a flow list with items, a map") {
    auto r = append_item("[{id: a1}]\n", "actions.yaml", fields);
    REQUIRE_FALSE(r);
    CHECK(r.refused->message.find("flow list") != std::string::npos);
    r = append_item("id: a1\n", "actions.yaml", fields);
    REQUIRE_FALSE(r);
    CHECK(r.refused->message.find("must be a list") != std::string::npos);
  }
}

TEST_CASE("actions: one key set or removed in place") {
  const std::string text =
      "- id: a1\n"
      "  status: planned   # agreed at the workshop\n"
      "  due: 2027-01-01\n"
      "\n"
      "- id: a2\n"
      "  due: 2027-02-01\n"
      "  done: 2026-12-01\n"
      "# end\n";
  auto r = set_item_field(text, "actions.yaml", "a1", {"status", "done"});
  REQUIRE(r);
  CHECK(r.text == replace_all(text, "status: planned", "status: done"));
  r = set_item_field(text, "actions.yaml", "a2", {"status", "in-progress"});
  REQUIRE(r);
  CHECK(r.text == replace_all(text, "  done: 2026-12-01\n", "  done: 2026-12-01\n  status: in-progress\n"));
  r = remove_item_field(text, "actions.yaml", "a2", "done");
  REQUIRE(r);
  CHECK(r.text == replace_all(text, "  done: 2026-12-01\n", ""));
  r = remove_item_field("- id: a1\r\n  done: 2026-12-01", "actions.yaml", "a1", "done");
  REQUIRE(r);
  CHECK(r.text == "- id: a1");
  r = set_item_field(text, "actions.yaml", "a9", {"status", "done"});
  REQUIRE_FALSE(r);
  CHECK(r.refused->message.find("no item with id `a9`") != std::string::npos);
  r = set_item_field("- {id: a1, due: 2027-01-01}\n", "actions.yaml", "a1", {"status", "done"});
  REQUIRE_FALSE(r);
  CHECK(r.refused->line == 1);
  CHECK(r.refused->column == 3);
}

TEST_CASE("new files start with their schema line") {
  CHECK(schema_line("lateral.yaml", "lateral") == "# yaml-language-server: $schema=.lateral/schemas/lateral.json");
  CHECK(schema_line("schools/x/reviews/2026-06/evidence/so-1.yaml", "evidence") ==
        "# yaml-language-server: $schema=../../../../../.lateral/schemas/evidence.json");
  NewFile f("schools/x/school.yaml", "school");
  f.field(0, "name", "St Mary's: Church School").open(0, "team").item(1, "name", "A B").field(2, "lead", "x");
  const std::vector<std::string> themes = {"a", "b c"};
  f.list(0, "themes", themes);
  CHECK(f.text() ==
        "# yaml-language-server: $schema=../../.lateral/schemas/school.json\n"
        "name: \"St Mary's: Church School\"\n"
        "team:\n"
        "  - name: A B\n"
        "    lead: x\n"
        "themes: [a, b c]\n");
}

// Every benchmark.yaml and actions.yaml of the examples, in several layouts (as written, CRLF,
// indentation doubled, a byte-order mark, no final newline): each judgement replaced and a new one
// added, each action's status set, one action appended. The result always parses, holds the new
// values, and every other entry reads exactly as before.
namespace {

namespace fs = std::filesystem;

std::vector<std::string> layouts(const std::string& text) {
  std::string crlf, doubled;
  std::size_t start = 0;
  while (start < text.size()) {
    auto nl = text.find('\n', start);
    const auto line = text.substr(start, nl == std::string::npos ? std::string::npos : nl - start);
    crlf += line + (nl == std::string::npos ? "" : "\r\n");
    // Twice the indentation; a list item's keys move with it (`- id:` becomes `-   id:`).
    const auto indent = line.find_first_not_of(' ');
    auto deeper = indent == std::string::npos ? line : std::string(indent, ' ') + line;
    if (indent != std::string::npos && line.compare(indent, 2, "- ") == 0) deeper.insert(2 * indent + 1, "  ");
    doubled += deeper + (nl == std::string::npos ? "" : "\n");
    if (nl == std::string::npos) break;
    start = nl + 1;
  }
  auto chopped = text;
  while (!chopped.empty() && chopped.back() == '\n') chopped.pop_back();
  return {text, crlf, doubled, "\xEF\xBB\xBF" + text, chopped};
}

std::string summary(const yaml::Node& n) {
  switch (n.kind) {
    case yaml::Kind::scalar: return "'" + n.value + "'";
    case yaml::Kind::null: return "~";
    case yaml::Kind::sequence: {
      std::string s = "[";
      for (const auto& i : n.items) s += summary(i) + ",";
      return s + "]";
    }
    case yaml::Kind::map: {
      std::string s = "{";
      for (const auto& e : n.entries) s += e.first.value + ":" + summary(e.second) + ",";
      return s + "}";
    }
  }
  return "";
}

std::vector<fs::path> example_files(const std::string& name) {
  std::vector<fs::path> out;
  for (const auto& e : fs::recursive_directory_iterator(fs::path(LATERAL_SOURCE_DIR) / "examples"))
    if (e.path().filename() == name) out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

}  // namespace

TEST_CASE("every example benchmark.yaml, in every layout: judgements replaced and added") {
  const auto files = example_files("benchmark.yaml");
  REQUIRE(files.size() >= 5);
  for (const auto& path : files)
    for (const auto& text : layouts(read(path))) {
      CAPTURE(path);
      CAPTURE(text.substr(0, 200));
      const auto before = parsed(text);
      std::vector<std::string> keys;
      for (const auto& e : before.entries) keys.push_back(e.first.value);
      keys.push_back("zz-new/aspect");
      for (const auto& key : keys) {
        CAPTURE(key);
        JudgementChange c{key, "leading", "New: words # here\nacross two lines\n", std::vector<std::string>{"x-1", "y-2"},
                          true};
        auto r = set_judgement(text, "benchmark.yaml", c, kOrder);
        REQUIRE_MESSAGE(r, (r.refused ? r.refused->message : ""));
        const auto after = parsed(r.text);
        CHECK(r.text.starts_with("\xEF\xBB\xBF") == text.starts_with("\xEF\xBB\xBF"));
        CHECK(r.text.ends_with("\n") == text.ends_with("\n"));
        const auto* j = after.find(key);
        REQUIRE(j);
        CHECK(j->find("level")->value == "leading");
        CHECK(j->find("commentary")->value == "New: words # here\nacross two lines\n");
        CHECK(summary(*j->find("evidence")) == "['x-1','y-2',]");
        CHECK(j->find("share")->value == "true");
        std::size_t others = 0;
        for (const auto& e : before.entries) {
          if (e.first.value == key) continue;
          const auto* same = after.find(e.first.value);
          REQUIRE(same);
          CHECK(summary(*same) == summary(e.second));
          ++others;
        }
        CHECK(after.entries.size() == others + 1);
      }
    }
}

TEST_CASE("every example actions.yaml, in every layout: statuses set, an action appended") {
  const auto files = example_files("actions.yaml");
  REQUIRE(files.size() >= 5);
  for (const auto& path : files)
    for (const auto& text : layouts(read(path))) {
      CAPTURE(path);
      const auto before = parsed(text);
      if (!before.is_sequence() || before.items.empty()) continue;
      for (const auto& item : before.items) {
        const auto id = item.find("id")->value;
        CAPTURE(id);
        auto r = set_item_field(text, "actions.yaml", id, {"status", "dropped"});
        REQUIRE(r);
        r = set_item_field(r.text, "actions.yaml", id, {"done", "2027-01-01"});
        REQUIRE(r);
        const auto after = parsed(r.text);
        REQUIRE(after.items.size() == before.items.size());
        for (std::size_t i = 0; i < before.items.size(); ++i) {
          if (before.items[i].find("id")->value != id) {
            CHECK(summary(after.items[i]) == summary(before.items[i]));
            continue;
          }
          CHECK(after.items[i].find("status")->value == "dropped");
          CHECK(after.items[i].find("done")->value == "2027-01-01");
          CHECK(after.items[i].entries.size() >= before.items[i].entries.size());
        }
        r = remove_item_field(r.text, "actions.yaml", id, "done");
        REQUIRE(r);
        for (const auto& i : parsed(r.text).items)
          if (i.find("id")->value == id) CHECK(i.find("done") == nullptr);
      }
      const std::vector<Field> fields = {{"id", "a99"}, {"aspect", "x/y"}, {"action", "Do: this"}};
      auto r = append_item(text, "actions.yaml", fields);
      REQUIRE(r);
      const auto after = parsed(r.text);
      REQUIRE(after.items.size() == before.items.size() + 1);
      CHECK(after.items.back().find("action")->value == "Do: this");
      for (std::size_t i = 0; i < before.items.size(); ++i) CHECK(summary(after.items[i]) == summary(before.items[i]));
      CHECK(r.text.ends_with("\n") == text.ends_with("\n"));
    }
}
