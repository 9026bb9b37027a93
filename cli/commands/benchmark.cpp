// lateral benchmark: records or replaces one judgement in benchmark.yaml (edited as text, so the
// file keeps its comments and layout), or, with no aspect, shows the review's benchmark grid.
#include <fmt/format.h>

#include <algorithm>
#include <iostream>

#include "../app.hpp"
#include "../write.hpp"
#include "lateral/edit/editor.hpp"
#include "lateral/edit/new_file.hpp"
#include "lateral/loader.hpp"
#include "lateral/text.hpp"
#include "lateral/workflow.hpp"

namespace lateral::cli {
namespace {

struct BenchmarkOptions {
  std::string review;
  std::string aspect;
  std::string level;
  std::vector<std::string> evidence;
  std::string commentary;
  bool share = false, no_share = false;
  std::string format = "text";
  bool evidence_given = false, commentary_given = false;
};

void show_grid(const School& school, const Review& review, const std::string& format) {
  const auto grid = workflow::benchmark_grid(school, review);
  if (format == "json")
    std::cout << workflow::grid_json(grid).dump(2) << "\n";
  else
    std::cout << workflow::grid_text(grid);
}

void record(Session& session, const Repository& repo, const Review& review, const BenchmarkOptions& opt) {
  const Framework* fw = review.framework;
  if (!fw) {
    refuse(session, "the review's framework does not load", "run `lateral check` to see why");
    return;
  }
  // An aspect id without its theme is a slip of the command line, not a whole-theme judgement.
  if (opt.aspect.find('/') == std::string::npos && !fw->theme(opt.aspect))
    for (const auto& ref : fw->aspect_refs())
      if (ref.ends_with("/" + opt.aspect))
        throw UsageError(fmt::format("ASPECT {}: write it as theme/aspect, e.g. {}", opt.aspect, ref));

  const auto* existing = review.judgement(opt.aspect);
  // An aspect the framework does not have is refused below, at its place in the file, whatever
  // else the command line lacks.
  const auto refs = fw->aspect_refs();
  const bool known = std::find(refs.begin(), refs.end(), opt.aspect) != refs.end();
  if (!known && opt.aspect.find('/') != std::string::npos) {
    const auto near = nearest(opt.aspect, refs);
    return refuse(session, fmt::format("`{}` is not an aspect of the framework `{}`", opt.aspect, fw->id),
                  near ? fmt::format("did you mean `{}`?", *near) : "`lateral framework show` lists the aspects");
  }
  edit::JudgementChange change{opt.aspect, std::nullopt, std::nullopt, std::nullopt, std::nullopt};
  if (!opt.level.empty()) change.level = opt.level;
  if (known && fw->has_levels() && opt.level.empty() && !existing)
    throw UsageError(fmt::format("give the LEVEL of {} after the aspect: one of {}", opt.aspect, join(fw->level_ids())));
  if (known && !existing && (!opt.commentary_given || !opt.evidence_given))
    throw UsageError(fmt::format("a new judgement needs --commentary TEXT and --evidence ID (repeat it for each "
                                 "record; `lateral evidence --aspect {}` lists them)",
                                 opt.aspect));
  if (opt.commentary_given) {
    change.commentary = opt.commentary;
    if (opt.commentary.find('\n') != std::string::npos && !opt.commentary.ends_with("\n")) *change.commentary += '\n';
  }
  if (opt.evidence_given) change.evidence = opt.evidence;
  if (opt.share) change.share = true;
  if (opt.no_share) change.share = false;

  const auto& file = review.benchmark_file;
  const auto current = current_text(repo, file);
  const auto text = current ? *current : edit::schema_line(file, "benchmark") + "\n";
  const auto edited = edit::set_judgement(text, file, change, fw->aspect_refs());
  if (!edited) return refuse(session, repo, *edited.refused);
  edit::Change write;
  write.files[file] = edited.text;
  if (!current) write.fresh.insert(file);
  if (!write_checked(session, repo, write)) return;

  std::size_t judged = 0, focus = 0;
  for (const auto* a : review.focus_aspects()) {
    ++focus;
    if (review.judgement(a->ref) || a->ref == opt.aspect) ++judged;
  }
  const auto* j = existing;
  const auto level = change.level ? *change.level : j && j->level ? j->level->value : std::string();
  std::cout << fmt::format("{} {}{}. {} of {} focus aspects judged.\n", existing ? "Replaced" : "Recorded", opt.aspect,
                           level.empty() ? "" : ": " + level, judged, focus);
}

void run(Session& session, const BenchmarkOptions& opt) {
  const auto root = session.review_root(opt.review);
  std::optional<EditLock> lock;
  if (!opt.aspect.empty()) lock.emplace(root);
  const auto repo = session.load_for_review(root, opt.review);
  // The grid shows every file of the review but the action plan; a judgement is written into benchmark.yaml.
  const auto reads = opt.aspect.empty() ? ReviewParts{.plan = true, .evidence = true, .self_evaluation = true, .benchmark = true}
                                        : ReviewParts{.plan = true, .benchmark = true};
  const auto [school, review] = session.find_review(repo, opt.review, reads);
  if (opt.aspect.empty()) {
    if (!opt.level.empty() || opt.evidence_given || opt.commentary_given || opt.share || opt.no_share)
    {
      // The example names an aspect and a level of this review's own framework.
      std::string example = "THEME/ASPECT LEVEL";
      if (const auto focus = review->focus_aspects(); !focus.empty() && review->framework) {
        const auto levels = review->framework->level_ids();
        example = focus.front()->ref + (levels.empty() ? "" : " " + levels[levels.size() / 2]);
      }
      throw UsageError(fmt::format("give the ASPECT to judge first, e.g. lateral benchmark {} ...", example));
    }
    return show_grid(*school, *review, opt.format);
  }
  record(session, repo, *review, opt);
}

}  // namespace

void setup_benchmark(CLI::App& app, Session& session) {
  auto opt = std::make_shared<BenchmarkOptions>();
  app.add_option("ASPECT", opt->aspect, "The aspect judged, theme/aspect (left out: show the grid)");
  app.add_option("LEVEL", opt->level, "Its level (left out for a framework without levels, or to keep it)");
  app.add_option("--review", opt->review, "The review (a directory, or SCHOOL/REVIEW; default: the one you are in)")
      ->type_name("PATH");
  auto* evidence = app.add_option("--evidence", opt->evidence, "An evidence id the judgement rests on; repeat for each")
                       ->type_name("ID");
  auto* commentary = app.add_option("--commentary", opt->commentary, "What the team found, citing the evidence")
                         ->type_name("TEXT");
  auto* share = app.add_flag("--share", opt->share, "Practice to share with the partnership");
  auto* no_share = app.add_flag("--no-share", opt->no_share, "Not practice to share (even at the top level)");
  share->excludes(no_share);
  app.add_option("--format", opt->format, "Output format of the grid")
      ->check(CLI::IsMember({"text", "json"}))
      ->default_str("text");
  app.footer(
      "With an ASPECT, records its judgement, or replaces it in place (a value left out keeps what the file\n"
      "says; a new judgement needs --commentary and --evidence). Refused, with nothing written, for an\n"
      "unknown aspect or level, an aspect outside the focus, or evidence that does not exist. With no\n"
      "ASPECT, shows every focus aspect: its level or \"missing\", the evidence tagged to it or cited for it, the school's own level.\n\n"
      "Examples:\n"
      "  lateral benchmark\n"
      "  lateral benchmark our-impact/inclusion developing --evidence go-1 --evidence rk-2 \\\n"
      "      --commentary 'Pupils with SEND are often taught apart from their class (go-1, rk-2).'\n"
      "  lateral benchmark looking-inward/curriculum leading --share\n"
      "  lateral benchmark --format json --review thornbeck-primary/2026-10");
  app.callback([&session, opt, evidence, commentary] {
    opt->evidence_given = evidence->count() > 0;
    opt->commentary_given = commentary->count() > 0;
    drop_repeated(opt->evidence, "--evidence");
    run(session, *opt);
  });
}

}  // namespace lateral::cli
