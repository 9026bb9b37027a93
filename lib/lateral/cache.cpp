// Serialization of parse results and the per-school cache files, read as untrusted input.
#include "lateral/cache.hpp"

#include <algorithm>
#include <climits>
#include <cstring>

#include "lateral/platform.hpp"

namespace fs = std::filesystem;

namespace lateral {
namespace {

// Bumped whenever the layout changes; the version of lateral is checked as well.
constexpr std::string_view kMagic = "lateral-parse-cache 6\n";
constexpr std::uint64_t kMaxVersionBytes = 64;
constexpr std::uint64_t kMaxFileNameBytes = 4096;
// The fewest bytes one serialized node, suppression, diagnostic and cache entry take: a count read
// from the file is never larger than what is left divided by these, so memory follows the bytes.
constexpr std::uint64_t kNodeBytes = 7 * 8;
constexpr std::uint64_t kSuppressionBytes = 4 * 8;
constexpr std::uint64_t kDiagnosticBytes = 9 * 8;
constexpr std::uint64_t kEditBytes = 6 * 8;
constexpr std::uint64_t kEntryBytes = 7 * 8;

void put_u64(std::string& out, std::uint64_t v) {
  char b[8];
  std::memcpy(b, &v, 8);
  out.append(b, 8);
}
void put_str(std::string& out, std::string_view s) {
  put_u64(out, s.size());
  out.append(s);
}

// A 64-bit checksum over every byte, eight at a time: random damage (a flipped bit, zeros, a
// truncation) changes it with near certainty. It is not a signature: whoever can write the cache
// can write the YAML, so the reader is also made safe for any bytes at all.
std::uint64_t checksum(std::string_view data) {
  std::uint64_t h = 0x9E3779B97F4A7C15ull ^ data.size();
  auto mix = [&h](std::uint64_t w) {
    h ^= w;
    h *= 0xFF51AFD7ED558CCDull;
    h ^= h >> 32;
  };
  std::size_t i = 0;
  for (; i + 8 <= data.size(); i += 8) {
    std::uint64_t w;
    std::memcpy(&w, data.data() + i, 8);
    mix(w);
  }
  std::uint64_t tail = 0;
  if (i < data.size()) std::memcpy(&tail, data.data() + i, data.size() - i);
  mix(tail);
  h *= 0xC4CEB9FE1A85EC53ull;
  return h ^ (h >> 29);
}

// Reads what put_u64 and put_str wrote; any read past the end, or a length larger than what is
// left, fails the whole reading (and every later read returns nothing).
class In {
 public:
  explicit In(std::string_view data) : data_(data) {}
  bool ok() const { return ok_; }
  bool done() const { return pos_ == data_.size(); }
  std::uint64_t left() const { return data_.size() - pos_; }
  std::uint64_t u64() {
    if (!ok_ || left() < 8) return fail();
    std::uint64_t v;
    std::memcpy(&v, data_.data() + pos_, 8);
    pos_ += 8;
    return v;
  }
  // A count of things that take at least `each` bytes apiece.
  std::uint64_t count(std::uint64_t each) {
    const auto n = u64();
    return n <= left() / each ? n : fail();
  }
  // An int field that serialize() wrote from a non-negative int.
  int small() {
    const auto v = u64();
    return v <= static_cast<std::uint64_t>(INT_MAX) ? static_cast<int>(v) : static_cast<int>(fail());
  }
  std::string_view view(std::uint64_t max = UINT64_MAX) {
    const auto n = u64();
    if (!ok_ || n > left() || n > max) return fail(), std::string_view();
    auto s = data_.substr(pos_, n);
    pos_ += n;
    return s;
  }
  std::string str(std::uint64_t max = UINT64_MAX) { return std::string(view(max)); }
  std::uint64_t fail() {
    ok_ = false;
    pos_ = data_.size();
    return 0;
  }

