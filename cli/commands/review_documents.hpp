// What `lateral profile` and `lateral action-plan` share: they refuse to write a document from a
// review with errors, and say so on stderr, compiler style.
#pragma once
#include <fmt/format.h>

#include <iostream>
#include <string_view>

#include "../app.hpp"
#include "lateral/render/document.hpp"

namespace lateral::cli {

// True (after printing the errors and setting exit 1) when the review has errors that stop its
// documents; an incomplete benchmark is not one of them: the profile is then a DRAFT.
inline bool refuse_on_errors(Session& session, const Repository& repo, const Session::ReviewRef& ref, Date today,
                             std::string_view document) {
  const auto errors = render::errors_in_review(repo, *ref.school, *ref.review, today);
  if (errors.empty()) return false;
  session.print_diagnostics_stderr(repo, errors);
  std::cerr << fmt::format("lateral: no {} written: fix {} in {}/{} first\n", document,
                           errors.size() == 1 ? "this error" : "these errors", ref.school->slug, ref.review->slug);
  session.exit_code = 1;
  return true;
}

}  // namespace lateral::cli
