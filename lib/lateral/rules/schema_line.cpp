// schema-line: a file opens with the schema line lateral writes for it, so that an editor without
// lateral's language server checks it against the right schema in .lateral/schemas/. A line naming
// another kind's schema, or a path that no longer leads there (the file was moved), makes the
// editor flag what is right and accept what is wrong. A missing line is reported only where
// lateral.yaml has one: a repository without it maps its schemas another way (the editor's
// settings) or not at all.
#include "common.hpp"
#include "lateral/schemas.hpp"
#include "lateral/text.hpp"

namespace lateral::rules {

void check_schema_line(const RuleContext& ctx, RuleSink& sink) {
  const auto& repo = ctx.repo;
  if (!repo.partnership.loaded) return;
  const auto own = repo.schema_lines.find(repo.partnership.file);
  const bool expected = own == repo.schema_lines.end() || own->second.line > 0;
  for (const auto& [file, found] : repo.schema_lines) {
    const auto line = expected_schema_line(file);
    const auto kind = schema_kind_of(file);
    if (found.line == 0) {
      if (!expected) continue;
      auto& d = sink.report(about(file, "schema-line"), file, yaml::Mark{1, 1}, 1,
                            fmt::format("the file does not open with its schema line, so editors do not check it "
                                        "against {}/{}.json",
                                        kSchemaDirectory, kind),
                            fmt::format("make `{}` its first line", line));
      d.fix = Fix{"add the schema line", {TextEdit{file, 1, 1, 1, 1, line + (found.crlf ? "\r\n" : "\n")}}};
      continue;
    }
    const int end = static_cast<int>(code_points(found.text)) + 1;
    auto& d = sink.report(about(file, "schema-line"), file, yaml::Mark{found.line, 1}, end - 1,
                          fmt::format("the schema line does not lead to this file's schema, {}/{}.json, so editors "
                                      "check the file against another or none",
                                      kSchemaDirectory, kind),
                          fmt::format("write `{}` instead", line));
    d.fix = Fix{"correct the schema line", {TextEdit{file, found.line, 1, found.line, end, line}}};
  }
}

}  // namespace lateral::rules
