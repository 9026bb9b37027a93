# an overall grade in benchmark.yaml
set -e
printf 'overall: established\n' >> schools/brook-lane-primary/reviews/2026-10/benchmark.yaml
