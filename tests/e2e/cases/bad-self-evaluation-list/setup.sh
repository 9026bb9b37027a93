# a list instead of a map
set -e
printf -- '- our-impact/behaviour\n' > schools/brook-lane-primary/reviews/2026-10/self-evaluation.yaml
