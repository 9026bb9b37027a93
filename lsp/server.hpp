// The language server: what each protocol message does, over the documents the editor has open
// and the models loaded for them. The protocol ends here: it asks lib/ for diagnostics, fixes,
// completions and the rest as plain data, and turns them into LSP's JSON.
#pragma once
#include <nlohmann/json.hpp>

#include <filesystem>
#include <functional>
#include <istream>
#include <map>
#include <memory>
#include <optional>
#include <ostream>
#include <set>
#include <string>
#include <vector>

#include "lateral/assist.hpp"
#include "lateral/cache.hpp"
#include "lateral/date.hpp"
#include "lateral/diagnostic.hpp"
#include "lateral/model.hpp"

namespace lateral::lsp {

using json = nlohmann::json;

struct ServerOptions {
  std::optional<std::filesystem::path> root;  // --repo: the repository, whatever the editor says
  Date today;
};

class Server {
 public:
  using Send = std::function<void(const json&)>;
  Server(Send send, std::ostream& log, ServerOptions options);

  // One message from the editor (a request, a notification, or a response, which is ignored).
  void handle(const json& message);
  // A body that is not JSON: answered with a parse error, as JSON-RPC says.
  void handle_unparsable(const std::string& why);
  // `$/cancelRequest` seen before the request it names was handled: that request is answered
  // with RequestCancelled instead.
  void cancel(const json& id);
  // Work put off until the editor stops sending: fresh diagnostics for the documents that changed.
  void flush();

  bool exited() const { return exited_; }
  int exit_code() const { return shutdown_ ? 0 : 1; }

 private:
  struct Document {
    std::string uri;
    std::string file;  // repository-relative; empty when the file is not in the repository
    std::string text;
    int version = 0;
  };
  // A loaded model: one school (by slug), or "" for the partnership's own files.
  struct Model {
    Repository repo;
    std::vector<Diagnostic> diagnostics;
    // Each file's reading, kept from the last load: a keystroke parses only the buffer it changed.
    std::unique_ptr<ParsedFiles> parsed = std::make_unique<ParsedFiles>();
    bool dirty = true;
    bool loaded = false;  // checked at least once
  };

  void request(const json& id, const std::string& method, const json& params);
  void notification(const std::string& method, const json& params);
  void respond(const json& id, json result);
  void respond_error(const json& id, int code, const std::string& message);

  json initialize(const json& params);
  void open(const json& params);
  void change(const json& params);
  void close(const json& params);
  void changed_on_disk();

  json code_actions(const json& params);
  json completion(const json& params);
  json hover(const json& params);
  json definition(const json& params);
  json references(const json& params);
  json document_symbols(const json& params);

  // The open document and loaded model a position request is about; null when there is none.
  struct Target {
    const Document* doc = nullptr;
    const Model* model = nullptr;
    int line = 1, column = 1;  // lateral's position of the request's
  };
  Target target(const json& params);
  json lsp_range(const assist::Location& l) const;
  json locations(const std::vector<assist::Location>& found) const;

  bool find_root(const std::filesystem::path& start);
  std::string file_of(const std::string& uri) const;
  static std::string scope_of(const std::string& file);
  Model* model_for(const std::string& file);
  void publish(const Document& doc, const Model* model);
  void mark_dirty(const std::string& file);
  json lsp_diagnostic(const Diagnostic& d, const std::string& text) const;
  json lsp_range(const std::string& file, int line, int column, int end_line, int end_column) const;
  std::string text_of(const std::string& file) const;

  Send send_;
  std::ostream& log_;
  ServerOptions options_;
  std::optional<std::filesystem::path> root_;
  bool initialized_ = false, shutdown_ = false, exited_ = false;
  std::map<std::string, Document> documents_;  // by URI
  std::map<std::string, Model> models_;        // by scope
  std::set<std::string> cancelled_;            // request ids, as JSON text
};

// Runs a server over `in` and `out` until `exit` or the end of `in`; returns the exit status.
int serve(std::istream& in, std::ostream& out, std::ostream& log, const ServerOptions& options);

}  // namespace lateral::lsp
