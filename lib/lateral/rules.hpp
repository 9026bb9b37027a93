// The rules engine: every rule of lateral by name, its default severity, the principle it serves,
// and the check that finds its problems. `check_repository` runs them all.
#pragma once
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "lateral/date.hpp"
#include "lateral/diagnostic.hpp"
#include "lateral/model.hpp"

namespace lateral {

struct RuleContext {
  const Repository& repo;
  Date today;
};

// Collects one rule's diagnostics. `subject` says what the problem is about (Diagnostic::subject;
// rules/common.hpp's `about` names it); `file` and `at` say where it is shown.
class RuleSink {
 public:
  RuleSink(std::string_view rule, std::vector<Diagnostic>& out) : rule_(rule), out_(out) {}
  // The diagnostic reported, to attach a fix to.
  Diagnostic& report(std::string subject, const std::string& file, const yaml::Mark& at, int length, std::string message,
                     std::string hint = {});
  template <class T>
  Diagnostic& report(std::string subject, const std::string& file, const Located<T>& at, std::string message,
                     std::string hint = {}) {
    return report(std::move(subject), file, at.mark, at.length, std::move(message), std::move(hint));
  }

 private:
  std::string_view rule_;
  std::vector<Diagnostic>& out_;
};

using RuleCheck = void (*)(const RuleContext&, RuleSink&);

struct Rule {
  std::string_view name;
  Severity severity;
  bool loading;              // found while loading; always an error, cannot be changed
  std::string_view summary;  // holds when ...
  RuleCheck check;           // nullptr for rules the loader alone reports
};

std::span<const Rule> all_rules();
// Where a rule is documented: LATERAL_DOCS_URL/rules.md#RULE.
std::string rule_docs_url(std::string_view rule);
const Rule* find_rule(std::string_view name);

// A rule's own entry in docs/rules.md (compiled in), in Markdown: what it checks, how to fix what
// it reports. nullopt for a rule the page does not describe (tests/tools/rules-doc.sh fails then).
struct RuleDoc {
  std::string checks;
  std::string fix;
};
std::optional<RuleDoc> rule_doc(std::string_view name);
// Markdown as plain text: code spans, bold and link targets dropped, the words kept.
std::string plain_text(std::string_view markdown);

struct CheckOptions {
  Date today;
};

// Every problem of the repository: the loader's and every rule's, with the partnership's severity
// overrides and the files' ignore comments applied, sorted.
std::vector<Diagnostic> check_repository(const Repository& repo, const CheckOptions& options);

// Applies severities, overrides and ignore comments to diagnostics, and sorts them.
std::vector<Diagnostic> finish_diagnostics(const Repository& repo, std::vector<Diagnostic> diagnostics);

// Visits every review whose review.yaml was read.
template <class F>
void for_each_review(const Repository& repo, F&& f) {
  for (const auto& school : repo.schools)
    for (const auto& review : school.reviews)
      if (review.plan.loaded) f(school, review);
}

}  // namespace lateral
