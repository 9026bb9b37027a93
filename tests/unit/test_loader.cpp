// The loader: the examples and the minimal fixture load with no diagnostic; the overlay adds and
// replaces files; names and links that lead out of the repository are refused, not followed.
#include <doctest/doctest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>

#include <fmt/format.h>

#include "lateral/loader.hpp"
#include "lateral/render/history.hpp"
#include "lateral/render/partnership.hpp"
#include "lateral/rules.hpp"
#include "lateral/workflow.hpp"

namespace fs = std::filesystem;
using namespace lateral;

namespace {

const fs::path kSource = LATERAL_SOURCE_DIR;

// A copy of the minimal fixture in a temporary directory, removed afterwards.
struct TempRepository {
  fs::path root;
  TempRepository() {
    static int counter = 0;
    const auto base = fs::temp_directory_path() / ("lateral-loader-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    fs::create_directories(base);
    root = base / "repo";
    fs::copy(kSource / "tests" / "fixtures" / "minimal", root, fs::copy_options::recursive);
  }
  ~TempRepository() { fs::remove_all(root.parent_path()); }
  void write(const fs::path& rel, const std::string& text) const {
    fs::create_directories((root / rel).parent_path());
    std::ofstream(root / rel, std::ios::binary) << text;
  }
};

std::string listing(const std::vector<Diagnostic>& ds) {
  std::string out;
  for (const auto& d : ds) out += d.file + ":" + std::to_string(d.line) + " " + d.rule + ": " + d.message + "\n";
  return out;
}

bool has(const std::vector<Diagnostic>& ds, std::string_view file, std::string_view rule) {
  return std::any_of(ds.begin(), ds.end(), [&](const Diagnostic& d) { return d.file == file && d.rule == rule; });
}

}  // namespace

TEST_CASE("every example repository loads with no diagnostic") {
  for (const std::string name : {"north-dales", "fellside-trust", "enquiry-cluster"}) {
    CAPTURE(name);
    const auto repo = load_repository(kSource / "examples" / name);
    CHECK_MESSAGE(repo.diagnostics.empty(), listing(repo.diagnostics));
    CHECK(repo.framework);
    CHECK_FALSE(repo.schools.empty());
    for (const auto& s : repo.schools) {
      CHECK(s.loaded);
      for (const auto& r : s.reviews) {
        CHECK(r.plan.loaded);
        CHECK(r.framework);
      }
    }
  }
}

TEST_CASE("the minimal fixture loads into the model") {
  const auto repo = load_repository(kSource / "tests" / "fixtures" / "minimal");
  CHECK(repo.diagnostics.empty());
  REQUIRE(repo.partnership.name);
  CHECK(repo.partnership.name->value == "Wenning Vale Schools Partnership");
  CHECK(repo.framework == repo.frameworks.front().get());
  REQUIRE(repo.schools.size() == 2);
  CHECK(repo.schools[0].slug == "brook-lane-primary");  // by slug
  const auto& r = repo.schools[0].reviews.at(0);
  CHECK(r.slug == "2026-10");
  CHECK(r.dir == "schools/brook-lane-primary/reviews/2026-10");
  CHECK(r.first_day() == Date{2026, 10, 6});
  CHECK(r.last_day() == Date{2026, 10, 7});
  REQUIRE(r.evidence.size() == 4);
  CHECK(r.evidence[0].id == "op-1");  // sorted by id
  CHECK(r.find_evidence("rc-2"));
  CHECK_FALSE(r.find_evidence("rc-3"));
  CHECK(r.judgements.size() == 7);
  CHECK(r.focus_aspects().size() == 7);
  CHECK(r.is_practice_to_share(*r.judgement("our-impact/behaviour")));            // the top level
  CHECK_FALSE(r.is_practice_to_share(*r.judgement("looking-outward/partnerships")));  // share: false
  CHECK(r.is_area_for_development(*r.judgement("our-impact/inclusion")));
  CHECK(r.actions.size() == 2);
  CHECK(r.actions[1].status.value == ActionStatus::planned);  // the default
  REQUIRE(r.process_feedback);
  CHECK(r.process_feedback->went_well.size() == 1);
  CHECK(r.self_evaluation.size() == 2);
  CHECK(r.evidence[0].confidential == false);
}

TEST_CASE("the overlay replaces a file and adds new ones, directories included") {
  const auto root = kSource / "tests" / "fixtures" / "minimal";
  const Overlay overlay = {
      {"schools/hill-top-primary/school.yaml", "name: Hill Top Junior School\n"},
      {"schools/new-school/school.yaml", "name: New School\n"},
      {"schools/new-school/reviews/2026-06/review.yaml",
       "dates: [2026-06-10]\nfocus:\n  themes: [our-impact, looking-inward]\n  question: Why?\n"
       "team:\n  - name: A\n    role: headteacher\n    lead: true\n  - name: B\n    role: teacher\n"},
  };
  const auto repo = load_repository(root, &overlay);
  CHECK_MESSAGE(repo.diagnostics.empty(), listing(repo.diagnostics));
  REQUIRE(repo.school("hill-top-primary"));
  CHECK(repo.school("hill-top-primary")->name->value == "Hill Top Junior School");
  const auto* added = repo.school("new-school");
  REQUIRE(added);
  REQUIRE(added->reviews.size() == 1);
  CHECK(added->reviews[0].plan.loaded);
  // The files on disk are untouched.
  CHECK(load_repository(root).school("hill-top-primary")->name->value == "Hill Top Primary School");
}

TEST_CASE("every problem of a run is reported, across files") {
  const Overlay overlay = {
      {"lateral.yaml", "partnership: [x]\nframework: default\n"},
      {"schools/hill-top-primary/school.yaml", "name: 12\n"},
      {"schools/brook-lane-primary/reviews/2026-10/evidence/op-1.yaml", "date: 2026-02-30\n"},
  };
  const auto repo = load_repository(kSource / "tests" / "fixtures" / "minimal", &overlay);
  CHECK(has(repo.diagnostics, "lateral.yaml", "schema"));
  CHECK(has(repo.diagnostics, "schools/hill-top-primary/school.yaml", "schema"));
  CHECK(has(repo.diagnostics, "schools/brook-lane-primary/reviews/2026-10/evidence/op-1.yaml", "date"));
  CHECK(has(repo.diagnostics, "schools/brook-lane-primary/reviews/2026-10/evidence/op-1.yaml", "schema"));
}

TEST_CASE("names that are not slugs, unknown files and links out of the repository are refused") {
  TempRepository t;
  t.write("schools/Bad Name/school.yaml", "name: Bad\n");
  t.write("schools/hill-top-primary/reviews/2027-01/notes.yaml", "a: b\n");
  t.write("outside.yaml", "name: Outside\n");
  fs::rename(t.root / "outside.yaml", t.root.parent_path() / "outside.yaml");
  fs::create_directory_symlink(t.root.parent_path(), t.root / "schools" / "escape");
  fs::create_symlink(t.root.parent_path() / "outside.yaml",
                     t.root / "schools/brook-lane-primary/reviews/2026-10/evidence/zz-1.yaml");
  // A link that stays inside the repository is followed.
  fs::create_symlink("op-1.yaml", t.root / "schools/brook-lane-primary/reviews/2026-10/evidence/op-3.yaml");
  const auto repo = load_repository(t.root);
  CHECK(has(repo.diagnostics, "schools/Bad Name", "path"));
  CHECK(has(repo.diagnostics, "schools/hill-top-primary/reviews/2027-01/notes.yaml", "path"));
  CHECK(has(repo.diagnostics, "schools/escape", "path"));
  CHECK(has(repo.diagnostics, "schools/brook-lane-primary/reviews/2026-10/evidence/zz-1.yaml", "path"));
  CHECK(repo.diagnostics.size() == 4);
  CHECK(repo.school("brook-lane-primary")->reviews[0].find_evidence("op-3"));
  CHECK_FALSE(repo.school("escape"));
}

TEST_CASE("top-level links out of the repository are refused too") {
  TempRepository t;
  fs::rename(t.root / "schools", t.root.parent_path() / "schools");
  fs::create_directory_symlink(t.root.parent_path() / "schools", t.root / "schools");
  const auto repo = load_repository(t.root);
  CHECK(has(repo.diagnostics, "schools", "path"));
  CHECK(repo.schools.empty());
}

TEST_CASE("the partnership's framework path stays inside the repository") {
  for (const auto* path : {"../x.yaml", "frameworks/../../x.yaml", "/etc/x.yaml"}) {
    CAPTURE(path);
    const Overlay overlay = {{"lateral.yaml", std::string("partnership: P\nframework: ") + path + "\n"}};
    const auto repo = load_repository(kSource / "tests" / "fixtures" / "minimal", &overlay);
    REQUIRE(repo.diagnostics.size() == 1);
    CHECK(repo.diagnostics[0].rule == "path");
    CHECK(repo.diagnostics[0].line == 2);
    CHECK(repo.diagnostics[0].column == 12);
    CHECK_FALSE(repo.framework);
  }
}

TEST_CASE("find_repository_root walks up to lateral.yaml") {
  const auto root = kSource / "tests" / "fixtures" / "minimal";
  CHECK(find_repository_root(root / "schools" / "brook-lane-primary" / "reviews") == fs::absolute(root));
  CHECK(find_repository_root(root / "lateral.yaml") == fs::absolute(root));
  CHECK_FALSE(find_repository_root(fs::path("/")));
}

namespace {

// What `check` says about one school's files and the partnership's own (lateral.yaml,
// frameworks/), in a comparable form.
std::vector<std::string> school_view(const std::vector<Diagnostic>& ds, const std::string& school) {
  const auto dir = "schools/" + school;
  std::vector<std::string> out;
  for (const auto& d : ds)
    if (d.file == dir || d.file.starts_with(dir + "/") || !d.file.starts_with("schools"))
      out.push_back(fmt::format("{}:{}:{} {} {}: {}", d.file, d.line, d.column, static_cast<int>(d.severity), d.rule,
                                d.message));
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

TEST_CASE("a load scoped to one school says about it what a whole load says") {
  const auto minimal = kSource / "tests" / "fixtures" / "minimal";
  // Problems in both schools, and rules that look across schools: an Outstanding school led from
  // a school that is not, a reviewer from the host school, an unreadable file elsewhere.
  const Overlay broken = {
      {"schools/brook-lane-primary/school.yaml", "name: Brook Lane Primary School\ninspection: outstanding\n"},
      {"schools/brook-lane-primary/reviews/2026-10/evidence/op-1.yaml", "date: 2026-02-30\n"},
      {"schools/hill-top-primary/school.yaml", "name: [12\n"},
      {"schools/hill-top-primary/reviews/2027-01/review.yaml",
       "dates: [2027-01-12]\nfocus:\n  themes: [our-impact]\n  question: Q?\n"
       "team:\n  - name: A B\n    role: headteacher\n    school: hill-top-primary\n    lead: true\n"},
  };
  struct Case {
    fs::path root;
    const Overlay* overlay;
  };
  const Case cases[] = {{kSource / "examples" / "north-dales", nullptr},
                        {kSource / "examples" / "fellside-trust", nullptr},
                        {kSource / "examples" / "enquiry-cluster", nullptr},
                        {kSource / "tests" / "fixtures" / "h" / "four-schools", nullptr},
                        {minimal, nullptr},
                        {minimal, &broken}};
  const Date today{2026, 11, 23};
  for (const auto& c : cases) {
    const auto whole = load_repository(c.root, c.overlay);
    const auto whole_check = check_repository(whole, {today});
    for (const auto& school : whole.schools) {
      CAPTURE(c.root.string());
      CAPTURE(school.slug);
      LoadOptions options;
      options.scope = school.slug;
      const auto scoped = load_repository(c.root, c.overlay, options);
      CHECK(scoped.scope == school.slug);
      CHECK(school_view(check_repository(scoped, {today}), school.slug) == school_view(whole_check, school.slug));
      CHECK(scoped.schools.size() == whole.schools.size());
      for (const auto& other : scoped.schools) {
        if (other.slug == school.slug) continue;
        CHECK_FALSE(other.loaded);
        CHECK(other.reviews.empty());
      }
    }
  }
  // The schools a team comes from are known by name and inspection; the others by slug only.
  LoadOptions options;
  options.scope = "brook-lane-primary";
  const auto scoped = load_repository(minimal, nullptr, options);
  const auto* visiting = scoped.school("hill-top-primary");
  REQUIRE(visiting);
  CHECK(visiting->display_name() == "Hill Top Primary School");
  CHECK(visiting->inspection->value == "good");
  // Scoped to a school that is not there: the partnership alone.
  options.scope = "no-such-school";
  const auto none = load_repository(minimal, nullptr, options);
  CHECK(none.diagnostics.empty());
  CHECK(std::none_of(none.schools.begin(), none.schools.end(), [](const School& s) { return s.loaded; }));
}

TEST_CASE("the whole-repository views read from their lighter loads what a whole load gives") {
  // history SCHOOL loads that school alone; status keeps neither the free text (as check) nor the
  // evidence records; partnership keeps the text but not the records. Each view, in every format,
  // is the one a whole load gives.
  const Date today{2026, 11, 23};
  for (const auto* path : {"examples/north-dales", "examples/fellside-trust", "examples/enquiry-cluster",
                           "tests/fixtures/h/four-schools", "tests/fixtures/minimal"}) {
    CAPTURE(path);
    const auto root = kSource / path;
    const auto whole = load_repository(root);
    for (const auto& school : whole.schools) {
      CAPTURE(school.slug);
      LoadOptions options;
      options.scope = school.slug;
      const auto scoped = load_repository(root, nullptr, options);
      const auto* own = scoped.school(school.slug);
      REQUIRE(own);
      for (const auto* format : {"markdown", "json", "html"})
        CHECK(render_history(build_history(scoped, *own), format) == render_history(build_history(whole, school), format));
    }
    LoadOptions no_text;
    no_text.keep_text = false;
    no_text.keep_evidence = false;
    const auto light = load_repository(root, nullptr, no_text);
    CHECK(workflow::status_text(workflow::repository_status(light, today)) ==
          workflow::status_text(workflow::repository_status(whole, today)));
    CHECK(workflow::status_json(workflow::repository_status(light, today)).dump() ==
          workflow::status_json(workflow::repository_status(whole, today)).dump());
    LoadOptions no_records;
    no_records.keep_evidence = false;
    const auto partnership = load_repository(root, nullptr, no_records);
    PartnershipOptions view;
    view.today = today;
    for (const auto* format : {"markdown", "json", "html"})
      CHECK(render_partnership(build_partnership(partnership, view), format) ==
            render_partnership(build_partnership(whole, view), format));
  }
}
