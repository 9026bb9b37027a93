set -e
printf 'our-impact/outcomes: [\n' > schools/brook-lane-primary/reviews/2026-10/self-evaluation.yaml
