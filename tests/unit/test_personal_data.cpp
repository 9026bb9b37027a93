// The personal-data scan: pupil numbers, e-mail addresses, UK phone numbers and dates of birth are
// flagged; dates, times, years, URNs, percentages and evidence ids are not.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "lateral/personal_data.hpp"

using namespace lateral;

namespace {

// What was flagged, as the flagged text.
std::vector<std::string> flagged(std::string_view text) {
  std::vector<std::string> out;
  for (const auto& m : find_personal_data(text)) out.emplace_back(text.substr(m.offset, m.length));
  return out;
}

}  // namespace

TEST_CASE("a unique pupil number (a letter and 12 digits) standing alone") {
  CHECK(flagged("pupil A123456789012 said") == std::vector<std::string>{"A123456789012"});
  CHECK(find_personal_data("A123456789012")[0].what == "a pupil number (UPN)");
  CHECK(flagged("z765432109876.") == std::vector<std::string>{"z765432109876"});
  CHECK(flagged("A12345678901").empty());     // 11 digits
  CHECK(flagged("A1234567890123").empty());   // 13 digits
  CHECK(flagged("XA123456789012").empty());   // part of a longer word
}

TEST_CASE("e-mail addresses") {
  CHECK(flagged("write to jo.bloggs+school@example.co.uk.") == std::vector<std::string>{"jo.bloggs+school@example.co.uk"});
  CHECK(find_personal_data("a@b.org")[0].what == "an e-mail address");
  CHECK(flagged("@home, at 3@4 or x@localhost").empty());
}

TEST_CASE("UK phone numbers in their usual forms, and international numbers") {
  CHECK(flagged("call 07700 900123") == std::vector<std::string>{"07700 900123"});
  CHECK(flagged("call 07700900123") == std::vector<std::string>{"07700900123"});
  CHECK(flagged("on 0113 496 0000 today") == std::vector<std::string>{"0113 496 0000"});
  CHECK(flagged("(0113) 496 0000") == std::vector<std::string>{"(0113) 496 0000"});
  CHECK(flagged("020-7946-0000") == std::vector<std::string>{"020-7946-0000"});
  CHECK(flagged("+44 20 7946 0000") == std::vector<std::string>{"+44 20 7946 0000"});
  CHECK(flagged("+44 7700 900123") == std::vector<std::string>{"+44 7700 900123"});
  CHECK(find_personal_data("07700 900123")[0].what == "a phone number");
}

TEST_CASE("a date of birth next to its words") {
  CHECK(flagged("Date of birth 03/04/2015.") == std::vector<std::string>{"Date of birth 03/04/2015"});
  CHECK(flagged("DOB: 2015-05-04") == std::vector<std::string>{"DOB: 2015-05-04"});
  CHECK(flagged("born on 04.05.2015") == std::vector<std::string>{"born on 04.05.2015"});
  CHECK_FALSE(flagged("born 4 May 2015").empty());
  CHECK(find_personal_data("d.o.b 1/2/2015")[0].what == "a date of birth");
}

TEST_CASE("no false alarm on dates, URNs, times, years, numbers and evidence ids") {
  for (const char* text : {
           "On 2026-10-07 the team met.",
           "URN 900001, URN 100234",
           "at 10:30 and 14:45",
           "in 2019, 2024 and 2025-26",
           "attendance rose by 2.5% to 96.1%",
           "Year 6 of 2015-16; rooms 0113 and 0114",
           "evidence rc-1, op-2, ha-12, am-104",
           "a reborn library; the stubborn 3 pupils",  // "born" inside words
           "School born 2010",                          // a year, not a date
           "0113",                                      // too short for a phone number
           "ISBN 978-0-19-953556-9",
       }) {
    CAPTURE(text);
    CHECK(flagged(text).empty());
  }
}

TEST_CASE("scan_personal_data points at the flagged words in the file") {
  const std::string text = "summary: |\n  Parents spoke.\n  Call 07700 900123 later.\n";
  std::vector<Diagnostic> out;
  auto doc = yaml::parse(text, "e.yaml", out);
  REQUIRE(doc.root);
  scan_personal_data(*doc.root, text, "e.yaml", out);
  REQUIRE(out.size() == 1);
  CHECK(out[0].rule == "personal-data");
  CHECK(out[0].severity == Severity::warning);
  CHECK(out[0].line == 3);
  CHECK(out[0].column == 8);
  CHECK(out[0].length == 12);
  CHECK(out[0].message == "this looks like a phone number: `07700 900123`");
}
