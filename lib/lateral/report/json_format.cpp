// The JSON form: an array of {file, line, column, severity, rule, message, hint}.
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
      array.push_back(std::move(j));
    }
    return array.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
  }
};

}  // namespace

std::unique_ptr<DiagnosticFormat> make_json_format() { return std::make_unique<JsonFormat>(); }

}  // namespace lateral
