// Dates: parsing refuses dates that do not exist; arithmetic crosses months and leap years.
#include <doctest/doctest.h>

#include "lateral/date.hpp"

using lateral::Date;

TEST_CASE("Date::parse accepts real dates and refuses others") {
  CHECK(Date::parse("2025-06-10") == Date{2025, 6, 10});
  CHECK(Date::parse("2024-02-29"));
  CHECK_FALSE(Date::parse("2025-02-29"));
  CHECK_FALSE(Date::parse("2025-02-30"));
  CHECK_FALSE(Date::parse("2025-13-01"));
  CHECK_FALSE(Date::parse("2025-6-1"));
  CHECK_FALSE(Date::parse("2025-06-10x"));
  CHECK_FALSE(Date::parse("0000-01-01"));
}

TEST_CASE("Date arithmetic") {
  const Date d{2025, 1, 31};
  CHECK(d.plus_days(1) == Date{2025, 2, 1});
  CHECK(d.plus_months(1) == Date{2025, 2, 28});
  CHECK(Date{2024, 2, 29}.plus_months(12) == Date{2025, 2, 28});
  CHECK(Date::from_days(Date{2026, 11, 23}.days()) == Date{2026, 11, 23});
  CHECK(Date{2026, 11, 23}.str() == "2026-11-23");
  CHECK(Date{2025, 6, 11}.days() - Date{2025, 6, 10}.days() == 1);
}
