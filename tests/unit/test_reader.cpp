// The typed reader: each wrong value is reported at its line and column under the right loading
// rule, with a hint where one helps; nothing wrong is read as a silent default.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "lateral/reader.hpp"

using namespace lateral;

namespace {

struct Fixture {
  std::vector<Diagnostic> out;
  yaml::Document doc;
  Reader reader{"f.yaml", out};
  explicit Fixture(std::string_view text) {
    doc = yaml::parse(text, "f.yaml", out);
    REQUIRE(out.empty());
    REQUIRE(doc.root);
  }
  const yaml::Node* at(std::string_view key) const { return doc.root->find(key); }
};

}  // namespace

TEST_CASE("Reader::text takes text and refuses numbers, booleans, lists and empties") {
  Fixture f("a: Brook Lane\nb: 2024\nc: true\nd: [x]\ne:\nf: '   '\ng: '2024'\n");
  CHECK(f.reader.text(f.at("a"), "a")->value == "Brook Lane");
  CHECK(f.reader.text(f.at("g"), "g")->value == "2024");
  CHECK_FALSE(f.reader.text(f.at("missing"), "missing"));
  CHECK(f.out.empty());  // absent is not an error here: expect_map reports missing keys

  CHECK_FALSE(f.reader.text(f.at("b"), "b"));
  REQUIRE(f.out.size() == 1);
  CHECK(f.out[0].message == "`b` must be text, not a number (2024)");
  CHECK(f.out[0].hint == "quote it if it is text: \"2024\"");
  CHECK(f.out[0].line == 2);
  CHECK(f.out[0].column == 4);
  CHECK(f.out[0].length == 4);

  CHECK_FALSE(f.reader.text(f.at("c"), "c"));
  CHECK(f.out.back().message == "`c` must be text, not a boolean (true)");
  CHECK_FALSE(f.reader.text(f.at("d"), "d"));
  CHECK(f.out.back().message == "`d` must be text, not a list");
  CHECK_FALSE(f.reader.text(f.at("e"), "e"));
  CHECK(f.out.back().message == "`e` has no value");
  CHECK(f.out.back().line == 5);  // at its key, not the next line
  CHECK_FALSE(f.reader.text(f.at("f"), "f"));
  CHECK(f.out.back().message == "`f` is empty");
  for (const auto& d : f.out) CHECK(d.rule == "schema");
}

TEST_CASE("Reader::text_or_number keeps a number as written") {
  Fixture f("urn: 0900101\nversion: 1.10\n");
  CHECK(f.reader.text_or_number(f.at("urn"), "urn")->value == "0900101");
  CHECK(f.reader.text_or_number(f.at("version"), "version")->value == "1.10");
}

TEST_CASE("Reader::date takes real dates written YYYY-MM-DD") {
  Fixture f("a: 2025-06-10\nb: 2025-02-30\nc: 10/06/2025\nd: [2025-06-10]\n");
  CHECK(f.reader.date(f.at("a"), "a")->value == Date{2025, 6, 10});
  CHECK_FALSE(f.reader.date(f.at("b"), "b"));
  CHECK(f.out.back().rule == "date");
  CHECK(f.out.back().message == "`b` is not a date that exists: 2025-02-30");
  CHECK(f.out.back().hint == "check the day and the month");
  CHECK_FALSE(f.reader.date(f.at("c"), "c"));
  CHECK(f.out.back().message == "`c` must be a date written YYYY-MM-DD, not `10/06/2025`");
  CHECK_FALSE(f.reader.date(f.at("d"), "d"));
  CHECK(f.out.back().message == "`d` must be a date (YYYY-MM-DD), not a list");
}

TEST_CASE("Reader::boolean takes true and false only; yes, no, on, off are yaml11-bool") {
  Fixture f("a: true\nb: False\nc: yes\nd: Off\ne: 'true'\nf: 1\n");
  CHECK(f.reader.boolean(f.at("a"), "a")->value);
  CHECK_FALSE(f.reader.boolean(f.at("b"), "b")->value);
  CHECK(f.out.empty());
  CHECK_FALSE(f.reader.boolean(f.at("c"), "c"));
  CHECK(f.out.back().rule == "yaml11-bool");
  CHECK(f.out.back().hint == "write `c: true`");
  CHECK_FALSE(f.reader.boolean(f.at("d"), "d"));
  CHECK(f.out.back().hint == "write `d: false`");
  CHECK_FALSE(f.reader.boolean(f.at("e"), "e"));
  CHECK(f.out.back().rule == "schema");  // quoted: text, not a YAML 1.1 word
  CHECK_FALSE(f.reader.boolean(f.at("f"), "f"));
  CHECK(f.out.back().message == "`f` must be true or false, not a number (1)");
}

