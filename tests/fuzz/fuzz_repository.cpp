// Fuzz target over the loader and the rules: the input replaces one file of a small valid
// repository held in memory (its first byte picks which), then the whole repository is loaded and
// checked, and checked again loaded as a review-scoped command loads it (one school), which must say
// the same about that school. Built with libFuzzer (LATERAL_FUZZ=ON, clang) and, for the regression inputs, as a
// plain program in every build (replay_main.cpp).
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "lateral/loader.hpp"
#include "lateral/rules.hpp"

namespace {

constexpr const char* kReview = "schools/ashfield/reviews/2026-06/";

lateral::Overlay base_repository() {
  lateral::Overlay o;
  o["lateral.yaml"] = "partnership: Fuzz Partnership\nframework: default\n";
  o["schools/ashfield/school.yaml"] = "name: Ashfield Primary\ninspection: outstanding\n";
  o["schools/brook/school.yaml"] = "name: Brook Academy\ninspection: good\n";
  o[std::string(kReview) + "review.yaml"] =
      "dates: [2026-06-09, 2026-06-10]\n"
      "focus:\n  themes: [our-impact, looking-outward]\n  question: How well do we include every pupil?\n"
      "team:\n  - name: Ann Lee\n    role: headteacher\n    school: brook\n    lead: true\n"
      "  - name: Bo Tran\n    role: deputy headteacher\n    school: Other School\n"
      "feedback:\n  immediate: 2026-06-10\n  workshop: 2026-06-15\n";
  o[std::string(kReview) + "evidence/al-1.yaml"] =
      "date: 2026-06-09\nby: Ann Lee\ntype: lesson-observation\naspects: [our-impact/outcomes]\nsummary: Year 3 "
      "reading.\n";
  o[std::string(kReview) + "evidence/bt-1.yaml"] =
      "date: 2026-06-09\nby: Bo Tran\ntype: pupil-discussion\naspects: [our-impact/inclusion]\nsummary: Pupils "
      "talked about clubs.\nconfidential: true\n";
  o[std::string(kReview) + "benchmark.yaml"] =
      "our-impact/outcomes:\n  level: developing\n  commentary: Reading is improving.\n  evidence: [al-1, bt-1]\n";
  o[std::string(kReview) + "actions.yaml"] =
      "- id: a1\n  aspect: our-impact/outcomes\n  action: Daily reading\n  owner: English lead\n  success: All "
      "pupils read daily\n  due: 2026-12-01\n";
  o[std::string(kReview) + "self-evaluation.yaml"] = "our-impact/outcomes:\n  level: established\n  note: Our data.\n";
  o[std::string(kReview) + "process-feedback.yaml"] = "date: 2026-06-20\nwent-well: [Listening]\neven-better-if: []\n";
  o["frameworks/own.yaml"] =
      "id: own\nversion: 1\nname: Own\nlevels: []\nthemes:\n  - id: t\n    name: T\n    summary: S\n    required: true\n"
      "    aspects:\n      - id: a\n        name: A\n        prompt: P?\nevidence-types:\n  - id: e\n    name: E\n"
      "settings: {min-themes: 1, team-min: 2, team-max: 4, lead-role: headteacher, triangulation: 2, evidence-range: "
      "4, workshop-days: 7, review-months: 12}\n";
  return o;
}

const std::string kTargets[] = {
    "lateral.yaml",
    "schools/ashfield/school.yaml",
    std::string(kReview) + "review.yaml",
    std::string(kReview) + "evidence/al-1.yaml",
    std::string(kReview) + "benchmark.yaml",
    std::string(kReview) + "actions.yaml",
    std::string(kReview) + "self-evaluation.yaml",
    std::string(kReview) + "process-feedback.yaml",
    "frameworks/own.yaml",
};

// What check says about ashfield's files and the partnership's own, in a comparable form.
std::vector<std::string> ashfield_view(const std::vector<lateral::Diagnostic>& ds) {
  std::vector<std::string> out;
  for (const auto& d : ds)
    if (d.file == "schools/ashfield" || d.file.starts_with("schools/ashfield/") || !d.file.starts_with("schools"))
      out.push_back(d.file + ":" + std::to_string(d.line) + ":" + std::to_string(d.column) + " " + d.rule + " " +
                    std::to_string(static_cast<int>(d.severity)) + " " + d.message);
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  static const lateral::Overlay base = base_repository();
  lateral::Overlay overlay = base;
  const auto& target = kTargets[data[0] % std::size(kTargets)];
  overlay[target] = std::string(reinterpret_cast<const char*>(data) + 1, size - 1);
  // A root that does not exist: every file comes from the overlay, nothing touches the disk.
  const auto repo = lateral::load_repository("/nonexistent/lateral-fuzz-root", &overlay);
  const auto diagnostics = lateral::check_repository(repo, {lateral::Date{2026, 11, 23}});
  // Every diagnostic must be located inside its file.
  for (const auto& d : diagnostics)
    if (d.line < 1 || d.column < 1 || d.rule.empty() || d.message.empty()) __builtin_trap();
  // A review-scoped command loads only ashfield: it must find there what the whole check finds.
  lateral::LoadOptions options;
  options.scope = "ashfield";
  const auto scoped = lateral::load_repository("/nonexistent/lateral-fuzz-root", &overlay, options);
  if (ashfield_view(lateral::check_repository(scoped, {lateral::Date{2026, 11, 23}})) != ashfield_view(diagnostics))
    __builtin_trap();
  return 0;
}
