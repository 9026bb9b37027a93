// The JSON form: an array of {file, line, column, severity, rule, message, hint, end_line, end_column},
// with the `fix` where there is one.
#include <nlohmann/json.hpp>

#include "lateral/report/diagnostics.hpp"

namespace lateral {
namespace {

class JsonFormat : public DiagnosticFormat {
 public:
  std::string render(std::span<const Diagnostic> diagnostics, const RenderContext& ctx) const override {
    auto array = nlohmann::ordered_json::array();
    for (const auto& d : diagnostics) {
      nlohmann::ordered_json j;
      j["file"] = ctx.display_path(d.file);
      j["line"] = d.line;
      j["column"] = d.column;
      j["severity"] = std::string(to_string(d.severity));
      j["rule"] = d.rule;
      j["message"] = d.message;
      j["hint"] = d.hint.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(d.hint);
      j["end_line"] = d.end_line();
      j["end_column"] = d.end_column();
      if (d.fix) {
        auto edits = nlohmann::ordered_json::array();
        for (const auto& e : d.fix->edits)
          edits.push_back({{"file", ctx.display_path(e.file)},
                           {"line", e.line},
                           {"column", e.column},
                           {"end_line", e.end_line},
                           {"end_column", e.end_column},
                           {"text", e.text}});
        j["fix"] = {{"description", d.fix->description}, {"edits", std::move(edits)}};
      }
      array.push_back(std::move(j));
    }
    return array.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
  }
};

}  // namespace

std::unique_ptr<DiagnosticFormat> make_json_format() { return std::make_unique<JsonFormat>(); }

}  // namespace lateral