 private:
  std::string_view data_;
  std::size_t pos_ = 0;
  bool ok_ = true;
};

void put_node(std::string& out, const yaml::Node& n) {
  put_u64(out, (static_cast<std::uint64_t>(n.kind) << 8) | static_cast<std::uint64_t>(n.style));
  put_u64(out, (static_cast<std::uint64_t>(n.mark.line) << 32) | static_cast<std::uint32_t>(n.mark.column));
  put_u64(out, n.mark.offset);
  put_u64(out, static_cast<std::uint64_t>(n.length));
  put_str(out, n.value);
  put_u64(out, n.items.size());
  for (const auto& i : n.items) put_node(out, i);
  put_u64(out, n.entries.size());
  for (const auto& e : n.entries) {
    put_node(out, e.first);
    put_node(out, e.second);
  }
}

bool get_node(In& in, yaml::Node& n, int depth) {
  if (depth > yaml::kMaxDepth + 2) return false;
  const auto ks = in.u64();
  if ((ks >> 8) > static_cast<std::uint64_t>(yaml::Kind::map) || (ks & 0xFF) > static_cast<std::uint64_t>(yaml::Style::flow))
    return false;
  n.kind = static_cast<yaml::Kind>(ks >> 8);
  n.style = static_cast<yaml::Style>(ks & 0xFF);
  const auto lc = in.u64();
  if ((lc >> 32) > static_cast<std::uint64_t>(INT_MAX) || (lc & 0xFFFFFFFF) > static_cast<std::uint64_t>(INT_MAX))
    return false;
  n.mark.line = static_cast<int>(lc >> 32);
  n.mark.column = static_cast<int>(lc & 0xFFFFFFFF);
  n.mark.offset = in.u64();
  n.length = in.small();
  n.value = in.str();
  n.items.resize(in.count(kNodeBytes));
  for (auto& i : n.items)
    if (!get_node(in, i, depth + 1)) return false;
  n.entries.resize(in.count(2 * kNodeBytes));
  for (auto& e : n.entries)
    if (!get_node(in, e.first, depth + 1) || !get_node(in, e.second, depth + 1)) return false;
  return in.ok();
}

}  // namespace

std::string serialize(const LoadedFile& lf) {
  std::string out;
  put_u64(out, (lf.document.empty ? 1u : 0u) | (lf.document.root ? 2u : 0u));
  if (lf.document.root) put_node(out, *lf.document.root);
  put_u64(out, lf.document.suppressions.size());
  for (const auto& s : lf.document.suppressions) {
    put_u64(out, static_cast<std::uint64_t>(s.line));
    put_str(out, s.rule);
    put_u64(out, static_cast<std::uint64_t>(s.at.line));
    put_u64(out, static_cast<std::uint64_t>(s.at.column));
  }
  put_u64(out, static_cast<std::uint64_t>(lf.document.schema_line.line + 1));
  put_str(out, lf.document.schema_line.text);
  put_u64(out, lf.document.schema_line.crlf ? 1u : 0u);
  put_u64(out, lf.diagnostics.size());
  for (const auto& d : lf.diagnostics) {
    put_str(out, d.file);
    put_u64(out, static_cast<std::uint64_t>(d.line));
    put_u64(out, static_cast<std::uint64_t>(d.column));
    put_u64(out, static_cast<std::uint64_t>(d.length));
    put_u64(out, static_cast<std::uint64_t>(d.severity));
    put_str(out, d.rule);
    put_str(out, d.message);
    put_str(out, d.hint);
    put_u64(out, d.fix ? 1u : 0u);
    if (!d.fix) continue;
    put_str(out, d.fix->description);
    put_u64(out, d.fix->edits.size());
    for (const auto& e : d.fix->edits) {
      put_str(out, e.file);
      put_u64(out, static_cast<std::uint64_t>(e.line));
      put_u64(out, static_cast<std::uint64_t>(e.column));
      put_u64(out, static_cast<std::uint64_t>(e.end_line));
      put_u64(out, static_cast<std::uint64_t>(e.end_column));
      put_str(out, e.text);
    }
  }
  return out;
}

std::optional<LoadedFile> deserialize(std::string_view blob) {
  In in(blob);
  LoadedFile lf;
  const auto flags = in.u64();
  if (flags > 3) return std::nullopt;
  lf.document.empty = flags & 1u;
  if (flags & 2u) {
    lf.document.root.emplace();
    if (!get_node(in, *lf.document.root, 0)) return std::nullopt;
  }
  for (auto n = in.count(kSuppressionBytes); n > 0 && in.ok(); --n) {
    yaml::Suppression s;
    s.line = in.small();
    s.rule = in.str();
    s.at.line = in.small();
    s.at.column = in.small();
    lf.document.suppressions.push_back(std::move(s));
  }
  lf.document.schema_line.line = in.small() - 1;
  lf.document.schema_line.text = in.str();
  const auto crlf = in.u64();
  if (crlf > 1) return std::nullopt;
  lf.document.schema_line.crlf = crlf == 1;
  for (auto n = in.count(kDiagnosticBytes); n > 0 && in.ok(); --n) {
    Diagnostic d;
    d.file = in.str();
    d.line = in.small();
    d.column = in.small();
    d.length = in.small();
    const auto severity = in.u64();
    if (severity > static_cast<std::uint64_t>(Severity::error)) return std::nullopt;
    d.severity = static_cast<Severity>(severity);
    d.rule = in.str();
    d.message = in.str();
    d.hint = in.str();
    const auto has_fix = in.u64();
    if (has_fix > 1) return std::nullopt;
    if (has_fix) {
      d.fix.emplace();
      d.fix->description = in.str();
      for (auto k = in.count(kEditBytes); k > 0 && in.ok(); --k) {
        TextEdit e;
        e.file = in.str();
        e.line = in.small();
        e.column = in.small();
        e.end_line = in.small();
        e.end_column = in.small();
        e.text = in.str();
        d.fix->edits.push_back(std::move(e));
      }
    }
    lf.diagnostics.push_back(std::move(d));
  }
  if (!in.ok() || !in.done()) return std::nullopt;
  return lf;
}

ParseCache::ParseCache(fs::path cache_file) : path_(std::move(cache_file)) {
  // A directory, a FIFO, a link or a device where the cache file belongs is no cache, and is never
  // opened in a way that could block.
  if (auto data = platform::read_unlinked_regular_file(path_, kMaxCacheFileBytes)) read(*data);
}

ParseCache ParseCache::from_bytes(std::string_view bytes) {
  ParseCache cache;
  if (bytes.size() <= kMaxCacheFileBytes) cache.read(bytes);
  return cache;
}

void ParseCache::read(std::string_view data) {
  // The layout: magic, version, entry count, entries (file, key, blob), then the checksum of all
  // that came before it.
  if (data.size() < kMagic.size() + 8 || !data.starts_with(kMagic)) return;
  const auto body = data.substr(0, data.size() - 8);
  std::uint64_t sum;
  std::memcpy(&sum, data.data() + body.size(), 8);
  if (sum != checksum(body)) return;
  In in(body.substr(kMagic.size()));
  if (in.view(kMaxVersionBytes) != LATERAL_VERSION) return;
  std::map<std::string, Entry> entries;
  for (auto count = in.count(kEntryBytes); count > 0 && in.ok(); --count) {
    auto file = in.str(kMaxFileNameBytes);
    Entry e;
    e.key.size = in.u64();
    e.key.mtime_ns = static_cast<std::int64_t>(in.u64());
    e.key.ctime_ns = static_cast<std::int64_t>(in.u64());
    e.key.inode = in.u64();
    e.blob = in.str();
    if (file.empty() || !entries.emplace(std::move(file), std::move(e)).second) return;
  }
  // Anything short, long or repeated: the whole file is worth nothing.
  if (in.ok() && in.done()) entries_ = std::move(entries);
}

std::optional<LoadedFile> ParseCache::find(const std::string& file, const FileKey& key) {
  auto it = entries_.find(file);
  if (it == entries_.end() || !(it->second.key == key)) return std::nullopt;
  auto lf = deserialize(it->second.blob);
  if (!lf) return std::nullopt;
  // What reading this file found is about this file alone.
  for (const auto& d : lf->diagnostics) {
    if (d.file != file) return std::nullopt;
    if (d.fix)
      for (const auto& e : d.fix->edits)
        if (e.file != file) return std::nullopt;
  }
  used_.insert(file);
  return lf;
}

void ParseCache::store(const std::string& file, const FileKey& key, const LoadedFile& loaded,
                       std::int64_t examined_ns) {
  // Racily clean: changed so shortly before it was examined that a further change could keep the
  // same key. Not kept; a later run, when the file has settled, caches it.
  if (std::max(key.mtime_ns, key.ctime_ns) > examined_ns - kRacyWindowNs) {
    if (entries_.erase(file)) dirty_ = true;
    return;
  }
  entries_[file] = Entry{key, serialize(loaded)};
  used_.insert(file);
  dirty_ = true;
}

std::vector<std::pair<std::string, FileKey>> ParseCache::keys() const {
  std::vector<std::pair<std::string, FileKey>> out;
  for (const auto& [file, e] : entries_) out.emplace_back(file, e.key);
  return out;
}

std::string ParseCache::bytes() const {
  std::string out(kMagic);
  put_str(out, LATERAL_VERSION);
  std::uint64_t count = 0;
  for (const auto& [file, e] : entries_) count += used_.count(file);
  put_u64(out, count);
  for (const auto& [file, e] : entries_) {
    if (!used_.count(file)) continue;
    put_str(out, file);
    put_u64(out, e.key.size);
    put_u64(out, static_cast<std::uint64_t>(e.key.mtime_ns));
    put_u64(out, static_cast<std::uint64_t>(e.key.ctime_ns));
    put_u64(out, e.key.inode);
    put_str(out, e.blob);
  }
  return seal_cache_bytes(out);
}

std::string seal_cache_bytes(std::string_view body) {
  std::string out(body);
  put_u64(out, checksum(body));
  return out;
}

void ParseCache::save() {
  if (path_.empty() || (!dirty_ && used_.size() == entries_.size())) return;
  const auto out = bytes();
  // Too large to be read back: not worth writing.
  if (out.size() > kMaxCacheFileBytes) return;
  std::error_code ec;
  fs::create_directories(path_.parent_path(), ec);
  if (!ec) (void)platform::replace_file_quickly(path_, out);
}

std::optional<std::string> cache_directory_refusal(const fs::path& root) {
  fs::path dir = root;
  for (const auto& part : fs::path(kCacheDirectory) / "schools") {
    dir /= part;
    std::error_code ec;
    const auto st = fs::symlink_status(dir, ec);
    if (st.type() == fs::file_type::not_found) return std::nullopt;  // created as a directory when needed
    const auto shown = dir.lexically_relative(root).generic_string();
    if (st.type() == fs::file_type::symlink)
      return shown + " is a symbolic link: lateral does not follow it (it could lead out of the repository); "
                     "remove it to use the cache again";
    if (ec || st.type() != fs::file_type::directory)
      return shown + " is not a directory; remove it to use the cache again";
  }
  return std::nullopt;
}

ParsedFiles::Parsed ParsedFiles::text(const std::string& file, std::string_view text) {
  {
    std::lock_guard lock(mutex_);
    if (auto it = entries_.find(file); it != entries_.end() && it->second.text && *it->second.text == text) {
      it->second.used = true;
      return it->second.loaded;
    }
  }
  auto loaded = std::make_shared<const LoadedFile>(parse_file(text, file));
  std::lock_guard lock(mutex_);
  ++parsed_;
  entries_[file] = Entry{std::string(text), {}, loaded, true};
  return loaded;
}

ParsedFiles::Parsed ParsedFiles::find(const std::string& file, const FileKey& key) {
  std::lock_guard lock(mutex_);
  auto it = entries_.find(file);
  if (it == entries_.end() || it->second.text || !(it->second.key == key)) return nullptr;
  it->second.used = true;
  return it->second.loaded;
}

void ParsedFiles::store(const std::string& file, const FileKey& key, Parsed loaded, std::int64_t examined_ns) {
  std::lock_guard lock(mutex_);
  ++parsed_;
  // As ParseCache::store: a file changed so shortly before it was examined that a further change
  // could keep the same key is parsed again next time.
  if (std::max(key.mtime_ns, key.ctime_ns) > examined_ns - kRacyWindowNs) {
    entries_.erase(file);
    return;
  }
  entries_[file] = Entry{std::nullopt, key, std::move(loaded), true};
}

void ParsedFiles::forget_unused() {
  std::lock_guard lock(mutex_);
  std::erase_if(entries_, [](const auto& e) { return !e.second.used; });
  for (auto& [_, e] : entries_) e.used = false;
}

std::size_t ParsedFiles::size() const {
  std::lock_guard lock(mutex_);
  return entries_.size();
}

}  // namespace lateral
