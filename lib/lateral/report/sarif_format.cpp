// SARIF 2.1.0, the format code-scanning services (GitHub, Azure DevOps, GitLab) read: one run with
// every rule lateral has, and one result per diagnostic at its file, line and column.
#include <nlohmann/json.hpp>

#include "lateral/report/diagnostics.hpp"
#include "lateral/rules.hpp"

#ifndef LATERAL_DOCS_URL
#define LATERAL_DOCS_URL "https://lateral.invalid/docs"
#endif

namespace lateral {
namespace {

using json = nlohmann::ordered_json;

// SARIF's levels share lateral's names, except that a rule turned off is "none".
std::string sarif_level(Severity s) { return s == Severity::off ? "none" : std::string(to_string(s)); }

// A relative URI reference: every byte outside RFC 3986's unreserved set and '/' is escaped, so a
// work tree under "My Documents" still gives a valid URI.
std::string uri_escape(std::string_view path) {
  std::string out;
  for (unsigned char c : path) {
    const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                       c == '.' || c == '_' || c == '~' || c == '/';
    if (plain) {
      out += static_cast<char>(c);
    } else {
      static constexpr char kHex[] = "0123456789ABCDEF";
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

json rule_descriptor(const Rule& rule) {
  json r;
  r["id"] = std::string(rule.name);
  r["shortDescription"] = {{"text", std::string(rule.summary)}};
  r["helpUri"] = std::string(LATERAL_DOCS_URL) + "/rules.md#" + std::string(rule.name);
  r["defaultConfiguration"] = {{"level", sarif_level(rule.severity)}};
  return r;
}

class SarifFormat : public DiagnosticFormat {
 public:
  std::string render(std::span<const Diagnostic> diagnostics, const RenderContext& ctx) const override {
    const auto rules = all_rules();
    auto descriptors = json::array();
    for (const auto& rule : rules) descriptors.push_back(rule_descriptor(rule));

    auto results = json::array();
    for (const auto& d : diagnostics) {
      json result;
      result["ruleId"] = d.rule;
      for (std::size_t i = 0; i < rules.size(); ++i)
        if (rules[i].name == d.rule) result["ruleIndex"] = i;
      result["level"] = sarif_level(d.severity);
      // Code-scanning pages show only the message text, so the hint travels with it.
      result["message"] = {{"text", d.hint.empty() ? d.message : d.message + "\nhint: " + d.hint}};
      json region = {{"startLine", d.line}, {"startColumn", d.column}, {"endColumn", d.column + std::max(d.length, 1)}};
      json artifact = {{"uri", uri_escape(ctx.display_path(d.file))}, {"uriBaseId", "%SRCROOT%"}};
      result["locations"] = json::array({{{"physicalLocation", {{"artifactLocation", artifact}, {"region", region}}}}});
      if (d.fix) {
        // SARIF 2.1.0 §3.55: a fix is artifact changes, each a list of replacements of regions.
        auto changes = json::array();
        for (const auto& e : d.fix->edits) {
          json replacement = {{"deletedRegion",
                               {{"startLine", e.line}, {"startColumn", e.column}, {"endLine", e.end_line}, {"endColumn", e.end_column}}},
                              {"insertedContent", {{"text", e.text}}}};
          changes.push_back({{"artifactLocation", {{"uri", uri_escape(ctx.display_path(e.file))}, {"uriBaseId", "%SRCROOT%"}}},
                             {"replacements", json::array({replacement})}});
        }
        result["fixes"] = json::array({{{"description", {{"text", d.fix->description}}}, {"artifactChanges", changes}}});
      }
      results.push_back(std::move(result));
    }

    json driver;
    driver["name"] = "lateral";
    if (!ctx.tool_version.empty()) {
      driver["version"] = ctx.tool_version;
      driver["semanticVersion"] = ctx.tool_version;
    }
    driver["informationUri"] = std::string(LATERAL_DOCS_URL) + "/ci.md";
    driver["rules"] = std::move(descriptors);

    json run;
    run["tool"] = {{"driver", std::move(driver)}};
    run["columnKind"] = "unicodeCodePoints";  // lateral counts columns in code points
    run["results"] = std::move(results);

    json log;
    log["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json";
    log["version"] = "2.1.0";
    log["runs"] = json::array({std::move(run)});
    return log.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
  }
};

}  // namespace

std::unique_ptr<DiagnosticFormat> make_sarif_format() { return std::make_unique<SarifFormat>(); }

}  // namespace lateral
