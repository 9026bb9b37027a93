// lateral framework show: the framework in force, as a framework file to copy and change.
#include <fmt/format.h>

#include <iostream>

#include "../app.hpp"
#include "lateral/framework.hpp"
#include "lateral/loader.hpp"

namespace fs = std::filesystem;

namespace lateral::cli {
namespace {

void show(Session& session, const std::string& id) {
  std::optional<fs::path> root;
  try {
    root = session.root();
  } catch (const UsageError&) {
    // Outside a repository the built-in framework is the one in force.
    if (!id.empty() && id != "default") throw;
  }
  if (!root || id == "default") {
    std::cout << builtin_framework_text();
    return;
  }
  const auto repo = load_repository(*root);
  const Framework* fw = id.empty() ? repo.framework : repo.find_framework(id);
  if (!fw) {
    if (!id.empty()) throw UsageError(fmt::format("no framework `{}` in {}", id, root->string()));
    throw DataError("the partnership's framework does not load: run `lateral check` to see why");
  }
  if (fw->file.empty()) {
    std::cout << builtin_framework_text();
    return;
  }
  auto text = read_repository_file(*root, fw->file);
  if (!text) throw FileError("cannot read " + fw->file);
  std::cout << *text;
}

}  // namespace

void setup_framework(CLI::App& app, Session& session) {
  app.require_subcommand(1);
  auto* sub = app.add_subcommand("show", "Print the framework in force as a framework file");
  auto id = std::make_shared<std::string>();
  sub->add_option("--id", *id, "Show this framework (default: the partnership's; `default` is the built-in one)");
  sub->footer(
      "Examples:\n"
      "  lateral framework show\n"
      "  mkdir -p frameworks && lateral framework show --id default > frameworks/our-trust.yaml   # then change its id and edit");
  sub->callback([&session, id] { show(session, *id); });
  app.footer("Examples:\n  lateral framework show");
}

}  // namespace lateral::cli
