# two actions with one id
set -e
sed -i 's/^- id: a2/- id: a1/' schools/brook-lane-primary/reviews/2026-10/actions.yaml
