// The language server's protocol layer: Content-Length framing (whole, partial, malformed and
// back-to-back messages), positions in UTF-16, and the dispatch (initialize first, parse errors,
// unknown methods, cancellation, shutdown and exit), over a real fixture repository.
#include <doctest/doctest.h>

#include <atomic>
#include <chrono>
#include <sstream>
#include <thread>
#include <string>
#include <vector>

#include "lateral/loader.hpp"
#include "lsp/framing.hpp"
#include "lsp/server.hpp"
#include "lsp/text_position.hpp"

using namespace lateral;
using namespace lateral::lsp;

TEST_CASE("framing reads back-to-back messages and skips other headers") {
  std::istringstream in(frame("{\"a\":1}") + "Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n" +
                        "content-length: 7\r\n\r\n{\"b\":2}");
  FrameReader r(in);
  auto f = r.next();
  CHECK(f.kind == Frame::Kind::message);
  CHECK(f.body == "{\"a\":1}");
  f = r.next();
  CHECK(f.kind == Frame::Kind::message);
  CHECK(f.body == "{\"b\":2}");
  f = r.next();
  CHECK(f.kind == Frame::Kind::end);
  CHECK(f.error.empty());
}

TEST_CASE("framing: a message cut short is the end of input, said so") {
  std::istringstream body("Content-Length: 20\r\n\r\n{\"a\":");
  CHECK(FrameReader(body).next().error == "the input ended inside a message body");
  std::istringstream header("Content-Length: 20\r\n");
  CHECK(FrameReader(header).next().error == "the input ended inside a message header");
}

TEST_CASE("framing: a header block without a usable length is malformed, and reading goes on") {
  std::istringstream in("Content-Length: lots\r\n\r\nX-Other: 1\r\n\r\n" + frame("{}") +
                        "Content-Length: 99999999999\r\n\r\n");
  FrameReader r(in);
  auto f = r.next();
  CHECK(f.kind == Frame::Kind::malformed);
  CHECK(f.error == "Content-Length is not a number: lots");
  f = r.next();
  CHECK(f.kind == Frame::Kind::malformed);
  CHECK(f.error == "a message header without Content-Length");
  CHECK(r.next().body == "{}");
  f = r.next();
  CHECK(f.kind == Frame::Kind::malformed);
  CHECK(f.error.find("larger than") != std::string::npos);
}

TEST_CASE("positions: code-point columns and UTF-16 units") {
  CHECK(line_of("a\r\nbc\nd", 1) == "bc");
  CHECK(line_of("\xEF\xBB\xBFx: 1\n", 0) == "x: 1");
  CHECK(line_of("a\n", 5).empty());
  const std::string line = "a\xC3\xA9\xF0\x9F\x98\x80z";  // a é 😀 z
  CHECK(utf16_of_column(line, 1) == 0);
  CHECK(utf16_of_column(line, 3) == 2);
  CHECK(utf16_of_column(line, 4) == 4);  // 😀 is two UTF-16 units
  CHECK(column_of_utf16(line, 4) == 4);
  CHECK(column_of_utf16(line, 99) == 5);
  CHECK(path_of_uri("file:///tmp/a%20b/c.yaml") == std::filesystem::path("/tmp/a b/c.yaml"));
  CHECK_FALSE(path_of_uri("untitled:1"));
  CHECK(uri_of_path("/tmp/a b/c.yaml") == "file:///tmp/a%20b/c.yaml");
}

namespace {

struct Client {
  std::vector<json> sent;
  std::ostringstream log;
  Server server;
  Client()
      : server([this](const json& m) { sent.push_back(m); }, log,
               ServerOptions{std::nullopt, *Date::parse("2026-11-01")}) {}
  const json& last() { return sent.back(); }
  void request(int id, const std::string& method, json params = json::object()) {
    server.handle({{"jsonrpc", "2.0"}, {"id", id}, {"method", method}, {"params", params}});
  }
  void notify(const std::string& method, json params = json::object()) {
    server.handle({{"jsonrpc", "2.0"}, {"method", method}, {"params", params}});
  }
  std::vector<json> published(const std::string& uri) {
    std::vector<json> out;
    for (const auto& m : sent)
      if (m.value("method", "") == "textDocument/publishDiagnostics" && m["params"]["uri"] == uri) out.push_back(m);
    return out;
  }
};

const std::filesystem::path kFixture = std::filesystem::path(LATERAL_SOURCE_DIR) / "tests/fixtures/minimal";
const std::string kEvidence = "schools/brook-lane-primary/reviews/2026-10/evidence/op-1.yaml";

}  // namespace

