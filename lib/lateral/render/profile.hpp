// The profile of one review, the document the host school keeps and shares: every aspect of the
// themes in focus with its benchmark statements, the judged one marked, the school's own view
// beside the peers', the commentary and the evidence it cites. Built from the model as data;
// the formatters turn it into Markdown or JSON. There is no overall grade, by design.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lateral/date.hpp"
#include "lateral/model.hpp"
#include "lateral/render/html.hpp"
#include "lateral/render/document.hpp"

namespace lateral {

struct ProfileLevel {
  std::string id;
  std::string name;
};

struct ProfileEvidence {
  std::string id;
  std::string type;       // the evidence type's id
  std::string type_name;  // as the framework names it
  std::string context;    // empty when none was given
  std::string summary;
  std::optional<Date> date;
  std::string by;
  bool confidential = false;
  std::vector<std::string> aspects;       // `theme/aspect` references, as recorded
  std::vector<std::string> aspect_names;  // the same, as the framework names them
};

// One benchmark statement of an aspect, and whose view it matches.
struct ProfileStatement {
  ProfileLevel level;
  std::string text;
  bool judged = false;       // the review team's judgement
  bool self_assessed = false;  // the school's own level
};

struct ProfileAspect {
  std::string ref;  // "theme/aspect"
  std::string id;
  std::string name;
  std::string prompt;
  bool judged = false;
  std::optional<ProfileLevel> level;  // the team's; none without levels or while not judged
  std::string commentary;             // the judgement's commentary, or the finding without levels
  std::optional<ProfileLevel> self_level;
  std::optional<std::string> self_note;
  bool self_evaluated = false;  // self-evaluation.yaml has an entry for the aspect
  bool differs = false;         // the school's own level is not the team's
  std::vector<ProfileStatement> statements;  // every level, lowest first; empty without levels
  std::vector<ProfileEvidence> evidence;     // cited, in the order cited, confidential ones left out unless asked
  int withheld = 0;                          // cited confidential records left out
  bool practice_to_share = false;
  bool area_for_development = false;
};

struct ProfileTheme {
  std::string id;
  std::string name;
  std::string summary;
  std::vector<ProfileAspect> aspects;  // framework order
};

struct ProfileMember {
  std::string name;
  std::string role;
  std::string school;  // a school of the repository by its name, or as written; may be empty
  bool lead = false;
};

// A pointer into the document: which aspect, as people name it.
struct ProfileAspectRef {
  std::string ref;
  std::string theme_name;
  std::string aspect_name;
  std::optional<ProfileLevel> level;
};

struct Profile : render::ReviewHeading {
  std::string framework_id, framework_version, framework_name;
  bool has_levels = false;
  std::string question;
  std::vector<ProfileMember> team;
  std::string findings;  // empty when review.yaml has none
  bool self_evaluation = false;  // the school wrote a self-evaluation

  bool draft = false;                      // some focus aspect is not judged yet
  std::vector<ProfileAspectRef> missing;   // those aspects
  std::vector<ProfileTheme> themes;        // the themes in focus, framework order
  std::vector<ProfileAspectRef> practice_to_share;
  std::vector<ProfileAspectRef> areas_for_development;
  std::vector<ProfileEvidence> uncited;    // evidence no judgement cites (shown as other evidence)

  bool include_confidential = false;
  int confidential = 0;  // confidential records in the review
  int withheld = 0;      // of those, left out of this document
};

struct ProfileOptions {
  bool include_confidential = false;
};

// Builds the profile of a review whose plan and framework were read (see render::errors_in_review).
Profile build_profile(const Repository& repo, const School& school, const Review& review,
                      const ProfileOptions& options);

std::string profile_markdown(const Profile& profile);
std::string profile_json(const Profile& profile);
std::string profile_html(const Profile& profile);
// The HTML document's parts, for a page of the site (render/site.hpp) to add its navigation to.
html::Page profile_page(const Profile& document);
// By format name (render::document_formats()).
std::string render_profile(const Profile& profile, std::string_view format);

}  // namespace lateral
