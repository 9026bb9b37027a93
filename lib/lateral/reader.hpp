// Reads typed values out of a YAML tree, reporting each problem at its line and column under the
// loading rules (schema, date, yaml11-bool). Every file kind's loader is written with it.
#pragma once
#include <algorithm>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lateral/date.hpp"
#include "lateral/diagnostic.hpp"
#include "lateral/yaml.hpp"

namespace lateral {

// A value and where it was written.
template <class T>
struct Located {
  T value{};
  yaml::Mark mark;
  int length = 1;
};

class Reader {
 public:
  Reader(std::string file, std::vector<Diagnostic>& out) : file_(std::move(file)), out_(out) {}

  const std::string& file() const { return file_; }
  std::vector<Diagnostic>& out() { return out_; }

  Diagnostic& report(const char* rule, const yaml::Mark& at, int length, std::string message, std::string hint = {});
  Diagnostic& report(const char* rule, const yaml::Node& at, std::string message, std::string hint = {}) {
    return report(rule, at.mark, at.length, std::move(message), std::move(hint));
  }

  struct Key {
    std::string_view name;
    bool required = true;
    const char* missing_rule = "schema";
    const char* hint = nullptr;  // how to write it, when it is missing
  };
  // Checks that `node` is a map holding only these keys and every required one. `what` names the
  // map in messages ("an evidence record"). False when it is not a map at all. Missing keys are
  // reported at `owner`, the key whose value the map is (a judgement's aspect), when there is one,
  // else at the map's first key.
  bool expect_map(const yaml::Node& node, std::initializer_list<Key> keys, std::string_view what,
                  const yaml::Node* owner = nullptr);
  bool expect_map(const yaml::Node& node, std::string_view what);  // any keys
  // Whether the last expect_map with keys found an unknown key that is a misspelling of `key`
  // (reported there): the value is written, it failed to load, so nothing may call it missing.
  bool misspelt(std::string_view key) const {
    return std::find(misspelt_.begin(), misspelt_.end(), key) != misspelt_.end();
  }

  // A required or optional value; nullopt (and a diagnostic when present but wrong) otherwise.
  std::optional<Located<std::string>> text(const yaml::Node* node, std::string_view key);
  // Text, or a number kept as written (URNs, versions).
  std::optional<Located<std::string>> text_or_number(const yaml::Node* node, std::string_view key);
  // A slug or `theme/aspect` reference: text whose form is checked by the rules that use it.
  std::optional<Located<std::string>> name(const yaml::Node* node, std::string_view key) { return text(node, key); }
  std::optional<Located<Date>> date(const yaml::Node* node, std::string_view key);
  std::optional<Located<bool>> boolean(const yaml::Node* node, std::string_view key);
  std::optional<Located<int>> whole_number(const yaml::Node* node, std::string_view key, int min, int max);
  // Lists: nullopt when the list, or any item of it, is wrong (each reported where it is).
  std::optional<std::vector<Located<std::string>>> text_list(const yaml::Node* node, std::string_view key,
                                                             bool allow_empty = false);
  std::optional<std::vector<Located<Date>>> date_list(const yaml::Node* node, std::string_view key);
  // A list node (reports when it is something else); nullptr when absent or wrong.
  const yaml::Node* list(const yaml::Node* node, std::string_view key, bool allow_empty = true);

 private:
  std::string file_;
  std::vector<Diagnostic>& out_;
  std::vector<std::string> misspelt_;
};

// Keys refused in every file: a review has no overall grade.
bool is_grade_key(std::string_view key);

}  // namespace lateral
