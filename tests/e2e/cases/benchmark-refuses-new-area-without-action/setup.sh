set -e
echo '[]' > schools/brook-lane-primary/reviews/2026-10/actions.yaml
