// SARIF 2.1.0, the format code-scanning services (GitHub, Azure DevOps, GitLab) read: one run with
// every rule lateral has, described in docs/rules.md's words, and one result per diagnostic at its
// file, line and column, with a fingerprint of its identity so a service follows it across commits.
#include <fmt/format.h>

#include <cstdint>
#include <map>
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
  const auto uri = std::string(LATERAL_DOCS_URL) + "/rules.md#" + std::string(rule.name);
  r["shortDescription"] = {{"text", std::string(rule.summary)}};
  // GitHub's code scanning shows fullDescription and help on the alert's page, and requires both.
  if (const auto doc = rule_doc(rule.name)) {
    r["fullDescription"] = {{"text", plain_text(doc->checks)}, {"markdown", doc->checks}};
    r["help"] = {{"text", plain_text(doc->fix)},
                 {"markdown", fmt::format("**What it checks.** {}\n\n**How to fix it.** {}\n\n[docs/rules.md]({})",
                                          doc->checks, doc->fix, uri)}};
  } else {
    r["fullDescription"] = {{"text", fmt::format("Holds when {}.", rule.summary)}};
    r["help"] = {{"text", fmt::format("See {}", uri)}};
  }
  r["helpUri"] = uri;
  r["defaultConfiguration"] = {{"level", sarif_level(rule.severity)}};
  return r;
}

// FNV-1a, 64 bits: stable across runs, machines and versions, unlike std::hash.
std::string fingerprint(std::string_view text) {
  std::uint64_t h = 14695981039346656037ull;
  for (unsigned char c : text) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return fmt::format("{:016x}", h);
}

class SarifFormat : public DiagnosticFormat {
 public:
  std::string render(std::span<const Diagnostic> diagnostics, const RenderContext& ctx) const override {
    const auto rules = all_rules();
    auto descriptors = json::array();
    for (const auto& rule : rules) descriptors.push_back(rule_descriptor(rule));

    auto results = json::array();
    std::map<std::string, int> seen;  // identity -> results so far with it
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
      // The problem's identity (rule and what it is about: lateral::identity), not its line or
      // words, so the alert survives lines moving and messages changing; the count tells apart
      // results that share one (as GitHub's own primaryLocationLineHash does).
      const auto id = identity(d);
      result["partialFingerprints"] = {{"lateralIdentity/v1", fmt::format("{}:{}", fingerprint(id), ++seen[id])}};
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
