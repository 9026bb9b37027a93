// The server's loop: a thread reads and parses messages while the main thread answers them, so
// that a burst of keystrokes is checked once (diagnostics wait until the editor pauses) and a
// request cancelled before its turn is never worked on.
#include <condition_variable>
#include <deque>
#include <iostream>
#include <memory>
#include <mutex>
#include <thread>

#include "lsp/framing.hpp"
#include "lsp/server.hpp"

namespace lateral::lsp {
namespace {

struct Incoming {
  std::optional<json> message;
  std::string error;      // when `message` is empty: why
  bool unparsable = false;  // a body that is not JSON (answered), rather than a bad header (logged)
};

struct Queue {
  std::mutex mutex;
  std::condition_variable ready;
  std::deque<Incoming> items;
  bool ended = false;  // the reader has returned: it touches the input no more
  bool stop = false;   // the server has exited: read no further
};

void read_all(std::istream& in, Queue& queue) {
  FrameReader reader(in);
  for (;;) {
    {
      std::lock_guard lock(queue.mutex);
      if (queue.stop) {
        queue.ended = true;
        queue.ready.notify_all();
        return;
      }
    }
    auto f = reader.next();
    Incoming item;
    if (f.kind == Frame::Kind::end) {
      std::lock_guard lock(queue.mutex);
      if (!f.error.empty()) queue.items.push_back({std::nullopt, f.error, false});
      queue.ended = true;
      queue.ready.notify_all();
      return;
    }
    if (f.kind == Frame::Kind::malformed) {
      item.error = f.error;
    } else {
      auto j = json::parse(f.body, nullptr, false);
      if (j.is_discarded()) {
        item.unparsable = true;
        item.error = f.body.size() > 80 ? f.body.substr(0, 80) + "..." : f.body;
      } else {
        item.message = std::move(j);
      }
    }
    std::lock_guard lock(queue.mutex);
    queue.items.push_back(std::move(item));
    queue.ready.notify_one();
  }
}

bool is_cancel(const json& m) {
  return m.is_object() && m.contains("method") && m["method"] == "$/cancelRequest" && m.contains("params") &&
         m["params"].is_object() && m["params"].contains("id");
}

}  // namespace

int serve(std::istream& in, std::ostream& out, std::ostream& log, const ServerOptions& options) {
  auto queue = std::make_shared<Queue>();
  std::thread reader([queue, &in] { read_all(in, *queue); });
  Server server(
      [&out](const json& message) {
        out << frame(message.dump(-1, ' ', false, json::error_handler_t::replace));
        out.flush();
      },
      log, options);
  bool ended = false;
  while (!server.exited()) {
    std::deque<Incoming> batch;
    {
      std::unique_lock lock(queue->mutex);
      queue->ready.wait(lock, [&] { return !queue->items.empty() || queue->ended; });
      batch.swap(queue->items);
      ended = queue->ended;
    }
    for (const auto& item : batch)
      if (item.message && is_cancel(*item.message)) server.cancel((*item.message)["params"]["id"]);
    for (const auto& item : batch) {
      if (item.message)
        server.handle(*item.message);
      else if (item.unparsable)
        server.handle_unparsable(item.error);
      else
        log << "lateral lsp: " << item.error << "\n";
      if (server.exited()) break;
    }
    if (server.exited()) break;
    bool more;
    {
      std::lock_guard lock(queue->mutex);
      more = !queue->items.empty();
    }
    if (!more) server.flush();
    if (ended && !more) {
      log << "lateral lsp: the input ended\n";
      break;
    }
  }
  // The reader must be done with the input before this returns: a caller's stream (a test's, the
  // fuzzer's) ends with the call. After `exit` the reader stops at the next message, so waiting
  // for it is short. Standard input is the exception: it may wait for ever for what the editor
  // never sends (the pipe left open), and it lives until the process ends, so the reader is left
  // to the process's exit.
  {
    std::unique_lock lock(queue->mutex);
    queue->stop = true;
  }
  if (&in == &std::cin && !ended)
    reader.detach();
  else
    reader.join();
  return server.exited() ? server.exit_code() : 0;
}

}  // namespace lateral::lsp