TEST_CASE("dispatch: initialize first; unknown methods, bad ids and non-JSON are answered, not fatal") {
  Client c;
  c.request(1, "textDocument/hover");
  CHECK(c.last()["error"]["code"] == -32002);
  c.request(2, "initialize", {{"rootUri", uri_of_path(kFixture)}});
  CHECK(c.last()["result"]["capabilities"]["textDocumentSync"]["change"] == 1);
  CHECK(c.last()["result"]["serverInfo"]["name"] == "lateral");
  c.request(3, "initialize");
  CHECK(c.last()["error"]["code"] == -32600);
  c.request(4, "workspace/executeCommand");
  CHECK(c.last()["error"]["code"] == -32601);
  c.server.handle(json::array());
  CHECK(c.last()["error"]["code"] == -32600);
  c.server.handle({{"jsonrpc", "2.0"}, {"id", json::array()}, {"method", "shutdown"}});
  CHECK(c.last()["error"]["code"] == -32600);
  c.server.handle_unparsable("{\"jsonrpc\":");
  CHECK(c.last()["error"]["code"] == -32700);
  CHECK(c.last()["id"].is_null());
  // Parameters of the wrong shape: an error answer, and the server goes on.
  c.request(5, "textDocument/codeAction", {{"textDocument", 7}});
  CHECK(c.last()["error"]["code"] == -32602);
  c.notify("textDocument/didOpen", {{"textDocument", "nonsense"}});
  CHECK(c.log.str().find("bad parameters") != std::string::npos);
  CHECK_FALSE(c.server.exited());
}

TEST_CASE("dispatch: a cancelled request is answered RequestCancelled; shutdown then exit is status 0") {
  Client c;
  c.request(1, "initialize", {{"rootUri", uri_of_path(kFixture)}});
  c.server.cancel(7);
  c.request(7, "textDocument/codeAction", {});
  CHECK(c.last()["error"]["code"] == -32800);
  c.request(8, "shutdown");
  CHECK(c.last()["result"].is_null());
  c.request(9, "textDocument/codeAction", {});
  CHECK(c.last()["error"]["code"] == -32600);
  c.notify("exit");
  CHECK(c.server.exited());
  CHECK(c.server.exit_code() == 0);

  Client d;
  d.notify("exit");  // without shutdown: status 1, as the protocol says
  CHECK(d.server.exited());
  CHECK(d.server.exit_code() == 1);
}

TEST_CASE("diagnostics of an unsaved buffer, with the fix offered as a code action") {
  Client c;
  c.request(1, "initialize", {{"rootUri", uri_of_path(kFixture)}});
  const auto uri = uri_of_path(kFixture / kEvidence);
  auto text = *read_file_bytes(kFixture / kEvidence);
  c.notify("textDocument/didOpen", {{"textDocument", {{"uri", uri}, {"languageId", "yaml"}, {"version", 1}, {"text", text}}}});
  c.server.flush();
  REQUIRE(c.published(uri).size() == 1);
  CHECK(c.published(uri)[0]["params"]["diagnostics"].empty());

  // An unsaved change: a misspelt evidence type and `confidential: no`.
  text.replace(text.find("pupil-discussion"), 16, "pupil-discusion");
  text.replace(text.find("confidential: false"), 19, "confidential: no");
  c.notify("textDocument/didChange", {{"textDocument", {{"uri", uri}, {"version", 2}}}, {"contentChanges", json::array({{{"text", text}}})}});
  c.server.flush();
  REQUIRE(c.published(uri).size() == 2);
  const json diagnostics = c.published(uri)[1]["params"]["diagnostics"];
  REQUIRE(diagnostics.size() == 2);
  CHECK(diagnostics[0]["code"] == "unknown-reference");
  CHECK(diagnostics[0]["source"] == "lateral");
  CHECK(diagnostics[0]["range"]["start"] == json{{"line", 2}, {"character", 6}});
  CHECK(diagnostics[0]["range"]["end"] == json{{"line", 2}, {"character", 21}});
  CHECK(diagnostics[0]["codeDescription"]["href"].get<std::string>().ends_with("rules.md#unknown-reference"));
  CHECK(diagnostics[1]["code"] == "yaml11-bool");

  c.request(2, "textDocument/codeAction",
            {{"textDocument", {{"uri", uri}}},
             {"range", {{"start", {{"line", 2}, {"character", 8}}}, {"end", {{"line", 2}, {"character", 8}}}}},
             {"context", {{"diagnostics", json::array()}}}});
  const json actions = c.last()["result"];
  REQUIRE(actions.size() == 2);
  CHECK(actions[0]["title"] == "replace `pupil-discusion` with `pupil-discussion`");
  const auto& edit = actions[0]["edit"]["changes"][uri][0];
  CHECK(edit["newText"] == "pupil-discussion");
  CHECK(edit["range"]["start"] == json{{"line", 2}, {"character", 6}});
  CHECK(actions[1]["title"] == "silence unknown-reference here");
  CHECK(actions[1]["edit"]["changes"][uri][0]["newText"] == "# lateral: ignore[unknown-reference]\n");

  // Closing the buffer clears what was said about it: the file on disk is fine.
  c.notify("textDocument/didClose", {{"textDocument", {{"uri", uri}}}});
  CHECK(c.published(uri).back()["params"]["diagnostics"].empty());
}

