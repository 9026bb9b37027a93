// The command table: each command lives in cli/commands/<name>.cpp and is one row here.
#include "app.hpp"

namespace lateral::cli {

void setup_init(CLI::App&, Session&);
void setup_init_review(CLI::App&, Session&);
void setup_add_evidence(CLI::App&, Session&);
void setup_evidence(CLI::App&, Session&);
void setup_benchmark(CLI::App&, Session&);
void setup_profile(CLI::App&, Session&);
void setup_action_plan(CLI::App&, Session&);
void setup_check(CLI::App&, Session&);
void setup_lsp(CLI::App&, Session&);
void setup_status(CLI::App&, Session&);
void setup_history(CLI::App&, Session&);
void setup_partnership(CLI::App&, Session&);
void setup_site(CLI::App&, Session&);
void setup_plan(CLI::App&, Session&);
void setup_framework(CLI::App&, Session&);
void setup_schema(CLI::App&, Session&);
void setup_completion(CLI::App&, Session&);
void setup_complete_values(CLI::App&, Session&);
void setup_man(CLI::App&, Session&);

namespace {
constexpr Command kCommands[] = {
    {"init", "Start a partnership repository", setup_init},
    {"init-review", "Plan a review of a school", setup_init_review},
    {"add-evidence", "Record one piece of evidence", setup_add_evidence},
    {"evidence", "List a review's evidence, to cite", setup_evidence},
    {"benchmark", "Record a judgement, or show the benchmark grid", setup_benchmark},
    {"profile", "Write the review's profile (Markdown, HTML or JSON)", setup_profile},
    {"action-plan", "Add to, update or show the school's action plan", setup_action_plan},
    {"check", "Check the repository against every rule (for editors and CI)", setup_check},
    {"lsp", "Run the language server for editors (LSP over stdin and stdout)", setup_lsp},
    {"status", "Show each review's stage and what it still needs", setup_status},
    {"history", "Show a school's judgements review by review", setup_history},
    {"partnership", "Practice to share, areas to develop and suggested support across schools", setup_partnership},
    {"site", "Write the partnership as a static HTML site", setup_site},
    {"plan", "Propose the round of reviews of an academic year, with a team for each", setup_plan},
    {"framework", "Show the framework in force", setup_framework},
    {"schema", "Print the JSON Schema of a file kind or of a JSON output", setup_schema},
    // Hidden (their setup hides them): generators for shell completion and the man page.
    {"completion", "Print a shell completion script (bash, zsh or fish)", setup_completion},
    {"complete-values", "List values from the repository for shell completion", setup_complete_values},
    {"man", "Print the manual page lateral(1) in roff", setup_man},
};
}  // namespace

std::span<const Command> commands() { return kCommands; }

}  // namespace lateral::cli
