# a map instead of a list
set -e
printf 'a1:\n  action: Something\n' > schools/brook-lane-primary/reviews/2026-10/actions.yaml
