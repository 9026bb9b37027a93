# an ignore comment does not silence another rule on its line
set -e
sed -i 's/evidence: \[rc-1, rc-2\]/evidence: [rc-1]  # lateral: ignore[personal-data]/' schools/brook-lane-primary/reviews/2026-10/benchmark.yaml
