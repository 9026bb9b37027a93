// lateral add-evidence: records one piece of evidence in its own file, named by the reviewer's
// prefix and counter so that reviewers working in separate clones never pick the same id.
#include <fmt/format.h>

#include <cstdlib>
#include <iostream>
#include <iterator>
#include <random>

#include "../app.hpp"
#include "../write.hpp"
#include "lateral/edit/new_file.hpp"
#include "lateral/edit/records.hpp"
#include "lateral/loader.hpp"
#include "lateral/platform.hpp"
#include "lateral/text.hpp"

namespace fs = std::filesystem;

namespace lateral::cli {
namespace {

// Enough for any number of runs at the same moment in one clone.
constexpr int kMaxAttempts = 1000;

struct AddEvidenceOptions {
  std::string review;
  std::string type;
  std::vector<std::string> aspects;
  std::string by;
  std::string summary;
  bool summary_given = false;  // --summary was on the command line (even empty)
  std::string context;
  std::string date;
  bool confidential = false;
};

// Drops trailing spaces on each line and blank lines around the text, as git does with a message.
std::string tidy(std::string_view text, bool drop_comments) {
  std::vector<std::string> lines;
  for (;;) {
    const auto nl = text.find('\n');
    std::string line(text.substr(0, nl));
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r')) line.pop_back();
    if (!(drop_comments && line.starts_with("#"))) lines.push_back(std::move(line));
    if (nl == std::string_view::npos) break;
    text.remove_prefix(nl + 1);
  }
  while (!lines.empty() && lines.back().empty()) lines.pop_back();
  std::size_t start = 0;
  while (start < lines.size() && lines[start].empty()) ++start;
  std::string out;
  for (std::size_t i = start; i < lines.size(); ++i) out += (i > start ? "\n" : "") + lines[i];
  return out;
}

// The summary written in $EDITOR (then VISUAL, then vi), as git asks for a commit message; nullopt
// when the editor fails.
std::optional<std::string> from_editor(const fs::path& root, const std::string& template_text, fs::path& kept) {
  const char* editor = std::getenv("EDITOR");
  if (!editor || !*editor) editor = std::getenv("VISUAL");
  // vi as the fallback needs a terminal: a script or a CI job gets a clear refusal instead.
  if ((!editor || !*editor) && !(platform::is_terminal(0) && platform::is_terminal(1)))
    throw UsageError(
        "no --summary, and no terminal to open an editor in: pass --summary TEXT, or --summary - to read it from "
        "standard input (or set EDITOR)");
  const std::string command = editor && *editor ? editor : "vi";
  const auto dir = root / ".lateral" / "cache";
  std::error_code ec;
  fs::create_directories(dir, ec);
  // One file per run: two reviewers' editors in one clone do not share it.
  kept = dir / fmt::format("EVIDENCE_SUMMARY-{:08x}", std::random_device{}());
  if (auto err = platform::atomic_write(kept, template_text)) throw FileError(*err);
  const int status = platform::run_editor(command, kept);
  if (status != 0) {
    std::cerr << fmt::format("lateral: nothing recorded: the editor `{}` exited with status {} (your text is in {})\n",
                             command, status, kept.string());
    return std::nullopt;
  }
  auto text = read_file_bytes(kept);
  return text ? tidy(*text, true) : std::string();
}

// --by, else LATERAL_REVIEWER, else git's user.name, when it names a member of the team.
std::string recorded_by(const Review& review, const std::string& by) {
  if (!by.empty()) {
    // Written as review.yaml spells the name; a name outside the team is the check's to refuse.
    const auto* m = edit::find_member(review, by);
    return m ? m->name.value : by;
  }
  std::vector<std::string> tried;
  std::vector<std::string> names;
  if (review.plan.team)
    for (const auto& m : *review.plan.team) names.push_back(m.name.value);
  if (const char* env = std::getenv("LATERAL_REVIEWER"); env && *env) {
    if (const auto* m = edit::find_member(review, env)) return m->name.value;
    // Set, but naming no one on the team: a slip in the name, never a reason to credit whoever
    // git's user.name names instead.
    const auto near = nearest(env, names);
    throw UsageError(fmt::format("LATERAL_REVIEWER is `{}`, who is not on this review's team{}\n"
                                 "  hint: set LATERAL_REVIEWER to your name as review.yaml writes it "
                                 "(the team: {}), or pass --by NAME",
                                 env, near ? fmt::format(": did you mean `{}`?", *near) : "", join(names)));
  }
  if (auto name = platform::run_and_capture({"git", "config", "user.name"})) {
    const auto trimmed = tidy(*name, false);
    if (const auto* m = edit::find_member(review, trimmed)) return m->name.value;
    if (!trimmed.empty()) tried.push_back(fmt::format("git's user.name is `{}`", trimmed));
  }
  throw UsageError(fmt::format("who recorded this evidence? pass --by NAME, one of: {}{}\n"
                               "  hint: set LATERAL_REVIEWER to your name as review.yaml writes it, to leave --by out",
                               join(names), tried.empty() ? "" : fmt::format(" ({}: not a team member)", join(tried, "; "))));
}

void run(Session& session, const AddEvidenceOptions& opt) {
  const auto root = session.review_root(opt.review);
  const auto repo = session.load_for_review(root, opt.review);
  const auto [school, review] = session.find_review(repo, opt.review, {.plan = true});

  Date date;
  if (!opt.date.empty()) {
    auto d = Date::parse(opt.date);
    if (!d) throw UsageError(fmt::format("--date {}: not a date; write YYYY-MM-DD", opt.date));
    date = *d;
  } else if (auto d = edit::default_evidence_date(*review, session.today())) {
    date = *d;
  } else {
    throw UsageError("the review has no dates lateral can read: give --date YYYY-MM-DD (and run `lateral check`)");
  }
  const auto by = recorded_by(*review, opt.by);

  fs::path kept;  // the editor's file, kept when the record is refused
  std::string summary;
  if (opt.summary_given && opt.summary == "-") {
    summary = tidy(std::string(std::istreambuf_iterator<char>(std::cin), {}), false);
  } else if (opt.summary_given) {
    summary = tidy(opt.summary, false);
  } else {
    auto written = from_editor(root,
                          fmt::format("\n# Write what you saw or heard above: roles and groups (\"a Year 4 class\", \"a "
                                      "middle leader\"),\n# never a pupil's name. Lines starting with # are left out; "
                                      "an empty summary records nothing.\n#\n# {} by {} on {}: {}\n",
                                      opt.type, by, date.str(), join(opt.aspects)),
                          kept);
    if (!written) {
      session.exit_code = 1;
      return;
    }
    summary = *written;
  }
  if (summary.empty()) {
    std::error_code ec;
    if (!kept.empty()) fs::remove(kept, ec);
    refuse(session, "the summary is empty");
    return;
  }

  // Text of several lines ends with a line end, so that it is written as a plain `|` block.
  if (summary.find('\n') != std::string::npos) summary += '\n';
  std::vector<std::string> names, ids;
  if (review->plan.team)
    for (const auto& m : *review->plan.team) names.push_back(m.name.value);
  for (const auto& e : review->evidence) ids.push_back(e.id);
  const auto prefixes = edit::evidence_prefixes(names);
  // A name outside the team is refused by the check below; its initials only name the file shown.
  std::string prefix = edit::evidence_prefixes(std::vector<std::string>{by}).front();
  for (std::size_t i = 0; i < names.size(); ++i)
    if (to_lower(names[i]) == to_lower(by)) prefix = prefixes[i];
  int number = edit::next_number(prefix, ids);

  auto file_of = [&](int n) { return fmt::format("{}/evidence/{}-{}.yaml", review->dir, prefix, n); };
  edit::NewFile f(file_of(number), "evidence");
  f.field(0, "date", date.str()).field(0, "by", by).field(0, "type", opt.type).list(0, "aspects", opt.aspects);
  f.field(0, "summary", summary);
  if (!opt.context.empty()) f.field(0, "context", opt.context);
  if (opt.confidential) f.boolean(0, "confidential", true);

  edit::Change change;
  change.files[file_of(number)] = f.text();
  change.fresh.insert(file_of(number));
  if (!check_change(session, repo, change)) {
    if (!kept.empty()) std::cerr << fmt::format("note: your summary is kept in {}\n", kept.string());
    return;
  }
  // Another run in this clone may take the same number at the same moment: the file is created
  // only if its name is free, and the next number is tried otherwise. The content does not name
  // the id, so the check above holds for every number.
  for (int attempt = 0; attempt < kMaxAttempts; ++attempt, ++number) {
    edit::Change one;
    one.files[file_of(number)] = f.text();
    one.fresh.insert(file_of(number));
    if (write_change(repo, one)) {
      std::error_code ec;
      if (!kept.empty()) fs::remove(kept, ec);
      std::cout << fmt::format("{}-{}\n", prefix, number);
      return;
    }
  }
  throw std::runtime_error("no free evidence id after " + std::to_string(kMaxAttempts) + " attempts");
}

}  // namespace

void setup_add_evidence(CLI::App& app, Session& session) {
  auto opt = std::make_shared<AddEvidenceOptions>();
  app.add_option("--review", opt->review, "The review (a directory, or SCHOOL/REVIEW; default: the one you are in)")
      ->type_name("PATH");
  app.add_option("--type", opt->type, "The kind of evidence, an evidence type of the framework")->type_name("T")->required();
  app.add_option("--aspect", opt->aspects, "An aspect the evidence bears on; repeat for each")
      ->type_name("THEME/ASPECT")
      ->required();
  app.add_option("--by", opt->by, "Who recorded it (default: LATERAL_REVIEWER, then git's user.name)")->type_name("NAME");
  auto* summary = app.add_option("--summary", opt->summary,
                                 "What was seen or heard; - reads it from stdin; left out, $EDITOR opens")
                      ->type_name("TEXT|-");
  app.add_option("--context", opt->context, "Where or with whom, e.g. 'Year 4 mathematics'")->type_name("TEXT");
  app.add_option("--date", opt->date, "The day (default: today on a review day, else the nearest review day before it)")
      ->type_name("D");
  app.add_flag("--confidential", opt->confidential, "Keep the record out of the shared profile");
  app.footer(
      "Prints the new record's id alone, e.g. so-3: the reviewer's initials and their own counter, so that\n"
      "reviewers adding evidence in separate clones never pick the same id.\n\n"
      "Examples:\n"
      "  lateral add-evidence --type lesson-observation --aspect looking-inward/teaching \\\n"
      "      --aspect our-impact/outcomes --context 'Year 4 mathematics' \\\n"
      "      --summary 'Pupils explained their methods to a partner before writing them down.'\n"
      "  lateral add-evidence --type pupil-discussion --aspect our-impact/behaviour --summary - < notes.txt\n"
      "  LATERAL_REVIEWER='Grace Oduya' lateral add-evidence --type learning-walk --aspect our-impact/inclusion   # opens $EDITOR");
  app.callback([&session, opt, summary] {
    opt->summary_given = summary->count() > 0;
    drop_repeated(opt->aspects, "--aspect");
    run(session, *opt);
  });
}

}  // namespace lateral::cli
