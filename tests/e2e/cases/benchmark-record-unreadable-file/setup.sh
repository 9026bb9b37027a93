set -e
sed -i 's/^  /\t/' schools/brook-lane-primary/reviews/2026-10/benchmark.yaml
