# a judgement that cites no evidence
set -e
sed -i '0,/evidence: \[rc-1, op-1\]/s//evidence: []/' schools/brook-lane-primary/reviews/2026-10/benchmark.yaml
