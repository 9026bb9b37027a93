// Reading and writing Content-Length framed messages.
#include "lsp/framing.hpp"

#include <charconv>
#include <optional>

namespace lateral::lsp {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if ((a[i] | 0x20) != (b[i] | 0x20)) return false;
  return true;
}

}  // namespace

Frame FrameReader::next() {
  // Header lines end with CRLF (a bare LF is accepted too); an empty line ends the header block.
  bool any_header = false;
  std::optional<std::size_t> length;
  std::string error;
  for (std::string line;;) {
    if (!std::getline(in_, line)) {
      Frame f;
      if (any_header) f.error = "the input ended inside a message header";
      return f;
    }
    const auto l = trim(line);
    if (l.empty()) {
      if (!any_header) continue;  // stray blank lines between messages
      break;
    }
    any_header = true;
    const auto colon = l.find(':');
    if (colon == std::string_view::npos) {
      error = "a header line without a colon: " + std::string(l.substr(0, 80));
      continue;
    }
    const auto name = trim(l.substr(0, colon));
    const auto value = trim(l.substr(colon + 1));
    if (!iequals(name, "Content-Length")) continue;  // Content-Type and others say nothing we need
    std::size_t n = 0;
    const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
    if (ec != std::errc() || end != value.data() + value.size())
      error = "Content-Length is not a number: " + std::string(value.substr(0, 40));
    else if (n > kMaxBody)
      error = "Content-Length " + std::to_string(n) + " is larger than the " + std::to_string(kMaxBody) + " bytes allowed";
    else
      length = n;
  }
  // A header line that cannot be read is passed over when the length is known: the body can still be.
  if (!length) return Frame{Frame::Kind::malformed, {}, error.empty() ? "a message header without Content-Length" : error};
  Frame f{Frame::Kind::message, std::string(*length, '\0'), {}};
  in_.read(f.body.data(), static_cast<std::streamsize>(*length));
  if (static_cast<std::size_t>(in_.gcount()) != *length)
    return Frame{Frame::Kind::end, {}, "the input ended inside a message body"};
  return f;
}

std::string frame(std::string_view body) {
  std::string out = "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n";
  out += body;
  return out;
}

}  // namespace lateral::lsp
