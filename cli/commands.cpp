// The command table: each command lives in cli/commands/<name>.cpp and is one row here.
#include "app.hpp"

namespace lateral::cli {

void setup_check(CLI::App&, Session&);
void setup_framework(CLI::App&, Session&);
void setup_schema(CLI::App&, Session&);

namespace {
constexpr Command kCommands[] = {
    {"check", "Check the repository against every rule (for editors and CI)", setup_check},
    {"framework", "Show the framework in force", setup_framework},
    {"schema", "Print the JSON Schema of a file kind or of a JSON output", setup_schema},
};
}  // namespace

std::span<const Command> commands() { return kCommands; }

}  // namespace lateral::cli
