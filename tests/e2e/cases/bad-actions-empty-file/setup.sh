# an empty actions.yaml
set -e
: > schools/brook-lane-primary/reviews/2026-10/actions.yaml
