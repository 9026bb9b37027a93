# an aspect key with a space
set -e
sed -i 's|^our-impact/outcomes:|our impact/outcomes:|' schools/brook-lane-primary/reviews/2026-10/benchmark.yaml
