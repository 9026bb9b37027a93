# no benchmark.yaml at all after feedback was given
set -e
rm schools/brook-lane-primary/reviews/2026-10/benchmark.yaml
