# Sourced by the outside-tool checks of the documents (pandoc.sh, markdownlint.sh,
# output-schema.sh): how a check skips when its tool is missing, and how it gets its npm packages.
# Expects $check (the check's name) to be set.

# Skips the test (exit 77), except in CI (CI=true), where a missing tool is a failure.
skip() {
  echo "$check: $1"
  [[ ${CI:-} == true ]] && exit 1
  exit 77
}

# Makes sure the npm packages locked in DIR are installed: in CI with `npm ci`; elsewhere the
# check skips and says how to install them.
need_npm_packages() {
  local dir=$1 pkg
  shift
  command -v node >/dev/null || skip "node is not installed"
  for pkg in "$@"; do
    [[ -d $dir/node_modules/$pkg ]] && continue
    if [[ ${CI:-} == true ]]; then
      (cd "$dir" && npm ci --no-audit --no-fund) || skip "npm ci failed in $dir"
      return
    fi
    skip "$pkg is not installed: run (cd ${dir#"$src"/} && npm ci)"
  done
}
