# a list instead of a map
set -e
printf -- '- our-impact/outcomes\n' > schools/brook-lane-primary/reviews/2026-10/benchmark.yaml
