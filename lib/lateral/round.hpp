// Planning a round: for every school due in an academic year, a review team drawn from the other
// schools' `reviewers`, chosen as an optimum (a min-cost flow, see round.cpp) under hard limits and
// weighed preferences, each team with the reasons it was chosen.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "lateral/date.hpp"
#include "lateral/model.hpp"

namespace lateral {

// An academic year, September to August: `2027/28`.
struct Cycle {
  int start_year = 0;
  static std::optional<Cycle> parse(std::string_view text);  // "2027/28"
  static Cycle of(const Date& d);                            // the cycle a date falls in
  Date from() const { return Date{start_year, 9, 1}; }
  Date to() const { return Date{start_year + 1, 8, 31}; }
  std::string label() const;  // "2027/28"
  std::string stem() const;   // "2027-28", the plan file's name
  bool contains(const Date& d) const { return from() <= d && d <= to(); }
  auto operator<=>(const Cycle&) const = default;
};

// The weights of the preferences, per place: what the plan minimises. Written here once, so the
// docs, the explanations and the tests read the same numbers.
struct RoundWeights {
  int imbalance = 2;      // each place a school gives more, or fewer, than it receives
  int repeat_school = 4;  // a reviewer from a school on the host's last team
  int repeat_lead = 4;    // and more, when the lead comes from the school that led the last review
  int expertise = 3;      // saved by a reviewer from a school strong where the host must develop
};

struct RoundOptions {
  Cycle cycle;
  int max_per_person = 2;
  int team_size = 0;  // 0: the framework's smallest team
};

struct PlannedMember {
  std::string name, role, school;  // school: the slug
  std::string school_name;
  bool lead = false;
};

struct PlannedReview {
  std::string school, name;  // the host
  bool outstanding = false;
  std::optional<std::string> last_review;  // slug of the latest review before the cycle
  std::optional<Date> due;                 // last review + the framework's interval
  std::vector<PlannedMember> team;         // the lead first
  std::vector<std::string> why;            // sentences
};

struct PlacesGiven {
  std::string school, name;
  int gives = 0, receives = 0;
};

struct RoundObjective {
  long total = 0;
  long imbalance = 0, repeat = 0, expertise = 0;  // expertise is a saving: at most 0
};

struct RoundPlan {
  std::string partnership;
  RoundOptions options;
  int team_size = 0;
  RoundWeights weights;
  std::vector<PlannedReview> reviews;  // hosts by name
  std::vector<PlacesGiven> places;     // every school with reviewers or a review, by name
  struct NotDue {
    std::string school, name;
    Date due;
  };
  std::vector<NotDue> not_due;
  RoundObjective objective;
  // When no plan meets the hard limits: which one cannot be met, and what would make it possible.
  std::optional<std::string> impossible, remedy;
};

RoundPlan plan_round(const Repository& repo, const RoundOptions& options);

std::string round_markdown(const RoundPlan& plan);
std::string round_json(const RoundPlan& plan);
std::string round_html(const RoundPlan& plan);
// How the plan was chosen, in words the documents share; `lead_key` is `lead: true` as the
// format writes code (text without markup otherwise).
std::string round_method(const RoundPlan& plan, std::string_view lead_key);

}  // namespace lateral
