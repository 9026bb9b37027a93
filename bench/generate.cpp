// lateral-bench-generate: writes a fictional partnership repository of N schools x R annual reviews x
// E evidence records, every review complete, for measuring lateral at the size of a national programme.
//
// The corpus is deterministic for a seed (same arguments, same bytes), takes every theme, aspect, level
// and evidence type from the built-in framework (no framework name is written here), and passes
// `lateral check` with no error and no warning when today is kToday.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <cctype>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "lateral/date.hpp"
#include "lateral/embedded.hpp"
#include "lateral/framework.hpp"

namespace fs = std::filesystem;
using lateral::Date;
using lateral::Framework;

namespace {

// The date the corpus is written for: run `lateral --today 2026-11-23 check` on it. Every review is
// over (workshop held), the latest review of each school began in 2026, and every open action is due
// after this day.
constexpr std::string_view kToday = "2026-11-23";

// splitmix64: tiny, fast and the same on every platform (std::uniform_int_distribution is not).
class Rng {
 public:
  explicit Rng(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  int below(int n) { return static_cast<int>(next() % static_cast<std::uint64_t>(n)); }  // 0 .. n-1
  int between(int lo, int hi) { return lo + below(hi - lo + 1); }                       // lo .. hi
  bool chance(int percent) { return below(100) < percent; }
  template <class T>
  const T& pick(const std::vector<T>& v) { return v[static_cast<std::size_t>(below(static_cast<int>(v.size())))]; }

 private:
  std::uint64_t state_;
};

// Fictional text in the users' words: roles and groups, never a person.
const std::vector<std::string> kPhases = {"primary", "primary", "primary", "secondary", "all-through"};
const std::vector<std::string> kSubjects = {"English", "mathematics", "science", "history", "geography",
                                            "art and design", "music", "computing", "physical education",
                                            "religious education", "design and technology", "French"};
const std::vector<std::string> kGroups = {"subject leaders", "a group of parents and carers", "governors",
                                          "the senior leadership team", "teaching assistants",
                                          "the school council", "early career teachers", "the SENCo"};
const std::vector<std::string> kRoles = {"deputy headteacher", "assistant headteacher", "SENCo", "English lead",
                                         "mathematics lead", "curriculum lead"};
const std::vector<std::string> kSeen = {
    "Pupils explained what they were learning and how it connected to earlier work.",
    "Most pupils settled quickly and worked with sustained concentration.",
    "Pupils used subject vocabulary accurately when answering questions.",
    "A small group of pupils needed adult support to begin the task.",
    "Pupils with SEND were taught alongside their classmates with well-chosen adaptations.",
    "Disadvantaged pupils took a full part in discussion and answered confidently.",
    "Pupils could recall knowledge from the previous term and apply it to a new problem.",
    "Pupils spoke warmly about the responsibilities they hold in school."};
const std::vector<std::string> kPractice = {
    "The teacher checked understanding often and adapted the lesson as it went.",
    "Teaching assistants knew the targets in pupils' support plans.",
    "Work in books showed a clear sequence from one lesson to the next.",
    "Leaders described the reasons for the order of the curriculum with confidence.",
    "Staff said the training this year had changed how they plan.",
    "Governors could explain the school's priorities and how they check progress.",
    "Routines were shared across classes, so little learning time was lost.",
    "Leaders use their monitoring to decide what staff training comes next."};
const std::vector<std::string> kNuance = {
    "Older pupils rarely revisit and improve their first drafts.",
    "Feedback to pupils was not always acted on in the next piece of work.",
    "The approach is consistent across the classes visited.",
    "This matches what the school's own data shows.",
    "Practice varies between classes in the same year group.",
    "Leaders know this and have planned further work for next term.",
    "The picture is more mixed in the foundation subjects.",
    "Pupils new to the school are quickly brought up to speed."};
const std::vector<std::string> kQuestions = {
    "How consistently do disadvantaged pupils learn the same curriculum as their classmates?",
    "How well does our curriculum prepare pupils for the next stage?",
    "How well do our pupils with SEND access the full curriculum?",
    "What difference has this year's staff development made in classrooms?",
    "How well do leaders at every level know the quality of their areas?",
    "How effectively do we work with families to support pupils' learning?"};
const std::vector<std::string> kWentWell = {
    "The team looked back at last year's action plan first, so staff saw their work recognised.",
    "Reviewers listened before they judged, and staff felt it was done with them.",
    "Pupils enjoyed showing the reviewers their work.",
    "The immediate feedback was clear and matched what we know about ourselves."};
const std::vector<std::string> kBetterIf = {
    "Share the timetable for the review days a week earlier.",
    "Send the draft profile a day or two before the workshop.",
    "Build in a short check-in with middle leaders at the end of the first day.",
    "Leave more time for governors in the programme."};

struct Options {
  int schools = 0, reviews = 0, evidence = 0;
  std::uint64_t seed = 1;
  fs::path out;
};

struct Person {
  std::string name, role, school, initials;  // initials: the prefix of the evidence ids they record
  bool lead = false;
};

// Writes files and keeps the count; a file is one buffered write.
class Writer {
 public:
  explicit Writer(fs::path root) : root_(std::move(root)) {}
  void write(const fs::path& rel, const std::string& text) {
    const auto path = root_ / rel;
    std::FILE* f = std::fopen(path.c_str(), "wb");
    if (!f) throw std::runtime_error(fmt::format("{}: cannot create the file", path.string()));
    const bool ok = std::fwrite(text.data(), 1, text.size(), f) == text.size();
    if (std::fclose(f) != 0 || !ok) throw std::runtime_error(fmt::format("{}: cannot write the file", path.string()));
    ++files;
    bytes += text.size();
  }
  void dir(const fs::path& rel) { fs::create_directories(root_ / rel); }
  std::size_t files = 0, bytes = 0;

