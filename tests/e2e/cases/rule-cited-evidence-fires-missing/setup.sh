# a judgement whose only evidence does not exist
set -e
sed -i '0,/evidence: \[rc-1, op-1\]/s//evidence: [rc-9]/' schools/brook-lane-primary/reviews/2026-10/benchmark.yaml
