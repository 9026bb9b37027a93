// The command line as data, read from the CLI11 app itself: what the shell completion scripts and
// the man page are generated from, so they list exactly what `--help` does.
#pragma once
#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace lateral::cli {

// Where the values of an option or positional come from, for completion.
struct ValueSource {
  enum Kind { any_text, fixed_choices, files, directories, repository_data } kind = any_text;
  std::vector<std::string> choices;  // for fixed_choices
  std::string data;                  // for repository_data: a kind of `lateral complete-values`
};

struct OptionDoc {
  std::vector<std::string> names;  // "-o", "--output"; for a positional, its name ("ASPECT")
  bool positional = false;
  std::string description;
  std::string value_name;  // "FILE", "YYYY-MM-DD"; empty for a flag
  bool repeatable = false;  // takes several values, or the flag repeated
  bool required = false;
  std::string default_value;
  ValueSource values;

  bool takes_value() const { return !value_name.empty(); }
  std::string long_name() const;  // the first --name, else the first name
};

struct CommandDoc {
  std::vector<std::string> path;  // {"action-plan", "add"}; empty for `lateral` itself
  std::string description;
  std::string footer;  // examples, exit status: as `--help` prints them
  std::vector<OptionDoc> options;      // in --help order, --help included
  std::vector<OptionDoc> positionals;  // in order
  std::vector<CommandDoc> subcommands;  // hidden ones left out
  bool needs_subcommand = false;

  std::string name() const;  // "action-plan add"; "" for lateral itself
};

// The visible command tree under `app` (hidden commands and options, group "", are left out).
CommandDoc describe_command_line(const CLI::App& app);

// Every command of the tree, parents before their subcommands, `lateral` itself first.
std::vector<const CommandDoc*> flatten(const CommandDoc& root);

}  // namespace lateral::cli
