// What the language server does with each message.
#include "lsp/server.hpp"

#include <chrono>

#include "lateral/assist.hpp"
#include "lateral/loader.hpp"
#include "lateral/rules.hpp"
#include "lateral/text.hpp"
#include "lsp/text_position.hpp"

namespace fs = std::filesystem;

namespace lateral::lsp {
namespace {

// JSON-RPC and LSP error codes.
constexpr int kParseError = -32700;
constexpr int kInvalidRequest = -32600;
constexpr int kMethodNotFound = -32601;
constexpr int kInvalidParams = -32602;
constexpr int kServerNotInitialized = -32002;
constexpr int kRequestCancelled = -32800;

// The repository-relative path of `path`, or "" when it is not inside `root`.
std::string inside(const fs::path& root, const fs::path& path) {
  auto rel = path.lexically_normal().lexically_relative(root.lexically_normal());
  if (rel.empty() || *rel.begin() == "..") {
    std::error_code ec;
    rel = fs::weakly_canonical(path, ec).lexically_relative(fs::weakly_canonical(root, ec));
  }
  if (rel.empty() || *rel.begin() == ".." || rel == ".") return {};
  return rel.generic_string();
}

std::string id_key(const json& id) { return id.dump(); }

}  // namespace

Server::Server(Send send, std::ostream& log, ServerOptions options)
    : send_(std::move(send)), log_(log), options_(std::move(options)) {}

void Server::respond(const json& id, json result) {
  send_(json{{"jsonrpc", "2.0"}, {"id", id}, {"result", std::move(result)}});
}

void Server::respond_error(const json& id, int code, const std::string& message) {
  send_(json{{"jsonrpc", "2.0"}, {"id", id}, {"error", {{"code", code}, {"message", message}}}});
}

void Server::handle_unparsable(const std::string& why) {
  log_ << "lateral lsp: a message that is not JSON: " << why << "\n";
  respond_error(nullptr, kParseError, "the message is not JSON: " + why);
}

void Server::cancel(const json& id) {
  if (id.is_string() || id.is_number_integer()) cancelled_.insert(id_key(id));
}

void Server::handle(const json& message) {
  json id = nullptr;
  try {
    if (!message.is_object()) {
      respond_error(nullptr, kInvalidRequest, "a message must be a JSON object");
      return;
    }
    const bool has_id = message.contains("id");
    if (has_id) id = message["id"];
    if (!message.contains("method")) {
      // A response to a request of ours: the server sends none, so there is nothing to match.
      if (!has_id) respond_error(nullptr, kInvalidRequest, "a message needs a method or an id");
      return;
    }
    if (!message["method"].is_string()) {
      respond_error(id, kInvalidRequest, "`method` must be a string");
      return;
    }
    const auto method = message["method"].get<std::string>();
    const json params = message.contains("params") ? message["params"] : json::object();
    if (!has_id) {
      notification(method, params);
      return;
    }
    if (!id.is_string() && !id.is_number_integer()) {
      respond_error(nullptr, kInvalidRequest, "`id` must be a string or an integer");
      return;
    }
    request(id, method, params);
  } catch (const json::exception& e) {
    // Parameters of the wrong shape: the message is answered (or logged), the server goes on.
    log_ << "lateral lsp: bad parameters: " << e.what() << "\n";
    if (!id.is_null()) respond_error(id, kInvalidParams, std::string("bad parameters: ") + e.what());
  } catch (const std::exception& e) {
    log_ << "lateral lsp: internal error: " << e.what() << "\n";
    if (!id.is_null()) respond_error(id, -32603, std::string("internal error: ") + e.what());
  }
}

void Server::request(const json& id, const std::string& method, const json& params) {
  if (cancelled_.erase(id_key(id))) {
    respond_error(id, kRequestCancelled, "cancelled");
    return;
  }
  if (shutdown_) {
    respond_error(id, kInvalidRequest, "the server is shutting down");
    return;
  }
  if (method == "initialize") {
    if (initialized_)
      respond_error(id, kInvalidRequest, "initialize was sent twice");
    else
      respond(id, initialize(params));
    return;
  }
  if (!initialized_) {
    respond_error(id, kServerNotInitialized, "initialize first");
    return;
  }
  if (method == "shutdown") {
    shutdown_ = true;
    respond(id, nullptr);
    return;
  }
  // Code actions come from diagnostics: catch up with the edits first. The other answers read the
  // buffer as it is now and the model for what the framework and the review hold, which a
  // keystroke rarely changes: they do not wait for a re-check (it follows when the editor pauses).
  if (method == "textDocument/codeAction") {
    flush();
    respond(id, code_actions(params));
  } else if (method == "textDocument/completion")
    respond(id, completion(params));
  else if (method == "textDocument/hover")
    respond(id, hover(params));
  else if (method == "textDocument/definition")
    respond(id, definition(params));
  else if (method == "textDocument/references")
    respond(id, references(params));
  else if (method == "textDocument/documentSymbol")
    respond(id, document_symbols(params));
  else
    respond_error(id, kMethodNotFound, "lateral does not answer " + method);
}

void Server::notification(const std::string& method, const json& params) {
  if (method == "exit") {
    exited_ = true;
    return;
  }
  if (!initialized_ || shutdown_) return;
  if (method == "textDocument/didOpen")
    open(params);
  else if (method == "textDocument/didChange")
    change(params);
  else if (method == "textDocument/didClose")
    close(params);
  else if (method == "textDocument/didSave" || method == "workspace/didChangeWatchedFiles")
    changed_on_disk();
  // Anything else (initialized, $/cancelRequest, $/setTrace, ...) needs nothing from lateral.
}

bool Server::find_root(const fs::path& start) {
  if (auto root = find_repository_root(start)) {
    root_ = *root;
    log_ << "lateral lsp: the repository at " << root_->string() << "\n";
    return true;
  }
  return false;
}

json Server::initialize(const json& params) {
  initialized_ = true;
  if (options_.root) {
    if (!find_root(*options_.root)) log_ << "lateral lsp: no lateral.yaml at or above " << options_.root->string() << "\n";
  } else {
    std::vector<std::string> uris;
    if (params.contains("workspaceFolders") && params["workspaceFolders"].is_array())
      for (const auto& f : params["workspaceFolders"])
        if (f.is_object() && f.contains("uri") && f["uri"].is_string()) uris.push_back(f["uri"]);
    if (params.contains("rootUri") && params["rootUri"].is_string()) uris.push_back(params["rootUri"]);
    for (const auto& uri : uris)
      if (auto path = path_of_uri(uri); path && find_root(*path)) break;
    if (!root_ && params.contains("rootPath") && params["rootPath"].is_string()) find_root(params["rootPath"].get<std::string>());
    if (!root_) log_ << "lateral lsp: no repository in the workspace yet; the first file opened names it\n";
  }
  json capabilities = {
      {"positionEncoding", "utf-16"},
      {"textDocumentSync", {{"openClose", true}, {"change", 1}, {"save", {{"includeText", false}}}}},
      {"codeActionProvider", {{"codeActionKinds", {"quickfix"}}}},
      {"completionProvider", {{"triggerCharacters", {":", " ", "/", "[", ",", "-"}}}},
      {"hoverProvider", true},
      {"definitionProvider", true},
      {"referencesProvider", true},
      {"documentSymbolProvider", true},
  };
  return {{"capabilities", capabilities}, {"serverInfo", {{"name", "lateral"}, {"version", LATERAL_VERSION}}}};
}

std::string Server::file_of(const std::string& uri) const {
  if (!root_) return {};
  const auto path = path_of_uri(uri);
  return path ? inside(*root_, *path) : std::string();
}

std::string Server::scope_of(const std::string& file) {
  constexpr std::string_view kSchools = "schools/";
  if (!file.starts_with(kSchools)) return {};
  const auto slash = file.find('/', kSchools.size());
  return file.substr(kSchools.size(), slash == std::string::npos ? std::string::npos : slash - kSchools.size());
}

void Server::mark_dirty(const std::string& file) {
  if (file.empty()) return;
  // The partnership's files and a school's school.yaml are read by every school's checks (the
  // framework, the severities, a visiting reviewer's school): every model loads them again.
  const auto scope = scope_of(file);
  const bool shared = scope.empty() || file == "schools/" + scope + "/school.yaml";
  if (shared)
    for (auto& [_, model] : models_) model.dirty = true;
  models_[scope].dirty = true;
}

void Server::open(const json& params) {
  const auto& td = params.at("textDocument");
  Document doc;
  doc.uri = td.at("uri").get<std::string>();
  doc.text = td.at("text").get<std::string>();
  doc.version = td.value("version", 0);
  if (!root_)
    if (auto path = path_of_uri(doc.uri)) find_root(path->parent_path());
  doc.file = file_of(doc.uri);
  mark_dirty(doc.file);
  documents_[doc.uri] = std::move(doc);
}

void Server::change(const json& params) {
  const auto& td = params.at("textDocument");
  auto it = documents_.find(td.at("uri").get<std::string>());
  if (it == documents_.end()) return;  // a change to a document never opened: nothing to apply it to
  auto& doc = it->second;
  for (const auto& c : params.at("contentChanges")) {
    if (!c.contains("range")) {
      doc.text = c.at("text").get<std::string>();
      continue;
    }
    // An incremental change (sent by clients that ignore the full-sync capability).
    auto offset = [&](const json& pos) {
      const int line = pos.at("line").get<int>();
      std::size_t begin = 0;
      for (int l = 0; l < line && begin <= doc.text.size(); ++l) {
        const auto nl = doc.text.find('\n', begin);
        if (nl == std::string::npos) return doc.text.size();
        begin = nl + 1;
      }
      const auto text = line_of(std::string_view(doc.text).substr(begin), 0);
      const int column = column_of_utf16(text, pos.at("character").get<int>());
      std::size_t i = begin;
      for (int k = 1; k < column && i < doc.text.size(); ++k) {
        ++i;
        while (i < doc.text.size() && (static_cast<unsigned char>(doc.text[i]) & 0xC0) == 0x80) ++i;
      }
      return std::min(i, doc.text.size());
    };
    const auto b = offset(c.at("range").at("start"));
    const auto e = std::max(b, offset(c.at("range").at("end")));
    doc.text.replace(b, e - b, c.at("text").get<std::string>());
  }
  doc.version = td.value("version", doc.version);
  mark_dirty(doc.file);
}

void Server::close(const json& params) {
  const auto uri = params.at("textDocument").at("uri").get<std::string>();
  auto it = documents_.find(uri);
  if (it == documents_.end()) return;
  const auto file = it->second.file;
  documents_.erase(it);
  // What was said about it no longer shows; the file on disk counts again for the others.
  send_(json{{"jsonrpc", "2.0"},
             {"method", "textDocument/publishDiagnostics"},
             {"params", {{"uri", uri}, {"diagnostics", json::array()}}}});
  mark_dirty(file);
}

void Server::changed_on_disk() {
  for (auto& [_, model] : models_) model.dirty = true;
}

std::string Server::text_of(const std::string& file) const {
  for (const auto& [_, doc] : documents_)
    if (doc.file == file) return doc.text;
  if (!root_) return {};
  return read_file_bytes(*root_ / file).value_or(std::string());
}

Server::Model* Server::model_for(const std::string& file) {
  if (file.empty()) return nullptr;
  auto it = models_.find(scope_of(file));
  return it == models_.end() ? nullptr : &it->second;
}

void Server::flush() {
  if (!root_) return;
  for (auto it = models_.begin(); it != models_.end();) {
    auto& [scope, model] = *it;
    const bool open = std::any_of(documents_.begin(), documents_.end(),
                                  [&](const auto& d) { return !d.second.file.empty() && scope_of(d.second.file) == scope; });
    if (!open) {
      it = models_.erase(it);
      continue;
    }
    if (model.dirty) {
      const auto started = std::chrono::steady_clock::now();
      // The open buffers, saved or not, stand in for the files on disk: an overlay, as a writing
      // command's change is. Only one school is read (the partnership's files with it); ""
      // names no school, which loads the partnership's files alone.
      Overlay overlay;
      for (const auto& [_, doc] : documents_)
        if (!doc.file.empty()) overlay[doc.file] = doc.text;
      LoadOptions load;
      load.scope = scope;
      load.parsed = model.parsed.get();
      try {
        model.repo = load_repository(*root_, &overlay, load);
        model.parsed->forget_unused();
        model.diagnostics = check_repository(model.repo, {options_.today});
      } catch (const std::exception& e) {
        log_ << "lateral lsp: checking " << (scope.empty() ? std::string("the partnership") : scope)
             << " failed: " << e.what() << "\n";
        model.diagnostics.clear();
      }
      model.dirty = false;
      model.loaded = true;
      const auto ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
      log_ << "lateral lsp: checked " << (scope.empty() ? std::string("the partnership's files") : "schools/" + scope)
           << " in " << static_cast<int>(ms + 0.5) << " ms\n";
      for (const auto& [_, doc] : documents_)
        if (!doc.file.empty() && scope_of(doc.file) == scope) publish(doc, &model);
    }
    ++it;
  }
  cancelled_.clear();
}

json Server::lsp_range(const std::string& file, int line, int column, int end_line, int end_column) const {
  const auto text = text_of(file);
  auto position = [&](int l, int c) {
    const auto lt = line_of(text, l - 1);
    return json{{"line", std::max(l - 1, 0)}, {"character", utf16_of_column(lt, c)}};
  };
  return {{"start", position(line, column)}, {"end", position(end_line, end_column)}};
}

json Server::lsp_diagnostic(const Diagnostic& d, const std::string& text) const {
  auto position = [&](int l, int c) {
    return json{{"line", std::max(l - 1, 0)}, {"character", utf16_of_column(line_of(text, l - 1), c)}};
  };
  json out = {
      {"range", {{"start", position(d.line, d.column)}, {"end", position(d.end_line(), d.end_column())}}},
      {"severity", d.severity == Severity::error ? 1 : 2},
      {"code", d.rule},
      {"codeDescription", {{"href", rule_docs_url(d.rule)}}},
      {"source", "lateral"},
      {"message", d.hint.empty() ? d.message : d.message + "\nhint: " + d.hint},
  };
  return out;
}

void Server::publish(const Document& doc, const Model* model) {
  auto list = json::array();
  if (model)
    for (const auto& d : model->diagnostics)
      if (d.file == doc.file) list.push_back(lsp_diagnostic(d, doc.text));
  send_(json{{"jsonrpc", "2.0"},
             {"method", "textDocument/publishDiagnostics"},
             {"params", {{"uri", doc.uri}, {"version", doc.version}, {"diagnostics", std::move(list)}}}});
}

json Server::code_actions(const json& params) {
  auto actions = json::array();
  const auto uri = params.at("textDocument").at("uri").get<std::string>();
  auto doc = documents_.find(uri);
  if (doc == documents_.end()) return actions;
  const auto* model = model_for(doc->second.file);
  if (!model) return actions;
  const auto& range = params.at("range");
  const int first = range.at("start").at("line").get<int>() + 1, last = range.at("end").at("line").get<int>() + 1;
  const auto& text = doc->second.text;
  const std::string eol = text.find("\r\n") != std::string::npos ? "\r\n" : "\n";
  for (const auto& d : model->diagnostics) {
    if (d.file != doc->second.file || d.end_line() < first || d.line > last) continue;
    const auto diagnostic = lsp_diagnostic(d, text);
    if (d.fix) {
      json changes = json::object();
      for (const auto& e : d.fix->edits) {
        const auto target = uri_of_path(*root_ / e.file);
        if (!changes.contains(target)) changes[target] = json::array();
        changes[target].push_back({{"range", lsp_range(e.file, e.line, e.column, e.end_line, e.end_column)}, {"newText", e.text}});
      }
      actions.push_back({{"title", d.fix->description},
                         {"kind", "quickfix"},
                         {"diagnostics", {diagnostic}},
                         {"isPreferred", true},
                         {"edit", {{"changes", changes}}}});
    }
    // "silence this rule here": what the loader finds cannot be silenced (rules.hpp).
    const auto* rule = find_rule(d.rule);
    if (!rule || rule->loading) continue;
    const auto line = line_of(text, d.line - 1);
    const auto indent = line.substr(0, line.find_first_not_of(' ') == std::string_view::npos ? line.size() : line.find_first_not_of(' '));
    const auto above = d.line >= 2 ? line_of(text, d.line - 2) : std::string_view();
    json edit;
    constexpr std::string_view kIgnore = "# lateral: ignore[";
    if (const auto at = above.find(kIgnore); at != std::string_view::npos && above.find(']', at) != std::string_view::npos) {
      // One comment silences several rules: add this one to the comment already above.
      const auto close = above.find(']', at);
      const int column = static_cast<int>(code_points(above.substr(0, close))) + 1;
      edit = {{"range", lsp_range(d.file, d.line - 1, column, d.line - 1, column)}, {"newText", ", " + d.rule}};
    } else {
      edit = {{"range", lsp_range(d.file, d.line, 1, d.line, 1)},
              {"newText", std::string(indent) + "# lateral: ignore[" + d.rule + "]" + eol}};
    }
    actions.push_back({{"title", "silence " + d.rule + " here"},
                       {"kind", "quickfix"},
                       {"diagnostics", {diagnostic}},
                       {"edit", {{"changes", {{uri, {edit}}}}}}});
  }
  return actions;
}

Server::Target Server::target(const json& params) {
  Target t;
  auto doc = documents_.find(params.at("textDocument").at("uri").get<std::string>());
  if (doc == documents_.end() || doc->second.file.empty()) return t;
  t.doc = &doc->second;
  t.model = model_for(doc->second.file);
  if (t.model && !t.model->loaded) {  // opened and asked about in one breath: load it first
    flush();
    t.model = model_for(doc->second.file);
  }
  if (params.contains("position")) {
    const int line = params["position"].at("line").get<int>();
    t.line = line + 1;
    t.column = column_of_utf16(line_of(doc->second.text, line), params["position"].at("character").get<int>());
  }
  return t;
}

json Server::lsp_range(const assist::Location& l) const {
  return lsp_range(l.file, l.line, l.column, l.end_line, l.end_column);
}

json Server::completion(const json& params) {
  auto items = json::array();
  const auto t = target(params);
  if (!t.model) return items;
  const auto found = assist::complete(t.model->repo, t.doc->file, t.doc->text, {t.line, t.column});
  const auto range = lsp_range(found.replace);
  for (const auto& c : found.items) {
    // LSP's CompletionItemKind: Property 10, Value 12, Reference 18, Keyword 14.
    int kind = 12;
    switch (c.kind) {
      case assist::CompletionKind::key: kind = 10; break;
      case assist::CompletionKind::value: kind = 12; break;
      case assist::CompletionKind::reference: kind = 18; break;
      case assist::CompletionKind::rule: kind = 14; break;
    }
    const bool key = c.kind == assist::CompletionKind::key ||
                     (c.kind == assist::CompletionKind::reference && c.label.find('/') != std::string::npos &&
                      found.replace.column == 1);
    json item = {{"label", c.label},
                 {"kind", kind},
                 {"sortText", c.sort_text},
                 {"filterText", c.label},
                 {"textEdit", {{"range", range}, {"newText", key && c.kind == assist::CompletionKind::key ? c.label + ": " : c.label}}}};
    if (!c.detail.empty()) item["detail"] = c.detail;
    if (!c.documentation.empty()) item["documentation"] = {{"kind", "markdown"}, {"value", c.documentation}};
    items.push_back(std::move(item));
  }
  return {{"isIncomplete", false}, {"items", std::move(items)}};
}

json Server::hover(const json& params) {
  const auto t = target(params);
  if (!t.model) return nullptr;
  // A diagnostic's rule under the cursor: its documentation, whatever else is there.
  for (const auto& d : t.model->diagnostics)
    if (d.file == t.doc->file && d.line == t.line && t.column >= d.column && t.column < d.end_column())
      if (const auto* rule = find_rule(d.rule)) {
        auto h = assist::hover(t.model->repo, t.doc->file, t.doc->text, {t.line, t.column});
        std::string text = h ? h->markdown + "\n\n---\n\n" : std::string();
        text += "**" + d.rule + "**: " + d.message + (d.hint.empty() ? "" : "\n\nhint: " + d.hint) + "\n\nThe rule holds when " +
                std::string(rule->summary) + ". [rules.md](" + rule_docs_url(d.rule) + ")";
        return {{"contents", {{"kind", "markdown"}, {"value", text}}},
                {"range", lsp_range(d.file, d.line, d.column, d.end_line(), d.end_column())}};
      }
  const auto h = assist::hover(t.model->repo, t.doc->file, t.doc->text, {t.line, t.column});
  if (!h) return nullptr;
  return {{"contents", {{"kind", "markdown"}, {"value", h->markdown}}},
          {"range", lsp_range(h->range)}};
}

json Server::definition(const json& params) {
  const auto t = target(params);
  if (!t.model) return json::array();
  return locations(assist::definition(t.model->repo, t.doc->file, t.doc->text, {t.line, t.column}));
}

json Server::references(const json& params) {
  const auto t = target(params);
  if (!t.model) return json::array();
  const bool declaration = params.contains("context") && params["context"].value("includeDeclaration", false);
  return locations(assist::references(t.model->repo, t.doc->file, t.doc->text, {t.line, t.column}, declaration));
}

json Server::locations(const std::vector<assist::Location>& found) const {
  auto out = json::array();
  for (const auto& l : found) out.push_back({{"uri", uri_of_path(*root_ / l.file)}, {"range", lsp_range(l)}});
  return out;
}

json Server::document_symbols(const json& params) {
  auto out = json::array();
  const auto t = target(params);
  if (!t.model) return out;
  // LSP's SymbolKind: Namespace 3, Field 8, Event 24, Key 20.
  std::function<json(const assist::Symbol&)> convert = [&](const assist::Symbol& s) {
    int kind = 20;
    switch (s.kind) {
      case assist::SymbolKind::judgement: kind = 8; break;
      case assist::SymbolKind::action: kind = 24; break;
      case assist::SymbolKind::evidence: kind = 20; break;
      case assist::SymbolKind::section: kind = 3; break;
    }
    json j = {{"name", s.name},
              {"kind", kind},
              {"range", lsp_range(s.range)},
              {"selectionRange", lsp_range(s.selection)}};
    if (!s.detail.empty()) j["detail"] = s.detail;
    if (!s.children.empty()) {
      j["children"] = json::array();
      for (const auto& c : s.children) j["children"].push_back(convert(c));
    }
    return j;
  };
  for (const auto& s : assist::symbols(t.model->repo, t.doc->file, t.doc->text)) out.push_back(convert(s));
  return out;
}

}  // namespace lateral::lsp