 private:
  fs::path root_;
};

// Text appended as a literal block scalar (`key: |`), wrapped at 96 columns.
void block(std::string& out, int indent, std::string_view key, std::string_view text) {
  const std::string pad(static_cast<std::size_t>(indent), ' ');
  out += fmt::format("{}{}: |\n", pad, key);
  std::string line;
  std::size_t start = 0;
  while (start < text.size()) {
    auto end = text.find(' ', start);
    if (end == std::string_view::npos) end = text.size();
    const auto word = text.substr(start, end - start);
    if (!line.empty() && pad.size() + 2 + line.size() + 1 + word.size() > 96) {
      out += fmt::format("{}  {}\n", pad, line);
      line.clear();
    }
    if (!line.empty()) line += ' ';
    line += word;
    start = end + 1;
  }
  if (!line.empty()) out += fmt::format("{}  {}\n", pad, line);
}

std::string first_sentence(const std::string& text) {
  const auto dot = text.find(". ");
  return dot == std::string::npos ? text : text.substr(0, dot + 1);
}

// "Behaviour and attitudes" -> "behaviour and attitudes", to use a name mid-sentence; an acronym
// ("SEND support") keeps its case.
std::string mid_sentence(std::string s) {
  if (s.size() > 1 && std::isupper(static_cast<unsigned char>(s[0])) && !std::isupper(static_cast<unsigned char>(s[1])))
    s[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(s[0])));
  return s;
}

std::string schema_line(std::string_view kind, int depth) {
  std::string up;
  for (int i = 0; i < depth; ++i) up += "../";
  return fmt::format("# yaml-language-server: $schema={}.lateral/schemas/{}.json\n", up, kind);
}

// The first Tuesday on or after `d`: review days fall in the working week.
Date tuesday_from(Date d) {
  while ((d.days() + 3) % 7 != 1) d = d.plus_days(1);  // 1970-01-01 was a Thursday (index 3, Monday 0)
  return d;
}

class Generator {
 public:
  Generator(const Options& opt, const Framework& fw) : opt_(opt), fw_(fw), out_(opt.out) {
    today_ = *Date::parse(kToday);
    width_ = std::max<int>(4, static_cast<int>(std::to_string(opt.schools).size()));
  }

  Writer& run() {
    write_partnership();
    for (int i = 0; i < opt_.schools; ++i) write_school(i);
    return out_;
  }

 private:
  std::string slug(int i) const { return fmt::format("school-{:0{}}", i + 1, width_); }
  std::string name(int i) const { return fmt::format("School {:0{}}", i + 1, width_); }
  // At least two Outstanding schools, so each one's review can be led from another.
  bool outstanding(int i) const { return opt_.schools >= 10 && i % 5 == 4; }

  void write_partnership() {
    out_.write("lateral.yaml", schema_line("lateral", 0) +
                                   fmt::format("partnership: Benchmark Partnership of {} schools\nframework: default\n",
                                               opt_.schools));
    out_.write(".gitignore", ".lateral/cache/\n");
    out_.dir(".lateral/schemas");
    for (const auto& r : lateral::embedded::all())
      if (r.name.starts_with("schema/"))
        out_.write(fmt::format(".lateral/schemas/{}.json", r.name.substr(7)), std::string(r.content));
  }

