// Fuzz target over the language server: malformed JSON-RPC and half-typed YAML must never crash it
// or hang it. The first byte picks the mode: even, the rest is the raw input stream after a valid
// `initialize` (framing, JSON, parameters of every shape); odd, the rest is the text of an open
// benchmark.yaml of the example (unsaved), checked and then asked for completion, hover,
// definition, references, code actions and the outline at positions the text itself picks. The
// server reads the example on disk and writes nothing. Built with libFuzzer (LATERAL_FUZZ=ON) and,
// for the regression inputs, as a plain program in every build (replay_main.cpp).
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "lsp/framing.hpp"
#include "lsp/server.hpp"
#include "lsp/text_position.hpp"

namespace {

using lateral::lsp::json;

const std::string kRoot = LATERAL_SOURCE_DIR "/examples/north-dales";
const std::string kFile = "schools/st-cuthberts-primary/reviews/2026-06/benchmark.yaml";

lateral::lsp::ServerOptions options() { return {std::nullopt, lateral::Date{2026, 11, 23}}; }

json initialize() {
  return {{"jsonrpc", "2.0"}, {"id", 0}, {"method", "initialize"}, {"params", {{"rootUri", lateral::lsp::uri_of_path(kRoot)}}}};
}

void stream(const std::string& input) {
  std::istringstream in(lateral::lsp::frame(initialize().dump()) + input);
  std::ostringstream out, log;
  lateral::lsp::serve(in, out, log, options());
}

void document(const std::string& text) {
  std::ostringstream log;
  lateral::lsp::Server server([](const json&) {}, log, options());
  server.handle(initialize());
  const auto uri = lateral::lsp::uri_of_path(kRoot + "/" + kFile);
  server.handle({{"jsonrpc", "2.0"},
                 {"method", "textDocument/didOpen"},
                 {"params", {{"textDocument", {{"uri", uri}, {"languageId", "yaml"}, {"version", 1}, {"text", text}}}}}});
  server.flush();
  // Positions from the text: each line's start, middle and end, and one past it, for the first lines.
  int id = 1, line = 0;
  std::size_t begin = 0;
  while (begin <= text.size() && line < 12) {
    const auto nl = text.find('\n', begin);
    const int length = static_cast<int>((nl == std::string::npos ? text.size() : nl) - begin);
    for (int character : {0, length / 2, length, length + 1}) {
      const json position = {{"line", line}, {"character", character}};
      const json at = {{"textDocument", {{"uri", uri}}}, {"position", position}};
      for (const char* method : {"textDocument/completion", "textDocument/hover", "textDocument/definition"})
        server.handle({{"jsonrpc", "2.0"}, {"id", id++}, {"method", method}, {"params", at}});
      server.handle({{"jsonrpc", "2.0"},
                     {"id", id++},
                     {"method", "textDocument/references"},
                     {"params", {{"textDocument", {{"uri", uri}}}, {"position", position}, {"context", {{"includeDeclaration", true}}}}}});
      server.handle({{"jsonrpc", "2.0"},
                     {"id", id++},
                     {"method", "textDocument/codeAction"},
                     {"params", {{"textDocument", {{"uri", uri}}}, {"range", {{"start", position}, {"end", position}}}, {"context", {{"diagnostics", json::array()}}}}}});
    }
    if (nl == std::string::npos) break;
    begin = nl + 1;
    ++line;
  }
  server.handle({{"jsonrpc", "2.0"}, {"id", id++}, {"method", "textDocument/documentSymbol"}, {"params", {{"textDocument", {{"uri", uri}}}}}});
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::string rest(reinterpret_cast<const char*>(data) + 1, size - 1);
  if (data[0] % 2 == 0)
    stream(rest);
  else
    document(rest);
  return 0;
}
