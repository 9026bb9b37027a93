# Sourced by the scripts that validate lateral's JSON outputs: makes sure the ajv harness of
# tests/schema is installed (npm ci in CI), or skips the calling test (77) when it cannot be.
# Needs $src (the source tree) and the caller's name as $1; sets $harness.
harness=$src/tests/schema
skip() {
  echo "$ajv_caller: $1"
  if [[ ${CI:-} == true ]]; then exit 1; fi
  exit 77
}
ajv_caller=$1
command -v node >/dev/null || skip "node is not installed"
if [[ ! -d $harness/node_modules/ajv || ! -d $harness/node_modules/ajv-formats ]]; then
  if [[ ${CI:-} == true ]]; then
    (cd "$harness" && npm ci --no-audit --no-fund) || skip "npm ci failed in $harness"
  else
    skip "ajv is not installed: run (cd tests/schema && npm ci)"
  fi
fi
