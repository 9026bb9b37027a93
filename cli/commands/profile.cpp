// PLACEHOLDER: replaced by the command's implementation (work in progress).
#include "../app.hpp"

namespace lateral::cli {

void setup_profile(CLI::App& app, Session&) {
  app.callback([] { throw UsageError("this command is not built yet"); });
}

}  // namespace lateral::cli
