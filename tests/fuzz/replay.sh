#!/usr/bin/env bash
# The fuzz target as an ordinary test: replays the seed corpus and every saved regression input.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
replay=$1
corpus=$(mktemp -d "${TMPDIR:-/tmp}/lateral-corpus.XXXXXX")
trap 'rm -rf "$corpus"' EXIT
bash "$here/make-corpus.sh" "$corpus" >/dev/null
"$replay" "$corpus"/* "$here"/regressions/*
