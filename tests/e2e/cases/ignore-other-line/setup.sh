# an ignore comment does not silence the same rule on other lines
set -e
sed -i 's/evidence: \[rc-1, rc-2\]/evidence: [rc-1]  # lateral: ignore[triangulation]/; s/evidence: \[rc-2, op-2\]/evidence: [rc-2]/' schools/brook-lane-primary/reviews/2026-10/benchmark.yaml
