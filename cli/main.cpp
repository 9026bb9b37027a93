// The `lateral` executable: parses the command line with CLI11 and runs one command.
#include <fmt/format.h>

#include <cstdio>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

#include "app.hpp"
#include "lateral/platform.hpp"
#include "lateral/text.hpp"

namespace {

// CLI11's parse errors in lateral's words: which command, and where its options are listed; an
// unknown command or subcommand named, with the nearest one.
std::string parse_error_message(CLI::App& app, const CLI::ParseError& e, int argc, char** argv) {
  // The commands recognised, outermost first, and where the last of them is on the command line.
  CLI::App* deepest = &app;
  std::string command = "lateral";
  int after = 1;  // argv index just past the last recognised command word
  while (!deepest->get_subcommands().empty()) {
    deepest = deepest->get_subcommands().front();
    command += " " + deepest->get_name();
    for (int i = after; i < argc; ++i)
      if (deepest->get_name() == argv[i]) {
        after = i + 1;
        break;
      }
  }
  std::vector<std::string> names;  // the commands this one takes, hidden ones left out
  for (const auto* sub : deepest->get_subcommands([](CLI::App* a) { return !a->get_group().empty(); }))
    names.push_back(sub->get_name());
  // Only a missing or unexpected word is about commands; a bad value keeps CLI11's message.
  const bool about_words = dynamic_cast<const CLI::ExtrasError*>(&e) ||
                           (dynamic_cast<const CLI::RequiredError*>(&e) &&
                            std::string_view(e.what()).find("subcommand") != std::string_view::npos);
  if (names.empty() || !about_words)
    return fmt::format("lateral: error: {}\n  hint: `{} --help` lists the options, with examples\n", e.what(), command);
  // A command was expected here: name the word that was meant as one.
  for (int i = after; i < argc; ++i) {
    const std::string word = argv[i];
    if (deepest == &app && (word == "--repo" || word == "--today")) {
      ++i;
      continue;
    }
    if (word.starts_with("--repo=") || word.starts_with("--today=") || word == "--version" || word == "--help" ||
        word == "-h")
      continue;
    if (word.starts_with("-"))
      return deepest == &app
                 ? fmt::format("lateral: error: `{}` is not an option of lateral itself\n  hint: a command's options go "
                               "after the command, e.g. `lateral check --strict`; `lateral --help` lists the commands\n",
                               word)
                 : fmt::format("lateral: error: `{}` is not an option of {}\n  hint: `{} --help` lists its options "
                               "and commands\n",
                               word, command, command);
    const auto near = lateral::nearest(word, names);
    return fmt::format("lateral: error: `{}` is not a command of {}\n  hint: {}\n", word, command,
                       near ? fmt::format("did you mean `{}`? (`{} --help` lists them)", *near, command)
                            : fmt::format("`{} --help` lists the commands", command));
  }
  return fmt::format("lateral: error: no command given to {}\n  hint: one of {}; `{} --help` says more\n", command,
                     lateral::join(names), command);
}

// Not the data's fault nor lateral's: said once, plainly, with nothing allocated to say it.
int out_of_memory() {
  std::fflush(stdout);
  std::fputs("lateral: error: out of memory: this run needs more memory than it may use\n"
             "  hint: raise the limit (`ulimit -v`) or free memory, and run it again\n",
             stderr);
  return 1;
}

int run(int argc, char** argv) {
  using namespace lateral::cli;
  Globals globals;
  Session session(globals);
  CLI::App app{"lateral keeps school-to-school peer reviews as plain-text YAML in git, checks them against the "
               "partnership's framework, and writes the profile and the action plan.",
               "lateral"};
  app.set_version_flag("--version", std::string("lateral ") + LATERAL_VERSION);
  app.require_subcommand(1);
  app.fallthrough();
  app.add_option("--repo", globals.repo, "The partnership repository (default: found from the current directory)")
      ->type_name("DIR");
  app.add_option("--today", globals.today, "Take this as today's date (also LATERAL_TODAY)")->type_name("YYYY-MM-DD");
  app.footer(
      "Examples:\n"
      "  lateral check\n"
      "  lateral init-review brookfield-primary --date 2026-06-10 --lead 'Alex Morgan,riverside-primary' ...\n"
      "  lateral profile --review thornbeck-primary/2026-10 -o profile.md\n\n"
      "Run `lateral COMMAND --help` for a command's options and examples. Docs: docs/ in the source tree.");
  for (const auto& c : commands()) {
    auto* sub = app.add_subcommand(c.name, c.summary);
    c.setup(*sub, session);
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == 0) return app.exit(e);
    std::fflush(stdout);
    std::cerr << parse_error_message(app, e, argc, argv);
    return 2;
  } catch (const UsageError& e) {
    std::fflush(stdout);
    std::cerr << "lateral: error: " << e.what() << "\n";
    return 2;
  } catch (const FileError& e) {
    std::fflush(stdout);
    std::cerr << "lateral: error: " << e.what() << "\n";
    return 1;
  } catch (const DataError& e) {
    std::fflush(stdout);
    std::cerr << "lateral: error: " << e.what() << "\n";
    return 1;
  } catch (const std::bad_alloc&) {
    return out_of_memory();
  } catch (const std::exception& e) {
    std::fflush(stdout);
    std::cerr << "lateral: internal error: " << e.what() << "\nPlease report this, with the command you ran.\n";
    return 3;
  }
  return session.exit_code;
}

}  // namespace

int main(int argc, char** argv) {
  lateral::platform::prepare_process();
  // Building the command line allocates too: memory can run out before the command runs.
  try {
    return run(argc, argv);
  } catch (const std::bad_alloc&) {
    return out_of_memory();
  }
}
