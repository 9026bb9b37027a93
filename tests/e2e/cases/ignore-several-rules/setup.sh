# one comment naming two rules
set -e
sed -i 's/^  evidence: \[rc-1, rc-2\]/  evidence: [rc-1, rc-7]  # lateral: ignore[triangulation, unknown-reference]/' schools/brook-lane-primary/reviews/2026-10/benchmark.yaml
