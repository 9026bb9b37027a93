// lateral schema KIND: the JSON Schema of a file kind, as editors and validators use it.
#include <fmt/format.h>

#include <iostream>

#include "../app.hpp"
#include "lateral/embedded.hpp"
#include "lateral/text.hpp"

namespace lateral::cli {

void setup_schema(CLI::App& app, Session&) {
  auto kind = std::make_shared<std::string>();
  app.add_option("KIND", *kind, "The file kind or output: " + join(schema_kinds()))->required();
  app.footer(
      "Examples:\n"
      "  lateral schema evidence\n"
      "  lateral schema benchmark > benchmark.schema.json");
  app.callback([kind] {
    auto text = embedded::find("schema/" + *kind);
    if (!text) {
      auto kinds = schema_kinds();
      auto near = nearest(*kind, kinds);
      throw UsageError(fmt::format("no schema for `{}`{}; the kinds are: {}", *kind,
                                   near ? fmt::format(" (did you mean `{}`?)", *near) : "", join(kinds)));
    }
    std::cout << *text;
  });
}

}  // namespace lateral::cli
