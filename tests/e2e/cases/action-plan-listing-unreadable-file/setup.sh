set -e
printf 'id: a1\n' > schools/brook-lane-primary/reviews/2026-10/actions.yaml