  void write_school(int i) {
    // Each school draws from its own stream, so a school's files do not depend on the ones before it.
    Rng rng(opt_.seed * 0x100000001b3ULL + static_cast<std::uint64_t>(i));
    const auto dir = fs::path("schools") / slug(i);
    out_.dir(dir);
    std::string s = schema_line("school", 2);
    s += fmt::format("name: {}\nurn: \"{}\"\nphase: {}\ninspection: {}\n", name(i), 800000 + i + 1, rng.pick(kPhases),
                     outstanding(i) ? "outstanding" : "good");
    block(s, 0, "context",
          fmt::format("A fictional school generated for benchmarking. About {} pupils attend; {} in every {} is eligible "
                      "for the pupil premium.",
                      rng.between(2, 14) * 50, 1, rng.between(3, 8)));
    out_.write(dir / "school.yaml", s);
    const int month = rng.between(1, 10);
    for (int r = 0; r < opt_.reviews; ++r) write_review(rng, i, dir, 2026 - (opt_.reviews - 1 - r), month, r == opt_.reviews - 1);
  }

  std::vector<Person> team(Rng& rng, int host) {
    const int others = opt_.schools - 1;
    auto visitor = [&] { return (host + 1 + rng.below(others)) % opt_.schools; };
    int lead_school = visitor();
    if (outstanding(host)) {  // led by the head of another Outstanding school
      lead_school = host + 5 < opt_.schools ? host + 5 : 4;
    }
    std::vector<Person> t;
    const int schools[3] = {lead_school, visitor(), visitor()};
    for (int k = 0; k < 3; ++k) {
      const int number = schools[k] * 3 + k + 1;  // one person per school and role: the same name every year
      t.push_back({fmt::format("Reviewer {}", number), k == 0 ? fw_.settings.lead_role : rng.pick(kRoles),
                   slug(schools[k]), fmt::format("r{}", number), k == 0});
    }
    return t;
  }

  std::string level(Rng& rng) {
    // Mostly the level below the top, some at the top, some areas for development.
    const auto& levels = fw_.levels;
    const int n = static_cast<int>(levels.size());
    if (n == 0) return {};
    const int roll = rng.below(100);
    if (n == 1 || roll < 15) return levels.back().id;
    if (roll < 65 || n == 2) return levels[static_cast<std::size_t>(n - 2)].id;
    return levels[static_cast<std::size_t>(rng.below(n - 2))].id;
  }

