// lateral completion bash|zsh|fish: shell completion scripts generated from the command line
// itself (CLI11 has none), and lateral complete-values KIND, which the scripts call back for
// values that live in the repository: aspects, levels, evidence ids, reviews, schools.
#include <fmt/format.h>

#include <iostream>

#include "../app.hpp"
#include "../command_docs.hpp"
#include "lateral/framework.hpp"
#include "lateral/loader.hpp"
#include "lateral/text.hpp"

namespace lateral::cli {
namespace {

// ---- what the three scripts share -----------------------------------------------------------

std::string sh_quoted(std::string_view s) {  // a single-quoted word for sh, zsh and fish alike
  std::string out = "'";
  for (char c : s) {
    if (c == '\'') out += "'\\''";
    else if (c == '\n') out += ' ';
    else out += c;
  }
  return out + "'";
}

// fish does not take '\'' inside single quotes: it escapes with a backslash instead.
std::string fish_quoted(std::string_view s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'' || c == '\\') out += '\\';
    out += c == '\n' ? ' ' : c;
  }
  return out + "'";
}

// Words quoted one by one and joined: "'a' 'b'", or "'a'|'b'" for a case pattern.
std::string quoted_words(const std::vector<std::string>& words, std::string (*quote)(std::string_view),
                         std::string_view separator = " ") {
  std::string out;
  for (const auto& w : words) out += (out.empty() ? "" : std::string(separator)) + quote(w);
  return out;
}

// The first sentence of a description, for the one-line descriptions shells show.
std::string brief(const std::string& description) {
  auto line = description.substr(0, description.find('\n'));
  if (line.size() > 80) line = line.substr(0, 77) + "...";
  return line;
}

// Options a command accepts: its own, then lateral's global ones (CLI11 passes them up).
std::vector<const OptionDoc*> accepted_options(const CommandDoc& c, const CommandDoc& root) {
  std::vector<const OptionDoc*> out;
  for (const auto& o : c.options) out.push_back(&o);
  if (&c == &root) return out;
  for (const auto& g : root.options) {
    const bool shadowed = std::any_of(c.options.begin(), c.options.end(), [&](const OptionDoc& o) { return o.names == g.names; });
    if (!shadowed) out.push_back(&g);
  }
  return out;
}

// One completion rule: for these "COMMAND OPTION" or "COMMAND #N" keys, complete these values.
struct ValueRule {
  std::vector<std::string> keys;  // "check --format", "benchmark #0"
  bool any_position_from = false;  // the key's #N stands for N and every later position
  ValueSource values;
};

std::vector<ValueRule> value_rules(const CommandDoc& root) {
  std::vector<ValueRule> rules;
  for (const auto* c : flatten(root)) {
    for (const auto& o : c->options) {
      if (!o.takes_value()) continue;
      ValueRule r;
      for (const auto& n : o.names) r.keys.push_back(c->name() + " " + n);
      r.values = o.values;
      rules.push_back(std::move(r));
    }
    for (std::size_t i = 0; i < c->positionals.size(); ++i) {
      const auto& p = c->positionals[i];
      const bool last = i + 1 == c->positionals.size();
      rules.push_back(ValueRule{{fmt::format("{} #{}", c->name(), i)}, last && p.repeatable, p.values});
    }
  }
  return rules;
}

// "COMMAND OPTION" for every option that takes a value (or, with `repeatable`, several: CLI11 then
// takes the words after it as its values too, until the next option).
std::vector<std::string> option_keys(const CommandDoc& root, bool repeatable) {
  std::vector<std::string> keys;
  for (const auto* c : flatten(root))
    for (const auto& o : c->options)
      if (o.takes_value() && (o.repeatable || !repeatable))
        for (const auto& n : o.names) keys.push_back(c->name() + " " + n);
  return keys;
}

// ---- bash ------------------------------------------------------------------------------------

