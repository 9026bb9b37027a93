# an action id that is not a slug
set -e
sed -i 's/^- id: a2/- id: A 2/' schools/brook-lane-primary/reviews/2026-10/actions.yaml