  void write_review(Rng& rng, int host, const fs::path& school_dir, int year, int month, bool latest) {
    const Date first = tuesday_from(Date{year, month, rng.between(1, 20)});
    const Date last = first.plus_days(1);
    const Date workshop = last.plus_days(rng.between(3, fw_.settings.workshop_days));
    const auto slug_r = fmt::format("{:04}-{:02}", first.year, first.month);
    const auto dir = school_dir / "reviews" / slug_r;
    out_.dir(dir / "evidence");
    const auto people = team(rng, host);

    // The focus: the required themes, then others at random up to the minimum, sometimes one more.
    std::vector<const lateral::Theme*> optional_themes;
    std::set<std::string> chosen;
    for (const auto& t : fw_.themes) {
      if (t.required)
        chosen.insert(t.id);
      else
        optional_themes.push_back(&t);
    }
    int wanted = std::max<int>(fw_.settings.min_themes, static_cast<int>(chosen.size())) + (rng.chance(30) ? 1 : 0);
    while (static_cast<int>(chosen.size()) < wanted && !optional_themes.empty()) {
      const auto k = static_cast<std::size_t>(rng.below(static_cast<int>(optional_themes.size())));
      chosen.insert(optional_themes[k]->id);
      optional_themes.erase(optional_themes.begin() + static_cast<long>(k));
    }
    std::vector<std::string> themes;
    std::vector<const lateral::Aspect*> aspects;
    for (const auto& t : fw_.themes)
      if (chosen.count(t.id)) {
        themes.push_back(t.id);
        for (const auto& a : t.aspects) aspects.push_back(&a);
      }

    // review.yaml
    std::string plan = schema_line("review", 4);
    plan += fmt::format("dates: [{}, {}]\nframework:\n  id: {}\n  version: \"{}\"\nfocus:\n  themes: [{}]\n  question: {}\nteam:\n",
                        first.str(), last.str(), fw_.id, fw_.version, fmt::join(themes, ", "), rng.pick(kQuestions));
    for (const auto& p : people) {
      plan += fmt::format("  - name: {}\n    role: {}\n    school: {}\n", p.name, p.role, p.school);
      if (p.lead) plan += "    lead: true\n";
    }
    plan += fmt::format("meetings:\n  focus-agreed: {}\n  team-briefing: {}\nfeedback:\n  immediate: {}\n  workshop: {}\n",
                        first.plus_days(-rng.between(35, 60)).str(), first.plus_days(-rng.between(5, 9)).str(),
                        last.str(), workshop.str());
    block(plan, 0, "findings", rng.pick(kPractice) + " " + rng.pick(kNuance) + " " + rng.pick(kSeen));
    out_.write(dir / "review.yaml", plan);

    // Evidence: consecutive records have different types, and aspect a is cited by records a and a+1
    // (modulo E), so every judgement is triangulated and the review draws on min(E, types) types.
    const int E = opt_.evidence, A = static_cast<int>(aspects.size()), T = static_cast<int>(fw_.evidence_types.size());
    const int t0 = rng.below(T);
    std::vector<int> type(static_cast<std::size_t>(E));
    for (int k = 0; k < E; ++k) type[static_cast<std::size_t>(k)] = (t0 + k) % T;
    if (E > 2 && type.back() == type.front()) type.back() = (type.back() + 1) % T;
    std::vector<std::string> ids(static_cast<std::size_t>(E));
    std::vector<std::vector<int>> cited_by(static_cast<std::size_t>(A));  // aspect -> records
    int counters[3] = {0, 0, 0};
    for (int k = 0; k < E; ++k) {
      std::set<int> mine;
      for (int a = 0; a < A; ++a)
        if (a % E == k || (a + 1) % E == k) mine.insert(a);
      if (mine.empty()) {
        mine.insert(k % A);
        if (rng.chance(40)) mine.insert(rng.below(A));
      }
      const auto& by = people[static_cast<std::size_t>(k % 3)];
      ids[static_cast<std::size_t>(k)] = fmt::format("{}-{}", by.initials, ++counters[k % 3]);
      std::vector<std::string> refs;
      for (int a : mine) {
        refs.push_back(aspects[static_cast<std::size_t>(a)]->ref);
        cited_by[static_cast<std::size_t>(a)].push_back(k);
      }
      std::string ev = schema_line("evidence", 5);
      ev += fmt::format("date: {}\nby: {}\ntype: {}\naspects: [{}]\n", (k % 2 ? last : first).str(), by.name,
                        fw_.evidence_types[static_cast<std::size_t>(type[static_cast<std::size_t>(k)])].id,
                        fmt::join(refs, ", "));
      block(ev, 0, "summary", rng.pick(kSeen) + " " + rng.pick(kPractice) + " " + rng.pick(kNuance));
      ev += fmt::format("context: {}\n", rng.chance(75) ? fmt::format("Year {} {}", rng.between(1, 6), rng.pick(kSubjects))
                                                        : rng.pick(kGroups));
      if (rng.chance(7)) ev += "confidential: true\n";
      out_.write(dir / "evidence" / (ids[static_cast<std::size_t>(k)] + ".yaml"), ev);
    }

    // benchmark.yaml and self-evaluation.yaml: every focus aspect judged, and the school's own view.
    std::string bench = schema_line("benchmark", 4), self = schema_line("self-evaluation", 4);
    std::vector<std::pair<const lateral::Aspect*, std::string>> development;
    for (int a = 0; a < A; ++a) {
      const auto& aspect = *aspects[static_cast<std::size_t>(a)];
      const auto lv = level(rng);
      auto& cites = cited_by[static_cast<std::size_t>(a)];
      if (cites.size() > 4) cites.resize(4);
      std::vector<std::string> cite_ids;
      for (int k : cites) cite_ids.push_back(ids[static_cast<std::size_t>(k)]);
      bench += aspect.ref + ":\n";
      if (!lv.empty()) bench += fmt::format("  level: {}\n", lv);
      const auto statement = lv.empty() ? aspect.prompt : first_sentence(aspect.statements.at(lv));
      block(bench, 2, "commentary", statement + " " + rng.pick(kPractice) + " " + rng.pick(kNuance));
      bench += fmt::format("  evidence: [{}]\n", fmt::join(cite_ids, ", "));
      if (!lv.empty() && !fw_.is_top(lv) && !fw_.is_development(lv) && rng.chance(10)) bench += "  share: true\n";
      if (!lv.empty() && fw_.is_development(lv)) development.emplace_back(&aspect, lv);

      self += aspect.ref + ":\n";
      if (!lv.empty()) self += fmt::format("  level: {}\n", rng.chance(70) ? lv : level(rng));
      block(self, 2, "note", "Our own monitoring this year shows " + mid_sentence(rng.pick(kPractice)));
    }
    out_.write(dir / "benchmark.yaml", bench);
    out_.write(dir / "self-evaluation.yaml", self);

    // actions.yaml: an action for every area for development. Earlier reviews' plans are finished;
    // the latest one's are open and due after today.
    std::string plan_text = schema_line("actions", 4);
    int n = 0;
    for (const auto& [aspect, lv] : development) {
      const int count = rng.chance(25) ? 2 : 1;
      for (int c = 0; c < count; ++c) {
        const Date due = latest ? today_.plus_days(rng.between(30, 240)) : last.plus_days(rng.between(60, 300));
        plan_text += fmt::format("- id: a{}\n  aspect: {}\n", ++n, aspect->ref);
        plan_text += fmt::format("  action: Plan a sequence of staff development on {}, and check its effect each half term\n",
                                 mid_sentence(aspect->name));
        plan_text += fmt::format("  owner: {}\n  success: Leaders' monitoring shows {} improving in every year group\n",
                                 rng.pick(kRoles), mid_sentence(aspect->name));
        plan_text += fmt::format("  due: {}\n", due.str());
        if (rng.chance(40)) plan_text += fmt::format("  support: {}\n", name((host + 1 + rng.below(opt_.schools - 1)) % opt_.schools));
        if (latest) {
          plan_text += fmt::format("  status: {}\n  review: {}\n", rng.chance(50) ? "planned" : "in-progress",
                                   today_.plus_days(rng.between(7, 28)).str());
        } else {
          plan_text += fmt::format("  status: done\n  done: {}\n", due.plus_days(-rng.between(0, 30)).str());
        }
      }
    }
    if (n == 0) plan_text += "[]\n";
    out_.write(dir / "actions.yaml", plan_text);

    std::string feedback = schema_line("process-feedback", 4);
    feedback += fmt::format("date: {}\nwent-well:\n  - {}\neven-better-if:\n  - {}\n", workshop.plus_days(rng.between(1, 5)).str(),
                            rng.pick(kWentWell), rng.pick(kBetterIf));
    out_.write(dir / "process-feedback.yaml", feedback);
  }

