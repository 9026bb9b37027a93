// Calendar dates (YYYY-MM-DD): the only kind of time a review records.
#pragma once
#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace lateral {

struct Date {
  int year = 0;
  int month = 0;
  int day = 0;

  // Parses YYYY-MM-DD and refuses dates that do not exist (2025-02-30).
  static std::optional<Date> parse(std::string_view text);
  static Date from_days(long days);  // days since 1970-01-01

  long days() const;  // days since 1970-01-01
  Date plus_days(long n) const { return from_days(days() + n); }
  Date plus_months(int n) const;  // clamps the day to the month's length
  std::string str() const;

  auto operator<=>(const Date&) const = default;
};

bool is_leap_year(int year);
int days_in_month(int year, int month);

// Today's date in UTC from the system clock.
Date system_today();

}  // namespace lateral