TEST_CASE("serve: a whole session over streams, malformed input included, ends on exit") {
  auto msg = [](json j) { return frame(j.dump()); };
  std::istringstream in(msg({{"jsonrpc", "2.0"}, {"id", 1}, {"method", "initialize"}, {"params", json::object()}}) +
                        frame("{not json") + "Content-Length: x\r\n\r\n" +
                        msg({{"jsonrpc", "2.0"}, {"id", 2}, {"method", "shutdown"}}) +
                        msg({{"jsonrpc", "2.0"}, {"method", "exit"}}));
  std::ostringstream out, log;
  CHECK(serve(in, out, log, ServerOptions{std::nullopt, *Date::parse("2026-11-01")}) == 0);
  const auto o = out.str();
  CHECK(o.find("\"serverInfo\"") != std::string::npos);
  CHECK(o.find("-32700") != std::string::npos);
  CHECK(o.find("{\"id\":2,\"jsonrpc\":\"2.0\",\"result\":null}") != std::string::npos);
  CHECK(log.str().find("Content-Length is not a number") != std::string::npos);
}

namespace {
// A stream that says whether it was read after a point in time: the server's reader must be done
// with its caller's input when `serve` returns (the tests' and the fuzzer's streams end there).
struct WatchedBuffer : std::stringbuf {
  using std::stringbuf::stringbuf;
  std::atomic<bool> returned{false}, read_after{false};
  int_type underflow() override {
    if (returned) read_after = true;
    return std::stringbuf::underflow();
  }
  int_type uflow() override {
    if (returned) read_after = true;
    return std::stringbuf::uflow();
  }
  std::streamsize xsgetn(char* s, std::streamsize n) override {
    if (returned) read_after = true;
    return std::stringbuf::xsgetn(s, n);
  }
};
}  // namespace

TEST_CASE("serve: after exit, nothing reads the caller's input once serve has returned") {
  auto msg = [](json j) { return frame(j.dump()); };
  std::string text = msg({{"jsonrpc", "2.0"}, {"id", 1}, {"method", "shutdown"}}) +
                     msg({{"jsonrpc", "2.0"}, {"method", "exit"}});
  // Much more after `exit`, as an editor (or the fuzzer) might send before it sees the end.
  for (int i = 0; i < 20000; ++i) text += msg({{"jsonrpc", "2.0"}, {"method", "$/noise"}, {"params", {{"i", i}}}});
  // Kept alive past the test on purpose: before the fix a reader left running read it later.
  auto* buffer = new WatchedBuffer(text);
  auto* in = new std::istream(buffer);
  std::ostringstream out, log;
  serve(*in, out, log, ServerOptions{std::nullopt, *Date::parse("2026-11-01")});
  buffer->returned = true;
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  CHECK_FALSE(buffer->read_after);
  delete in;
  delete buffer;
}
