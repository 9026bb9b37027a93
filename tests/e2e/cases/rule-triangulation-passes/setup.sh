# two records of different types
set -e
sed -i 's/evidence: \[rc-1, rc-2\]/evidence: [op-1, rc-1]/' schools/brook-lane-primary/reviews/2026-10/benchmark.yaml
