# the same record in two lists (two judgements cite rc-1) is no repeat
set -e
grep -c 'rc-1' schools/brook-lane-primary/reviews/2026-10/benchmark.yaml | grep -qx 3
