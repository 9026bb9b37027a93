# a judgement citing an evidence id that does not exist
set -e
sed -i 's/evidence: \[rc-1, rc-2\]/evidence: [rc-1, rc-3]/' schools/brook-lane-primary/reviews/2026-10/benchmark.yaml