  const Options& opt_;
  const Framework& fw_;
  Writer out_;
  Date today_;
  int width_ = 4;
};

}  // namespace

int main(int argc, char** argv) {
  Options opt;
  CLI::App app{"Write a fictional partnership repository for benchmarking lateral."};
  app.add_option("--schools", opt.schools, "Number of schools (at least 2)")->required()->check(CLI::Range(2, 999999));
  app.add_option("--reviews", opt.reviews, "Annual reviews per school, the latest in 2026")->required()->check(CLI::Range(1, 200));
  app.add_option("--evidence", opt.evidence, "Evidence records per review (at least 4)")->required()->check(CLI::Range(4, 100000));
  app.add_option("--seed", opt.seed, "Seed: the same seed gives the same bytes")->default_val(1);
  app.add_option("OUT_DIR", opt.out, "Directory to create (must not exist, or be empty)")->required();
  app.footer(fmt::format(
      "Every review passes `lateral check` with no error and no warning when today is {0}.\n\n"
      "Examples:\n"
      "  lateral-bench-generate --schools 1300 --reviews 3 --evidence 30 --seed 1 /tmp/corpus\n"
      "  lateral --repo /tmp/corpus --today {0} check",
      kToday));
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? 0 : 2;
  }
  std::error_code ec;
  if (fs::exists(opt.out, ec) && !fs::is_empty(opt.out, ec)) {
    std::cerr << fmt::format("{}: exists and is not empty; give a new directory\n", opt.out.string());
    return 2;
  }
  try {
    fs::create_directories(opt.out);
    Generator gen(opt, lateral::builtin_framework());
    const auto& out = gen.run();
    std::cout << fmt::format("wrote {} files ({} bytes): {} schools x {} reviews x {} evidence, seed {}\n", out.files,
                             out.bytes, opt.schools, opt.reviews, opt.evidence, opt.seed);
    std::cout << fmt::format("check it with: lateral --repo {} --today {} check\n", opt.out.string(), kToday);
  } catch (const std::exception& e) {
    std::cerr << "lateral-bench-generate: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
