#!/usr/bin/env bash
# Memory running out (ulimit -v) is reported once, plainly, exit 1: never as a problem in a data
# file ("invalid YAML: std::bad_alloc"), never as an internal error or an abort. Runs check (with
# and without the cache, one and two loader threads) and profile under a range of limits on a
# generated repository; at least one limit must bite, or the test proves nothing.
set -euo pipefail
work=$(mktemp -d "${TMPDIR:-/tmp}/lateral-oom.XXXXXX")
trap 'rm -rf "$work"' EXIT
# AddressSanitizer reserves terabytes of address space for its shadow memory, so a limit on it
# stops the sanitized binary before main: that build is tested by the rest of the suite.
[[ -z ${ASAN_OPTIONS:-} ]] || { echo "skipped: ulimit -v and AddressSanitizer do not mix"; exit 0; }
generate=$(dirname "$LATERAL")/../bench/lateral-bench-generate
[[ -x $generate ]] || { echo "skipped: no $generate (bench not built)"; exit 0; }
"$generate" --schools 24 --reviews 2 --evidence 30 --seed 3 "$work/repo" >/dev/null
cd "$work/repo"
export LATERAL_TODAY=2026-11-23 NO_COLOR=1
fail() { echo "FAIL: $*" >&2; exit 1; }
review=$(cd schools && ls -d */reviews/* | head -1 | sed 's|/reviews/|/|')
"$LATERAL" check >/dev/null || fail "the generated repository does not pass"
sleep 2.1  # settled, so the next check writes a full cache
"$LATERAL" check >/dev/null || fail "the generated repository does not pass"
message='lateral: error: out of memory: this run needs more memory than it may use'
bitten=0
for limit in 8000 10000 12000 14000 16000 18000 20000 22000 24000 28000 32000 40000 48000 64000 96000; do
  for run in "check" "check --no-cache" "profile --review $review" "threads1 check" "threads1 check --no-cache"; do
    threads=
    [[ $run == threads1* ]] && threads=1 && run=${run#threads1 }
    set +e
    # shellcheck disable=SC2086
    (ulimit -v "$limit"; LATERAL_THREADS=$threads "$LATERAL" $run >"$work/out" 2>"$work/err"); status=$?
    set -e
    # Too little memory to start the program at all is the loader's, not lateral's, to report
    # (exit 127: "error while loading shared libraries", or ld.so's own "out of memory").
    [[ $status == 127 ]] && ! grep -q '^lateral:' "$work/err" && continue
    case $status in
      0) ;;
      1)
        [[ $(head -1 "$work/err") == "$message" ]] || fail "ulimit -v $limit, $run: exit 1 with: $(cat "$work/err")"
        [[ $(grep -c 'out of memory' "$work/err") == 1 ]] || fail "ulimit -v $limit, $run: said more than once"
        bitten=$((bitten + 1)) ;;
      *) fail "ulimit -v $limit, $run: exit $status: $(head -3 "$work/err")" ;;
    esac
    ! grep -q 'bad_alloc\|invalid YAML' "$work/out" "$work/err" || fail "ulimit -v $limit, $run: $(grep -h 'bad_alloc\|invalid YAML' "$work/out" "$work/err" | head -3)"
  done
done
# Memory can also run out while the command line is being built, just after the program starts:
# where exactly depends on the binary's size, so every limit from there up, in small steps. Below
# the first limit at which `lateral --version` runs, a shared library's own start-up (yaml-cpp's,
# before main) may fail with no exception to report: that, like a library that cannot be loaded, is
# the system's to report, not lateral's. A bad_alloc that escapes is lateral's at any limit.
first=
for limit in $(seq 9000 50 12000); do
  [[ -n $first ]] || { (ulimit -v "$limit"; "$LATERAL" --version >/dev/null 2>&1) && first=$limit; }
  set +e
  (ulimit -v "$limit"; "$LATERAL" check >"$work/out" 2>"$work/err"); status=$?
  set -e
  [[ $status == 127 ]] && ! grep -q '^lateral:' "$work/err" && continue
  [[ -z $first && $status == 134 && $(cat "$work/err") == 'terminate called without an active exception' ]] && continue
  case $status in
    0) ;;
    1) [[ $(head -1 "$work/err") == "$message" ]] || fail "ulimit -v $limit, check: exit 1 with: $(cat "$work/err")" ;;
    *) fail "ulimit -v $limit, check: exit $status: $(head -3 "$work/err")" ;;
  esac
done
[[ $bitten -gt 0 ]] || fail "no limit made memory run out: lower the limits"
echo "out of memory: ok ($bitten runs ran out of memory, each said so once)"
