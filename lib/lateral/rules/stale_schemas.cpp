// stale-schemas: the JSON Schemas `lateral init` wrote into .lateral/schemas/ are the ones this
// binary checks with; older copies make editors accept or flag what `lateral check` does not.
#include "common.hpp"
#include "lateral/embedded.hpp"
#include "lateral/loader.hpp"

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
  const auto dir = ctx.repo.root / ".lateral" / "schemas";
  std::error_code ec;
  // A repository without the directory never ran `init` here (the examples, say): nothing to compare.
  if (!std::filesystem::is_directory(dir, ec)) return;
  constexpr std::string_view kPrefix = "schema/";
  for (const auto& resource : embedded::all()) {
    if (!resource.name.starts_with(kPrefix)) continue;
    const auto kind = std::string(resource.name.substr(kPrefix.size()));
    const auto file = ".lateral/schemas/" + kind + ".json";
    // A kind the directory lacks is left alone: which kinds `init` writes is its business.
    const auto text = read_repository_file(ctx.repo.root, file);
    if (text && without_cr(*text) != without_cr(resource.content))
      sink.report(about(file, "schema"), file, yaml::Mark{}, 1,
                  "this schema differs from the one this version of lateral checks with, so editors may accept "
                  "or flag what `lateral check` does not",
                  "run `lateral init --update-schemas`");
  }
}

}  // namespace lateral::rules
