// The SARIF format: every rule described, each diagnostic a result at its place, URIs escaped.
// (tests/tools/sarif.sh validates whole logs against the SARIF schema.)
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "lateral/report/diagnostics.hpp"
#include "lateral/rules.hpp"

using namespace lateral;

namespace {
nlohmann::json render(const std::vector<Diagnostic>& diagnostics, RenderContext ctx = {}) {
  ctx.tool_version = "9.8.7";
  return nlohmann::json::parse(make_diagnostic_format("sarif")->render(diagnostics, ctx));
}
}  // namespace

TEST_CASE("sarif: the driver describes every rule lateral has") {
  const auto log = render({});
  CHECK(log["version"] == "2.1.0");
  const auto& driver = log["runs"][0]["tool"]["driver"];
  CHECK(driver["name"] == "lateral");
  CHECK(driver["version"] == "9.8.7");
  const auto& rules = driver["rules"];
  REQUIRE(rules.size() == all_rules().size());
  for (std::size_t i = 0; i < rules.size(); ++i) {
    const auto& rule = all_rules()[i];
    CHECK(rules[i]["id"] == std::string(rule.name));
    CHECK(rules[i]["shortDescription"]["text"] == std::string(rule.summary));
    CHECK(rules[i]["defaultConfiguration"]["level"] == std::string(to_string(rule.severity)));
    CHECK(rules[i]["helpUri"].get<std::string>().ends_with("/rules.md#" + std::string(rule.name)));
    // GitHub's code scanning requires both; they are the rule's own entry in docs/rules.md.
    const auto doc = rule_doc(rule.name);
    REQUIRE(doc);
    CHECK(rules[i]["fullDescription"]["markdown"] == doc->checks);
    CHECK(rules[i]["fullDescription"]["text"] == plain_text(doc->checks));
    CHECK(rules[i]["help"]["text"] == plain_text(doc->fix));
    CHECK(rules[i]["help"]["markdown"].get<std::string>().find(doc->fix) != std::string::npos);
  }
  CHECK(log["runs"][0]["results"].empty());
}

TEST_CASE("sarif: a result per diagnostic, located and escaped") {
  RenderContext ctx;
  ctx.display_path = [](const std::string& f) { return "trust data/" + f; };
  const auto log = render({Diagnostic{"schools/a/school.yaml", 3, 5, 4, Severity::warning, "personal-data",
                                      "looks like an e-mail address", "remove it"},
                           Diagnostic{"lateral.yaml", 1, 1, 1, Severity::error, "not-a-rule", "odd", ""}},
                          ctx);
  const auto& results = log["runs"][0]["results"];
  REQUIRE(results.size() == 2);
  const auto& first = results[0];
  CHECK(first["ruleId"] == "personal-data");
  CHECK(log["runs"][0]["tool"]["driver"]["rules"][first["ruleIndex"].get<int>()]["id"] == "personal-data");
  CHECK(first["level"] == "warning");
  CHECK(first["message"]["text"] == "looks like an e-mail address\nhint: remove it");
  const auto& where = first["locations"][0]["physicalLocation"];
  CHECK(where["artifactLocation"]["uri"] == "trust%20data/schools/a/school.yaml");
  CHECK(where["artifactLocation"]["uriBaseId"] == "%SRCROOT%");
  CHECK(where["region"]["startLine"] == 3);
  CHECK(where["region"]["startColumn"] == 5);
  CHECK(where["region"]["endColumn"] == 9);
  // A rule name the table does not know still gives a result, without an index into the table.
  CHECK(results[1]["ruleId"] == "not-a-rule");
  CHECK_FALSE(results[1].contains("ruleIndex"));
  CHECK(results[1]["message"]["text"] == "odd");
}

TEST_CASE("sarif: a result's fingerprint is its identity, not its line or words, and unique in the run") {
  Diagnostic shorter{"schools/a/reviews/r/benchmark.yaml", 2, 1, 1, Severity::error, "complete-benchmark",
                     "1 aspect of Our Impact not judged", "", std::nullopt, "schools/a/reviews/r#our-impact"};
  Diagnostic longer = shorter;
  longer.file = "schools/a/reviews/r/review.yaml";
  longer.line = 9;
  longer.message = "3 aspects of Our Impact not judged";
  const auto print = [](const nlohmann::json& log, int i) {
    return log["runs"][0]["results"][i]["partialFingerprints"]["lateralIdentity/v1"].get<std::string>();
  };
  const auto a = render({shorter}), b = render({longer});
  CHECK(print(a, 0) == print(b, 0));
  CHECK(print(a, 0).ends_with(":1"));
  // Without a subject (the loading rules), the file and the message are the identity.
  Diagnostic loading{"lateral.yaml", 2, 1, 1, Severity::error, "schema", "unknown key `x`", ""};
  Diagnostic moved = loading;
  moved.line = 5;
  const auto c = render({loading, moved});
  CHECK(print(c, 0) != print(c, 1));  // the same identity twice is told apart by its count
  CHECK(print(c, 0).substr(0, 16) == print(c, 1).substr(0, 16));
  CHECK(print(c, 1).ends_with(":2"));
  loading.message = "unknown key `y`";
  CHECK(print(render({loading}), 0) != print(c, 0));
}

TEST_CASE("plain_text keeps the words of Markdown") {
  CHECK(plain_text("The `focus` in **review.yaml** ([stages](stages.md#x)); ignore[RULE] stays.") ==
        "The focus in review.yaml (stages); ignore[RULE] stays.");
}
