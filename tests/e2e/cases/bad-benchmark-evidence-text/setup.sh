# text where the evidence list goes
set -e
sed -i '0,/  evidence: \[rc-1, op-1\]/s//  evidence: rc-1/' schools/brook-lane-primary/reviews/2026-10/benchmark.yaml
