// The `lateral` executable: parses the command line with CLI11 and runs one command.
#include <fmt/format.h>

#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include "app.hpp"
#include "lateral/text.hpp"

int main(int argc, char** argv) {
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
    // CLI11's message, in lateral's words: which command, and where its options are listed.
    std::string command = "lateral";
    for (const CLI::App* a = &app; !a->get_subcommands().empty();) {
      a = a->get_subcommands().front();
      command += " " + a->get_name();
    }
    std::fflush(stdout);
    if (command == "lateral") {
      // No command was recognised: name the word that was meant as one.
      std::vector<std::string> names;
      for (const auto& c : commands()) names.emplace_back(c.name);
      for (int i = 1; i < argc; ++i) {
        const std::string word = argv[i];
        if (word == "--repo" || word == "--today") {
          ++i;
          continue;
        }
        if (word.starts_with("--repo=") || word.starts_with("--today=") || word == "--version" || word == "--help" ||
            word == "-h")
          continue;
        if (word.starts_with("-")) {
          std::cerr << fmt::format(
              "lateral: error: `{}` is not an option of lateral itself\n  hint: a command's options go after the "
              "command, e.g. `lateral check --strict`; `lateral --help` lists the commands\n",
              word);
          return 2;
        }
        const auto near = lateral::nearest(word, names);
        std::cerr << fmt::format("lateral: error: `{}` is not a lateral command\n  hint: {}\n", word,
                                 near ? fmt::format("did you mean `{}`? (`lateral --help` lists them)", *near)
                                      : "`lateral --help` lists the commands");
        return 2;
      }
    }
    if (command == "lateral") {
      std::cerr << "lateral: error: no command given\n  hint: `lateral --help` lists the commands\n";
      return 2;
    }
    std::cerr << "lateral: error: " << e.what() << "\n  hint: `" << command << " --help` lists the options, with examples\n";
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
  } catch (const std::exception& e) {
    std::fflush(stdout);
    std::cerr << "lateral: internal error: " << e.what() << "\nPlease report this, with the command you ran.\n";
    return 3;
  }
  return session.exit_code;
}
