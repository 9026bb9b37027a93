// lateral evidence: a review's evidence records with their ids, filtered, so reviewers find the
// ids to cite in a judgement.
#include <fmt/format.h>

#include <iostream>

#include "../app.hpp"
#include "lateral/loader.hpp"
#include "lateral/workflow.hpp"

namespace lateral::cli {
namespace {

struct EvidenceOptions {
  std::string review;
  workflow::EvidenceFilter filter;
  std::string format = "text";
};

void run(Session& session, const EvidenceOptions& opt) {
  const auto repo = session.load_for_review(session.review_root(opt.review), opt.review);
  const auto [school, review] = session.find_review(repo, opt.review, {.plan = true, .evidence = true});
  if (auto problem = workflow::filter_problem(*review, opt.filter)) throw UsageError(*problem);
  const auto records = workflow::select_evidence(*review, opt.filter);
  if (opt.format == "json") {
    std::cout << workflow::evidence_json(*school, *review, records).dump(2) << "\n";
    return;
  }
  if (records.empty()) {
    const bool filtered = !opt.filter.aspect.empty() || !opt.filter.by.empty() || !opt.filter.type.empty();
    std::cerr << (filtered ? "No evidence matches.\n"
                           : "No evidence recorded yet: add some with `lateral add-evidence`.\n");
    return;
  }
  std::cout << workflow::evidence_text(records);
}

}  // namespace

void setup_evidence(CLI::App& app, Session& session) {
  auto opt = std::make_shared<EvidenceOptions>();
  app.add_option("--review", opt->review, "The review (a directory, or SCHOOL/REVIEW; default: the one you are in)")
      ->type_name("PATH");
  app.add_option("--aspect", opt->filter.aspect, "Only records that name this aspect (or any aspect of this theme)")
      ->type_name("A");
  app.add_option("--by", opt->filter.by, "Only records by this team member")->type_name("NAME");
  app.add_option("--type", opt->filter.type, "Only records of this evidence type")->type_name("T");
  app.add_option("--format", opt->format, "Output format")->check(CLI::IsMember({"text", "json"}))->default_str("text");
  app.footer(
      "Lists id, date, reviewer, type, aspects and the first words of each summary; --format json gives\n"
      "every field in full.\n\n"
      "Examples:\n"
      "  lateral evidence\n"
      "  lateral evidence --aspect our-impact/inclusion\n"
      "  lateral evidence --review thornbeck-primary/2026-10 --by 'Grace Oduya' --type lesson-observation\n"
      "  lateral evidence --aspect looking-inward --format json | jq -r '.evidence[].id'");
  app.callback([&session, opt] { run(session, *opt); });
}

}  // namespace lateral::cli
