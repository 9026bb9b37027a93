# a warning without --strict exits 0
set -e
sed -i 's/evidence: \[rc-1, rc-2\]/evidence: [rc-1]/' schools/brook-lane-primary/reviews/2026-10/benchmark.yaml