TEST_CASE("Reader::whole_number checks the range and the form") {
  Fixture f("a: 7\nb: 0\nc: seven\nd: 0x10\ne: 1234567890123\n");
  CHECK(f.reader.whole_number(f.at("a"), "a", 1, 10)->value == 7);
  CHECK_FALSE(f.reader.whole_number(f.at("b"), "b", 1, 10));
  CHECK(f.out.back().message == "`b` must be between 1 and 10, not 0");
  CHECK_FALSE(f.reader.whole_number(f.at("c"), "c", 1, 10));
  CHECK_FALSE(f.reader.whole_number(f.at("d"), "d", 1, 100));
  CHECK_FALSE(f.reader.whole_number(f.at("e"), "e", 1, 100));  // no overflow
  CHECK(f.out.size() == 4);
}

TEST_CASE("Reader lists: a scalar where a list goes gets a hint; emptiness can be refused") {
  Fixture f("a: [x, y]\nb: x\nc: []\nd: [x, 3]\n");
  CHECK(f.reader.text_list(f.at("a"), "a")->size() == 2);
  CHECK_FALSE(f.reader.text_list(f.at("b"), "b"));
  CHECK(f.out.back().message == "`b` must be a list, not text");
  CHECK(f.out.back().hint == "write a list: `b: [x]`");
  CHECK(f.reader.text_list(f.at("c"), "c", true)->empty());
  CHECK_FALSE(f.reader.text_list(f.at("c"), "c", false));
  CHECK(f.out.back().message == "`c` must not be empty");
  // The number is reported, and the list failed to load: a list without it would tell the rules a
  // wrong story (a focus with one theme less, a judgement citing fewer records).
  CHECK_FALSE(f.reader.text_list(f.at("d"), "d"));
  CHECK(f.out.back().column == 8);
  CHECK(f.out.back().message == "`d` must be text, not a number (3)");
}

TEST_CASE("Reader::misspelt names the keys the last expect_map found misspelt") {
  Fixture f("levl: x\nnote: y\n");
  CHECK(f.reader.expect_map(*f.doc.root, {{"level", false}, {"note"}}, "an entry"));
  CHECK(f.reader.misspelt("level"));
  CHECK_FALSE(f.reader.misspelt("note"));
  CHECK(f.reader.expect_map(*f.doc.root, {{"levl", false}, {"note"}}, "an entry"));
  CHECK_FALSE(f.reader.misspelt("level"));
}

TEST_CASE("Reader::expect_map reports unknown keys with the nearest known one, and missing keys") {
  Fixture f("summry: x\ndate: 2025-06-10\nsurprise: 1\nscore: 3\n");
  CHECK(f.reader.expect_map(*f.doc.root, {{"date"}, {"by"}, {"summary"}, {"context", false}}, "an evidence record"));
  REQUIRE(f.out.size() == 4);
  // A misspelt key is one problem: `summary` is not also reported missing.
  CHECK(f.out[0].message == "unknown key `summry` in an evidence record");
  CHECK(f.out[0].hint == "did you mean `summary`?");
  CHECK(f.out[1].message == "unknown key `surprise` in an evidence record");
  CHECK(f.out[1].hint == "the keys here are: date, by, summary, context");
  CHECK(f.out[2].rule == "no-overall-grade");
  CHECK(f.out[2].line == 4);
  CHECK(f.out[3].message == "an evidence record is missing the key `by`");
  CHECK(f.out[3].line == 1);  // at the map's first key
}

TEST_CASE("Reader::expect_map groups missing keys by the rule that owns them") {
  Fixture f("id: a1\n");
  CHECK(f.reader.expect_map(*f.doc.root, {{"id"}, {"action"}, {"owner", true, "action-owned"}, {"due", true, "action-owned"}},
                            "an action"));
  REQUIRE(f.out.size() == 2);
  CHECK(f.out[0].rule == "schema");
  CHECK(f.out[0].message == "an action is missing the key `action`");
  CHECK(f.out[1].rule == "action-owned");
  CHECK(f.out[1].message == "an action is missing the keys `owner`, `due`");
}

TEST_CASE("Reader::expect_map refuses what is not a map") {
  Fixture f("- a\n- b\n");
  CHECK_FALSE(f.reader.expect_map(*f.doc.root, "school.yaml"));
  CHECK(f.out.back().message == "school.yaml must be a map of keys and values, not a list");
}

TEST_CASE("is_grade_key knows the words of an overall grade, in any case") {
  for (const char* k : {"overall", "Grade", "SCORE", "average", "rating", "total", "rank"}) CHECK(is_grade_key(k));
  for (const char* k : {"grades-taught", "level", "commentary", "ranking"}) CHECK_FALSE(is_grade_key(k));
}
