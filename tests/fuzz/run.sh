#!/usr/bin/env bash
# Builds the fuzz target with clang-16 (libFuzzer + AddressSanitizer + UndefinedBehaviorSanitizer)
# and runs it for a bounded time over a seed corpus from the examples and fixtures.
# Usage: bash tests/fuzz/run.sh [SECONDS]   (default 60). Fails on any crash, leak or timeout;
# FUZZ_TARGET=lateral_fuzz_lsp fuzzes the language server instead (fuzz_lsp.cpp, seeds in lsp-seeds/),
# FUZZ_TARGET=lateral_fuzz_cache the parse cache's reader (fuzz_cache.cpp, the same seeds as the default).
# the input that failed is saved under build-fuzz/ — add it to tests/fuzz/regressions/.
set -euo pipefail
src=$(cd "$(dirname "$0")/../.." && pwd)
seconds=${1:-60}
target=${FUZZ_TARGET:-lateral_fuzz}
case $target in lateral_fuzz | lateral_fuzz_lsp | lateral_fuzz_cache) ;; *) echo "FUZZ_TARGET: lateral_fuzz, lateral_fuzz_lsp or lateral_fuzz_cache" >&2; exit 2 ;; esac
build=$src/build-fuzz
command -v clang++-16 >/dev/null || { echo "clang++-16 is missing: apt-get install clang-16 libclang-rt-16-dev" >&2; exit 1; }
# -O1 without debug information: sanitizers need no more, and the build is twice as fast.
CC=clang-16 CXX=clang++-16 cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=None \
  -DLATERAL_FUZZ=ON -DLATERAL_BUILD_BENCH=OFF \
  "-DCMAKE_CXX_FLAGS=-O1 -fno-omit-frame-pointer -fsanitize=address,undefined -fsanitize=fuzzer-no-link -fno-sanitize-recover=all" \
  "-DCMAKE_EXE_LINKER_FLAGS=-fsanitize=address,undefined" >/dev/null
ninja -C "$build" "$target"
corpus=$build/corpus-$target
rm -rf "$corpus"
if [[ $target == lateral_fuzz_lsp ]]; then
  mkdir -p "$corpus" && cp "$src"/tests/fuzz/lsp-seeds/* "$corpus"/
else
  bash "$src/tests/fuzz/make-corpus.sh" "$corpus"
  cp "$src"/tests/fuzz/regressions/* "$corpus"/ 2>/dev/null || true
fi
cd "$build"
# -timeout: one input taking longer is a hang; -rss_limit_mb: an alias bomb or runaway growth.
"$build/tests/fuzz/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
  -max_len=65536 -print_final_stats=1 "$corpus" 2>&1 | tee "$build/fuzz.log" | grep -E '^(#[0-9]+ +DONE|stat::|==|SUMMARY|Done)' || true
status=${PIPESTATUS[0]}
if [[ $status != 0 ]]; then
  echo "fuzzing found a problem (exit $status): see $build/fuzz.log and the crash-*/timeout-*/leak-* file in $build" >&2
  exit 1
fi
echo "fuzzing: no finding in ${seconds}s"
