// Reads the command tree out of the CLI11 app, and decides where each value comes from when a
// shell completes it.
#include "command_docs.hpp"

#include <string_view>

namespace lateral::cli {
namespace {

// Options and positionals whose values are the repository's data, by name. Names are the ones
// users see in --help; a command that names its positional `ASPECT` gets aspects.
struct DataValues {
  std::string_view name;
  std::string_view kind;  // a kind of `lateral complete-values`
};
constexpr DataValues kDataValues[] = {
    {"--aspect", "aspects"},     {"ASPECT", "aspects"},   {"--theme", "themes"},          {"THEME", "themes"},
    {"--level", "levels"},       {"LEVEL", "levels"},     {"--type", "evidence-types"},   {"--evidence", "evidence-ids"},
    {"--review", "reviews"},     {"SCHOOL", "schools"},   {"KIND", "schema-kinds"},       {"ID", "action-ids"},
    {"--by", "team-members"},    {"--support", "schools"},
};

// "TEXT:{text,json,github}" -> {"text", "json", "github"}: the choices CLI::IsMember allows.
std::vector<std::string> choices_of(const std::string& type_name) {
  const auto open = type_name.rfind('{');
  const auto close = type_name.rfind('}');
  if (open == std::string::npos || close == std::string::npos || close < open) return {};
  std::vector<std::string> out;
  std::string item;
  for (char c : type_name.substr(open + 1, close - open - 1)) {
    if (c == ',') {
      out.push_back(item);
      item.clear();
    } else {
      item += c;
    }
  }
  if (!item.empty()) out.push_back(item);
  return out;
}

ValueSource value_source(const OptionDoc& o, const std::string& full_type_name) {
  ValueSource v;
  if (auto choices = choices_of(full_type_name); !choices.empty()) {
    v.kind = ValueSource::fixed_choices;
    v.choices = std::move(choices);
    return v;
  }
  for (const auto& name : o.names)
    for (const auto& d : kDataValues)
      if (name == d.name) {
        v.kind = ValueSource::repository_data;
        v.data = std::string(d.kind);
        return v;
      }
  // The value's name says what it is: `DIR`, `FILE`, `PATH`, in the option's type or a positional's name.
  const auto t = o.value_name + " " + (o.positional ? o.names.front() : std::string());
  if (t.find("DIR") != std::string::npos) v.kind = ValueSource::directories;
  else if (t.find("FILE") != std::string::npos || t.find("PATH") != std::string::npos) v.kind = ValueSource::files;
  else if (o.long_name() == "--output") v.kind = ValueSource::files;
  return v;
}

OptionDoc describe_option(const CLI::Option& opt) {
  OptionDoc o;
  o.positional = !opt.nonpositional();
  if (o.positional) {
    o.names.push_back(opt.get_name(true));
  } else {
    for (const auto& s : opt.get_snames()) o.names.push_back("-" + s);
    for (const auto& l : opt.get_lnames()) o.names.push_back("--" + l);
  }
  o.description = opt.get_description();
  const std::string full_type = opt.get_type_name();
  if (opt.get_items_expected_max() > 0) {  // flags expect no value
    o.value_name = full_type.substr(0, full_type.find(':'));
    if (o.value_name.empty()) o.value_name = "VALUE";
  }
  o.repeatable = o.takes_value() && opt.get_expected_max() > 1;
  o.required = opt.get_required();
  o.default_value = opt.get_default_str();
  if (o.positional || o.takes_value()) o.values = value_source(o, full_type);
  return o;
}

CommandDoc describe(const CLI::App& app, std::vector<std::string> path) {
  CommandDoc c;
  c.path = std::move(path);
  c.description = app.get_description();
  c.footer = app.get_footer();
  c.needs_subcommand = app.get_require_subcommand_min() > 0;
  for (const CLI::Option* opt : app.get_options()) {
    if (opt->get_group().empty()) continue;  // hidden
    auto o = describe_option(*opt);
    (o.positional ? c.positionals : c.options).push_back(std::move(o));
  }
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App* s) { return !s->get_group().empty(); })) {
    auto sub_path = c.path;
    sub_path.push_back(sub->get_name());
    c.subcommands.push_back(describe(*sub, std::move(sub_path)));
  }
  return c;
}

void flatten_into(const CommandDoc& c, std::vector<const CommandDoc*>& out) {
  out.push_back(&c);
  for (const auto& s : c.subcommands) flatten_into(s, out);
}

}  // namespace

std::string OptionDoc::long_name() const {
  for (const auto& n : names)
    if (n.starts_with("--")) return n;
  return names.empty() ? std::string() : names.front();
}

std::string CommandDoc::name() const {
  std::string out;
  for (const auto& p : path) out += (out.empty() ? "" : " ") + p;
  return out;
}

CommandDoc describe_command_line(const CLI::App& app) { return describe(app, {}); }

std::vector<const CommandDoc*> flatten(const CommandDoc& root) {
  std::vector<const CommandDoc*> out;
  flatten_into(root, out);
  return out;
}

}  // namespace lateral::cli
