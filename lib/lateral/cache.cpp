// Serialization of parse results and the per-school cache files.
#include "lateral/cache.hpp"

#include <cstring>
#include <fstream>
#include <iterator>

#include "lateral/platform.hpp"

namespace lateral {
namespace {

constexpr std::string_view kMagic = "lateral-parse-cache 3\n";

void put_u64(std::string& out, std::uint64_t v) {
  char b[8];
  std::memcpy(b, &v, 8);
  out.append(b, 8);
}
void put_str(std::string& out, std::string_view s) {
  put_u64(out, s.size());
  out.append(s);
}

class In {
 public:
  explicit In(std::string_view data) : data_(data) {}
  bool ok() const { return ok_; }
  bool done() const { return pos_ == data_.size(); }
  std::uint64_t u64() {
    if (data_.size() - pos_ < 8) return fail();
    std::uint64_t v;
    std::memcpy(&v, data_.data() + pos_, 8);
    pos_ += 8;
    return v;
  }
  std::string str() {
    const auto n = u64();
    if (!ok_ || data_.size() - pos_ < n) return fail(), std::string();
    std::string s(data_.substr(pos_, n));
    pos_ += n;
    return s;
  }
  std::string_view view() {
    const auto n = u64();
    if (!ok_ || data_.size() - pos_ < n) return fail(), std::string_view();
    auto s = data_.substr(pos_, n);
    pos_ += n;
    return s;
  }

 private:
  std::uint64_t fail() {
    ok_ = false;
    pos_ = data_.size();
    return 0;
  }
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
  n.kind = static_cast<yaml::Kind>(ks >> 8);
  n.style = static_cast<yaml::Style>(ks & 0xFF);
  const auto lc = in.u64();
  n.mark.line = static_cast<int>(lc >> 32);
  n.mark.column = static_cast<int>(lc & 0xFFFFFFFF);
  n.mark.offset = in.u64();
  n.length = static_cast<int>(in.u64());
  n.value = in.str();
  const auto items = in.u64();
  if (!in.ok() || items > (1u << 24)) return false;
  n.items.resize(items);
  for (auto& i : n.items)
    if (!get_node(in, i, depth + 1)) return false;
  const auto entries = in.u64();
  if (!in.ok() || entries > (1u << 24)) return false;
  n.entries.resize(entries);
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
  }
  return out;
}

std::optional<LoadedFile> deserialize(std::string_view blob) {
  In in(blob);
  LoadedFile lf;
  const auto flags = in.u64();
  lf.document.empty = flags & 1u;
  if (flags & 2u) {
    lf.document.root.emplace();
    if (!get_node(in, *lf.document.root, 0)) return std::nullopt;
  }
  const auto n = in.u64();
  if (!in.ok() || n > (1u << 20)) return std::nullopt;
  for (std::uint64_t i = 0; i < n && in.ok(); ++i) {
    yaml::Suppression s;
    s.line = static_cast<int>(in.u64());
    s.rule = in.str();
    s.at.line = static_cast<int>(in.u64());
    s.at.column = static_cast<int>(in.u64());
    lf.document.suppressions.push_back(std::move(s));
  }
  const auto nd = in.u64();
  if (!in.ok() || nd > (1u << 20)) return std::nullopt;
  for (std::uint64_t i = 0; i < nd && in.ok(); ++i) {
    Diagnostic d;
    d.file = in.str();
    d.line = static_cast<int>(in.u64());
    d.column = static_cast<int>(in.u64());
    d.length = static_cast<int>(in.u64());
    d.severity = static_cast<Severity>(in.u64());
    d.rule = in.str();
    d.message = in.str();
    d.hint = in.str();
    lf.diagnostics.push_back(std::move(d));
  }
  if (!in.ok() || !in.done()) return std::nullopt;
  return lf;
}

ParseCache::ParseCache(std::filesystem::path cache_file) : path_(std::move(cache_file)) {
  std::ifstream f(path_, std::ios::binary);
  if (!f) return;
  const std::string data((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
  In in(data);
  if (in.str() != std::string(kMagic) + LATERAL_VERSION) return;
  const auto count = in.u64();
  for (std::uint64_t i = 0; i < count && in.ok(); ++i) {
    auto file = in.str();
    Entry e;
    e.key.size = in.u64();
    e.key.mtime_ns = static_cast<std::int64_t>(in.u64());
    e.key.ctime_ns = static_cast<std::int64_t>(in.u64());
    e.key.inode = in.u64();
    e.blob = in.str();
    entries_.emplace(std::move(file), std::move(e));
  }
  // A damaged cache is worth nothing: start again.
  if (!in.ok() || !in.done()) entries_.clear();
}

std::optional<LoadedFile> ParseCache::find(const std::string& file, const FileKey& key) {
  auto it = entries_.find(file);
  if (it == entries_.end() || !(it->second.key == key)) return std::nullopt;
  auto lf = deserialize(it->second.blob);
  if (lf) used_.insert(file);
  return lf;
}

void ParseCache::store(const std::string& file, const FileKey& key, const LoadedFile& loaded) {
  entries_[file] = Entry{key, serialize(loaded)};
  used_.insert(file);
  dirty_ = true;
}

void ParseCache::save() {
  if (!dirty_ && used_.size() == entries_.size()) return;
  std::string out;
  put_str(out, std::string(kMagic) + LATERAL_VERSION);
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
  std::error_code ec;
  std::filesystem::create_directories(path_.parent_path(), ec);
  if (!ec) (void)platform::replace_file_quickly(path_, out);
}

}  // namespace lateral
