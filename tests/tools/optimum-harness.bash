# Sourced by the tests that prove an optimiser of lateral optimal against GLPK's glpsol
# (plan-optimum.sh, brokerage-optimum.sh): skips the calling test (77) without node or glpsol
# (fails in CI), and sets $src, $lateral and $work (a directory kept when the test fails).
src=${LATERAL_SOURCE_DIR:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}
lateral=${LATERAL:-$src/build/cli/lateral}
if ! command -v node >/dev/null || ! command -v glpsol >/dev/null; then
  if [[ ${CI:-} == true ]]; then echo "node and glpsol are needed (CI=true)"; exit 1; fi
  echo "skipped: node or glpsol missing"; exit 77
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/lateral-optimum.XXXXXX")
trap 'if [[ $? == 0 ]]; then rm -rf "$work"; else echo "kept: $work"; fi' EXIT
export LATERAL_TODAY=2026-11-23 NO_COLOR=1
