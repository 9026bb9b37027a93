// The Language Server Protocol's base protocol: messages framed by a `Content-Length` header, as
// HTTP frames a body. Reading is separate from what the messages mean (server.hpp), so it can be
// tested on its own with partial, malformed and back-to-back messages.
#pragma once
#include <cstddef>
#include <istream>
#include <string>
#include <string_view>

namespace lateral::lsp {

// Larger bodies are refused rather than allocated: no editor sends a 64 MiB message.
inline constexpr std::size_t kMaxBody = 64 * 1024 * 1024;

struct Frame {
  enum class Kind {
    message,    // `body` holds one message's content
    malformed,  // a header block that cannot be read (`error` says why); reading goes on after it
    end,        // the stream ended (cleanly, or in the middle of a message: `error` says so)
  };
  Kind kind = Kind::end;
  std::string body;
  std::string error;
};

class FrameReader {
 public:
  explicit FrameReader(std::istream& in) : in_(in) {}
  // Blocks until a whole message, a bad header block, or the end of the stream.
  Frame next();

 private:
  std::istream& in_;
};

// `body` with its header, ready to write.
std::string frame(std::string_view body);

}  // namespace lateral::lsp
