// Markdown escaping and heading anchors for the rendered documents (profile, action plan).
#include "lateral/render/markdown.hpp"

#include <fmt/format.h>

#include <cctype>

namespace lateral::markdown {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

}  // namespace

std::string one_line(std::string_view text) {
  std::string out;
  bool space = false;
  for (char c : text) {
    if (is_space(c)) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

namespace {

// `&` starts a character reference only when a name or number and `;` follow: `&amp;`, `&#38;`.
bool starts_entity(std::string_view s) {
  std::size_t i = 1;
  if (i < s.size() && s[i] == '#') ++i;
  const std::size_t first = i;
  while (i < s.size() && std::isalnum(static_cast<unsigned char>(s[i]))) ++i;
  return i > first && i < s.size() && s[i] == ';';
}

bool starts_url(std::string_view s) { return s.starts_with("https://") || s.starts_with("http://"); }

// Characters that are markup wherever they stand in GitHub-flavoured Markdown.
bool always_escaped(char c) {
  switch (c) {
    case '\\': case '`': case '*': case '_': case '[': case ']': case '<': case '#': case '~': case '|':
      return true;
    default:
      return false;
  }
}

// At the start of a line these open a block: a quote, a list, a heading underline, a numbered list.
std::string escape_line_start(std::string s) {
  if (s.empty()) return s;
  const char c = s[0];
  if (c == '>' || c == '-' || c == '+' || c == '=') return "\\" + s;
  std::size_t digits = 0;
  while (digits < s.size() && std::isdigit(static_cast<unsigned char>(s[digits]))) ++digits;
  const bool list_marker = digits > 0 && digits <= 9 && digits < s.size() && (s[digits] == '.' || s[digits] == ')') &&
                           (digits + 1 == s.size() || s[digits + 1] == ' ');
  if (list_marker)
    s.insert(digits, "\\");
  return s;
}

// Decodes one UTF-8 code point at `i` (the text is valid UTF-8: the loader checked it).
char32_t decode(std::string_view s, std::size_t& i) {
  const auto b = static_cast<unsigned char>(s[i]);
  int extra = b < 0x80 ? 0 : b < 0xE0 ? 1 : b < 0xF0 ? 2 : 3;
  char32_t cp = extra == 0 ? b : extra == 1 ? (b & 0x1F) : extra == 2 ? (b & 0x0F) : (b & 0x07);
  ++i;
  for (; extra > 0 && i < s.size(); --extra, ++i) cp = (cp << 6) | (static_cast<unsigned char>(s[i]) & 0x3F);
  return cp;
}

// Punctuation and symbols GitHub's slugger drops (it keeps letters, marks, numbers, `_` and `-`).
// The ranges cover what the files of a partnership hold: Latin-1 punctuation, dashes, quotes,
// arrows, shapes and emoji.
bool dropped_from_slug(char32_t cp) {
  if (cp < 0x80) {
    const char c = static_cast<char>(cp);
    return !(std::isalnum(static_cast<unsigned char>(c)) || c == ' ' || c == '-' || c == '_');
  }
  return (cp >= 0xA0 && cp <= 0xBF) || cp == 0xD7 || cp == 0xF7 || (cp >= 0x2000 && cp <= 0x2BFF) ||
         (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF01 && cp <= 0xFF0F) ||
         cp >= 0x1F000;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// Lower case for the scripts the slugger meets here: ASCII, Latin-1 and Latin Extended-A.
char32_t lower(char32_t cp) {
  if (cp >= 'A' && cp <= 'Z') return cp + 32;
  if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return cp + 32;
  if (cp >= 0x100 && cp <= 0x17F && cp % 2 == 0 && cp != 0x130 && cp != 0x138) return cp + 1;
  return cp;
}

}  // namespace

std::string inline_text(std::string_view text) {
  const std::string line = one_line(text);
  std::string out;
  std::string_view rest = line;
  while (!rest.empty()) {
    const bool word_start = out.empty() || out.back() == ' ' || out.back() == '(';
    if (word_start && starts_url(rest)) {
      std::size_t end = 0;
      while (end < rest.size() && rest[end] != ' ' && rest[end] != '<' && rest[end] != '>') ++end;
      // Sentence punctuation after an address belongs to the sentence.
      while (end > 0 && std::string_view(".,;:!?)'\"").find(rest[end - 1]) != std::string_view::npos) --end;
      out += '<';
      out += rest.substr(0, end);
      out += '>';
      rest.remove_prefix(end);
      continue;
    }
    const char c = rest[0];
    if (always_escaped(c) || (c == '&' && starts_entity(rest))) out += '\\';
    out += c;
    rest.remove_prefix(1);
  }
  return escape_line_start(std::move(out));
}

std::vector<std::string> paragraphs(std::string_view text) {
  std::vector<std::string> out;
  for (const auto& p : plain_paragraphs(text)) out.push_back(inline_text(p));
  return out;
}

std::vector<std::string> plain_paragraphs(std::string_view text) {
  std::vector<std::string> out;
  std::string current;
  auto flush = [&] {
    auto p = one_line(current);
    if (!p.empty()) out.push_back(std::move(p));
    current.clear();
  };
  std::size_t start = 0;
  while (start <= text.size()) {
    auto end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    const auto line = text.substr(start, end - start);
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) {
      flush();
    } else {
      current += line;
      current += '\n';
    }
    start = end + 1;
  }
  flush();
  return out;
}

std::string cell(std::string_view text) {
  auto out = inline_text(text);
  return out.empty() ? std::string("—") : out;
}

std::string trimmed(std::string_view text) {
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  return std::string(text);
}

std::string github_slug(std::string_view heading_text) {
  std::string out;
  const auto text = one_line(heading_text);
  for (std::size_t i = 0; i < text.size();) {
    const char32_t cp = decode(text, i);
    if (cp == ' ')
      out += '-';
    else if (!dropped_from_slug(cp))
      append_utf8(out, lower(cp));
  }
  return out;
}

std::string Anchors::add(std::string_view heading_text) {
  const auto slug = github_slug(heading_text);
  const int n = seen_[slug]++;
  return n == 0 ? slug : fmt::format("{}-{}", slug, n);
}

}  // namespace lateral::markdown