std::string sh_case_pattern(const ValueRule& r) {
  std::string out;
  for (const auto& k : r.keys) {
    if (!out.empty()) out += '|';
    if (r.any_position_from) {
      // "check #0" -> 'check #'* : any position from there on (the last positional repeats).
      out += sh_quoted(k.substr(0, k.rfind('#') + 1)) + "*";
    } else {
      out += sh_quoted(k);
    }
  }
  return out;
}

std::string bash_action(const ValueSource& v) {
  switch (v.kind) {
    case ValueSource::fixed_choices: return "_lateral_choices " + sh_quoted(join(v.choices, " "));
    case ValueSource::files: return "_lateral_files";
    case ValueSource::directories: return "_lateral_dirs";
    case ValueSource::repository_data: return "_lateral_data " + v.data;
    case ValueSource::any_text: break;
  }
  return "COMPREPLY=()";
}

// The case arms both sh-like scripts share: subcommands, options and option values per command.
std::string sh_tables(const CommandDoc& root, bool with_descriptions) {
  // zsh's _describe splits "word:description" at the first unescaped colon.
  auto entry = [&](const std::string& word, const std::string& description) {
    return with_descriptions ? word + ":" + brief(description) : word;
  };
  std::string subs, opts;
  for (const auto* c : flatten(root)) {
    std::vector<std::string> words;
    for (const auto& s : c->subcommands) words.push_back(entry(s.path.back(), s.description));
    if (!words.empty())
      subs += fmt::format("    {}) printf '%s\\n' {} ;;\n", sh_quoted(c->name()), quoted_words(words, sh_quoted));
    std::vector<std::string> options;
    for (const auto* opt : accepted_options(*c, root))
      for (const auto& n : opt->names) options.push_back(entry(n, opt->description));
    opts += fmt::format("    {}) printf '%s\\n' {} ;;\n", sh_quoted(c->name()), quoted_words(options, sh_quoted));
  }
  auto alternatives = [](const std::vector<std::string>& keys) {
    return keys.empty() ? sh_quoted("") : quoted_words(keys, sh_quoted, "|");
  };
  return fmt::format(
      "# The subcommands of a command (\"\" is lateral itself), one a line.\n"
      "_lateral_subcommands() {{\n"
      "  case $1 in\n{}  esac\n}}\n\n"
      "# The options a command accepts, one a line.\n"
      "_lateral_options() {{\n"
      "  case $1 in\n{}  esac\n}}\n\n"
      "# Whether option $2 of command $1 takes a value.\n"
      "_lateral_takes_value() {{\n"
      "  case \"$1 $2\" in\n    {}) return 0 ;;\n  esac\n  return 1\n}}\n\n"
      "# Whether option $2 of command $1 takes several values: the words after it, up to the next option.\n"
      "_lateral_repeats() {{\n"
      "  case \"$1 $2\" in\n    {}) return 0 ;;\n  esac\n  return 1\n}}\n",
      subs, opts, alternatives(option_keys(root, false)), alternatives(option_keys(root, true)));
}

std::string sh_value_function(const CommandDoc& root, std::string (*action)(const ValueSource&)) {
  std::string arms;
  for (const auto& r : value_rules(root)) arms += fmt::format("    {}) {} ;;\n", sh_case_pattern(r), action(r.values));
  return fmt::format(
      "# Completes the value of option $2 of command $1, or its positional number $2 (#0, #1, ...).\n"
      "_lateral_complete_value() {{\n"
      "  case \"$1 $2\" in\n{}    *) return 1 ;;\n  esac\n}}\n",
      arms);
}

