// Ids, review days and defaults for the records the writing commands create.
#include "lateral/edit/records.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <set>

#include "lateral/text.hpp"

namespace lateral::edit {
namespace {

// The words of a name as slug pieces: ASCII letters and digits, lower-cased; other characters
// (accents included) are left out, so that every prefix is typable.
std::vector<std::string> name_words(std::string_view name) {
  std::vector<std::string> words;
  std::string word;
  auto flush = [&] {
    if (!word.empty()) words.push_back(std::move(word));
    word.clear();
  };
  for (char c : name) {
    const auto u = static_cast<unsigned char>(c);
    if (c == ' ' || c == '-' || c == '\t') {
      flush();
    } else if (u < 0x80 && std::isalnum(u)) {
      word += static_cast<char>(std::tolower(u));
    }
  }
  flush();
  return words;
}

std::string candidate(std::string_view name, std::size_t position, int level) {
  const auto words = name_words(name);
  if (words.empty()) return fmt::format("r{}", position + 1);
  std::string initials, whole;
  for (const auto& w : words) {
    initials += w.front();
    whole += (whole.empty() ? "" : "-") + w;
  }
  switch (level) {
    case 0: return initials;
    case 1: return words.size() > 1 ? words.front().substr(0, 1) + words.back() : whole;
    case 2: return whole;
    default: return fmt::format("{}-{}", whole, position + 1);
  }
}

}  // namespace

std::vector<std::string> evidence_prefixes(std::span<const std::string> names) {
  constexpr int kLevels = 4;
  std::vector<int> level(names.size(), 0);
  std::vector<std::string> out(names.size());
  // Raise the level of every member whose prefix another member shares, until none do; the last
  // level holds the member's place in the team, so it is always unique.
  for (bool clash = true; clash;) {
    clash = false;
    for (std::size_t i = 0; i < names.size(); ++i) out[i] = candidate(names[i], i, level[i]);
    for (std::size_t i = 0; i < names.size(); ++i)
      for (std::size_t j = 0; j < names.size(); ++j)
        if (i != j && out[i] == out[j] && level[i] < kLevels - 1) {
          ++level[i];
          clash = true;
        }
  }
  return out;
}

int next_number(std::string_view prefix, std::span<const std::string> ids) {
  int highest = 0;
  for (std::string_view id : ids) {
    if (id.size() <= prefix.size() + 1 || !id.starts_with(prefix) || id[prefix.size()] != '-') continue;
    const auto digits = id.substr(prefix.size() + 1);
    int n = 0;
    const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), n);
    if (ec == std::errc() && end == digits.data() + digits.size() && digits.front() != '0') highest = std::max(highest, n);
  }
  return highest + 1;
}

std::string next_action_id(const Review& review) {
  int highest = 0;
  for (const auto& a : review.actions) {
    if (!a.id || a.id->value.size() < 2 || a.id->value.front() != 'a') continue;
    const std::string_view digits = std::string_view(a.id->value).substr(1);
    int n = 0;
    const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), n);
    if (ec == std::errc() && end == digits.data() + digits.size()) highest = std::max(highest, n);
  }
  return fmt::format("a{}", highest + 1);
}

bool is_weekday(Date d) {
  // 1970-01-01 was a Thursday; 0 is Sunday.
  const long day = ((d.days() + 4) % 7 + 7) % 7;
  return day != 0 && day != 6;
}

std::vector<Date> weekdays_from(Date first, int count) {
  std::vector<Date> days;
  for (Date d = first; static_cast<int>(days.size()) < count; d = d.plus_days(1))
    if (is_weekday(d)) days.push_back(d);
  return days;
}

std::optional<Date> default_evidence_date(const Review& review, Date today) {
  if (!review.plan.dates || review.plan.dates->empty()) return std::nullopt;
  std::vector<Date> days;
  for (const auto& d : *review.plan.dates) days.push_back(d.value);
  std::sort(days.begin(), days.end());
  if (today <= days.front()) return days.front();
  Date chosen = days.front();
  for (const auto& d : days)
    if (d <= today) chosen = d;
  return chosen;
}

const TeamMember* find_member(const Review& review, std::string_view name) {
  if (!review.plan.team) return nullptr;
  auto trim = [](std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' || s.back() == '\r')) s.remove_suffix(1);
    return s;
  };
  const auto wanted = to_lower(trim(name));
  if (wanted.empty()) return nullptr;
  for (const auto& m : *review.plan.team)
    if (to_lower(trim(m.name.value)) == wanted) return &m;
  return nullptr;
}

}  // namespace lateral::edit
