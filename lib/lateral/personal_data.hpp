// The `personal-data` scan: text that looks like a pupil number, an e-mail address, a phone number
// or a date of birth. Run over every value of every file as it is loaded, and before every write.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "lateral/diagnostic.hpp"
#include "lateral/yaml.hpp"

namespace lateral {

struct PersonalDataMatch {
  std::size_t offset;  // byte offset in the scanned text
  std::size_t length;  // bytes
  std::string what;    // "a pupil number (UPN)", ...
};

std::vector<PersonalDataMatch> find_personal_data(std::string_view text);

// Scans every scalar value of `root`; `text` is the file's text (after any byte-order mark), used
// to point at the flagged words themselves.
void scan_personal_data(const yaml::Node& root, std::string_view text, const std::string& file,
                        std::vector<Diagnostic>& out);

}  // namespace lateral
