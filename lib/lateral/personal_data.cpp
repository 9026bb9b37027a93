// Finds text that looks like personal data about pupils or families. It errs towards flagging: a
// reviewer can silence a false alarm with `# lateral: ignore[personal-data]`.
#include "lateral/personal_data.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "lateral/text.hpp"

namespace lateral {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_alnum(char c) { return is_digit(c) || is_alpha(c); }

// A unique pupil number: one letter and twelve digits, standing alone.
void find_upns(std::string_view t, std::vector<PersonalDataMatch>& out) {
  for (std::size_t i = 0; i + 13 <= t.size(); ++i) {
    if (!is_alpha(t[i]) || (i > 0 && is_alnum(t[i - 1]))) continue;
    std::size_t j = i + 1;
    while (j < t.size() && is_digit(t[j])) ++j;
    if (j - i - 1 == 12 && (j == t.size() || !is_alnum(t[j]))) out.push_back({i, 13, "a pupil number (UPN)"});
  }
}

void find_emails(std::string_view t, std::vector<PersonalDataMatch>& out) {
  auto local = [](char c) { return is_alnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-'; };
  auto domain = [](char c) { return is_alnum(c) || c == '.' || c == '-'; };
  for (std::size_t at = t.find('@'); at != std::string_view::npos; at = t.find('@', at + 1)) {
    std::size_t b = at;
    while (b > 0 && local(t[b - 1])) --b;
    std::size_t e = at + 1;
    while (e < t.size() && domain(t[e])) ++e;
    while (e > at + 1 && t[e - 1] == '.') --e;
    if (b == at || e == at + 1) continue;
    const auto host = t.substr(at + 1, e - at - 1);
    const auto dot = host.rfind('.');
    if (dot == std::string_view::npos || dot == 0 || host.size() - dot - 1 < 2) continue;
    if (!std::all_of(host.begin() + static_cast<long>(dot) + 1, host.end(), is_alpha)) continue;
    out.push_back({b, e - b, "an e-mail address"});
  }
}

// UK phone numbers (0xxxx xxxxxx, +44 ...), and other international numbers written with +.
void find_phones(std::string_view t, std::vector<PersonalDataMatch>& out) {
  for (std::size_t i = 0; i < t.size(); ++i) {
    const bool plus = t[i] == '+';
    const bool paren = t[i] == '(' && i + 1 < t.size() && t[i + 1] == '0';
    if (!plus && !paren && t[i] != '0') continue;
    if (i > 0 && (is_alnum(t[i - 1]) || t[i - 1] == '-' || t[i - 1] == '/' || t[i - 1] == '.' || t[i - 1] == '+'))
      continue;
    std::size_t j = i + (plus || paren ? 1 : 0);
    int digits = 0;
    std::size_t last_digit = j;
    while (j < t.size()) {
      if (is_digit(t[j])) {
        ++digits;
        last_digit = j;
        ++j;
      } else if ((t[j] == ' ' || t[j] == '-' || t[j] == ')' || t[j] == '(') && j + 1 < t.size() &&
                 (is_digit(t[j + 1]) || (t[j] == ')' && t[j + 1] == ' ' && j + 2 < t.size() && is_digit(t[j + 2])) ||
                  (t[j] == ' ' && t[j + 1] == '(' && j + 2 < t.size() && is_digit(t[j + 2])))) {
        ++j;
      } else {
        break;
      }
    }
    if (j < t.size() && is_alpha(t[j])) continue;
    const bool uk = !plus && digits >= 10 && digits <= 11;
    const bool international = plus && digits >= 10 && digits <= 15;
    if (uk || international) {
      out.push_back({i, last_digit + 1 - i, "a phone number"});
      i = last_digit;
    }
  }
}

// "date of birth", "DOB", "born" followed closely by something that looks like a date.
void find_birth_dates(std::string_view t, std::vector<PersonalDataMatch>& out) {
  const auto lower = to_lower(t);
  static constexpr std::string_view kWords[] = {"date of birth", "d.o.b", "dob", "born on", "born"};
  static constexpr std::string_view kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                                 "jul", "aug", "sep", "oct", "nov", "dec"};
  std::size_t covered = 0;
  for (std::size_t i = 0; i < lower.size(); ++i) {
    if (i < covered || (i > 0 && is_alnum(lower[i - 1]))) continue;
    for (auto w : kWords) {
      if (lower.compare(i, w.size(), w) != 0) continue;
      const std::size_t after = i + w.size();
      if (after < lower.size() && is_alpha(lower[after])) continue;
      // Look for a date within the next 16 characters: digits with / - or . or a month name.
      const std::size_t end = std::min(lower.size(), after + 16);
      for (std::size_t k = after; k < end; ++k) {
        bool date = false;
        std::size_t stop = k;
        if (is_digit(lower[k])) {
          std::size_t m = k;
          int seps = 0;
          while (m < lower.size() && (is_digit(lower[m]) || lower[m] == '/' || lower[m] == '-' || lower[m] == '.')) {
            if (!is_digit(lower[m])) ++seps;
            ++m;
          }
          // A full stop or dash after the date ends the sentence, not the date.
          while (m > k && !is_digit(lower[m - 1])) {
            --m;
            --seps;
          }
          date = seps >= 2 || (m < lower.size() && lower[m] == ' ' &&
                               std::any_of(std::begin(kMonths), std::end(kMonths),
                                           [&](auto mo) { return lower.compare(m + 1, 3, mo) == 0; }));
          stop = m;
          if (date && seps < 2) stop = std::min(lower.size(), m + 4);
        }
        if (date) {
          out.push_back({i, stop - i, "a date of birth"});
          covered = stop;
          break;
        }
      }
      break;
    }
  }
}

void scan(const yaml::Node& n, std::string_view text, const LineIndex& lines, const std::string& file,
          std::vector<Diagnostic>& out) {
  if (n.is_map()) {
    for (const auto& [k, v] : n.entries) scan(v, text, lines, file, out);
    return;
  }
  if (n.is_sequence()) {
    for (const auto& v : n.items) scan(v, text, lines, file, out);
    return;
  }
  if (!n.is_scalar()) return;
  for (const auto& m : find_personal_data(n.value)) {
    const auto found = n.value.substr(m.offset, m.length);
    // Point at the words themselves where they stand in the file as written.
    int line = n.mark.line, column = n.mark.column, length = n.length;
    const auto window = text.substr(std::min(n.mark.offset, text.size()), n.value.size() * 2 + 256);
    if (const auto at = window.find(found); at != std::string_view::npos) {
      const auto p = lines.position(n.mark.offset + at);
      line = p.line;
      column = p.column;
      length = static_cast<int>(code_points(found));
    }
    out.push_back(Diagnostic{file, line, column, length, Severity::warning, "personal-data",
                             fmt::format("this looks like {}: `{}`", m.what, found),
                             "describe roles and groups, never an individual pupil or family; if it is not "
                             "personal data, add `# lateral: ignore[personal-data]`"});
  }
}

}  // namespace

std::vector<PersonalDataMatch> find_personal_data(std::string_view text) {
  std::vector<PersonalDataMatch> out;
  // Cheap filters first: most text holds no '@', no long digit run and no birth words.
  const bool digits = std::any_of(text.begin(), text.end(), is_digit);
  if (digits) {
    find_upns(text, out);
    find_phones(text, out);
    find_birth_dates(text, out);
  }
  if (text.find('@') != std::string_view::npos) find_emails(text, out);
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.offset < b.offset; });
  return out;
}

void scan_personal_data(const yaml::Node& root, std::string_view text, const std::string& file,
                        std::vector<Diagnostic>& out) {
  const LineIndex lines(text);
  scan(root, text, lines, file, out);
}

}  // namespace lateral
