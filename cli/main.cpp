// The `lateral` executable: parses the command line with CLI11 and runs one command.
#include <fmt/format.h>

#include <cstdio>
#include <iostream>

#include "app.hpp"

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
      "  lateral profile --review brookfield-primary/2026-06 -o profile.md\n\n"
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
    app.exit(e);  // prints CLI11's message
    return 2;
  } catch (const UsageError& e) {
    std::fflush(stdout);
    std::cerr << "lateral: error: " << e.what() << "\n";
    return 2;
  } catch (const std::exception& e) {
    std::fflush(stdout);
    std::cerr << "lateral: internal error: " << e.what() << "\nPlease report this, with the command you ran.\n";
    return 3;
  }
  return session.exit_code;
}
