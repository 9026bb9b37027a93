// What the review workflow commands show: a review's evidence (to find the ids to cite), its
// benchmark grid, and where each review stands with what the partnership lead should follow up.
// Each view is data built from the model, then text for people or JSON for scripts.
#pragma once
#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

#include "lateral/date.hpp"
#include "lateral/model.hpp"
#include "lateral/reciprocity.hpp"
#include "lateral/stage.hpp"

namespace lateral::workflow {

// Rows of cells as text columns, each padded to its widest cell (in code points), two spaces
// apart, every line starting with `indent`; the last column is not padded.
std::string aligned(const std::vector<std::vector<std::string>>& rows, std::string_view indent = "");

// ---- lateral evidence

struct EvidenceFilter {
  std::string aspect;  // theme/aspect, or a theme id for all its aspects; empty: any
  std::string by;      // a team member's name, any case; empty: anyone
  std::string type;    // an evidence type; empty: any
};

// Why a filter cannot match what the user meant (an unknown aspect, member or type, with the
// nearest name); nullopt when it is fine.
std::optional<std::string> filter_problem(const Review& review, const EvidenceFilter& filter);
std::vector<const Evidence*> select_evidence(const Review& review, const EvidenceFilter& filter);

// The first `words` words of a text on one line, with "..." when there is more.
std::string first_words(std::string_view text, std::size_t words);

std::string evidence_text(const std::vector<const Evidence*>& records);
nlohmann::ordered_json evidence_json(const School& school, const Review& review,
                                     const std::vector<const Evidence*>& records);

// ---- lateral benchmark (no aspect): the grid

struct GridRow {
  const Theme* theme;
  const Aspect* aspect;
  const Judgement* judgement = nullptr;     // nullptr: not judged yet
  std::vector<const Evidence*> evidence;    // the records tagged to the aspect or cited by its judgement, by id
  const SelfAssessment* self = nullptr;     // the school's own view, when it gave one
};

struct Grid {
  const School* school;
  const Review* review;
  bool levels = true;  // the framework has levels (else judgements are findings)
  std::vector<GridRow> rows;  // every aspect of the focus themes, in framework order
  std::size_t judged = 0;
};

Grid benchmark_grid(const School& school, const Review& review);
std::string grid_text(const Grid& grid);
nlohmann::ordered_json grid_json(const Grid& grid);

// ---- lateral status

struct ReviewStatus {
  const School* school;
  const Review* review;
  StageReport stage;
};

struct SchoolDue {
  const School* school;
  std::optional<Date> latest;  // the first day of its latest review; nullopt: none yet
  int months;                  // the framework's review interval
};

struct OverdueAction {
  const School* school;
  const Review* review;
  const Action* action;
};

struct Status {
  bool whole_repository = true;  // false: one review in scope, and no partnership list
  std::vector<ReviewStatus> reviews;  // by school slug, then first review day
  std::vector<SchoolDue> due;         // schools with no review within the interval
  std::vector<OverdueAction> overdue; // open actions past their due date, by due date
  std::vector<PlacesCycle> places;    // review places given and received, the last two cycles (rule reciprocity's)
};

// Every review (or only `only`), and the partnership lead's list: schools due a review and open
// actions past their due date (of `only`'s review alone when one is in scope).
Status repository_status(const Repository& repo, Date today, const Review* only = nullptr);
std::string status_text(const Status& status);
nlohmann::ordered_json status_json(const Status& status);

}  // namespace lateral::workflow
