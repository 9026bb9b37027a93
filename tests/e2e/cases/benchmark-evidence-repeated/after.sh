set -e
grep -qx '  evidence: \[tbell-1, nh-1\]' schools/moss-bank-primary/reviews/2026-11/benchmark.yaml
