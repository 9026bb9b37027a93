// stale-schemas: .lateral/schemas/ holds the JSON Schemas `lateral init` would write today: the
// ones this binary checks with, carrying the repository's frameworks. A missing one makes editors
// show "Unable to load schema" on every file that names it; an older one makes them accept or flag
// what `lateral check` does not.
#include "common.hpp"
#include "lateral/loader.hpp"
#include "lateral/schemas.hpp"

namespace lateral::rules {
namespace {

// Git may check the files out with CRLF line ends on Windows; that is not a different schema.
std::string without_cr(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text)
    if (c != '\r') out += c;
  return out;
}

}  // namespace

void check_stale_schemas(const RuleContext& ctx, RuleSink& sink) {
  // Which frameworks the schemas carry is unknown while a framework does not load: that is
  // reported at the framework, once.
  // Nor while lateral.yaml itself does not load: the repository is not one yet.
  if (!ctx.repo.partnership.loaded) return;
  const auto frameworks = schema_frameworks(ctx.repo);
  if (!frameworks) return;
  std::vector<std::string> missing;
  std::size_t expected = 0;
  for (const auto& [file, content] : repository_schemas(*frameworks)) {
    ++expected;
    const auto text = read_repository_file(ctx.repo.root, file);
    if (!text) {
      missing.push_back(file.substr(kSchemaDirectory.size() + 1));
    } else if (without_cr(*text) != without_cr(content)) {
      sink.report(about(file, "schema"), file, yaml::Mark{}, 1,
                  "this schema differs from the one this version of lateral writes for the repository's "
                  "frameworks, so editors may accept or flag what `lateral check` does not",
                  "run `lateral init --update-schemas`");
    }
  }
  if (missing.empty()) return;
  // One fault, one diagnostic: the fix is one command, whichever schemas are missing.
  const auto what = missing.size() == expected
                        ? fmt::format("{}/ holds none of the JSON Schemas the files name, so editors show \"Unable to "
                                      "load schema\" on every file",
                                      kSchemaDirectory)
                        : fmt::format("{} missing from {}/: {}", plural(missing.size(), "JSON Schema is", "JSON Schemas are"),
                                      kSchemaDirectory, join(missing));
  sink.report(about(std::string(kSchemaDirectory), "missing"), ctx.repo.partnership.file, yaml::Mark{}, 1, what,
              "run `lateral init --update-schemas`, and commit .lateral/schemas/");
}

}  // namespace lateral::rules
