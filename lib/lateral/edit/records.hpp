// What a new record is given before it is written: evidence ids that never collide across clones
// (each reviewer's own prefix and counter), action ids, review days, an evidence record's date.
#pragma once
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "lateral/date.hpp"
#include "lateral/model.hpp"

namespace lateral::edit {

// Each team member's evidence id prefix, in team order: their initials ("Sam Okafor" -> "so"), or,
// for members who share initials, first initial and surname ("sokafor"), then the whole name
// ("sam-okafor"), then the whole name and their place in the team. The same team gives the same
// prefixes in every clone.
std::vector<std::string> evidence_prefixes(std::span<const std::string> names);

// One more than the highest N among ids written `prefix-N` (1 when there are none).
int next_number(std::string_view prefix, std::span<const std::string> ids);

// The next action id: `a` and one more than the highest N among ids written `aN`.
std::string next_action_id(const Review& review);

bool is_weekday(Date d);
// `count` consecutive weekdays, starting with `first`.
std::vector<Date> weekdays_from(Date first, int count);

// The date an evidence record gets when none is given: today on a review day; before the review,
// its first day; after it (or between its days), the last review day before today.
std::optional<Date> default_evidence_date(const Review& review, Date today);

// The team member `name` refers to, ignoring case and surrounding spaces; nullptr when none.
const TeamMember* find_member(const Review& review, std::string_view name);

}  // namespace lateral::edit