std::string bash_script(const CommandDoc& root) {
  return "# bash completion for lateral. Generated by `lateral completion bash` from lateral's own command\n"
         "# line; values that live in the repository come from `lateral complete-values`.\n\n" +
         sh_tables(root, false) + "\n" + sh_value_function(root, bash_action) + R"BASH(
_lateral_choices() { mapfile -t COMPREPLY < <(compgen -W "$1" -- "$cur"); }
_lateral_files() { compopt -o filenames 2>/dev/null; mapfile -t COMPREPLY < <(compgen -f -- "$cur"); }
_lateral_dirs() { compopt -o filenames 2>/dev/null; mapfile -t COMPREPLY < <(compgen -d -- "$cur"); }

# Asks lateral (the one being completed) for values from the repository: aspects, evidence ids...
_lateral_data() {
  local lateral=${COMP_WORDS[0]} line
  [[ $lateral == '~/'* ]] && lateral=$HOME/${lateral#'~/'}
  local -a args=()
  [[ -n $_lateral_repo ]] && args+=(--repo "$_lateral_repo")
  args+=(complete-values "$1")
  [[ -n $_lateral_review ]] && args+=(--review "$_lateral_review")
  for line in "${_lateral_given[@]}"; do args+=(--except "$line"); done
  COMPREPLY=()
  local typed=${cur//\\/} quoted
  while IFS= read -r line; do
    line=${line%%$'\t'*}
    [[ $line == "$typed"* ]] || continue
    printf -v quoted '%q' "$line" # a team member's name has spaces
    COMPREPLY+=("$quoted")
  done < <("$lateral" "${args[@]}" 2>/dev/null)
}

# The values already given to repeatable option $1 on the line (CLI11 takes every word after it, up
# to the next option, and the option may be repeated): they are not offered again.
_lateral_given_to() {
  local i word current=''
  _lateral_given=()
  for ((i = 1; i < COMP_CWORD; i++)); do
    word=${COMP_WORDS[i]}
    if [[ $word == -* ]]; then
      current=$word
      [[ ${COMP_WORDS[i + 1]-} == = ]] && ((i += 1))
    elif [[ $current == "$1" ]]; then
      _lateral_given+=("$word")
    fi
  done
}

_lateral() {
  local cur=${COMP_WORDS[COMP_CWORD]} cmd='' word value i npos=0 option='' greedy=''
  local _lateral_repo='' _lateral_review=''
  local -a _lateral_given=()
  COMPREPLY=()
  # The words before the cursor: which command, which option values, how many positionals.
  for ((i = 1; i < COMP_CWORD; i++)); do
    word=${COMP_WORDS[i]}
    if [[ $word == -* ]]; then
      value='' greedy=''
      if [[ ${COMP_WORDS[i + 1]-} == = ]]; then # --option=value: bash splits at '='
        value=${COMP_WORDS[i + 2]-}
        ((i += 2))
      elif _lateral_takes_value "$cmd" "$word" || _lateral_takes_value '' "$word"; then
        value=${COMP_WORDS[i + 1]-}
        ((i += 1))
        _lateral_repeats "$cmd" "$word" && greedy=$word
      fi
      [[ $word == --repo ]] && _lateral_repo=$value
      [[ $word == --review ]] && _lateral_review=$value
    elif [[ -n $greedy ]]; then
      : # one more value of a repeatable option: CLI11 takes it too
    elif ((npos == 0)) && _lateral_subcommands "$cmd" | grep -qxF -- "$word"; then
      cmd=${cmd:+$cmd }$word
    else
      ((npos += 1))
    fi
  done

  local prev=${COMP_WORDS[COMP_CWORD - 1]-}
  if [[ $cur == = && $prev == -* ]]; then
    option=$prev cur=''
  elif [[ $prev == = ]] && ((COMP_CWORD >= 2)) && [[ ${COMP_WORDS[COMP_CWORD - 2]} == -* ]]; then
    option=${COMP_WORDS[COMP_CWORD - 2]}
  elif [[ $prev == -* ]] && ((COMP_CWORD >= 2)) && { _lateral_takes_value "$cmd" "$prev" || _lateral_takes_value '' "$prev"; }; then
    option=$prev
  elif [[ -n $greedy && $cur != -* ]]; then
    option=$greedy
  fi
  if [[ -n $option ]]; then
    _lateral_repeats "$cmd" "$option" && _lateral_given_to "$option"
    _lateral_complete_value "$cmd" "$option" || _lateral_complete_value '' "$option"
    return 0
  fi
  if [[ $cur == -* ]]; then
    mapfile -t COMPREPLY < <(compgen -W "$(_lateral_options "$cmd")" -- "$cur")
    return 0
  fi
  if ((npos == 0)); then
    mapfile -t COMPREPLY < <(compgen -W "$(_lateral_subcommands "$cmd")" -- "$cur")
    ((${#COMPREPLY[@]})) && return 0
  fi
  _lateral_complete_value "$cmd" "#$npos" || true
}

complete -F _lateral lateral
)BASH";
}

// ---- zsh -------------------------------------------------------------------------------------

std::string zsh_action(const ValueSource& v) {
  switch (v.kind) {
    case ValueSource::fixed_choices: return "compadd -- " + quoted_words(v.choices, sh_quoted);
    case ValueSource::files: return "_files";
    case ValueSource::directories: return "_directories";
    case ValueSource::repository_data: return "_lateral_data " + v.data;
    case ValueSource::any_text: break;
  }
  return "_message 'text'";
}

std::string zsh_script(const CommandDoc& root) {
  return "#compdef lateral\n"
         "# zsh completion for lateral. Generated by `lateral completion zsh` from lateral's own command\n"
         "# line; values that live in the repository come from `lateral complete-values`. Install it as\n"
         "# _lateral in a directory of $fpath, or source it after compinit.\n\n" +
         sh_tables(root, true) + "\n" + sh_value_function(root, zsh_action) + R"ZSH(
# Asks lateral (the one being completed) for values from the repository: aspects, evidence ids...
_lateral_data() {
  local lateral=${(Q)words[1]} line
  lateral=${lateral/#\~/$HOME}
  local -a args values
  [[ -n $_lateral_repo ]] && args+=(--repo "$_lateral_repo")
  args+=(complete-values "$1")
  [[ -n $_lateral_review ]] && args+=(--review "$_lateral_review")
  for line in "${_lateral_given[@]}"; do args+=(--except "$line"); done
  for line in ${(f)"$("$lateral" "${args[@]}" 2>/dev/null)"}; do
    if [[ $line == *$'\t'* ]]; then
      values+=("${${line%%$'\t'*}//:/\\:}:${line#*$'\t'}")
    else
      values+=("${line//:/\\:}")
    fi
  done
  _describe -t values "$1" values
}

# The values already given to repeatable option $1 on the line (CLI11 takes every word after it, up
# to the next option, and the option may be repeated): they are not offered again.
_lateral_given_to() {
  local i word current=''
  _lateral_given=()
  for ((i = 2; i < CURRENT; i++)); do
    word=${words[i]}
    if [[ $word == -*=* ]]; then
      current=${word%%=*}
      [[ $current == "$1" ]] && _lateral_given+=("${(Q)word#*=}")
    elif [[ $word == -* ]]; then
      current=$word
    elif [[ $current == "$1" ]]; then
      _lateral_given+=("${(Q)word}")
    fi
  done
}

_lateral() {
  local cur=${words[CURRENT]} cmd='' word value option='' i npos=0 greedy=''
  local _lateral_repo='' _lateral_review=''
  local -a choices _lateral_given
  # The words before the cursor: which command, which option values, how many positionals.
  for ((i = 2; i < CURRENT; i++)); do
    word=${words[i]}
    if [[ $word == -*=* ]]; then
      value=${(Q)word#*=} greedy=''
      [[ $word == --repo=* ]] && _lateral_repo=$value
      [[ $word == --review=* ]] && _lateral_review=$value
    elif [[ $word == -* ]]; then
      greedy=''
      if _lateral_takes_value "$cmd" "$word" || _lateral_takes_value '' "$word"; then
        value=${(Q)words[i + 1]}
        ((i += 1))
        [[ $word == --repo ]] && _lateral_repo=$value
        [[ $word == --review ]] && _lateral_review=$value
        _lateral_repeats "$cmd" "$word" && greedy=$word
      fi
    elif [[ -n $greedy ]]; then
      : # one more value of a repeatable option: CLI11 takes it too
    elif ((npos == 0)) && _lateral_subcommands "$cmd" | cut -d: -f1 | grep -qxF -- "$word"; then
      cmd=${cmd:+$cmd }$word
    else
      ((npos += 1))
    fi
  done

  local prev=${words[CURRENT - 1]}
  if [[ $cur == -*=* ]]; then
    option=${cur%%=*}
    compset -P '*='
  elif ((CURRENT > 2)) && [[ $prev == -* ]] && { _lateral_takes_value "$cmd" "$prev" || _lateral_takes_value '' "$prev"; }; then
    option=$prev
  elif [[ -n $greedy && $cur != -* ]]; then
    option=$greedy
  fi
  if [[ -n $option ]]; then
    _lateral_repeats "$cmd" "$option" && _lateral_given_to "$option"
    _lateral_complete_value "$cmd" "$option" || _lateral_complete_value '' "$option"
    return
  fi
  if [[ $cur == -* ]]; then
    choices=(${(f)"$(_lateral_options "$cmd")"})
    _describe -t options option choices
    return
  fi
  if ((npos == 0)); then
    choices=(${(f)"$(_lateral_subcommands "$cmd")"})
    if (($#choices)); then
      _describe -t commands command choices
      return
    fi
  fi
  _lateral_complete_value "$cmd" "#$npos"
}

if [[ $zsh_eval_context[-1] == loadautofunc ]]; then
  _lateral "$@"  # autoloaded from $fpath
else
  compdef _lateral lateral  # sourced
fi
)ZSH";
}

// ---- fish ------------------------------------------------------------------------------------

std::string fish_script(const CommandDoc& root) {
  const auto takes = " " + quoted_words(option_keys(root, false), fish_quoted);
  const auto repeats = " " + quoted_words(option_keys(root, true), fish_quoted);
  std::string subs;
  for (const auto* c : flatten(root)) {
    if (c->subcommands.empty()) continue;
    subs += fmt::format("        case {}\n", fish_quoted(c->name()));
    for (const auto& s : c->subcommands)
      subs += fmt::format("            printf '%s\\t%s\\n' {} {}\n", fish_quoted(s.path.back()), fish_quoted(brief(s.description)));
  }

  std::string out =
      "# fish completion for lateral. Generated by `lateral completion fish` from lateral's own command\n"
      "# line; values that live in the repository come from `lateral complete-values`.\n\n"
      "# The subcommands of a command (\"\" is lateral itself), with descriptions.\n"
      "function __lateral_subcommands --argument-names cmd\n"
      "    switch \"$cmd\"\n" +
      subs +
      "    end\nend\n\n"
      "# Whether option $argv[2] of command $argv[1] takes a value.\n"
      "function __lateral_takes_value --argument-names cmd option\n"
      "    contains -- \"$cmd $option\"" + takes + "\n"
      "end\n\n"
      "# Whether it takes several values: the words after it, up to the next option.\n"
      "function __lateral_repeats --argument-names cmd option\n"
      "    contains -- \"$cmd $option\"" + repeats + "\n"
      "end\n" + R"FISH(
# Where the command line is: the command, the positionals given, --repo/--review if given, and the
# repeatable option whose values are being typed (CLI11 takes every word up to the next option).
function __lateral_state
    set -l words (commandline -opc)
    set -l cmd ''
    set -l npos 0
    set -l repo ''
    set -l review ''
    set -l greedy ''
    set -l i 2
    while test $i -le (count $words)
        set -l word $words[$i]
        switch $word
            case '--repo=*'
                set repo (string replace -- '--repo=' '' $word)
                set greedy ''
            case '--review=*'
                set review (string replace -- '--review=' '' $word)
                set greedy ''
            case '-*'
                set greedy ''
                if __lateral_takes_value "$cmd" $word; or __lateral_takes_value '' $word
                    set i (math $i + 1)
                    test "$word" = --repo; and set repo $words[$i]
                    test "$word" = --review; and set review $words[$i]
                    __lateral_repeats "$cmd" $word; and set greedy $word
                end
            case '*'
                if test -n "$greedy"
                    # one more value of a repeatable option
                else if test $npos -eq 0; and contains -- $word (__lateral_subcommands "$cmd" | string replace -r '\t.*' '')
                    set cmd (string trim -- "$cmd $word")
                else
                    set npos (math $npos + 1)
                end
        end
        set i (math $i + 1)
    end
    printf '%s\n' "$cmd" $npos "$repo" "$review" "$greedy"
end

# True while typing more values of repeatable option $argv[2] of command $argv[1].
function __lateral_more --argument-names cmd option
    set -l state (__lateral_state)
    test "$state[1]" = "$cmd" -a "$state[5]" = "$option"
end

# True in command $argv[1]; with $argv[2], at that positional (N, or N+ for N and later).
function __lateral_at
    set -l state (__lateral_state)
    test "$state[1]" = "$argv[1]"; or return 1
    test (count $argv) -ge 2; or return 0
    test -z "$state[5]"; or return 1
    switch $argv[2]
        case '*+'
            test $state[2] -ge (string trim -r -c + -- $argv[2])
        case '*'
            test $state[2] -eq $argv[2]
    end
end

# Asks lateral (the one being completed) for values from the repository: aspects, evidence ids...
# With a repeatable option's name, the values already given to it on the line are left out.
function __lateral_values --argument-names kind option
    set -l state (__lateral_state)
    set -l words (commandline -opc)
    set -l args
    test -n "$state[3]"; and set args $args --repo $state[3]
    set args $args complete-values $kind
    test -n "$state[4]"; and set args $args --review $state[4]
    if test -n "$option"
        set -l current ''
        for word in $words[2..-1]
            switch $word
                case "$option=*"
                    set args $args --except (string replace -- "$option=" '' $word)
                    set current ''
                case '-*'
                    set current $word
                case '*'
                    test "$current" = "$option"; and set args $args --except $word
            end
        end
    end
    command $words[1] $args 2>/dev/null
end

complete -c lateral -f
)FISH";

  // `option`: a repeatable option's name, whose values already given are not offered again.
  auto value_flags = [](const ValueSource& v, const std::string& option = {}) -> std::string {
    switch (v.kind) {
      case ValueSource::fixed_choices: return "-x -a " + fish_quoted(join(v.choices, " "));
      case ValueSource::files: return "-r -F";
      case ValueSource::directories: return "-x -a '(__fish_complete_directories)'";
      case ValueSource::repository_data:
        return "-x -a " + fish_quoted("(__lateral_values " + v.data + (option.empty() ? "" : " " + option) + ")");
      case ValueSource::any_text: break;
    }
    return "-x";
  };
  for (const auto* c : flatten(root)) {
    const auto at = fmt::format("__lateral_at {}", fish_quoted(c->name()));
    for (const auto& s : c->subcommands)
      out += fmt::format("complete -c lateral -n {} -a {} -d {}\n", fish_quoted(at + " 0"), fish_quoted(s.path.back()),
                         fish_quoted(brief(s.description)));
    for (const auto& o : c->options) {
      // lateral's own options (--help among them) are declared once, for every command.
      const bool global = std::any_of(root.options.begin(), root.options.end(), [&](const OptionDoc& g) { return g.names == o.names; });
      if (global && !c->path.empty()) continue;
      std::string names;
      for (const auto& n : o.names)
        names += n.starts_with("--") ? fmt::format(" -l {}", n.substr(2)) : fmt::format(" -s {}", n.substr(1));
      const auto condition = c->path.empty() ? std::string() : fmt::format(" -n {}", fish_quoted(at));
      const auto given = o.repeatable ? o.long_name() : std::string();
      out += fmt::format("complete -c lateral{}{}{} -d {}\n", condition, names,
                         o.takes_value() ? " " + value_flags(o.values, given) : std::string(),
                         fish_quoted(brief(o.description)));
      if (o.repeatable && o.values.kind != ValueSource::any_text && o.values.kind != ValueSource::files)
        out += fmt::format("complete -c lateral -n {} {} -d {}\n",
                           fish_quoted(fmt::format("__lateral_more {} {}", fish_quoted(c->name()), o.long_name())),
                           value_flags(o.values, given), fish_quoted(brief(o.description)));
    }
    for (std::size_t i = 0; i < c->positionals.size(); ++i) {
      const auto& p = c->positionals[i];
      const bool rest = p.repeatable && i + 1 == c->positionals.size();
      const auto where = fmt::format("{} {}{}", at, i, rest ? "+" : "");
      auto flags = value_flags(p.values);
      if (flags == "-r -F") flags = "-F";  // a positional file: no option to require
      if (flags == "-x") continue;         // free text: nothing to offer
      out += fmt::format("complete -c lateral -n {} {} -d {}\n", fish_quoted(where), flags, fish_quoted(p.names.front()));
    }
  }
  return out;
}

// ---- complete-values -------------------------------------------------------------------------

struct Value {
  std::string word;
  std::string description;
};

struct ValuesContext {
  const Repository* repo = nullptr;  // null outside a repository
  const Review* review = nullptr;    // the review in scope, if any
  const Framework& framework() const {
    if (review && review->framework) return *review->framework;
    if (repo && repo->framework) return *repo->framework;
    return builtin_framework();
  }
};

struct ValuesKind {
  const char* name;
  const char* what;
  std::vector<Value> (*list)(const ValuesContext&);
};

constexpr ValuesKind kValueKinds[] = {
    {"aspects", "THEME/ASPECT references of the framework in force",
     [](const ValuesContext& c) {
       std::vector<Value> out;
       for (const auto& t : c.framework().themes)
         for (const auto& a : t.aspects) out.push_back({a.ref, a.name});
       return out;
     }},
    {"themes", "theme ids of the framework in force",
     [](const ValuesContext& c) {
       std::vector<Value> out;
       for (const auto& t : c.framework().themes) out.push_back({t.id, t.name});
       return out;
     }},
    {"levels", "level ids of the framework in force, lowest first",
     [](const ValuesContext& c) {
       std::vector<Value> out;
       for (const auto& l : c.framework().levels) out.push_back({l.id, l.name});
       return out;
     }},
    {"evidence-types", "evidence types of the framework in force",
     [](const ValuesContext& c) {
       std::vector<Value> out;
       for (const auto& t : c.framework().evidence_types) out.push_back({t.id, t.name});
       return out;
     }},
    {"evidence-ids", "evidence ids of the review in scope",
     [](const ValuesContext& c) {
       std::vector<Value> out;
       if (c.review)
         for (const auto& e : c.review->evidence)
           out.push_back({e.id, e.type ? e.type->value + (e.by ? ", " + e.by->value : std::string()) : std::string()});
       return out;
     }},
    {"team-members", "the names of the team of the review in scope",
     [](const ValuesContext& c) {
       std::vector<Value> out;
       if (c.review && c.review->plan.team)
         for (const auto& m : *c.review->plan.team) {
           std::string about = m.role ? m.role->value : std::string();
           if (m.school) about += (about.empty() ? "" : ", ") + m.school->value;
           if (m.lead) about += about.empty() ? "lead" : " (lead)";
           out.push_back({m.name.value, about});
         }
       return out;
     }},
    {"action-ids", "action ids of the review in scope",
     [](const ValuesContext& c) {
       std::vector<Value> out;
       if (c.review)
         for (const auto& a : c.review->actions)
           if (a.id) out.push_back({a.id->value, a.aspect ? a.aspect->value : std::string()});
       return out;
     }},
    {"reviews", "reviews as SCHOOL/REVIEW",
     [](const ValuesContext& c) {
       std::vector<Value> out;
       if (c.repo)
         for (const auto& s : c.repo->schools)
           for (const auto& r : s.reviews) out.push_back({s.slug + "/" + r.slug, s.display_name()});
       return out;
     }},
    {"schools", "school slugs",
     [](const ValuesContext& c) {
       std::vector<Value> out;
       if (c.repo)
         for (const auto& s : c.repo->schools) out.push_back({s.slug, s.display_name()});
       return out;
     }},
    {"schema-kinds", "the kinds `lateral schema` prints",
     [](const ValuesContext&) {
       std::vector<Value> out;
       for (const auto& k : schema_kinds()) out.push_back({k, ""});
       return out;
     }},
};

std::string one_line(std::string s) {
  for (auto& c : s)
    if (c == '\n' || c == '\t' || c == '\r') c = ' ';
  return s;
}

void print_values(Session& session, const std::string& kind, const std::string& review_option,
                  const std::vector<std::string>& given) {
  const ValuesKind* k = nullptr;
  for (const auto& v : kValueKinds)
    if (kind == v.name) k = &v;
  if (!k) {
    std::vector<std::string> names;
    for (const auto& v : kValueKinds) names.emplace_back(v.name);
    throw UsageError(fmt::format("no values of kind `{}`; the kinds are: {}", kind, join(names)));
  }
  // Completion must never get in the way: outside a repository, or in a broken one, offer what can
  // be offered and say nothing.
  ValuesContext ctx;
  std::optional<Repository> repo;
  try {
    repo = load_repository(session.root());
    ctx.repo = &*repo;
    ctx.review = session.find_review(*repo, review_option, {}).review;
  } catch (const UsageError&) {
  }
  for (const auto& v : k->list(ctx)) {
    // A repeatable option's values already on the line are not offered again.
    if (std::find(given.begin(), given.end(), v.word) != given.end()) continue;
    if (v.description.empty()) std::cout << v.word << "\n";
    else std::cout << v.word << "\t" << one_line(v.description) << "\n";
  }
}

}  // namespace

void setup_completion(CLI::App& app, Session&) {
  app.group("");  // hidden: people install the scripts once; `lateral --help` lists what they use
  auto shell = std::make_shared<std::string>();
  auto output = std::make_shared<std::string>();
  app.add_option("SHELL", *shell, "The shell")->required()->check(CLI::IsMember({"bash", "zsh", "fish"}));
  app.add_option("-o,--output", *output, "Write to FILE instead of standard output")->type_name("FILE");
  app.footer(
      "Examples:\n"
      "  source <(lateral completion bash)\n"
      "  lateral completion zsh > ~/.zfunc/_lateral\n"
      "  lateral completion fish > ~/.config/fish/completions/lateral.fish");
  app.callback([&app, shell, output] {
    const auto root = describe_command_line(*app.get_parent());
    auto script = *shell == "bash" ? bash_script : *shell == "zsh" ? zsh_script : fish_script;
    write_output(*output, script(root));
  });
}

void setup_complete_values(CLI::App& app, Session& session) {
  app.group("");  // hidden: the completion scripts call it
  auto kind = std::make_shared<std::string>();
  auto review = std::make_shared<std::string>();
  auto given = std::make_shared<std::vector<std::string>>();
  std::string kinds;
  for (const auto& k : kValueKinds) kinds += fmt::format("\n  {:<15} {}", k.name, k.what);
  app.add_option("KIND", *kind, "What to list")->required();
  app.add_option("--review", *review, "The review for evidence-ids and action-ids (default: the one you are in)")
      ->type_name("PATH");
  app.add_option("--except", *given, "Leave out this value (one already given on the command line); may be repeated")
      ->type_name("WORD");
  app.footer("Prints one value a line, a tab and a description after it where there is one. Kinds:" + kinds +
             "\n\nExamples:\n  lateral complete-values aspects\n  lateral complete-values evidence-ids --review "
             "ashby-moor-primary/2025-05 --except ha-1");
  app.callback([&session, kind, review, given] { print_values(session, *kind, *review, *given); });
}

}  // namespace lateral::cli
